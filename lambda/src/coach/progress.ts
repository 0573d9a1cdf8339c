import { z } from 'zod';
import { ROUTINE_IDS, STRETCHES } from './catalog';
import { PositionSchema, isValidPosition, type Position } from './session';

/**
 * The record stored per user. It is versioned and parsed field by field: a field
 * that is broken falls back to its default instead of taking the record with it,
 * and a record we cannot read at all starts over rather than crash a session.
 */

export const PROGRESS_VERSION = 1;
/** Days kept in the history: enough for a weekly count and a streak. */
export const HISTORY_DAYS = 60;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const knownStretch = new Set(STRETCHES.map((s) => s.id));

const UnfinishedSchema = PositionSchema.extend({ at: z.number().finite() });

export const ProgressSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  unfinished: UnfinishedSchema.optional().catch(undefined),
  lastRoutine: z.enum(ROUTINE_IDS).optional().catch(undefined),
  days: z.array(z.string().regex(ISO_DAY)).catch([]),
  seen: z.array(z.string()).catch([]),
  brief: z.boolean().catch(false),
  disclaimerHeard: z.boolean().catch(false),
  completedRoutines: z.number().int().min(0).catch(0),
});
export type ProgressRecord = z.infer<typeof ProgressSchema>;
export type UnfinishedRoutine = z.infer<typeof UnfinishedSchema>;

export function emptyProgress(): ProgressRecord {
  return {
    version: PROGRESS_VERSION,
    days: [],
    seen: [],
    brief: false,
    disclaimerHeard: false,
    completedRoutines: 0,
  };
}

export type ParsedProgress = { progress: ProgressRecord; status: 'new' | 'ok' | 'repaired' | 'reset' };

/** Reads whatever the store returned: nothing, the current version, a partial record, or garbage. */
export function parseProgress(raw: unknown): ParsedProgress {
  if (raw === undefined || raw === null) return { progress: emptyProgress(), status: 'new' };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { progress: emptyProgress(), status: 'reset' };
  const record = raw as Record<string, unknown>;
  if (Object.keys(record).length === 0) return { progress: emptyProgress(), status: 'new' };
  if (record.version !== PROGRESS_VERSION) return { progress: emptyProgress(), status: 'reset' };
  const parsed = ProgressSchema.safeParse(record);
  if (!parsed.success) return { progress: emptyProgress(), status: 'reset' };
  const progress = parsed.data;
  let repaired = JSON.stringify(sortKeys(progress)) !== JSON.stringify(sortKeys(pickKnown(record)));
  if (progress.unfinished && !isValidPosition(progress.unfinished)) {
    progress.unfinished = undefined;
    repaired = true;
  }
  progress.days = [...new Set(progress.days)].sort().slice(-HISTORY_DAYS);
  progress.seen = progress.seen.filter((id) => knownStretch.has(id));
  return { progress, status: repaired ? 'repaired' : 'ok' };
}

function pickKnown(record: Record<string, unknown>): Record<string, unknown> {
  const known: Record<string, unknown> = {};
  for (const key of Object.keys(ProgressSchema.shape)) if (record[key] !== undefined) known[key] = record[key];
  return known;
}

function sortKeys(value: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => a.localeCompare(b)));
}

/** Someone who has used the skill before hears shorter prompts. */
export function isReturningUser(progress: ProgressRecord): boolean {
  return progress.disclaimerHeard || progress.days.length > 0 || progress.seen.length > 0;
}

export function rememberPosition(progress: ProgressRecord, position: Position, now: number): ProgressRecord {
  return { ...progress, unfinished: { ...position, at: now }, lastRoutine: position.routine };
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
