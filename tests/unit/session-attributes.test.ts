import { emptyProgress } from '../../lambda/src/coach/progress';
import { menu } from '../../lambda/src/coach/session';
import { readSessionAttributes, sessionAttributesToSend, type SessionAttributes } from '../../lambda/src/voice/context';

/** What travels in Alexa's session attributes between turns, and how it is read back (voice/context.ts). */
describe('session attributes', () => {
  const progress = { ...emptyProgress(), disclaimerHeard: true, days: ['2026-11-28'] };
  const attributes = (savedProgress: typeof progress): SessionAttributes => ({
    state: menu(),
    progress,
    timeZone: 'Europe/Berlin',
    storage: { mode: 'ok', unsaved: false, warned: false, saved: { revision: 3, progress: savedProgress } },
  });
  /** As Alexa carries them: JSON. */
  const roundTrip = (sent: Record<string, unknown>) => readSessionAttributes(JSON.parse(JSON.stringify(sent)));

  test('after a save the record travels once, and is read back as the merge base too', () => {
    for (const saved of [progress, structuredClone(progress)]) {
      const sent = sessionAttributesToSend(attributes(saved));
      expect(JSON.stringify(sent).match(/"version":/g)).toHaveLength(1);
      const read = roundTrip(sent);
      expect(read.recovered).toBe(false);
      expect(read.attributes?.storage.saved).toEqual({ revision: 3, progress });
      expect(read.attributes?.progress).toEqual(progress);
    }
  });

  test('a change not yet saved keeps the record as stored beside it: a merge needs both', () => {
    const stored = { ...progress, days: [] };
    const sent = sessionAttributesToSend(attributes(stored));
    expect(JSON.stringify(sent).match(/"version":/g)).toHaveLength(2);
    const read = roundTrip(sent);
    expect(read.attributes?.storage.saved).toEqual({ revision: 3, progress: stored });
    expect(read.attributes?.progress).toEqual(progress);
  });
});
