import type { SafetyTopicId, SymptomId } from '../coach/safety-content';

/**
 * What people say about each safety topic and symptom, one file per language in
 * `vocabulary/`. The same lists feed two readers: the interaction models' SafetyTopic and
 * Symptom slot types (`npm run models`), and the matcher that understands words Alexa
 * could not match to a value (`matcher.ts`).
 */
export interface VocabularyEntry {
  /**
   * Phrases as people say them. The first is the slot value, the others its synonyms;
   * the matcher also finds each one inside longer words.
   */
  phrases: string[];
  /** Word stems that mean this, for the matcher only: see `cues.ts` for the notation. */
  cues?: string[];
}

/**
 * How a language denies and joins what it says, for the matcher. All words are folded
 * like heard words (lower case, no accents).
 */
export interface Grammar {
  /** Words that deny what follows them ("no", "not", "don't", "kein", "n'"). */
  negations: string[];
  /** Phrases whose negation denies nothing ("not sure", "don't know"). Cue notation. */
  hedges: string[];
  /** Words that start a new clause ("but"): a cue's terms must be in one clause, and a denial stops there. */
  clauseBreaks: string[];
  /** Words where a denial stops reaching ("and", "I"): "no fever and my arm is numb". */
  scopeBreaks: string[];
  /**
   * The negation comes after what it denies (Hindi "सीने में दर्द नहीं है", "chest pain
   * not is"): a denial reaches back to the previous break instead of forward, unless
   * nothing of its clause comes before it.
   */
  negationFollows?: boolean;
  /** Elided words written with an apostrophe ("l", "j", "n" in French), split off the next word. */
  elisions?: string[];
  /** Phrases that hold a sign's words but are no sign ("painkiller", "emergency room", "chest opener"). Cue notation. */
  notSigns: string[];
}

/** How a region's list differs from the language's: entries added or removed, or another first entry. */
export interface ListEdit {
  /** The entry to put first (the slot value's name); added if the list does not have it. */
  value?: string;
  add?: string[];
  remove?: string[];
}

export interface RegionVocabulary {
  symptoms?: Partial<Record<SymptomId, ListEdit>>;
  topics?: Partial<Record<SafetyTopicId, ListEdit>>;
}

export interface Vocabulary {
  grammar: Grammar;
  symptoms: Record<SymptomId, VocabularyEntry>;
  topics: Record<SafetyTopicId, VocabularyEntry>;
  /** Only what a region says differently, as in the locale files. */
  regions?: Record<string, RegionVocabulary>;
}

/**
 * A list with a region's edit applied. An edit that removes what is not there, or adds
 * what already is, is an error: it would hide a stale or mistyped override.
 */
export function applyEdit(list: readonly string[], edit: ListEdit | undefined, where: string): string[] {
  if (!edit) return [...list];
  const removed = new Set(edit.remove ?? []);
  for (const entry of removed) if (!list.includes(entry)) throw new Error(`${where}: removes "${entry}", which is not in the list`);
  const kept = list.filter((entry) => !removed.has(entry));
  for (const entry of edit.add ?? []) if (kept.includes(entry)) throw new Error(`${where}: adds "${entry}", which is already in the list`);
  const out = [...kept, ...(edit.add ?? [])];
  if (edit.value === undefined) return out;
  return [edit.value, ...out.filter((entry) => entry !== edit.value)];
}
