import { STRETCHES } from './catalog';
import { isValidPlace, PLACE_FIELDS, type Place } from './place';
import { INVALID, arrayOf, boolean, integer, literal, matching, nonEmpty, number, object, oneOf, optional, orElse, recordOf, string } from './reader';
import { sameJson } from './same-json';

/**
 * The record stored per user. It is versioned and parsed field by field: a field
 * that is broken falls back to its default instead of taking the record with it,
 * and a record we cannot read at all starts over rather than crash a session.
 */

export const PROGRESS_VERSION = 1;
/** How a routine is played: on from stretch to stretch ("keep going"), or one side at a time ("one at a time"). */
export const PACES = ['flow', 'step'] as const;
export type Pace = (typeof PACES)[number];
/** Days kept in the history: enough for a weekly count and a streak. */
export const HISTORY_DAYS = 60;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const knownStretch = new Set<string>(STRETCHES.map((s) => s.id));

/** A routine left before its end: the place to pick up at, and when it was reached (epoch ms). */
export type UnfinishedRoutine = Place & {
  at: number;
};

// A type, not an interface: records are also handled as plain JSON objects (Record<string, unknown>).
export type ProgressRecord = {
  version: typeof PROGRESS_VERSION;
  unfinished?: UnfinishedRoutine;
  /** Local days with stretching in them (YYYY-MM-DD), in order, the last HISTORY_DAYS. */
  days: string[];
  /** Stretches met before (their ids): what a stretch is for is said the first time. */
  seen: string[];
  brief: boolean;
  /** `flow`: a routine plays on from stretch to stretch; `step`: one side per response, then "next". */
  pace: Pace;
  disclaimerHeard: boolean;
  /** Told, at the start of a first routine, that "Alexa, pause" cuts in while the skill talks. */
  pauseTipHeard: boolean;
  completedRoutines: number;
  /** When each preference last changed (epoch ms, the request's clock): the latest wins when two sessions both changed it (progress-merge.ts). */
  changedAt?: Record<string, number>;
  /** The stretch reminder this skill set for the user: the token Alexa's Reminders API gave it (the API keeps when it goes off). */
  reminder?: { token: string };
  /** When a routine's end last offered a reminder, and whether it was accepted: offered again only a week after a decline, never after a yes. */
  reminderOffer?: { at: number; accepted: boolean };
  /** Offered, once, to add a routine to the user's Alexa Routines. */
  routineOffered?: boolean;
};

/** The record read field by field: a broken field falls back on its own (days and seen are cleaned entry by entry first, in parseProgress). */
export const readProgress = object<ProgressRecord>({
  version: literal(PROGRESS_VERSION),
  unfinished: orElse(optional(object<UnfinishedRoutine>({ ...PLACE_FIELDS, at: number })), () => undefined),
  days: orElse(arrayOf(matching(ISO_DAY)), () => []),
  seen: orElse(arrayOf(string), () => []),
  brief: orElse(boolean, () => false),
  pace: orElse(oneOf(PACES), () => 'flow'),
  disclaimerHeard: orElse(boolean, () => false),
  pauseTipHeard: orElse(boolean, () => false),
  completedRoutines: orElse(integer(0), () => 0),
  changedAt: orElse(optional(recordOf(number)), () => undefined),
  reminder: orElse(optional(object({ token: nonEmpty })), () => undefined),
  reminderOffer: orElse(optional(object({ at: number, accepted: boolean })), () => undefined),
  routineOffered: orElse(optional(boolean), () => undefined),
});

export function emptyProgress(): ProgressRecord {
  return {
    version: PROGRESS_VERSION,
    days: [],
    seen: [],
    brief: false,
    pace: 'flow',
    disclaimerHeard: false,
    pauseTipHeard: false,
    completedRoutines: 0,
  };
}

/**
 * `newer`: written by a later version of the skill (this one was rolled back). It is not
 * ours to read or to replace: the session starts fresh and leaves the record alone.
 */
export type ParsedProgress = { progress: ProgressRecord; status: 'new' | 'ok' | 'repaired' | 'reset' | 'newer' };

/** A real calendar date as YYYY-MM-DD (the pattern alone would let 2026-13-45 through). */
function isCalendarDay(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DAY.test(value)) return false;
  const parsed = Date.parse(`${value}T00:00:00Z`);
  return Number.isFinite(parsed) && new Date(parsed).toISOString().slice(0, 10) === value;
}

