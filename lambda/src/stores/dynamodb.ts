import {
  CreateTableCommand,
  DeleteItemCommand,
  DescribeTableCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  type AttributeValue,
  type CreateTableCommandInput,
  type PutItemCommandInput,
  type DynamoDBClientConfig,
} from '@aws-sdk/client-dynamodb';
import { fromAttributeMap, toAttributeMap } from './attribute-value';
import { errorName, toStoreError } from './dynamodb-errors';
import { EXPIRY_ATTRIBUTE, expiryFor, hasExpired } from './expiry';
import { itemIdOf, type RecordKey, type RecordStore, type StoredRecord } from './record-store';
import { RevisionConflict, StoreError } from './store-error';

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

/** The sparse index that finds an account's people: only a person's item has an `account` attribute. */
export const PEOPLE_INDEX = 'people-by-account';

/**
 * The table as infrastructure/cfn-deployer/skill-stack.yaml makes it (less the time to
 * live, which DynamoDB sets apart from the table and local servers ignore): on demand,
 * key `id`, and the people index.
 */
export function progressTableDefinition(tableName: string): CreateTableCommandInput {
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [
      { AttributeName: 'id', AttributeType: 'S' },
      { AttributeName: 'account', AttributeType: 'S' },
    ],
    KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
    GlobalSecondaryIndexes: [
      { IndexName: PEOPLE_INDEX, KeySchema: [{ AttributeName: 'account', KeyType: 'HASH' }], Projection: { ProjectionType: 'KEYS_ONLY' } },
    ],
  };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function numberOf(attribute: AttributeValue | undefined): number | undefined {
  const value = attribute?.N === undefined ? undefined : Number(attribute.N);
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}

/**
 * A write goes over the revision its writer read; with none read (0), only where there is
 * no live record: none at all, an expired one, or one written before records had revisions.
 */
function revisionCondition(expectedRevision: number, now: number): Pick<PutItemCommandInput, 'ConditionExpression' | 'ExpressionAttributeNames' | 'ExpressionAttributeValues'> {
  if (expectedRevision > 0) {
    return {
      ConditionExpression: '#revision = :expected',
      ExpressionAttributeNames: { '#revision': 'revision' },
      ExpressionAttributeValues: { ':expected': { N: String(expectedRevision) } },
    };
  }
  return {
    ConditionExpression: 'attribute_not_exists(#revision) OR #expiresAt <= :now',
    ExpressionAttributeNames: { '#revision': 'revision', '#expiresAt': EXPIRY_ATTRIBUTE },
    ExpressionAttributeValues: { ':now': { N: String(Math.floor(now / 1000)) } },
  };
}

/** Tells this store's own write apart from anyone else's; not a secret, only unique per write. */
function writerTag(): string {
  return `${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * One item per record, laid out like ask-sdk's own DynamoDB adapter ({ id: S userId,
 * attributes: M record }) so a table written by either can be read by the other, plus:
 * `revision` (N, conditional writes), `expiresAt` (N, epoch seconds, the table's time to
 * live), `writer` (S, which write put the item there) and, on a person's item only,
 * `account` (S, for the people index). Every call runs under a deadline: Alexa allows a
 * skill 8 s per response, and a hung database must turn into "progress not saved", not silence.
 */
export class DynamoDbStore implements RecordStore {
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

  async read(key: RecordKey, now: number): Promise<StoredRecord | undefined> {
    const item = await this.getItem(itemIdOf(key));
    return item && this.liveRecord(item, now);
  }

  async write(key: RecordKey, record: Record<string, unknown>, expectedRevision: number, now: number): Promise<number> {
    const id = itemIdOf(key);
    let attributes: Record<string, AttributeValue>;
    try {
      attributes = toAttributeMap(record);
    } catch (error) {
      throw new StoreError('unknown', 'The record cannot be stored in DynamoDB', { cause: error });
    }
    await this.ensureTable();
    const revision = expectedRevision + 1;
    const writer = writerTag();
    const item: Record<string, AttributeValue> = {
      id: { S: id },
      attributes: { M: attributes },
      revision: { N: String(revision) },
      [EXPIRY_ATTRIBUTE]: { N: String(expiryFor(now)) },
      writer: { S: writer },
    };
    if (key.person !== undefined) item.account = { S: key.account };
    try {
      await this.send('PutItem', (abortSignal) =>
        this.client.send(new PutItemCommand({ TableName: this.tableName, Item: item, ...revisionCondition(expectedRevision, now) }), { abortSignal }),
      );
      return revision;
    } catch (error) {
      if (!(error instanceof StoreError && error.kind === 'conflict')) throw error;
    }
    const current = await this.getItem(id);
    // The SDK retried a write whose first attempt had reached the table: that is this write, not a conflict.
    if (current?.writer?.S === writer) return revision;
    throw new RevisionConflict(current && this.liveRecord(current, now));
  }

  async removeAccount(account: string): Promise<void> {
    await this.ensureTable();
    await this.deleteItem(account);
    const people: string[] = [];
    let startKey: Record<string, AttributeValue> | undefined;
    do {
      const page = await this.send('Query', (abortSignal) =>
        this.client.send(
          new QueryCommand({
            TableName: this.tableName,
            IndexName: PEOPLE_INDEX,
            KeyConditionExpression: '#account = :account',
            ExpressionAttributeNames: { '#account': 'account' },
            ExpressionAttributeValues: { ':account': { S: account } },
            ExclusiveStartKey: startKey,
          }),
          { abortSignal },
        ),
      );
      for (const item of page.Items ?? []) if (item.id?.S) people.push(item.id.S);
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    await Promise.all(people.map((id) => this.deleteItem(id)));
  }

  /** Releases sockets of a client this store created (tests and scripts must call it to exit promptly). */
  close(): void {
    if (this.ownsClient) this.client.destroy();
  }

  private async getItem(id: string): Promise<Record<string, AttributeValue> | undefined> {
    await this.ensureTable();
    const { Item } = await this.send('GetItem', (abortSignal) =>
      this.client.send(new GetItemCommand({ TableName: this.tableName, Key: { id: { S: id } }, ConsistentRead: true }), { abortSignal }),
    );
    return Item;
  }

  private async deleteItem(id: string): Promise<void> {
    await this.send('DeleteItem', (abortSignal) =>
      this.client.send(new DeleteItemCommand({ TableName: this.tableName, Key: { id: { S: id } } }), { abortSignal }),
    );
  }

  /** The record in an item, unless the item has expired (DynamoDB deletes expired items a day or two late). */
  private liveRecord(item: Record<string, AttributeValue>, now: number): StoredRecord | undefined {
    if (hasExpired(numberOf(item[EXPIRY_ATTRIBUTE]), now)) return undefined;
    return { record: this.decode(item), revision: numberOf(item.revision) ?? 0 };
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
          .send(new CreateTableCommand(progressTableDefinition(this.tableName)), { abortSignal })
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
