import type { RecordKey, RecordStore, StoredRecord } from './record-store';

type LoadedStore = RecordStore & { close?: () => void };

/**
 * A store whose module loads in the background. The DynamoDB store pulls in the AWS
 * SDK (most of a cold start), the file store the file system; loading them this way
 * starts at cold start, where init time is cheapest, and only for the store in use.
 */
export class LazyStore implements RecordStore {
  private readonly store: Promise<LoadedStore>;

  constructor(load: () => Promise<LoadedStore>) {
    this.store = load();
    // A failed load is reported by the first call that needs the store, not as an unhandled rejection.
    this.store.catch(() => undefined);
  }

  loaded(): Promise<RecordStore> {
    return this.store;
  }

  async read(key: RecordKey, now: number): Promise<StoredRecord | undefined> {
    return (await this.store).read(key, now);
  }

  async write(key: RecordKey, record: Record<string, unknown>, expectedRevision: number, now: number): Promise<number> {
    return (await this.store).write(key, record, expectedRevision, now);
  }

  async removeAccount(account: string): Promise<void> {
    return (await this.store).removeAccount(account);
  }

  async close(): Promise<void> {
    (await this.store).close?.();
  }
}
