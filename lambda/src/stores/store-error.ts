import type { StoredRecord } from './record-store';

/**
 * Why a storage call failed, coarse enough for the skill to pick what to say
 * ("your progress was not saved") without knowing which backend is in use.
 * `conflict`: a conditional write found the record at another revision.
 */
export type StoreErrorKind = 'timeout' | 'unavailable' | 'missingTable' | 'throttled' | 'conflict' | 'unknown';

export class StoreError extends Error {
  override readonly name: string = 'StoreError';

  constructor(
    readonly kind: StoreErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A write that found the record moved on since its writer read it: here is the record as it is now (undefined: deleted). */
export class RevisionConflict extends StoreError {
  override readonly name = 'RevisionConflict';

  constructor(readonly current: StoredRecord | undefined) {
    super('conflict', 'The record changed since it was read');
  }
}

export function isStoreError(error: unknown): error is StoreError {
  return error instanceof StoreError;
}

export function isRevisionConflict(error: unknown): error is RevisionConflict {
  return error instanceof RevisionConflict;
}
