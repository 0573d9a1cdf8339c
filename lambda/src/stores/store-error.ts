/**
 * Why a storage call failed, coarse enough for the skill to pick what to say
 * ("your progress was not saved") without knowing which backend is in use.
 */
export type StoreErrorKind = 'timeout' | 'unavailable' | 'missingTable' | 'throttled' | 'unknown';

export class StoreError extends Error {
  override readonly name = 'StoreError';

  constructor(
    readonly kind: StoreErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isStoreError(error: unknown): error is StoreError {
  return error instanceof StoreError;
}
