import { readFileSync, readdirSync } from 'node:fs';
import { builtInPhrases, normalizeUtterance, type InteractionModel } from '../../scripts/lib/resolver';

/**
 * Alexa's own rules for interaction models, checked offline (the ASK CLI's validation
 * needs an Amazon account): invocation names, sample utterances and slot references.
 */
const DIR = 'skill-package/interactionModels/custom';
const models = readdirSync(DIR).map((file) => {
  const locale = file.replace('.json', '');
  return { locale, lm: (JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8')) as InteractionModel).interactionModel.languageModel };
});

/**
 * A script's letters, where a language must keep to them: Arabic letters for ar (no short
 * vowels or other marks, no tatweel, no Latin); for hi, Devanagari's letters and combining
 * marks (its vowel signs and virama are \p{M}; not its digits or its danda) and lower-case
 * Latin, for the English words Indians say to Alexa. An invocation name is written in them,
 * or in lower-case letters where the script has case; a sample in them, or in any letters.
 */
const SCRIPT_LETTERS: Readonly<Record<string, string>> = {
  ar: '[[\\p{Script=Arabic}&&\\p{L}]--[\\u0640]]',
  hi: '[\\p{Ll}\\u0900-\\u0963\\u0971-\\u097f]',
};

/** Words Amazon does not allow in an invocation name, whatever the language. */
const FORBIDDEN_WORDS = ['alexa', 'amazon', 'echo', 'computer', 'skill', 'app'];
const MIN_SAMPLES = 15;

/**
 * Locales Amazon wants in a script written without spaces between words (ja-JP: kanji, hiragana,
 * katakana, the long-vowel mark; numbers in kanji). There an invocation name is one run of that
 * script with at least two words as a dictionary segmenter finds them, and a sample has spaces
 * only around its slots, one on each side that touches other words ("{routine} を始めて").
 */
const UNSPACED_SCRIPTS: Readonly<Record<string, RegExp>> = {
  ja: /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC\u3005]+$/u,
};
const wordsOf = (text: string, language: string): string[] =>
  [...new Intl.Segmenter(language, { granularity: 'word' }).segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);

describe.each(models)('$locale', ({ locale, lm }) => {
  const language = locale.split('-')[0]!;
  const phrases = builtInPhrases(language);

  const unspaced = UNSPACED_SCRIPTS[language];

  test('the invocation name follows Alexa\'s rules', () => {
    const name = lm.invocationName;
    expect(name).toBe(name.toLowerCase());
    if (unspaced) expect(name).toMatch(unspaced);
    else {
      const letter = SCRIPT_LETTERS[language] ?? '\\p{Ll}';
      expect(name).toMatch(new RegExp(`^${letter}(?:${letter}|[' .])*${letter}$`, 'v'));
    }
    const words = unspaced ? wordsOf(name, language) : name.split(' ');
    expect(words.length).toBeGreaterThanOrEqual(2);
    expect(name).not.toMatch(/\d/);
    const launchWords = [...(phrases._launch ?? []), ...(phrases._ask ?? []), ...(phrases._connectors ?? [])].filter((p) => !p.includes('{name}')).map(normalizeUtterance);
    for (const word of words) {
      expect(FORBIDDEN_WORDS).not.toContain(word);
      expect(launchWords).not.toContain(word);
    }
    // Where launch phrases are written around the name ("{name}を開いて"), the name holds none of their words.
    const around = [...(phrases._launch ?? []), ...(phrases._ask ?? [])].filter((p) => p.includes('{name}')).map((p) => normalizeUtterance(p.replace('{name}', ' ')));
    for (const phrase of around) expect([phrase, normalizeUtterance(name).includes(phrase)]).toEqual([phrase, false]);
  });

  test.each(lm.intents.filter((i) => !i.name.startsWith('AMAZON.')).map((i) => [i.name, i] as const))(
    '%s has enough samples, each valid',
    (_name, intent) => {
      const samples = intent.samples ?? [];
      expect(samples.length).toBeGreaterThanOrEqual(MIN_SAMPLES);
      const slotNames = new Set((intent.slots ?? []).map((s) => s.name));
      for (const sample of samples) {
        expect([sample, sample.length <= 200]).toEqual([sample, true]);
        // Letters, spaces, apostrophes and periods only; numbers spelled out; slots in braces.
        const letter = SCRIPT_LETTERS[language];
        expect(sample).toMatch(letter ? new RegExp(`^(?:${letter}|[' .]|\\{\\w+\\})+$`, 'v') : /^[\p{L}' .{}]+$/u);
        if (unspaced) {
          // The locale's script only, and spaces only where a slot meets other words, one on that side.
          expect([sample, unspaced.test(sample.replace(/ ?\{\w+\} ?/g, '') || 'ー')]).toEqual([sample, true]);
          expect([sample, /[^ ]\{|\}[^ ]|  /.test(sample)]).toEqual([sample, false]);
        }
        for (const match of sample.matchAll(/\{(\w+)\}/g)) expect([sample, slotNames.has(match[1]!)]).toEqual([sample, true]);
        expect(sample).not.toMatch(/\}\s*\{/); // two slots side by side cannot be told apart
      }
    },
  );

  test('no sample appears twice, in one intent or across intents', () => {
    const seen = new Map<string, string>();
    for (const intent of lm.intents) {
      for (const sample of intent.samples ?? []) {
        const key = sample.toLowerCase().replace(/\s+/g, ' ').trim();
        expect([sample, seen.get(key)]).toEqual([sample, undefined]);
        seen.set(key, intent.name);
      }
    }
  });
});
