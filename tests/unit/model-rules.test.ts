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
 * vowels or other marks, no tatweel, no Latin). An invocation name is written in them, or
 * in lower-case letters where the script has case; a sample in them, or in any letters.
 */
const SCRIPT_LETTERS: Readonly<Record<string, string>> = { ar: '[[\\p{Script=Arabic}&&\\p{L}]--[\\u0640]]' };

/** Words Amazon does not allow in an invocation name, whatever the language. */
const FORBIDDEN_WORDS = ['alexa', 'amazon', 'echo', 'computer', 'skill', 'app'];
const MIN_SAMPLES = 15;

describe.each(models)('$locale', ({ locale, lm }) => {
  const language = locale.split('-')[0]!;
  const phrases = builtInPhrases(language);

  test('the invocation name follows Alexa\'s rules', () => {
    const name = lm.invocationName;
    expect(name).toBe(name.toLowerCase());
    const letter = SCRIPT_LETTERS[language] ?? '\\p{Ll}';
    expect(name).toMatch(new RegExp(`^${letter}(?:${letter}|[' .])*${letter}$`, 'v'));
    expect(name.split(' ').length).toBeGreaterThanOrEqual(2);
    expect(name).not.toMatch(/\d/);
    const words = name.split(' ');
    const launchWords = [...(phrases._launch ?? []), ...(phrases._ask ?? []), ...(phrases._connectors ?? [])].map(normalizeUtterance);
    for (const word of words) {
      expect(FORBIDDEN_WORDS).not.toContain(word);
      expect(launchWords).not.toContain(word);
    }
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
