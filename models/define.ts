import type { ListEdit, Vocabulary } from '../lambda/src/understanding/vocabulary';

import { lines } from '../lambda/src/understanding/lines';

export { lines };
export type { ListEdit };

/**
 * Like lines``, for the many ways one thing is said: each line stands for every
 * combination of its parenthesised alternatives, separated by `|`; an empty alternative
 * makes a part optional. `(what's|what is) next (|please)` is four samples. Slots stay
 * in braces.
 */
export function variants(strings: TemplateStringsArray, ...values: never[]): string[] {
  const expand = (line: string): string[] => {
    const group = /\(([^()]*)\)/.exec(line);
    if (!group) return [line.replace(/\s+/g, ' ').trim()];
    return group[1]!.split('|').flatMap((alternative) => expand(line.slice(0, group.index) + alternative + line.slice(group.index + group[0].length)));
  };
  return [...new Set(lines(strings, ...values).flatMap(expand))];
}

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
