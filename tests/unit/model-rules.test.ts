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

/** Words Amazon does not allow in an invocation name, whatever the language. */
const FORBIDDEN_WORDS = ['alexa', 'amazon', 'echo', 'computer', 'skill', 'app'];
const MIN_SAMPLES = 15;

/**
 * The letters of a locale's models: lower-case Latin letters everywhere, and where the
 * locale is written in another script, that script's letters and combining marks (Hindi's
 * vowel signs and virama are marks, \p{M}); not its digits or its danda.
 */
const DEVANAGARI = '\\u0900-\\u0963\\u0971-\\u097f';
const SCRIPT_LETTERS: Readonly<Record<string, string>> = { 'hi-IN': DEVANAGARI };

describe.each(models)('$locale', ({ locale, lm }) => {
  const language = locale.split('-')[0]!;
  const phrases = builtInPhrases(language);
  const script = SCRIPT_LETTERS[locale] ?? '';

  test('the invocation name follows Alexa\'s rules', () => {
    const name = lm.invocationName;
    expect(name).toBe(name.toLowerCase());
    expect(name).toMatch(new RegExp(`^[\\p{Ll}${script}][\\p{Ll}${script}' .]*[\\p{Ll}${script}]$`, 'u'));
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
        expect(sample).toMatch(new RegExp(`^[\\p{L}${script}' .{}]+$`, 'u'));
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
