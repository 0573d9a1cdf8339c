import { HISTORY_DAYS, type ProgressRecord, type UnfinishedRoutine } from './progress';
// Records hold JSON values only; object key order may differ between stores, which sameJson ignores.
import { sameJson } from './same-json';

/**
 * How two sessions' changes to one stored record come together. One Amazon account is
 * often shared by several Echo devices, so two sessions can read the same record, and
 * each write only what it changed would not be enough: the record is written whole.
 * When a write finds the record changed since it was read (a newer revision), the store
 * reads it again and merges three versions field by field:
 *
 * - `base`: the record as this session last read or wrote it;
 * - `mine`: what this session wants to write;
 * - `theirs`: what the store holds now.
 *
 * A field only one side changed keeps that side's value, whatever its rule; the rules say
 * what happens when both changed it. Every field of the record has a rule, checked by the
 * type of MERGE_RULES: a field added without one fails the type check.
 */

export interface FieldVersions<T> {
  base: T;
  mine: T;
  theirs: T;
}

/** When each version last changed the field, for preferences (ProgressRecord.changedAt). */
export interface ChangeTimes {
  base?: number;
  mine?: number;
  theirs?: number;
}

export interface MergeRule<T> {
  /** A user's choice: the record keeps when it last changed, and the later change wins. */
  readonly preference?: true;
  merge(versions: FieldVersions<T>, times: ChangeTimes): T;
}

/** The value when at most one side changed the field (or both changed it alike); undefined when they disagree. */
function oneSidedChange<T>({ base, mine, theirs }: FieldVersions<T>): { value: T } | undefined {
  if (sameJson(mine, base)) return { value: theirs };
  if (sameJson(theirs, base) || sameJson(mine, theirs)) return { value: mine };
  return undefined;
}

/** The same in every record of one version (a newer record is never merged, an older one is reset on read). */
const fixed = {
  merge: <T>({ mine }: FieldVersions<T>): T => mine,
};

/** A plain value: when both changed it, this session's write is the later one. Fields added later (a reminder's token) are kept this way. */
const latestWrite = {
  merge: <T>(versions: FieldVersions<T>): T => oneSidedChange(versions)?.value ?? versions.mine,
};

/** A set: what either side has. */
const union: MergeRule<string[]> = {
  merge: ({ mine, theirs }) => [...theirs, ...mine.filter((item) => !theirs.includes(item))],
};

/** Active days: what either side has, in order, the last HISTORY_DAYS of them. */
const history: MergeRule<string[]> = {
  merge: (versions) => union.merge(versions, {}).sort().slice(-HISTORY_DAYS),
};

/** A count that only grows: both sides' increases since the base are counted, and never less than either side. */
const counter: MergeRule<number> = {
  merge: ({ base, mine, theirs }) => Math.max(mine, theirs, theirs + mine - base),
};

/** Said once, remembered for good: heard on either side is heard. */
const once: MergeRule<boolean> = {
  merge: ({ mine, theirs }) => mine || theirs,
};

/** Made once (an offer heard), remembered for good; absent until then. */
const onceMade: MergeRule<boolean | undefined> = {
  merge: ({ mine, theirs }) => (mine || theirs ? true : undefined),
};

/**
 * The unfinished place: when both sides changed it, the most recent place; a place beats
 * none (one session finished or cleared its routine while another left one unfinished, which
 * is still there to pick up). A session that only read the place and did not touch it never
 * brings back a place another session has since finished.
 */
const latestPlace: MergeRule<UnfinishedRoutine | undefined> = {
  merge: (versions) => {
    const settled = oneSidedChange(versions);
    if (settled) return settled.value;
    const { mine, theirs } = versions;
    if (!mine || !theirs) return mine ?? theirs;
    return mine.at >= theirs.at ? mine : theirs;
  },
};

/**
 * A preference: the most recently changed. A side changed it when its value or its change
 * time differs from the base (a change undone is still a change); when both did, the later
 * time wins, and this session's on a tie or without times.
 */
const preference = {
  preference: true as const,
  merge: <T>({ base, mine, theirs }: FieldVersions<T>, times: ChangeTimes): T => {
    if (sameJson(mine, base) && times.mine === times.base) return theirs;
    if (sameJson(theirs, base) && times.theirs === times.base) return mine;
    return (times.theirs ?? -Infinity) > (times.mine ?? -Infinity) ? theirs : mine;
  },
};

/** Change times per preference: the later of the two for each. */
const latestTimes: MergeRule<Record<string, number> | undefined> = {
  merge: ({ mine, theirs }) => {
    if (!mine || !theirs) return mine ?? theirs;
    const merged = { ...theirs };
    for (const [key, time] of Object.entries(mine)) merged[key] = Math.max(time, merged[key] ?? -Infinity);
    return merged;
  },
};

/** Every kind of rule, for a field to name (and for the tests to try one by one). */
export const RULES = { fixed, latestWrite, union, history, counter, once, onceMade, latestPlace, preference, latestTimes } as const;

/** A rule for every field of a record, optional fields included. */
export type MergeRules<R> = { [K in keyof R]-?: MergeRule<R[K]> };

/**
 * One rule per field of the stored record; a new field needs its line here (the type says so).
 * A preference is `preference` (the latest change wins, its time kept in `changedAt`), a
 * once-only flag is `once`.
 */
export const MERGE_RULES = {
  version: fixed,
  unfinished: latestPlace,
  days: history,
  seen: union,
  brief: preference,
  pace: preference,
  disclaimerHeard: once,
  pauseTipHeard: once,
  completedRoutines: counter,
  changedAt: latestTimes,
  // The reminder Alexa holds now: the session that set, changed or cancelled it last wrote what is true.
  reminder: latestWrite,
  reminderOffer: latestWrite,
  routineOffered: onceMade,
} satisfies MergeRules<ProgressRecord>;

type Field = keyof typeof MERGE_RULES;
const FIELDS = Object.keys(MERGE_RULES) as Field[];

function ruleOf(field: Field): MergeRule<unknown> {
  return MERGE_RULES[field] as MergeRule<unknown>;
}

/** The fields that are user preferences, whose change times the record keeps. */
export const PREFERENCE_FIELDS: readonly Field[] = FIELDS.filter((field) => ruleOf(field).preference);

/** Merges this session's record with the one the store holds now, against the one this session read. */
export function mergeProgress(base: ProgressRecord, mine: ProgressRecord, theirs: ProgressRecord): ProgressRecord {
  const merged: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const times = { base: base.changedAt?.[field], mine: mine.changedAt?.[field], theirs: theirs.changedAt?.[field] };
    const value = ruleOf(field).merge({ base: base[field], mine: mine[field], theirs: theirs[field] }, times);
    if (value !== undefined) merged[field] = value;
  }
  return merged as ProgressRecord;
}

/**
 * Notes the time of each preference that differs from the record as read, so that a merge
 * can tell which change came last. Called when the record is saved: a preference change is
 * a material change (isMaterialChange), saved on the turn it was made.
 */
export function stampPreferenceChanges(before: ProgressRecord, after: ProgressRecord, now: number): ProgressRecord {
  let changedAt = after.changedAt;
  for (const field of PREFERENCE_FIELDS) {
    if (!sameJson(before[field], after[field])) changedAt = { ...changedAt, [field]: now };
  }
  return changedAt === after.changedAt ? after : { ...after, changedAt };
}
