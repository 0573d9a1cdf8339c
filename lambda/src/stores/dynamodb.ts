import {
  CreateTableCommand,
  DeleteItemCommand,
  DescribeTableCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  type AttributeValue,
  type DynamoDBClientConfig,
} from '@aws-sdk/client-dynamodb';
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { fromAttributeMap, toAttributeMap } from './attribute-value';
import { errorName, toStoreError } from './dynamodb-errors';
import { StoreError } from './store-error';
import { userIdOf } from './user-id';

export interface DynamoDbStoreOptions {
  tableName: string;
  /** A caller-owned client; when given, endpoint/region/credentials are ignored and close() leaves it open. */
  client?: DynamoDBClient;
  endpoint?: string;
  region?: string;
  /** Static credentials, e.g. dummies for a local DynamoDB-compatible server. */
  credentials?: DynamoDBClientConfig['credentials'];
  /** Create the table on first use if it does not exist (local development). */
  createTable?: boolean;
  /** Budget for each DynamoDB call, retries included. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 1500;
/** On-demand tables usually turn ACTIVE within seconds; give up well before anyone waits a minute. */
const TABLE_ACTIVE_WAIT_MS = 30_000;
const TABLE_POLL_INTERVAL_MS = 200;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * One item per Alexa user, laid out like ask-sdk's own DynamoDB adapter
 * ({ id: S userId, attributes: M record }) so a table written by either can be
 * read by the other. Every call runs under a deadline: Alexa allows a skill 8 s
 * per response, and a hung database must turn into "progress not saved", not silence.
 */
export class DynamoDbStore implements PersistenceAdapter {
  private readonly client: DynamoDBClient;
  private readonly ownsClient: boolean;
  private readonly tableName: string;
  private readonly timeoutMs: number;
  private readonly createTable: boolean;
  private tableReady: Promise<void> | undefined;

  constructor(options: DynamoDbStoreOptions) {
    this.tableName = options.tableName;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.createTable = options.createTable ?? false;
    this.ownsClient = options.client === undefined;
    this.client =
      options.client ??
      new DynamoDBClient({
        endpoint: options.endpoint,
        region: options.region,
        credentials: options.credentials,
        // One retry: the SDK's backoff for throttling (up to a second on the first retry) fits
        // the call budget once; a third attempt would only turn "throttled" into "timeout".
        maxAttempts: 2,
      });
  }

  async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    const key = this.keyOf(envelope);
    await this.ensureTable();
    const { Item } = await this.send('GetItem', (abortSignal) =>
      this.client.send(new GetItemCommand({ TableName: this.tableName, Key: key, ConsistentRead: true }), { abortSignal }),
    );
    return Item ? this.decode(Item) : {};
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    const key = this.keyOf(envelope);
    let record: Record<string, AttributeValue>;
    try {
      record = toAttributeMap(attributes);
    } catch (error) {
      throw new StoreError('unknown', 'The record cannot be stored in DynamoDB', { cause: error });
    }
    await this.ensureTable();
    await this.send('PutItem', (abortSignal) =>
      this.client.send(new PutItemCommand({ TableName: this.tableName, Item: { ...key, attributes: { M: record } } }), {
        abortSignal,
      }),
    );
  }

  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    const key = this.keyOf(envelope);
    await this.ensureTable();
    await this.send('DeleteItem', (abortSignal) =>
      this.client.send(new DeleteItemCommand({ TableName: this.tableName, Key: key }), { abortSignal }),
    );
  }

  /** Releases sockets of a client this store created (tests and scripts must call it to exit promptly). */
  close(): void {
    if (this.ownsClient) this.client.destroy();
  }

  private keyOf(envelope: RequestEnvelope): Record<string, AttributeValue> {
    return { id: { S: userIdOf(envelope) } };
  }

  /** A damaged item reads as an empty record so one bad write cannot lock a user out of the skill. */
  private decode(item: Record<string, AttributeValue>): Record<string, unknown> {
    const stored = item.attributes;
    if (stored?.M === undefined) {
      console.warn(`DynamoDbStore: an item in ${this.tableName} has no attributes map; reading it as empty`);
      return {};
    }
    try {
      return fromAttributeMap(stored.M);
    } catch {
      console.warn(`DynamoDbStore: an item in ${this.tableName} holds unsupported values; reading it as empty`);
      return {};
    }
  }

  /** Runs one SDK call under the deadline, translating every failure into a StoreError. */
  private async send<T>(operation: string, call: (abortSignal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    // Racing the deadline as well as aborting covers SDK phases that ignore the signal (e.g. credential lookup).
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const error = new StoreError('timeout', `DynamoDB ${operation} took longer than ${this.timeoutMs} ms`);
        controller.abort(error);
        reject(error);
      }, this.timeoutMs);
    });
    try {
      return await Promise.race([call(controller.signal), deadline]);
    } catch (error) {
      throw toStoreError(error, operation);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Checks (and creates) the table once per store; a failed attempt is forgotten so the next call retries. */
  private ensureTable(): Promise<void> {
    if (!this.createTable) return Promise.resolve();
    this.tableReady ??= this.createTableIfMissing().catch((error: unknown) => {
      this.tableReady = undefined;
      throw error;
    });
    return this.tableReady;
  }

  private async createTableIfMissing(): Promise<void> {
    try {
      if ((await this.describeTableStatus()) === 'ACTIVE') return;
    } catch (error) {
      if (!(error instanceof StoreError && error.kind === 'missingTable')) throw error;
      await this.send('CreateTable', (abortSignal) =>
        this.client
          .send(
            new CreateTableCommand({
              TableName: this.tableName,
              BillingMode: 'PAY_PER_REQUEST',
              AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
              KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
            }),
            { abortSignal },
          )
          .catch((createError: unknown) => {
            // Another process created it between our DescribeTable and CreateTable: just wait for it.
            if (errorName(createError) !== 'ResourceInUseException') throw createError;
          }),
      );
    }
    await this.waitUntilActive();
  }

  private async waitUntilActive(): Promise<void> {
    const giveUpAt = Date.now() + TABLE_ACTIVE_WAIT_MS;
    while ((await this.describeTableStatus()) !== 'ACTIVE') {
      if (Date.now() >= giveUpAt) {
        throw new StoreError('unavailable', `DynamoDB table ${this.tableName} did not become ACTIVE in time`);
      }
      await sleep(TABLE_POLL_INTERVAL_MS);
    }
  }

  private async describeTableStatus(): Promise<string | undefined> {
    const { Table } = await this.send('DescribeTable', (abortSignal) =>
      this.client.send(new DescribeTableCommand({ TableName: this.tableName }), { abortSignal }),
    );
    return Table?.TableStatus;
  }
}
