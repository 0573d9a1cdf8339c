import { emptyProgress } from '../../lambda/src/coach/progress';
import { menu, playing } from '../../lambda/src/coach/session';
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

  test('what is already right is read as it is, not copied: the progress and the timeline', () => {
    const sent = JSON.parse(
      JSON.stringify(sessionAttributesToSend({ ...attributes(progress), state: playing('playing', 'desk', 1000, { segments: [{ kind: 'hold', start: 1, place: { routine: 'desk', stretch: 0, side: 0 } }], end: 2 }, 0, 500) })),
    ) as { progress: unknown; storage: { saved: object } };
    const read = readSessionAttributes(sent);
    expect(read.attributes?.progress).toBe(sent.progress);
    expect(read.attributes?.storage.saved?.progress).toBe(sent.progress);
    // A field that had to be repaired makes a copy, and leaves what was sent as it was.
    const broken = { ...sent, progress: { ...(sent.progress as object), brief: 'yes' } };
    const repaired = readSessionAttributes(broken);
    expect(repaired.attributes?.progress).toEqual(progress);
    expect(broken.progress).toHaveProperty('brief', 'yes');
  });
});
