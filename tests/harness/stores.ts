import { randomUUID } from 'node:crypto';
import { DeleteTableCommand, DynamoDBClient, PutItemCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import type { RequestEnvelope } from 'ask-sdk-model';
import { toAttributeValue } from '../../lambda/src/stores/attribute-value';
import { DynamoDbStore, type DynamoDbStoreOptions } from '../../lambda/src/stores/dynamodb';
import { MemoryStore } from '../../lambda/src/stores/memory';
import type { RecordKey, RecordStore, StoredRecord } from '../../lambda/src/stores/record-store';
import { StoreError, isRevisionConflict } from '../../lambda/src/stores/store-error';

/** Stores for dialog tests: the in-memory one, DynamoDB on the run's dynalite, and wrappers that count or fail. */

const REGION = 'us-east-1';
const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

export function dynaliteEndpoint(): string {
  const endpoint = process.env.DYNALITE_ENDPOINT;
  if (!endpoint) throw new Error('DYNALITE_ENDPOINT is not set: is tests/harness/global-setup.ts configured?');
  return endpoint;
}

/** A fresh table name per call, so test files sharing the run's dynalite never see each other's items. */
export function uniqueTableName(prefix = 'dialog'): string {
  return `${prefix}-${randomUUID()}`;
}

/** A DynamoDbStore on dynalite that creates its own table on first use (override anything). */
export function dynaliteStore(options: Partial<DynamoDbStoreOptions> = {}): DynamoDbStore {
  return new DynamoDbStore({
    tableName: uniqueTableName(),
    endpoint: dynaliteEndpoint(),
    region: REGION,
    credentials: LOCAL_CREDENTIALS,
    createTable: true,
    ...options,
  });
}

/** A plain SDK client on dynalite, for looking at (or planting) items behind the store's back. */
export function rawDynaliteClient(): DynamoDBClient {
  return new DynamoDBClient({ endpoint: dynaliteEndpoint(), region: REGION, credentials: LOCAL_CREDENTIALS });
}

export async function deleteTable(client: DynamoDBClient, tableName: string): Promise<void> {
  await client.send(new DeleteTableCommand({ TableName: tableName }));
}

export async function putRawItem(client: DynamoDBClient, tableName: string, item: Record<string, AttributeValue>): Promise<void> {
  await client.send(new PutItemCommand({ TableName: tableName, Item: item }));
}

/** The smallest envelope the skill's store reads: only the user id (and a recognised person) matters to it. */
export function envelopeFor(userId: string, personId?: string): RequestEnvelope {
  const system = personId === undefined ? { user: { userId } } : { user: { userId }, person: { personId } };
  return { version: '1.0', context: { System: system }, request: { type: 'LaunchRequest' } } as unknown as RequestEnvelope;
}

export function keyFor(account: string, person?: string): RecordKey {
  return person === undefined ? { account } : { account, person };
}

/** Reading to look, not as the skill reads: at the epoch, so nothing has expired yet. */
const LOOKING_NOW = 0;
/** Records planted by hand are written as of this time (request times in the tests come later). */
const PLANTED_AT = Date.parse('2026-11-01T00:00:00Z');

/** What is stored for an account (or one of its people), as the store hands it back (not parsed by the skill); {} for nothing. */
export async function storedRecord(store: RecordStore, account: string, person?: string): Promise<Record<string, unknown>> {
  return (await store.read(keyFor(account, person), LOOKING_NOW))?.record ?? {};
}

export interface StoreUnderTest {
  store: RecordStore;
  /** What is stored for a user, as the store hands it back (not parsed by the skill). */
  stored(userId: string, personId?: string): Promise<Record<string, unknown>>;
  /** Puts anything at all under a user's key, bypassing the skill (for corrupt-record tests). */
  plant(userId: string, record: unknown): Promise<void>;
  dispose(): Promise<void>;
}

/** The two backends every cross-session dialog runs against. */
export const STORE_BACKENDS: ReadonlyArray<readonly [string, () => StoreUnderTest]> = [
  [
    'in-memory store',
    () => {
      const store = new MemoryStore();
      return {
        store,
        stored: (userId, personId) => storedRecord(store, userId, personId),
        plant: async (userId, record) => {
          const current = await store.read(keyFor(userId), PLANTED_AT);
          // MemoryStore keeps whatever it is given; its type says records, garbage is the point here.
          await store.write(keyFor(userId), record as Record<string, unknown>, current?.revision ?? 0, PLANTED_AT);
        },
        dispose: async () => undefined,
      };
    },
  ],
  [
    'DynamoDB store (dynalite)',
    () => {
      const tableName = uniqueTableName('resume');
      const store = dynaliteStore({ tableName });
      const client = rawDynaliteClient();
      return {
        store,
        stored: (userId, personId) => storedRecord(store, userId, personId),
        plant: async (userId, record) => {
          await store.read(keyFor(userId), PLANTED_AT); // makes sure the table exists
          // As ask-sdk's adapter (or this skill before revisions) wrote items: no revision, no expiry.
          await putRawItem(client, tableName, { id: { S: userId }, attributes: toAttributeValue(record) });
        },
        dispose: async () => {
          store.close();
          client.destroy();
        },
      };
    },
  ],
];

/** Counts what the skill asks of a store: reads, writes (with what was written), conflicts and deletes. */
export class CountingStore implements RecordStore {
  reads = 0;
  readonly writes: Record<string, unknown>[] = [];
  conflicts = 0;
  deletes = 0;

  constructor(readonly inner: RecordStore = new MemoryStore()) {}

  async read(key: RecordKey, now: number): Promise<StoredRecord | undefined> {
    this.reads++;
    return this.inner.read(key, now);
  }

  async write(key: RecordKey, record: Record<string, unknown>, expectedRevision: number, now: number): Promise<number> {
    this.writes.push(structuredClone(record));
    try {
      return await this.inner.write(key, record, expectedRevision, now);
    } catch (error) {
      if (isRevisionConflict(error)) this.conflicts++;
      throw error;
    }
  }

  async removeAccount(account: string): Promise<void> {
    this.deletes++;
    await this.inner.removeAccount(account);
  }

  reset(): void {
    this.reads = 0;
    this.writes.length = 0;
    this.conflicts = 0;
    this.deletes = 0;
  }
}

/** A store whose reads or writes can be made to fail, the way a real backend fails (StoreError). */
export class FaultyStore implements RecordStore {
  failReads = false;
  failWrites = false;
  readonly attempts = { reads: 0, writes: 0, deletes: 0 };

  constructor(readonly inner: RecordStore = new MemoryStore()) {}

  async read(key: RecordKey, now: number): Promise<StoredRecord | undefined> {
    this.attempts.reads++;
    if (this.failReads) throw new StoreError('unavailable', 'injected read failure');
    return this.inner.read(key, now);
  }

  async write(key: RecordKey, record: Record<string, unknown>, expectedRevision: number, now: number): Promise<number> {
    this.attempts.writes++;
    if (this.failWrites) throw new StoreError('unavailable', 'injected write failure');
    return this.inner.write(key, record, expectedRevision, now);
  }

  async removeAccount(account: string): Promise<void> {
    this.attempts.deletes++;
    if (this.failWrites) throw new StoreError('unavailable', 'injected delete failure');
    await this.inner.removeAccount(account);
  }
}
