/**
 * What the skill asks of a backend: one record per account, or per person Alexa
 * recognised on that account, with a revision that makes every write conditional on
 * the record the writer read, and an expiry renewed by every write.
 */

/** Whose record: the Alexa account (`context.System.user.userId`) and, when Alexa recognised the speaker, the person. */
export interface RecordKey {
  account: string;
  person?: string;
}

export interface StoredRecord {
  record: Record<string, unknown>;
  /**
   * How many times the record has been written. A write names the revision its writer read
   * and fails with a `conflict` if the record has moved on. 0: there is no record (or one
   * written before records had revisions).
   */
  revision: number;
}

export interface RecordStore {
  /** The record as it is now; undefined when there is none or it has expired (at `now`, epoch ms: the request's clock). */
  read(key: RecordKey, now: number): Promise<StoredRecord | undefined>;
  /**
   * Writes the whole record if the stored revision is still `expectedRevision` (0: no live
   * record), renewing its expiry from `now`, and returns the new revision. Otherwise throws
   * a RevisionConflict carrying the record as it is now.
   */
  write(key: RecordKey, record: Record<string, unknown>, expectedRevision: number, now: number): Promise<number>;
  /** Deletes the account's record and the records of every person on that account. */
  removeAccount(account: string): Promise<void>;
}

/**
 * Where a record lives: the account's own id, as ask-sdk's adapters key it, or the
 * account and the person. Alexa's ids never contain `#`.
 */
export function itemIdOf(key: RecordKey): string {
  return key.person === undefined ? key.account : `${key.account}#${key.person}`;
}
