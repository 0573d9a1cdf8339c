import { randomUUID } from 'node:crypto';
import { DeleteTableCommand, DynamoDBClient, PutItemCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { toAttributeValue } from '../../lambda/src/stores/attribute-value';
import { DynamoDbStore, type DynamoDbStoreOptions } from '../../lambda/src/stores/dynamodb';
import { MemoryStore } from '../../lambda/src/stores/memory';
import { StoreError } from '../../lambda/src/stores/store-error';

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

/** The smallest envelope a store reads: only the user id matters to it. */
export function envelopeFor(userId: string): RequestEnvelope {
  return { version: '1.0', context: { System: { user: { userId } } }, request: { type: 'LaunchRequest' } } as unknown as RequestEnvelope;
}

export interface StoreUnderTest {
  store: PersistenceAdapter;
  /** What is stored for a user, as the store hands it back (not parsed by the skill). */
  stored(userId: string): Promise<Record<string, unknown>>;
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
        stored: (userId) => store.getAttributes(envelopeFor(userId)),
        // MemoryStore keeps whatever it is given; its type says records, garbage is the point here.
        plant: (userId, record) => store.saveAttributes(envelopeFor(userId), record as Record<string, unknown>),
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
        stored: (userId) => store.getAttributes(envelopeFor(userId)),
        plant: async (userId, record) => {
          await store.getAttributes(envelopeFor(userId)); // makes sure the table exists
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

/** Counts what the skill asks of a store: reads, writes (with what was written) and deletes. */
export class CountingStore implements PersistenceAdapter {
  reads = 0;
  readonly writes: Record<string, unknown>[] = [];
  deletes = 0;

  constructor(readonly inner: PersistenceAdapter = new MemoryStore()) {}

  async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    this.reads++;
    return this.inner.getAttributes(envelope);
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    this.writes.push(structuredClone(attributes));
    return this.inner.saveAttributes(envelope, attributes);
  }

  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    this.deletes++;
    await this.inner.deleteAttributes?.(envelope);
  }

  reset(): void {
    this.reads = 0;
    this.writes.length = 0;
    this.deletes = 0;
  }
}

/** A store whose reads or writes can be made to fail, the way a real backend fails (StoreError). */
export class FaultyStore implements PersistenceAdapter {
  failReads = false;
  failWrites = false;
  readonly attempts = { reads: 0, writes: 0, deletes: 0 };

  constructor(readonly inner: PersistenceAdapter = new MemoryStore()) {}

  async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    this.attempts.reads++;
    if (this.failReads) throw new StoreError('unavailable', 'injected read failure');
    return this.inner.getAttributes(envelope);
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    this.attempts.writes++;
    if (this.failWrites) throw new StoreError('unavailable', 'injected write failure');
    return this.inner.saveAttributes(envelope, attributes);
  }

  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    this.attempts.deletes++;
    if (this.failWrites) throw new StoreError('unavailable', 'injected delete failure');
    await this.inner.deleteAttributes?.(envelope);
  }
}