/** The history's days, each checked on its own: one bad entry costs that entry, not the history. */
function cleanDays(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  return [...new Set(raw.filter(isCalendarDay))].sort().slice(-HISTORY_DAYS);
}

/** Stretches met before, keeping only ids the catalogue still has. */
function cleanSeen(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  return [...new Set(raw.filter((id): id is string => typeof id === 'string' && knownStretch.has(id)))];
}

/**
 * Reads whatever the store returned: nothing, the current version, a partial record, or garbage.
 * `repaired` means the record read differs from what the skill would write for it (a field
 * fell back, an entry was dropped, a field was missing), so it is worth writing back.
 */
export function parseProgress(raw: unknown): ParsedProgress {
  if (raw === undefined || raw === null) return { progress: emptyProgress(), status: 'new' };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { progress: emptyProgress(), status: 'reset' };
  const record = raw as Record<string, unknown>;
  if (Object.keys(record).length === 0) return { progress: emptyProgress(), status: 'new' };
  if (typeof record.version === 'number' && record.version > PROGRESS_VERSION) return { progress: emptyProgress(), status: 'newer' };
  // There is only one version so far, so an older or malformed one cannot be read: start over.
  if (record.version !== PROGRESS_VERSION) return { progress: emptyProgress(), status: 'reset' };
  const read = readProgress({ ...record, days: cleanDays(record.days), seen: cleanSeen(record.seen) });
  if (read === INVALID) return { progress: emptyProgress(), status: 'reset' };
  const progress = read.unfinished && !isValidPlace(read.unfinished) ? { ...read, unfinished: undefined } : read;
  const repaired = !sameJson(progress, pickKnown(record));
  return { progress, status: repaired ? 'repaired' : 'ok' };
}

function pickKnown(record: Record<string, unknown>): Record<string, unknown> {
  const known: Record<string, unknown> = {};
  for (const key of readProgress.fields) if (record[key] !== undefined) known[key] = record[key];
  return known;
}

/** Someone who has used the skill before hears shorter prompts. */
export function isReturningUser(progress: ProgressRecord): boolean {
  return progress.disclaimerHeard || progress.days.length > 0 || progress.seen.length > 0;
}

/**
 * Whether a change is one the user would miss if it were lost now: a new place in a
 * routine, the history, a preference. Hearing the first-use note, meeting a stretch,
 * or coming back to the same place can wait for the next write (or the session's end),
 * which keeps storage to one write per change of place.
 */
export function isMaterialChange(before: ProgressRecord, after: ProgressRecord): boolean {
  const differs = (field: string) =>
    !(field in MINOR_FIELDS) && field !== 'unfinished' && !sameJson(before[field as keyof ProgressRecord], after[field as keyof ProgressRecord]);
  for (const field in before) if (differs(field)) return true;
  for (const field in after) if (!(field in before) && differs(field)) return true;
  const [was, is] = [before.unfinished, after.unfinished];
  // Coming back to the same place keeps it, whenever it was reached.
  const samePlace = was !== undefined && is !== undefined && was.routine === is.routine && was.stretch === is.stretch && was.side === is.side;
  return !samePlace && !sameJson(was, is);
}

/** What can wait for the next write: the first-use note and the pause tip heard, a stretch met. */
const MINOR_FIELDS = { disclaimerHeard: true, pauseTipHeard: true, seen: true } as const;

/**
 * The place to pick up next time, and when it was reached; a place already remembered
 * keeps its time (and the record stays the same object, so nothing needs writing).
 */
export function rememberPlace(progress: ProgressRecord, place: Place, now: number): ProgressRecord {
  const kept = progress.unfinished;
  if (kept && kept.routine === place.routine && kept.stretch === place.stretch && kept.side === place.side) return progress;
  return { ...progress, unfinished: { ...place, at: now } };
}

export function markStretchSeen(progress: ProgressRecord, stretchId: string): ProgressRecord {
  return progress.seen.includes(stretchId) ? progress : { ...progress, seen: [...progress.seen, stretchId] };
}

/** Notes a day with stretching in it (a local calendar date, YYYY-MM-DD). */
export function recordActiveDay(progress: ProgressRecord, day: string): ProgressRecord {
  if (progress.days.includes(day)) return progress;
  return { ...progress, days: [...progress.days, day].sort().slice(-HISTORY_DAYS) };
}

export function finishRoutine(progress: ProgressRecord, day: string): ProgressRecord {
  const done = recordActiveDay(progress, day);
  return { ...done, unfinished: undefined, completedRoutines: done.completedRoutines + 1 };
}
