import { join } from 'node:path';
import ar from '../../models/ar';
import de from '../../models/de';
import { VOCABULARY_TYPES, type LanguageModelSource } from '../../models/define';
import en from '../../models/en';
import es from '../../models/es';
import fr from '../../models/fr';
import hi from '../../models/hi';
import it from '../../models/it';
import ja from '../../models/ja';
import nl from '../../models/nl';
import pt from '../../models/pt';
import { applyEdit } from '../../lambda/src/understanding/vocabulary';
import type { InteractionModel } from './resolver';
import type { Language } from '../../lambda/src/localization/locales';

/**
 * Interaction models from their sources: one per language in `models/`, plus what each
 * locale says differently. `npm run models` writes them; a test fails when a committed
 * model is not what its source generates.
 */

/** One source per language of the registry (lambda/src/localization/locales.ts). */
export const MODEL_SOURCES: Readonly<Record<Language, LanguageModelSource>> = { en, de, es, fr, it, pt, ar, ja, nl, hi };

export const MODELS_DIR = join('skill-package', 'interactionModels', 'custom');

type ModelValue = { id: string; name: { value: string; synonyms: string[] } };

function valuesOf(entries: Record<string, string[]>, edits: Record<string, unknown> | undefined, where: string): ModelValue[] {
  const unknown = Object.keys(edits ?? {}).filter((id) => !Object.hasOwn(entries, id));
  if (unknown.length) throw new Error(`${where}: edits values that do not exist: ${unknown.join(', ')}`);
  return Object.entries(entries).map(([id, phrases]) => {
    const [value, ...synonyms] = withoutRepeats(applyEdit(phrases, (edits as Record<string, never> | undefined)?.[id], `${where} ${id}`));
    if (!value) throw new Error(`${where} ${id}: no phrases`);
    return { id, name: { value, synonyms } };
  });
}

/** The first of samples written twice (a variants`` line can repeat a plain one), as Alexa takes each once. */
function withoutRepeats(samples: string[]): string[] {
  const seen = new Set<string>();
  return samples.filter((sample) => {
    const key = sample.toLowerCase().replace(/\s+/g, ' ').trim();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** One locale's model, built from its language's source. */
export function generateModel(source: LanguageModelSource, locale: string): InteractionModel {
  const overrides = source.locales[locale];
  if (!overrides) throw new Error(`${locale} is not a locale of this source`);
  const unknownIntents = Object.keys(overrides.samples ?? {}).filter((name) => !Object.hasOwn(source.intents, name));
  if (unknownIntents.length) throw new Error(`${locale}: edits samples of intents that do not exist: ${unknownIntents.join(', ')}`);
  const intents = Object.entries(source.intents).map(([name, intent]) => ({
    name,
    ...(intent.slots ? { slots: Object.entries(intent.slots).map(([slot, type]) => ({ name: slot, type })) } : {}),
    samples: withoutRepeats(applyEdit(intent.samples ?? [], overrides.samples?.[name], `${locale} ${name}`)),
  }));
  const region = source.vocabulary.regions?.[locale];
  const types = [
    ...Object.entries(source.types).map(([name, entries]) => ({
      name,
      values: valuesOf(entries, overrides.values?.[name], `${locale} ${name}`),
    })),
    ...Object.entries(VOCABULARY_TYPES).map(([name, list]) => ({
      name,
      values: valuesOf(
        Object.fromEntries(Object.entries(source.vocabulary[list]).map(([id, entry]) => [id, entry.phrases])),
        region?.[list],
        `${locale} ${name}`,
      ),
    })),
  ];
  return { interactionModel: { languageModel: { invocationName: source.invocationName, intents, types } } } as InteractionModel;
}

/** Every locale's model, by locale. */
export function generateModels(): Map<string, InteractionModel> {
  const models = new Map<string, InteractionModel>();
  for (const [language, source] of Object.entries(MODEL_SOURCES)) {
    const regions = Object.keys(source.vocabulary.regions ?? {}).filter((region) => !Object.hasOwn(source.locales, region));
    if (regions.length) throw new Error(`${language}: the vocabulary has regions the model has no locale for: ${regions.join(', ')}`);
    for (const locale of Object.keys(source.locales)) {
      if (locale.split('-')[0] !== language) throw new Error(`${locale} is listed under ${language}`);
      models.set(locale, generateModel(source, locale));
    }
  }
  return models;
}

/** The file's text, as the ASK CLI deploys it. */
export function modelText(model: InteractionModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}
