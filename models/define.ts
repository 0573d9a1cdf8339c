import type { ListEdit, Vocabulary } from '../lambda/src/understanding/vocabulary';

export { lines } from '../lambda/src/understanding/lines';
export type { ListEdit };

/**
 * One language's interaction model, written once: `npm run models` turns it into
 * skill-package/interactionModels/custom/<locale>.json for each locale under `locales`.
 *
 * - `intents`: each intent's slots (name: slot type) and sample utterances, in the order Alexa gets them.
 * - `types`: each custom slot type's values by id; the first phrase is the value, the others its synonyms.
 *   The SafetyTopic and Symptom types are not written here: they come from `vocabulary`, the lists
 *   the skill's matcher reads too.
 * - `locales`: every locale that gets this model, with only what it says differently.
 */
export interface LanguageModelSource {
  invocationName: string;
  vocabulary: Vocabulary;
  intents: Record<string, IntentSource>;
  types: Record<string, Record<string, string[]>>;
  locales: Record<string, LocaleOverrides>;
}

export interface IntentSource {
  slots?: Record<string, string>;
  samples?: string[];
}

export interface LocaleOverrides {
  /** Samples added to or removed from an intent. */
  samples?: Record<string, ListEdit>;
  /** Phrases added to or removed from a slot type's value (type, then value id). */
  values?: Record<string, Record<string, ListEdit>>;
}

/** The slot types that come from the vocabulary, and which list of it each one is. */
export const VOCABULARY_TYPES = { SafetyTopic: 'topics', Symptom: 'symptoms' } as const;
