import { expiryFor, hasExpired } from './expiry';
import { itemIdOf, type RecordKey, type RecordStore, type StoredRecord } from './record-store';
import { RevisionConflict } from './store-error';

interface Entry {
  /** The record as JSON, as a real store keeps it serialized: what is read is always a copy. */
  record: string;
  revision: number;
  expiresAt: number;
  /** Set on a person's record: the account it belongs to, so the account's removal finds it. */
  account?: string;
}

/**
 * In-process store for tests and local runs, with the same rules as DynamoDB: revisions,
 * conditional writes and expiry. Records are kept as JSON, so a handler mutating its
 * attributes cannot change what is stored without writing it, and what is read back is
 * what a store that serializes records (the file, DynamoDB) would give.
 */
export class MemoryStore implements RecordStore {
  private readonly entries = new Map<string, Entry>();

  async read(key: RecordKey, now: number): Promise<StoredRecord | undefined> {
    const id = itemIdOf(key);
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    if (hasExpired(entry.expiresAt, now)) {
      this.entries.delete(id);
      return undefined;
    }
    return { record: JSON.parse(entry.record) as Record<string, unknown>, revision: entry.revision };
  }

  async write(key: RecordKey, record: Record<string, unknown>, expectedRevision: number, now: number): Promise<number> {
    const id = itemIdOf(key);
    const entry = this.entries.get(id);
    // A writer that read nothing may write over an expired record; one that read a revision needs exactly that one.
    const current = entry && (expectedRevision > 0 || !hasExpired(entry.expiresAt, now)) ? entry.revision : 0;
    if (current !== expectedRevision) {
      const live = entry && !hasExpired(entry.expiresAt, now) ? entry : undefined;
      throw new RevisionConflict(live && { record: JSON.parse(live.record) as Record<string, unknown>, revision: live.revision });
    }
    const revision = expectedRevision + 1;
    const stored: Entry = { record: JSON.stringify(record), revision, expiresAt: expiryFor(now) };
    if (key.person !== undefined) stored.account = key.account;
    this.entries.set(id, stored);
    return revision;
  }

  async removeAccount(account: string): Promise<void> {
    for (const [id, entry] of this.entries) if (id === account || entry.account === account) this.entries.delete(id);
  }
}
