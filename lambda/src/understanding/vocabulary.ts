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
  /**
   * Words that deny what follows them ("no", "not", "don't", "kein", "n'"), or what they follow
   * where `negationFollows`. An entry may be several words (in an unspaced script, several
   * characters: ません), as may a break's.
   */
  negations: string[];
  /** Phrases whose negation denies nothing ("not sure", "don't know"). Cue notation. */
  hedges: string[];
  /** Words that start a new clause ("but"): a cue's terms must be in one clause, and a denial stops there. */
  clauseBreaks: string[];
  /** Words where a denial stops reaching ("and", "I"): "no fever and my arm is numb". */
  scopeBreaks: string[];
  /**
   * The negation comes after what it denies (Hindi "सीने में दर्द नहीं है", "chest pain not
   * is"; Japanese 胸は痛くない, "the chest hurts not"): a denial reaches back to the previous
   * break instead of forward, and denies what lies wholly before it (never the phrase it is
   * part of: 息ができない, "साँस नहीं आ रही"); unless nothing of its clause but fillers comes
   * before it: then it opens the clause and reaches forward ("न सीने में दर्द है न ...").
   */
  negationFollows?: boolean;
  /** Elided words written with an apostrophe ("l", "j", "n" in French), split off the next word. */
  elisions?: string[];
  /** Phrases that hold a sign's words but are no sign ("painkiller", "emergency room", "chest opener"). Cue notation. */
  notSigns: string[];
  /**
   * Words written onto the next one, as they chain (Arabic: و ف, then ب ل ك, then the article
   * ال, and لل for ل + ال): a heard word is read as itself and as what is left without each
   * one that it starts with, if two letters or more are left ("بالصدر" is also "الصدر" and
   * "صدر"), so the vocabulary is written without them. Negations and breaks are whole words.
   */
  proclitics?: string[];
  /**
   * Those of the proclitics that join clauses ("و", and): a word they start, with three
   * letters or more after them and no vocabulary word itself ("ويدي", not "وجع"), ends a
   * denial's reach as a scope break would: "ما عندي حرارة ويدي مخدرة".
   */
  conjunctions?: string[];
  /**
   * Words a denial reaches over without counting them against its reach: adverbs that only
   * strengthen it (Japanese 全然, まったく, 特に: 胸の痛みはまったくありません). Cue notation.
   */
  fillers?: string[];
  /** How far a denial reaches and a cue may spread, in words (in an unspaced script, characters). */
  reach?: { denial: number; cue: number };
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
