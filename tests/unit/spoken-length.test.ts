import { readFileSync } from 'node:fs';
import { LANGUAGE_FILES } from '../../lambda/src/localization/i18n';
import { breakSeconds, estimateSpokenSeconds, speech, ssmlToText } from '../../lambda/src/speech/ssml';
import { KANJI_MORAE, SPEAKING_RATES, speakingRate, type Script } from '../../lambda/src/speech/speaking-rates';
import { CALIBRATION_KEYS, PENDING, type Passage } from '../../scripts/lib/speech-rates/corpus';
import { spokenUnits } from '../../scripts/lib/speech-rates/units';

/**
 * The spoken-length estimate in every script: words where words are written apart, morae
 * for Japanese, each script at its calibrated rate (docs/speech-rates.md), and the one-pass
 * estimate equal to the plain definition.
 */

/** The plain definition: every break, plus each script's units of the text at its rate. */
function reference(ssml: string): number {
  const units = spokenUnits(ssmlToText(ssml));
  const talk = (Object.keys(units) as Script[]).reduce((sum, script) => sum + units[script] / SPEAKING_RATES[script].perSecond, 0);
  return breakSeconds(ssml).reduce((sum, s) => sum + s, 0) + talk;
}

const measured = JSON.parse(readFileSync('scripts/lib/speech-rates/measured.json', 'utf8')) as {
  languages: Record<string, { scaledSeconds: number }>;
};

function passages(language: string): Passage[] {
  if (PENDING[language]) return PENDING[language];
  const base = LANGUAGE_FILES[language]!.base;
  return CALIBRATION_KEYS.map((key) => ({ text: key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], base) as string }));
}

describe('every language is counted in its own units', () => {
  test.each(Object.keys(LANGUAGE_FILES))('%s, a language the skill speaks, has a speaking rate', (language) => {
    expect(speakingRate(language)).toBeDefined();
  });

  test('each language is in the table once', () => {
    const languages = Object.values(SPEAKING_RATES).flatMap((rate) => [...rate.languages]);
    expect(new Set(languages).size).toBe(languages.length);
  });

  test.each(Object.keys(measured.languages))(
    'the calibration passages in %s are estimated within 13%% of espeak-ng, scaled to the coaching pace',
    (language) => {
      const estimate = passages(language).reduce((sum, p) => sum + estimateSpokenSeconds(speech(p.text).toSsml()), 0);
      const espeak = measured.languages[language]!.scaledSeconds;
      expect(Math.abs(estimate / espeak - 1)).toBeLessThan(0.13);
    },
  );
});

describe('scripts without spaces, and scripts of their own', () => {
  test('a Japanese sentence is its morae, not one word', () => {
    // Ten kanji (椅子 前 背筋 伸 座 両足 床), the rest kana; no space anywhere.
    const sentence = '椅子の前のほうに背筋を伸ばして座り、両足を床にしっかりつけます。';
    const kanji = 10;
    const kana = [...sentence].filter((c) => /[\u3041-\u30ff]/u.test(c)).length;
    expect(estimateSpokenSeconds(sentence)).toBeCloseTo((kana + kanji * KANJI_MORAE) / SPEAKING_RATES.japanese.perSecond, 10);
    expect(estimateSpokenSeconds(sentence)).toBeGreaterThan(4);
    expect(estimateSpokenSeconds(sentence)).toBeGreaterThan(10 * estimateSpokenSeconds('Sitz.'));
  });

  test('small kana join the kana before them; っ and ー are a mora each', () => {
    const perMora = 1 / SPEAKING_RATES.japanese.perSecond;
    expect(estimateSpokenSeconds('きょう')).toBeCloseTo(2 * perMora, 10);
    expect(estimateSpokenSeconds('ちょっと')).toBeCloseTo(3 * perMora, 10);
    expect(estimateSpokenSeconds('キープ')).toBeCloseTo(3 * perMora, 10);
  });

  test('Arabic and Hindi words are counted at their own rates', () => {
    expect(estimateSpokenSeconds('توقف الآن واتصل بالرقم')).toBeCloseTo(4 / SPEAKING_RATES.arabic.perSecond, 10);
    expect(estimateSpokenSeconds('अभी रुक जाइए')).toBeCloseTo(3 / SPEAKING_RATES.devanagari.perSecond, 10);
  });

  test("Hindi's English words are counted as English", () => {
    expect(estimateSpokenSeconds('अगला stretch शुरू करें.')).toBeCloseTo(3 / SPEAKING_RATES.devanagari.perSecond + 1 / SPEAKING_RATES.latin.perSecond, 10);
  });

  test('English, German, Spanish and French are counted as before: words at 2.6 a second', () => {
    expect(SPEAKING_RATES.latin.perSecond).toBe(2.6);
    expect(estimateSpokenSeconds('Setz dich aufrecht hin, bitte.')).toBe(5 / 2.6);
    expect(estimateSpokenSeconds('Je continue ?')).toBe(3 / 2.6);
  });

  test.each([
    '',
    'Heat &amp; ice, &lt;no&gt; tags.',
    'That&apos;s it.<break time="500ms"/>Next<break time="10s"/> up,   now.',
    '足を腰幅に開いて<break time="2s"/>まっすぐ立ちます。あと5秒。',
    'ابقَ هنا<break time="10s"/>وتنفس بهدوء، ثم ارتخِ.',
    'साँस लीजिए<break time="5s"/>और Alexa, pause कहिए.',
    'Alexa、一時停止、と言ってください。Ｏｋ？',
  ])('the one-pass estimate matches the plain definition for %j', (ssml) => {
    expect(estimateSpokenSeconds(ssml)).toBeCloseTo(reference(ssml), 10);
  });

  test.each(Object.keys(measured.languages))('the one-pass estimate matches the plain definition on the passages in %s', (language) => {
    for (const { text } of passages(language)) {
      const ssml = speech(text).pause(3).say(text).toSsml();
      expect([text, estimateSpokenSeconds(ssml)]).toEqual([text, expect.closeTo(reference(ssml), 10)]);
    }
  });
});
