import type { RequestEnvelope } from 'ask-sdk-model';
import { parseProgress, type ParsedProgress, type ProgressRecord } from '../coach/progress';
import { mergeProgress, stampPreferenceChanges } from '../coach/progress-merge';
import type { RecordKey, RecordStore } from './record-store';
import { RevisionConflict, StoreError, isRevisionConflict } from './store-error';
import { recordKeyOf, userIdOf } from './user-id';

/**
 * The skill's view of storage: one progress record per account, or per person Alexa
 * recognised, parsed on the way in. Failures are results, not exceptions, so a broken
 * database costs the user their saved place at worst, never the conversation.
 *
 * Every write is conditional on the revision the session last read or wrote (`SavedRecord`).
 * When another session (another Echo on the same account) wrote in between, the record is
 * read again, the two are merged field by field (coach/progress-merge.ts) and written
 * again, as often as the time budget allows; only if that fails too is the save a failure.
 */

/** The record as the store holds it, as far as this session knows: the base of a merge. Travels in the session. */
export type SavedRecord = {
  revision: number;
  progress: ProgressRecord;
  /** Whose record the session keeps: the person recognised when it began (undefined: the account's). */
  person?: string;
};

export type LoadResult = ({ ok: true; saved: SavedRecord } & ParsedProgress) | { ok: false; error: unknown };
/** `merged`: another session had written meanwhile, and what is saved now includes its changes. */
export type SaveResult = { ok: true; saved: SavedRecord; merged: boolean } | { ok: false; error: unknown };
export type RemoveResult = { ok: true } | { ok: false; error: unknown };

export interface ProgressStore {
  /** Reads the progress of whoever is speaking: the recognised person, or the account. */
  load(envelope: RequestEnvelope, now: number): Promise<LoadResult>;
  /** Writes `progress` over `saved` (what the session read), merging with any write made since. */
  save(envelope: RequestEnvelope, progress: ProgressRecord, saved: SavedRecord | undefined, now: number): Promise<SaveResult>;
  /** Deletes the account's progress and that of every person on it (the skill was disabled). */
  remove(envelope: RequestEnvelope): Promise<RemoveResult>;
}

export interface ProgressStoreOptions {
  /**
   * How long a save may keep merging and writing again after conflicts, from its first
   * attempt. A write already under way finishes (each store call has its own deadline,
   * 1.5 s for DynamoDB), so a turn stays well inside the 8 s Alexa waits.
   */
  conflictBudgetMs?: number;
  /** Writes per save at most, the first included. */
  maxAttempts?: number;
}

const DEFAULT_CONFLICT_BUDGET_MS = 2500;
const DEFAULT_MAX_ATTEMPTS = 5;

export function progressStore(store: RecordStore, options: ProgressStoreOptions = {}): ProgressStore {
  const budgetMs = options.conflictBudgetMs ?? DEFAULT_CONFLICT_BUDGET_MS;
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  return {
    async load(envelope, now) {
      try {
        const key = recordKeyOf(envelope);
        const stored = await store.read(key, now);
        const parsed = parseProgress(stored?.record);
        return { ok: true, ...parsed, saved: { revision: stored?.revision ?? 0, progress: parsed.progress, person: key.person } };
      } catch (error) {
        return { ok: false, error };
      }
    },

    async save(envelope, progress, saved, now) {
      const started = performance.now();
      try {
        // A session keeps the record it began with, even if a later request recognises someone else or no one.
        const key: RecordKey = saved ? { account: userIdOf(envelope), person: saved.person } : recordKeyOf(envelope);
        let revision = saved?.revision ?? 0;
        // Without the record the session read (a session begun before records had revisions),
        // what it changed is unknown: it writes only where there is no record, or merges with
        // the stored one as its base, so counts take the larger, sets join, and the rest is this session's.
        let base = saved?.progress;
        let mine = base ? stampPreferenceChanges(base, progress, now) : progress;
        for (let attempt = 1; ; attempt++) {
          try {
            revision = await store.write(key, { ...mine }, revision, now);
            return { ok: true, saved: { revision, progress: mine, person: key.person }, merged: attempt > 1 };
          } catch (error) {
            if (!isRevisionConflict(error) || attempt >= maxAttempts || performance.now() - started > budgetMs) throw error;
            const theirs = currentProgress(error);
            mine = mergeProgress(base ?? theirs.progress, mine, theirs.progress);
            base = theirs.progress;
            revision = theirs.revision;
          }
        }
      } catch (error) {
        return { ok: false, error };
      }
    },

    async remove(envelope) {
      try {
        await store.removeAccount(userIdOf(envelope));
        return { ok: true };
      } catch (error) {
        return { ok: false, error };
      }
    },
  };
}

/** The record another session wrote, to merge with; one that cannot be merged with ends the save. */
function currentProgress(conflict: RevisionConflict): { revision: number; progress: ProgressRecord } {
  // Gone since it was read: the skill was disabled (its records deleted). Writing would bring them back.
  if (!conflict.current) throw new StoreError('conflict', 'The record was deleted since it was read', { cause: conflict });
  const parsed = parseProgress(conflict.current.record);
  // Written by a newer version of the skill (mid-deploy): never overwritten, as on a read.
  if (parsed.status === 'newer') throw new StoreError('conflict', 'A newer version of the skill wrote the record', { cause: conflict });
  return { revision: conflict.current.revision, progress: parsed.progress };
}
