import { check } from 'ssml-check-core';
import { STRETCHES, holdSecondsPerSide, routineStretches, ROUTINE_IDS } from '../../lambda/src/coach/catalog';
import { SETTLE_SECONDS, narrateStretch } from '../../lambda/src/coach/narration';
import { LANGUAGE_FILES, createI18n, translatorFor } from '../../lambda/src/localization/i18n';
import { MAX_BREAK_SECONDS, WORDS_PER_SECOND, breakSeconds, estimateSpokenSeconds, ssmlToText } from '../../lambda/src/speech/ssml';
import { SPEAKING_RATES, type Script } from '../../lambda/src/speech/speaking-rates';
import { MAX_SSML_CHARS } from '../../lambda/src/speech/validate';
import { spokenUnits } from '../../scripts/lib/speech-rates/units';

const t = translatorFor(createI18n(), 'en-US');
const modes = [
  { brief: false, withBenefit: true },
  { brief: true, withBenefit: false },
];
const cases = STRETCHES.flatMap((stretch) =>
  Array.from({ length: stretch.sides }, (_, side) => modes.map((mode) => ({ stretch, side, mode }))).flat(),
);

describe('how long speech takes', () => {
  /** The plain definition: every break, plus each script's units of the text at its rate (tests/unit/spoken-length.test.ts). */
  const reference = (ssml: string) => {
    const units = spokenUnits(ssmlToText(ssml));
    const talk = (Object.keys(units) as Script[]).reduce((sum, script) => sum + units[script] / SPEAKING_RATES[script].perSecond, 0);
    return breakSeconds(ssml).reduce((sum, s) => sum + s, 0) + talk;
  };

  test.each(Object.keys(LANGUAGE_FILES))('the one-pass estimate matches the plain definition for every stretch and side in %s', (language) => {
    const lt = translatorFor(createI18n(), language);
    for (const { stretch, side, mode } of cases) {
      const ssml = narrateStretch(lt, stretch, side, mode).toSsml();
      expect([stretch.id, side, estimateSpokenSeconds(ssml)]).toEqual([stretch.id, side, expect.closeTo(reference(ssml), 10)]);
    }
  });

  test('in the Latin script it is the words at 2.6 a second, exactly as before', () => {
    for (const { stretch, side, mode } of cases) {
      const ssml = narrateStretch(t, stretch, side, mode).toSsml();
      const text = ssmlToText(ssml);
      const words = text ? text.split(' ').length : 0;
      expect(estimateSpokenSeconds(ssml)).toBe(breakSeconds(ssml).reduce((sum, s) => sum + s, 0) + words / WORDS_PER_SECOND);
    }
  });
});

describe('narrating a stretch', () => {
  test.each(cases)('$stretch.id side $side (brief: $mode.brief): pauses add up to the nominal hold', ({ stretch, side, mode }) => {
    const ssml = narrateStretch(t, stretch, side, mode).toSsml();
    const total = breakSeconds(ssml).reduce((sum, s) => sum + s, 0);
    expect(total).toBe(SETTLE_SECONDS + holdSecondsPerSide(stretch));
  });

  test.each(cases)('$stretch.id side $side (brief: $mode.brief): valid Alexa SSML, no break over 10 s', async ({ stretch, side, mode }) => {
    const ssml = `<speak>${narrateStretch(t, stretch, side, mode).toSsml()}</speak>`;
    expect(Math.max(...breakSeconds(ssml))).toBeLessThanOrEqual(MAX_BREAK_SECONDS);
    expect(ssml.length).toBeLessThan(MAX_SSML_CHARS / 2);
    expect(await check(ssml, { platform: 'amazon', locale: 'en-US' })).toBeUndefined();
  });

  test('a 30 second hold is chained from breaks with halfway and last-seconds cues inside it', () => {
    const doorway = STRETCHES.find((s) => s.id === 'doorway-chest-stretch')!;
    const ssml = narrateStretch(t, doorway, 0, { brief: true, withBenefit: false }).toSsml();
    const hold = ssml.slice(ssml.indexOf('Hold it there'));
    expect(hold).toMatch(
      /^Hold it there, and breathe slowly\. .+? <break time="10s"\/><break time="5s"\/> Halfway there\. <break time="10s"\/> 5 more seconds\. <break time="5s"\/> And gently release\.$/,
    );
  });

  test('a 60 second hold adds a breathing reminder and never uses a break over 10 s', () => {
    const towel = STRETCHES.find((s) => s.id === 'towel-extension')!;
    const ssml = narrateStretch(t, towel, 0, { brief: true, withBenefit: false }).toSsml();
    expect(ssml).toContain('Breathe in through your nose');
    // settle, then 15 s to the breathing cue, 15 s to halfway, 25 s to the last five seconds, 5 s
    expect(breakSeconds(ssml)).toEqual([2, 10, 5, 10, 5, 10, 10, 5, 5]);
  });

  test('the second side switches sides instead of repeating the setup', () => {
    const twist = STRETCHES.find((s) => s.id === 'seated-twist')!;
    const first = ssmlToText(narrateStretch(t, twist, 0, { brief: false, withBenefit: false }).toSsml());
    const second = ssmlToText(narrateStretch(t, twist, 1, { brief: false, withBenefit: false }).toSsml());
    expect(first).toMatch(/^Seated twist\. .*to the right/);
    expect(second).toMatch(/^Come slowly back to the middle\. Now turn to the left/);
  });

  test('repetition moves are paced rep by rep, with halfway and last-one cues', () => {
    const catCow = STRETCHES.find((s) => s.id === 'cat-cow')!;
    const text = ssmlToText(narrateStretch(t, catCow, 0, { brief: true, withBenefit: false }).toSsml());
    expect(text.match(/Breathe in, belly down/g)).toHaveLength(8);
    expect(text.match(/Breathe out, round your back up/g)).toHaveLength(8);
    expect(text).toMatch(/Halfway\. Breathe in.*Last one\. Breathe in.*And relax\.$/);
  });

  test('brief mode says one reminder line instead of the full steps', () => {
    const twist = STRETCHES.find((s) => s.id === 'seated-twist')!;
    const full = ssmlToText(narrateStretch(t, twist, 0, { brief: false, withBenefit: true }).toSsml());
    const brief = ssmlToText(narrateStretch(t, twist, 0, { brief: true, withBenefit: false }).toSsml());
    expect(full).toContain(t.text('stretches.seated-twist.benefit'));
    expect(brief).not.toContain(t.text('stretches.seated-twist.benefit'));
    expect(brief).toContain(t.text('stretches.seated-twist.brief'));
    expect(brief.length).toBeLessThan(full.length - 100);
  });

  test('every routine narrates within the size limit of one response per side', () => {
    for (const routine of ROUTINE_IDS) {
      for (const stretch of routineStretches(routine)) {
        const ssml = narrateStretch(t, stretch, 0, { brief: false, withBenefit: true }).toSsml();
        expect(ssml.length).toBeLessThan(MAX_SSML_CHARS - 1000);
      }
    }
  });
});
