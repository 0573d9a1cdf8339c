import { readFileSync, readdirSync } from 'node:fs';
import { check } from 'ssml-check-core';
import { STRETCHES } from '../../lambda/src/coach/catalog';
import { narrateStretch } from '../../lambda/src/coach/narration';
import { LANGUAGE_FILES, createI18n, translatorFor } from '../../lambda/src/localization/i18n';
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

const english = leaves(LANGUAGE_FILES.en!.base as Json);
const others = Object.keys(LANGUAGE_FILES).filter((l) => l !== 'en');

describe('every language says everything English says', () => {
  test('English is registered', () => expect(english.size).toBeGreaterThan(100));

  describe.each(others.length ? others : ['(none yet)'])('%s', (language) => {
    const file = LANGUAGE_FILES[language];
    if (!file) return test.skip('no other language yet', () => undefined);
    const own = leaves(file.base as Json);

    test('has every key, with the same placeholders', () => {
      const missing = [...english.keys()].filter((k) => !own.has(k));
      expect(missing).toEqual([]);
      const extra = [...own.keys()].filter((k) => !english.has(k));
      expect(extra).toEqual([]);
      for (const [key, value] of english) expect([key, placeholders(own.get(key) ?? '')]).toEqual([key, placeholders(value)]);
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
