import { readFileSync, readdirSync } from 'node:fs';
import { check } from 'ssml-check-core';
import { STRETCHES } from '../../lambda/src/coach/catalog';
import { narrateStretch } from '../../lambda/src/coach/narration';
import { LANGUAGE_FILES, createI18n, translatorFor } from '../../lambda/src/localization/i18n';
import { PLURAL_CATEGORIES } from '../../lambda/src/localization/keys';
import type { InteractionModel } from '../../scripts/lib/resolver';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Every leaf of a content tree as "a.b.c" → value; arrays count as one leaf. */
function leaves(tree: Json, prefix = ''): Map<string, Json> {
  const out = new Map<string, Json>();
  if (tree && typeof tree === 'object' && !Array.isArray(tree)) {
    for (const [key, value] of Object.entries(tree)) {
      for (const [k, v] of leaves(value, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
    }
  } else out.set(prefix, tree);
  return out;
}

const placeholders = (value: Json): string[] => [...JSON.stringify(value).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();

/**
 * A key said with a count has a form per plural category of the language (the
 * suffixes, chosen by `Intl.PluralRules`): the bare key is the `other` form, and
 * `key_one`, `key_few`, ... the others. A missing form would be said as the bare
 * key, wrong for that count, so each language must have exactly its own categories' forms.
 */
const PLURAL_SUFFIX = new RegExp(`_(${PLURAL_CATEGORIES.join('|')})$`);
const stemOf = (key: string): string => key.replace(PLURAL_SUFFIX, '');
const formOf = (key: string): string => PLURAL_SUFFIX.exec(key)?.[1] ?? 'other';

/** The forms a language needs for a count, besides the bare key. */
const pluralForms = (language: string): string[] =>
  new Intl.PluralRules(language).resolvedOptions().pluralCategories.filter((c) => c !== 'other').sort();

/** Keys said with a count: those whose English uses {{count}} or has plural forms. */
function pluralStems(tree: Map<string, Json>): Set<string> {
  const stems = new Set<string>();
  for (const [key, value] of tree) if (PLURAL_SUFFIX.test(key) || placeholders(value).includes('count')) stems.add(stemOf(key));
  return stems;
}

/** A content tree by plain key, a count's forms gathered under their stem. */
function byStem(tree: Map<string, Json>, stems: Set<string>): Map<string, Map<string, Json>> {
  const out = new Map<string, Map<string, Json>>();
  for (const [key, value] of tree) {
    const stem = stems.has(stemOf(key)) ? stemOf(key) : key;
    const form = stem === key ? 'other' : formOf(key);
    if (!out.has(stem)) out.set(stem, new Map());
    out.get(stem)!.set(form, value);
  }
  return out;
}

const english = leaves(LANGUAGE_FILES.en!.base as Json);
const PLURAL_STEMS = pluralStems(english);
const others = Object.keys(LANGUAGE_FILES).filter((l) => l !== 'en');

describe('every language says everything English says', () => {
  test('English is registered', () => expect(english.size).toBeGreaterThan(100));

  describe.each(others.length ? others : ['(none yet)'])('%s', (language) => {
    const file = LANGUAGE_FILES[language];
    if (!file) return test.skip('no other language yet', () => undefined);
    const own = leaves(file.base as Json);

    test('has every key, with the same placeholders', () => {
      const mine = byStem(own, PLURAL_STEMS);
      const theirs = byStem(english, PLURAL_STEMS);
      const missing = [...theirs.keys()].filter((k) => !mine.has(k));
      expect(missing).toEqual([]);
      const extra = [...mine.keys()].filter((k) => !theirs.has(k));
      expect(extra).toEqual([]);
      for (const [key, forms] of theirs) {
        const other = forms.get('other') ?? '';
        // Every form of a count may leave the number out ("about a minute"), never add a placeholder.
        for (const [form, value] of mine.get(key) ?? []) {
          if (form === 'other') expect([key, placeholders(value)]).toEqual([key, placeholders(other)]);
          else expect([key, form, placeholders(value).filter((p) => !placeholders(other).includes(p))]).toEqual([key, form, []]);
        }
      }
    });

    test('lists have the shape the code relies on', () => {
      expect((own.get('weekdays') as string[]).length).toBe(7);
      for (const stretch of STRETCHES) {
        const rep = own.get(`stretches.${stretch.id}.rep`);
        if (stretch.form.kind === 'reps') expect((rep as string[]).length).toBe(stretch.form.phaseSeconds.length);
      }
    });

    test('regional overrides only override keys that exist', () => {
      for (const [region, overrides] of Object.entries(file.regions ?? {})) {
        expect(region.split('-')[0]).toBe(language);
        for (const key of leaves(overrides as Json).keys()) expect([region, key, own.has(key)]).toEqual([region, key, true]);
      }
    });
  });

  test('English regional overrides only override keys that exist', () => {
    for (const [region, overrides] of Object.entries(LANGUAGE_FILES.en!.regions ?? {})) {
      for (const key of leaves(overrides as Json).keys()) expect([region, key, english.has(key)]).toEqual([region, key, true]);
    }
  });
});

describe('a count is said in the form its number needs, in every language', () => {
  test('the keys said with a count are found', () => {
    expect([...PLURAL_STEMS]).toEqual(expect.arrayContaining(['finish.done', 'progress.left', 'cues.lastSeconds', 'screen.finish.week']));
  });

  describe.each(Object.keys(LANGUAGE_FILES))('%s', (language) => {
    const file = LANGUAGE_FILES[language]!;
    const needed = pluralForms(language);

    test(`every key said with a count has the bare key (other) and exactly the forms ${needed.join(', ') || '(none)'}`, () => {
      const tree = leaves(file.base as Json);
      for (const stem of PLURAL_STEMS) {
        const forms = [...tree.keys()].filter((key) => stemOf(key) === stem && key !== stem).map(formOf).sort();
        expect([stem, tree.has(stem), forms]).toEqual([stem, true, needed]);
      }
    });

    test('a region that says a count differently says all of its forms', () => {
      for (const [region, overrides] of Object.entries(file.regions ?? {})) {
        const keys = [...leaves(overrides as Json).keys()];
        for (const stem of new Set(keys.map(stemOf).filter((s) => PLURAL_STEMS.has(s)))) {
          const forms = keys.filter((key) => stemOf(key) === stem).map(formOf).sort();
          expect([region, stem, forms]).toEqual([region, stem, [...needed, 'other'].sort()]);
        }
      }
    });
  });

  test.each([
    ['ar', ['few', 'many', 'one', 'two', 'zero']],
    ['ja', []],
    ['hi', ['one']],
    ['it', ['many', 'one']],
  ])('the forms come from Intl.PluralRules: %s needs %j besides the bare key', (language, forms) => {
    expect(pluralForms(language)).toEqual(forms);
  });
});

const modelDir = 'skill-package/interactionModels/custom';
const models = readdirSync(modelDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f.replace('.json', ''), JSON.parse(readFileSync(`${modelDir}/${f}`, 'utf8')) as InteractionModel] as const);

function shape(model: InteractionModel) {
  const lm = model.interactionModel.languageModel;
  return {
    intents: lm.intents.map((i) => ({ name: i.name, slots: (i.slots ?? []).map((s) => `${s.name}:${s.type}`).sort() })).sort((a, b) => a.name.localeCompare(b.name)),
    types: (lm.types ?? []).map((t) => ({ name: t.name, ids: t.values.map((v) => v.id).sort() })).sort((a, b) => a.name.localeCompare(b.name)),
  };
}

describe('interaction models', () => {
  const reference = shape(models.find(([locale]) => locale === 'en-US')![1]);
  test.each(models.map(([locale, model]) => [locale, model] as const))('%s has the same intents, slots and value ids as en-US', (_locale, model) => {
    expect(shape(model)).toEqual(reference);
  });

  test.each(models.map(([locale]) => locale))('%s has a language with content', (locale) => {
    expect(Object.keys(LANGUAGE_FILES)).toContain(locale.split('-')[0]);
  });
});

describe('narration is valid SSML in every locale with a model', () => {
  const i18n = createI18n();
  test.each(models.map(([locale]) => locale))('%s', async (locale) => {
    const t = translatorFor(i18n, locale);
    for (const stretch of STRETCHES) {
      for (let side = 0; side < stretch.sides; side++) {
        const ssml = `<speak>${narrateStretch(t, stretch, side, { brief: false, withBenefit: true }).toSsml()}</speak>`;
        expect([stretch.id, await check(ssml, { platform: 'amazon', locale })]).toEqual([stretch.id, undefined]);
      }
    }
  });
});
