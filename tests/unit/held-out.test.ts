import { MODEL_SOURCES, generateModels } from '../../scripts/lib/models';
import { HELD_OUT_LOCALES, coverage, coverageLine, heldOutLanguages, readHeldOut } from '../../scripts/lib/held-out';
import { builtInPhrases, normalizeUtterance } from '../../scripts/lib/resolver';
import { LANGUAGE_IDS, type Language } from '../../lambda/src/localization/locales';

/**
 * Phrasings kept out of every model and vocabulary (tests/held-out/), run through the
 * locale's model and the matcher: red flags must all reach their urgency, and at least
 * 90% of the rest the right intent and answer. The figures are printed, and go in the README.
 */

const MINIMUM_PER_LANGUAGE = 40;
const OTHERS_REQUIRED = 0.9;

/** Everything a language's models and vocabulary list word for word, normalized. */
function listedPhrases(language: Language): Set<string> {
  const listed = new Set<string>();
  const add = (text: string) => listed.add(normalizeUtterance(text));
  for (const [locale, model] of generateModels()) {
    if (!locale.startsWith(`${language}-`)) continue;
    const lm = model.interactionModel.languageModel;
    for (const intent of lm.intents) for (const sample of intent.samples ?? []) add(sample);
    for (const type of lm.types ?? []) for (const value of type.values) [value.name.value, ...(value.name.synonyms ?? [])].forEach(add);
  }
  for (const [key, phrases] of Object.entries(builtInPhrases(language))) if (!key.startsWith('_')) phrases.forEach(add);
  const vocabulary = MODEL_SOURCES[language].vocabulary;
  for (const list of [vocabulary.symptoms, vocabulary.topics]) {
    for (const entry of Object.values(list)) [...entry.phrases, ...(entry.cues ?? [])].forEach(add);
  }
  for (const region of Object.values(vocabulary.regions ?? {})) {
    for (const list of [region.symptoms, region.topics]) {
      for (const edit of Object.values(list ?? {})) [...(edit?.add ?? []), ...(edit?.value ? [edit.value] : [])].forEach(add);
    }
  }
  return listed;
}

test('every language of the registry has held-out phrasings, and only those', () => {
  expect(heldOutLanguages()).toEqual([...LANGUAGE_IDS].sort());
});

describe.each(LANGUAGE_IDS)('held-out phrasings in %s', (language) => {
  const items = readHeldOut(language);

  test(`there are at least ${MINIMUM_PER_LANGUAGE}, none twice`, () => {
    expect(items.length).toBeGreaterThanOrEqual(MINIMUM_PER_LANGUAGE);
    const words = items.map((item) => normalizeUtterance(item.words));
    expect(words.filter((w, i) => words.indexOf(w) !== i)).toEqual([]);
  });

  test('none appears verbatim in a model, a built-in phrase list or the vocabulary', () => {
    const listed = listedPhrases(language);
    expect(items.filter((item) => listed.has(normalizeUtterance(item.words))).map((item) => item.words)).toEqual([]);
  });

  test(`every red flag reaches its urgency, and ${OTHERS_REQUIRED * 100}% of the rest the right intent and answer (${HELD_OUT_LOCALES[language]})`, () => {
    const c = coverage(language);
    console.log(`held-out coverage, ${coverageLine(c)}`);
    const misses = c.failures.map((f) => `"${f.words}": expected ${f.expected}, heard ${f.intent} -> ${f.answer}`);
    expect({ redFlagMisses: misses.filter((_m, i) => c.failures[i]!.redFlag) }).toEqual({ redFlagMisses: [] });
    if (c.othersReached < OTHERS_REQUIRED * c.others) expect(misses).toEqual([]);
  });
});
