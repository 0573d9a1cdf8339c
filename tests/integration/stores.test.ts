import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import type { RequestEnvelope } from 'ask-sdk-model';
import { DynamoDbStore, PEOPLE_INDEX } from '../../lambda/src/stores/dynamodb';
import { FileStore } from '../../lambda/src/stores/file';
import { createStore } from '../../lambda/src/stores/index';
import { LazyStore } from '../../lambda/src/stores/lazy';
import { MemoryStore } from '../../lambda/src/stores/memory';
import { RECORD_LIFETIME_DAYS, expiryFor } from '../../lambda/src/stores/expiry';
import { itemIdOf, type RecordKey, type RecordStore } from '../../lambda/src/stores/record-store';
import { RevisionConflict, StoreError, type StoreErrorKind } from '../../lambda/src/stores/store-error';
import { personIdOf, recordKeyOf, userIdOf } from '../../lambda/src/stores/user-id';

const REGION = 'us-east-1';
const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };
/** One table per test file so files sharing the run's dynalite never see each other's items. */
const TABLE = `stores-test-${randomUUID()}`;
/** The request clock the stores are given (expiry is counted from it, never from the machine's clock). */
const NOW = Date.parse('2026-11-16T08:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

function dynaliteEndpoint(): string {
  const endpoint = process.env.DYNALITE_ENDPOINT;
  if (!endpoint) throw new Error('DYNALITE_ENDPOINT is not set: is tests/harness/global-setup.ts configured?');
  return endpoint;
}

/** The smallest envelope the skill reads a key from: the user id, and the person when recognised. */
function envelopeFor(userId: string, personId?: string): RequestEnvelope {
  const system = personId === undefined ? { user: { userId } } : { user: { userId }, person: { personId } };
  const envelope = { version: '1.0', context: { System: system }, request: { type: 'LaunchRequest' } };
  return envelope as unknown as RequestEnvelope;
}

function newUser(): RecordKey {
  return { account: `amzn1.ask.account.${randomUUID()}` };
}

function personOf(account: RecordKey, name: string): RecordKey {
  return { account: account.account, person: `amzn1.ask.person.${name}` };
}

function rawClient(endpoint = dynaliteEndpoint()): DynamoDBClient {
  return new DynamoDBClient({ endpoint, region: REGION, credentials: LOCAL_CREDENTIALS });
}

function dynamoStore(overrides: Partial<ConstructorParameters<typeof DynamoDbStore>[0]> = {}): DynamoDbStore {
  return new DynamoDbStore({
    tableName: TABLE,
    endpoint: dynaliteEndpoint(),
    region: REGION,
    credentials: LOCAL_CREDENTIALS,
    createTable: true,
    ...overrides,
  });
}

/** Resolves with the StoreError a promise fails with, and how long failing took. */
async function failure(promise: Promise<unknown>): Promise<{ kind: StoreErrorKind; ms: number; error: StoreError }> {
  const started = Date.now();
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    return { kind: error.kind, ms: Date.now() - started, error };
  }
  throw new Error('expected the call to fail');
}

/** Writes over whatever is there, as a test set-up step. */
async function put(store: RecordStore, key: RecordKey, record: Record<string, unknown>, now = NOW): Promise<number> {
  const current = await store.read(key, now);
  return store.write(key, record, current?.revision ?? 0, now);
}

async function recordOf(store: RecordStore, key: RecordKey, now = NOW): Promise<Record<string, unknown> | undefined> {
  return (await store.read(key, now))?.record;
}

const NESTED_RECORD = {
  streak: 3,
  negative: -2.25,
  large: 1234567890123,
  done: true,
  skipped: false,
  nothing: null,
  empty: '',
  emptyList: [],
  emptyMap: {},
  history: [{ day: '2024-01-01', stretches: ['doorway', 'thread-the-needle'], score: 9.5 }],
  nested: { deep: { list: [1, [2, 3], { flag: false, note: null }] } },
};

interface StoreUnderTest {
  store: RecordStore;
  dispose(): Promise<void>;
}

const factories: Array<[string, () => Promise<StoreUnderTest>]> = [
  ['MemoryStore', async () => ({ store: new MemoryStore(), dispose: async () => undefined })],
  [
    'FileStore',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'stores-test-'));
      return {
        store: new FileStore(join(dir, 'nested', 'progress.json')),
        dispose: () => rm(dir, { recursive: true, force: true }),
      };
    },
  ],
  [
    'DynamoDbStore',
    async () => {
      const store = dynamoStore();
      return { store, dispose: async () => store.close() };
    },
  ],
];

describe.each(factories)('%s contract', (_name, create) => {
  let subject: StoreUnderTest;
  beforeEach(async () => {
    subject = await create();
  });
  afterEach(() => subject.dispose());

  test('a read of an unknown user finds nothing', async () => {
    await expect(subject.store.read(newUser(), NOW)).resolves.toBeUndefined();
  });

  test('write then read returns the record at revision 1', async () => {
    const user = newUser();
    await expect(subject.store.write(user, { streak: 1, lastRoutine: 'desk' }, 0, NOW)).resolves.toBe(1);
    await expect(subject.store.read(user, NOW)).resolves.toEqual({ record: { streak: 1, lastRoutine: 'desk' }, revision: 1 });
  });

  test('a second write over the revision read replaces the record', async () => {
    const user = newUser();
    await subject.store.write(user, { streak: 1, old: true }, 0, NOW);
    await expect(subject.store.write(user, { streak: 2 }, 1, NOW)).resolves.toBe(2);
    await expect(subject.store.read(user, NOW)).resolves.toEqual({ record: { streak: 2 }, revision: 2 });
  });

  test('a write over a revision that is no longer the stored one fails as a conflict carrying the record as it is, and changes nothing', async () => {
    const user = newUser();
    await subject.store.write(user, { streak: 1 }, 0, NOW);
    await subject.store.write(user, { streak: 2 }, 1, NOW); // another session wrote meanwhile
    const { error } = await failure(subject.store.write(user, { streak: 9 }, 1, NOW));
    expect(error).toBeInstanceOf(RevisionConflict);
    expect((error as RevisionConflict).current).toEqual({ record: { streak: 2 }, revision: 2 });
    await expect(subject.store.read(user, NOW)).resolves.toEqual({ record: { streak: 2 }, revision: 2 });
  });

  test('a writer that read nothing cannot write over a record someone else created meanwhile', async () => {
    const user = newUser();
    await subject.store.write(user, { streak: 1 }, 0, NOW);
    const { error } = await failure(subject.store.write(user, { streak: 5 }, 0, NOW));
    expect(error).toMatchObject({ kind: 'conflict', current: { record: { streak: 1 }, revision: 1 } });
  });

  test('of writes racing over the same revision, exactly one wins', async () => {
    const user = newUser();
    await subject.store.write(user, { n: 0 }, 0, NOW);
    const results = await Promise.allSettled([1, 2, 3, 4, 5].map((n) => subject.store.write(user, { n }, 1, NOW)));
    const won = results.filter((result) => result.status === 'fulfilled');
    expect(won).toHaveLength(1);
    for (const result of results) if (result.status === 'rejected') expect(result.reason).toBeInstanceOf(RevisionConflict);
    const stored = await subject.store.read(user, NOW);
    expect(stored?.revision).toBe(2);
  });

  test('a write over a record deleted since it was read is a conflict with nothing current', async () => {
    const user = newUser();
    await subject.store.write(user, { streak: 1 }, 0, NOW);
    await subject.store.removeAccount(user.account);
    const { error } = await failure(subject.store.write(user, { streak: 2 }, 1, NOW));
    expect(error).toBeInstanceOf(RevisionConflict);
    expect((error as RevisionConflict).current).toBeUndefined();
    await expect(subject.store.read(user, NOW)).resolves.toBeUndefined();
  });

  test('users are isolated', async () => {
    const alice = newUser();
    const bob = newUser();
    await put(subject.store, alice, { streak: 5 });
    await put(subject.store, bob, { streak: 7 });
    await expect(recordOf(subject.store, alice)).resolves.toEqual({ streak: 5 });
    await expect(recordOf(subject.store, bob)).resolves.toEqual({ streak: 7 });
  });

  test('each recognised person on an account has a record of their own, apart from the account’s', async () => {
    const household = newUser();
    await put(subject.store, household, { who: 'account' });
    await put(subject.store, personOf(household, 'ana'), { who: 'ana' });
    await put(subject.store, personOf(household, 'ben'), { who: 'ben' });
    await expect(recordOf(subject.store, household)).resolves.toEqual({ who: 'account' });
    await expect(recordOf(subject.store, personOf(household, 'ana'))).resolves.toEqual({ who: 'ana' });
    await expect(recordOf(subject.store, personOf(household, 'ben'))).resolves.toEqual({ who: 'ben' });
    await expect(subject.store.read(personOf(newUser(), 'ana'), NOW)).resolves.toBeUndefined();
  });

  test('removing an account removes its record and its people’s, and no one else’s', async () => {
    const leaving = newUser();
    const staying = newUser();
    for (const account of [leaving, staying]) {
      await put(subject.store, account, { streak: 1 });
      await put(subject.store, personOf(account, 'ana'), { streak: 2 });
      await put(subject.store, personOf(account, 'ben'), { streak: 3 });
    }
    await subject.store.removeAccount(leaving.account);
    for (const key of [leaving, personOf(leaving, 'ana'), personOf(leaving, 'ben')]) await expect(subject.store.read(key, NOW)).resolves.toBeUndefined();
    await expect(recordOf(subject.store, staying)).resolves.toEqual({ streak: 1 });
    await expect(recordOf(subject.store, personOf(staying, 'ana'))).resolves.toEqual({ streak: 2 });
    await expect(recordOf(subject.store, personOf(staying, 'ben'))).resolves.toEqual({ streak: 3 });
  });

  test('removing an account with only people’s records, or none at all, works', async () => {
    const onlyPeople = newUser();
    await put(subject.store, personOf(onlyPeople, 'ana'), { streak: 2 });
    await subject.store.removeAccount(onlyPeople.account);
    await expect(subject.store.read(personOf(onlyPeople, 'ana'), NOW)).resolves.toBeUndefined();
    await expect(subject.store.removeAccount(newUser().account)).resolves.toBeUndefined();
  });

  test(`a record not written for ${RECORD_LIFETIME_DAYS} days has expired: it reads as nothing and may be written over as new`, async () => {
    const user = newUser();
    await subject.store.write(user, { streak: 1 }, 0, NOW);
    await expect(recordOf(subject.store, user, NOW + (RECORD_LIFETIME_DAYS - 1) * DAY)).resolves.toEqual({ streak: 1 });
    const later = NOW + RECORD_LIFETIME_DAYS * DAY;
    await expect(subject.store.read(user, later)).resolves.toBeUndefined();
    await subject.store.write(user, { streak: 9 }, 0, later);
    await expect(recordOf(subject.store, user, later)).resolves.toEqual({ streak: 9 });
  });

  test('every write starts the time to expiry again', async () => {
    const user = newUser();
    await subject.store.write(user, { streak: 1 }, 0, NOW);
    await subject.store.write(user, { streak: 2 }, 1, NOW + 200 * DAY);
    await expect(recordOf(subject.store, user, NOW + 400 * DAY)).resolves.toEqual({ streak: 2 });
    await expect(subject.store.read(user, NOW + (200 + RECORD_LIFETIME_DAYS) * DAY)).resolves.toBeUndefined();
  });

  test('a session that read a record just before it expired can still write over the revision it read', async () => {
    const user = newUser();
    await subject.store.write(user, { streak: 1 }, 0, NOW);
    const justAfter = NOW + RECORD_LIFETIME_DAYS * DAY + 1000;
    await expect(subject.store.write(user, { streak: 2 }, 1, justAfter)).resolves.toBe(2);
    await expect(recordOf(subject.store, user, justAfter)).resolves.toEqual({ streak: 2 });
  });

  test('records with nested lists, maps, booleans and null round-trip', async () => {
    const user = newUser();
    await put(subject.store, user, structuredClone(NESTED_RECORD));
    await expect(recordOf(subject.store, user)).resolves.toEqual(NESTED_RECORD);
  });

  test('callers cannot mutate stored data through the objects they passed or received', async () => {
    const user = newUser();
    const saved = { streak: 1, history: ['a'] };
    await put(subject.store, user, saved);
    saved.history.push('mutated after save');
    const read = await recordOf(subject.store, user);
    (read?.history as string[]).push('mutated after get');
    await expect(recordOf(subject.store, user)).resolves.toEqual({ streak: 1, history: ['a'] });
  });
});

describe('userIdOf', () => {
  test('prefers context.System.user and falls back to session.user', () => {
    expect(userIdOf(envelopeFor('from-context'))).toBe('from-context');
    const sessionOnly = { version: '1.0', session: { user: { userId: 'from-session' } } } as unknown as RequestEnvelope;
    expect(userIdOf(sessionOnly)).toBe('from-session');
    expect(() => userIdOf({ version: '1.0' } as unknown as RequestEnvelope)).toThrow(/user id/);
  });

  test('the record key is the account, and the person when Alexa recognised one', () => {
    expect(recordKeyOf(envelopeFor('amzn1.ask.account.A'))).toEqual({ account: 'amzn1.ask.account.A' });
    expect(recordKeyOf(envelopeFor('amzn1.ask.account.A', 'amzn1.ask.person.P'))).toEqual({ account: 'amzn1.ask.account.A', person: 'amzn1.ask.person.P' });
    expect(personIdOf(envelopeFor('amzn1.ask.account.A', ''))).toBeUndefined();
    expect(itemIdOf({ account: 'amzn1.ask.account.A', person: 'amzn1.ask.person.P' })).toBe('amzn1.ask.account.A#amzn1.ask.person.P');
    expect(itemIdOf({ account: 'amzn1.ask.account.A' })).toBe('amzn1.ask.account.A');
  });
});

describe('DynamoDbStore against dynalite', () => {
  let client: DynamoDBClient;
  let warn: jest.SpyInstance;
  beforeAll(async () => {
    client = rawClient();
    const store = dynamoStore();
    await store.read(newUser(), NOW); // creates the shared table before raw writes
    store.close();
  });
  beforeEach(() => {
    warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());
  afterAll(() => client.destroy());

  test('stores items as { id: {S: userId}, attributes: {M: ...} } like ask-sdk, with the revision, the expiry and the writer beside them', async () => {
    const store = dynamoStore();
    try {
      await store.write({ account: 'layout-user' }, { streak: 2, done: true, tags: ['a'] }, 0, NOW);
      const { Item } = await client.send(new GetItemCommand({ TableName: TABLE, Key: { id: { S: 'layout-user' } } }));
      expect(Item).toEqual({
        id: { S: 'layout-user' },
        attributes: { M: { streak: { N: '2' }, done: { BOOL: true }, tags: { L: [{ S: 'a' }] } } },
        revision: { N: '1' },
        expiresAt: { N: String(expiryFor(NOW)) },
        writer: { S: expect.stringMatching(/^[0-9a-z]+\.[0-9a-z]+$/) },
      });
      expect(Number(Item?.expiresAt?.N) * 1000).toBe(NOW + RECORD_LIFETIME_DAYS * DAY);
    } finally {
      store.close();
    }
  });

  test('a person’s item is keyed by account and person, and names its account for the people index', async () => {
    const store = dynamoStore();
    try {
      await store.write({ account: 'layout-account', person: 'layout-person' }, { streak: 1 }, 0, NOW);
      const { Item } = await client.send(new GetItemCommand({ TableName: TABLE, Key: { id: { S: 'layout-account#layout-person' } } }));
      expect(Item).toMatchObject({ id: { S: 'layout-account#layout-person' }, account: { S: 'layout-account' }, revision: { N: '1' } });
    } finally {
      store.close();
    }
  });

  test('an item written before records had revisions (or by ask-sdk) reads as revision 0, and one writer takes it over', async () => {
    await client.send(
      new PutItemCommand({ TableName: TABLE, Item: { id: { S: 'legacy-user' }, attributes: { M: { streak: { N: '4' } } } } }),
    );
    const store = dynamoStore();
    try {
      await expect(store.read({ account: 'legacy-user' }, NOW)).resolves.toEqual({ record: { streak: 4 }, revision: 0 });
      await expect(store.write({ account: 'legacy-user' }, { streak: 5 }, 0, NOW)).resolves.toBe(1);
      await expect(failure(store.write({ account: 'legacy-user' }, { streak: 6 }, 0, NOW))).resolves.toMatchObject({ kind: 'conflict' });
    } finally {
      store.close();
    }
  });

  test('an expired item DynamoDB has not deleted yet reads as nothing', async () => {
    const expiresAt = String(Math.floor(NOW / 1000) - 60);
    await client.send(
      new PutItemCommand({
        TableName: TABLE,
        Item: { id: { S: 'expired-user' }, attributes: { M: { streak: { N: '4' } } }, revision: { N: '3' }, expiresAt: { N: expiresAt } },
      }),
    );
    const store = dynamoStore();
    try {
      await expect(store.read({ account: 'expired-user' }, NOW)).resolves.toBeUndefined();
      await expect(store.write({ account: 'expired-user' }, { streak: 1 }, 0, NOW)).resolves.toBe(1);
    } finally {
      store.close();
    }
  });

  test('a write the SDK retried after its first attempt had reached the table is this write, not a conflict', async () => {
    const ownClient = rawClient();
    const send = ownClient.send.bind(ownClient) as (command: unknown, options?: unknown) => Promise<unknown>;
    // The first attempt lands but its answer is lost; the retry then fails the condition.
    jest.spyOn(ownClient, 'send').mockImplementation((async (command: unknown, options?: unknown) => {
      if (command instanceof PutItemCommand) await send(command, options);
      return send(command, options);
    }) as never);
    const store = new DynamoDbStore({ tableName: TABLE, client: ownClient });
    try {
      const user = newUser();
      await expect(store.write(user, { streak: 1 }, 0, NOW)).resolves.toBe(1);
      await expect(store.write(user, { streak: 2 }, 1, NOW)).resolves.toBe(2);
      await expect(store.read(user, NOW)).resolves.toEqual({ record: { streak: 2 }, revision: 2 });
    } finally {
      ownClient.destroy();
    }
  });

  test('a corrupt item reads as {} with a warning that names no user', async () => {
    await client.send(
      new PutItemCommand({ TableName: TABLE, Item: { id: { S: 'corrupt-user' }, attributes: { S: 'garbage' } } }),
    );
    const store = dynamoStore();
    try {
      await expect(recordOf(store, { account: 'corrupt-user' })).resolves.toEqual({});
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]?.[0])).not.toContain('corrupt-user');
    } finally {
      store.close();
    }
  });

  test('creates a missing table once per store, even for concurrent first calls, with the people index', async () => {
    const ownClient = rawClient();
    const send = jest.spyOn(ownClient, 'send');
    const tableCalls = () =>
      send.mock.calls.filter(([command]) => command instanceof DescribeTableCommand || command instanceof CreateTableCommand)
        .length;
    const tableName = `stores-once-${randomUUID()}`;
    const store = new DynamoDbStore({ tableName, client: ownClient, createTable: true });
    try {
      const user = newUser();
      await Promise.all([store.read(user, NOW), store.read(newUser(), NOW)]);
      expect(send.mock.calls.filter(([command]) => command instanceof CreateTableCommand)).toHaveLength(1);
      const afterFirstUse = tableCalls();
      await store.write(user, { streak: 1 }, 0, NOW);
      await expect(recordOf(store, user)).resolves.toEqual({ streak: 1 });
      await store.removeAccount(user.account);
      expect(tableCalls()).toBe(afterFirstUse);
      const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
      expect(Table?.GlobalSecondaryIndexes?.map((index) => index.IndexName)).toEqual([PEOPLE_INDEX]);
    } finally {
      ownClient.destroy();
    }
  });

  test('a missing table without createTable fails as missingTable', async () => {
    const store = dynamoStore({ tableName: `stores-missing-${randomUUID()}`, createTable: false });
    try {
      await expect(failure(store.read(newUser(), NOW))).resolves.toMatchObject({ kind: 'missingTable' });
      await expect(failure(store.write(newUser(), { a: 1 }, 0, NOW))).resolves.toMatchObject({ kind: 'missingTable' });
      await expect(failure(store.removeAccount(newUser().account))).resolves.toMatchObject({ kind: 'missingTable' });
    } finally {
      store.close();
    }
  });
});

describe('DynamoDbStore when the database misbehaves', () => {
  test('an unreachable endpoint fails as unavailable within the timeout', async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const probe = createTcpServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const store = dynamoStore({ endpoint: `http://127.0.0.1:${closedPort}`, timeoutMs: 1500 });
    try {
      const { kind, ms } = await failure(store.read(newUser(), NOW));
      expect(kind).toBe('unavailable');
      expect(ms).toBeLessThan(1500);
    } finally {
      store.close();
    }
  });

  test('a server that never answers fails as timeout after about timeoutMs', async () => {
    const silent: Server = createHttpServer(() => undefined); // accepts requests, never responds
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    const store = dynamoStore({ endpoint: `http://127.0.0.1:${port}`, createTable: false, timeoutMs: 300 });
    try {
      const { kind, ms } = await failure(store.read(newUser(), NOW));
      expect(kind).toBe('timeout');
      expect(ms).toBeGreaterThanOrEqual(290);
      expect(ms).toBeLessThan(300 + 700);
    } finally {
      store.close();
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});

describe('FileStore on disk', () => {
  let dir: string;
  let warn: jest.SpyInstance;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'stores-file-'));
    warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(async () => {
    warn.mockRestore();
    await rm(dir, { recursive: true, force: true });
  });

  test.each([['not json', '{"half": '], ['not an object', '[1, 2, 3]'], ['empty', '']])(
    'a corrupt file (%s) reads as nothing with a warning, and the next write replaces it',
    async (_label, content) => {
      const path = join(dir, 'progress.json');
      await writeFile(path, content);
      const store = new FileStore(path);
      const user = newUser();
      await expect(store.read(user, NOW)).resolves.toBeUndefined();
      expect(warn).toHaveBeenCalled();
      await store.write(user, { streak: 1 }, 0, NOW);
      await expect(recordOf(store, user)).resolves.toEqual({ streak: 1 });
    },
  );

  test('writes the whole map atomically, keyed like the DynamoDB items, leaving no temp files', async () => {
    const path = join(dir, 'a', 'b', 'progress.json');
    const store = new FileStore(path);
    await Promise.all([1, 2, 3, 4, 5].map((n) => store.write({ account: `user-${n}` }, { n }, 0, NOW)));
    await store.write({ account: 'user-1', person: 'ana' }, { n: 6 }, 0, NOW);
    const onDisk: unknown = JSON.parse(await readFile(path, 'utf8'));
    const entry = (n: number) => ({ attributes: { n }, revision: 1, expiresAt: expiryFor(NOW) });
    expect(onDisk).toEqual({
      'user-1': entry(1),
      'user-2': entry(2),
      'user-3': entry(3),
      'user-4': entry(4),
      'user-5': entry(5),
      'user-1#ana': { ...entry(6), account: 'user-1' },
    });
    expect(await readdir(join(dir, 'a', 'b'))).toEqual(['progress.json']);
  });

  test('a file written before records had revisions is read (revision 0) and each record is taken over on its next write', async () => {
    const path = join(dir, 'progress.json');
    await writeFile(path, JSON.stringify({ 'old-user': { streak: 3 }, 'other-user': { streak: 4 } }));
    const store = new FileStore(path);
    await expect(store.read({ account: 'old-user' }, NOW)).resolves.toEqual({ record: { streak: 3 }, revision: 0 });
    await store.write({ account: 'old-user' }, { streak: 5 }, 0, NOW);
    const onDisk = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
    expect(onDisk).toEqual({ 'old-user': { attributes: { streak: 5 }, revision: 1, expiresAt: expiryFor(NOW) }, 'other-user': { streak: 4 } });
  });
});

describe('createStore', () => {
  test.each([
    [{ PERSISTENCE: 'memory' }, MemoryStore],
    [{ PERSISTENCE: 'file' }, FileStore],
    [{}, FileStore],
    [{ PERSISTENCE: 'dynamodb', DYNAMODB_ENDPOINT: 'http://127.0.0.1:1' }, DynamoDbStore],
    [{ AWS_LAMBDA_FUNCTION_NAME: 'upper-back-coach' }, DynamoDbStore],
  ])('%j builds the expected store', async (env, expected) => {
    const store = createStore(env);
    // The DynamoDB store loads the AWS SDK in the background, behind a LazyStore.
    const inner = store instanceof LazyStore ? await store.loaded() : store;
    expect(inner).toBeInstanceOf(expected);
    if (inner instanceof DynamoDbStore) inner.close();
  });

  test('PERSISTENCE=none means no persistence', () => {
    expect(createStore({ PERSISTENCE: 'none' })).toBeUndefined();
  });

  test.each([
    [{ PERSISTENCE: 'redis' }, /PERSISTENCE must be one of memory, file, dynamodb, none/],
    [{ PERSISTENCE: 'dynamodb', DYNAMODB_TIMEOUT_MS: 'soon' }, /DYNAMODB_TIMEOUT_MS/],
    [{ PERSISTENCE: 'dynamodb', DYNAMODB_CREATE_TABLE: 'yes' }, /DYNAMODB_CREATE_TABLE/],
  ])('%j is a configuration error', (env, message) => {
    expect(() => createStore(env)).toThrow(message);
  });

  test('a dynamodb store from env talks to a local endpoint with dummy credentials', async () => {
    const store = createStore({
      PERSISTENCE: 'dynamodb',
      DYNAMODB_ENDPOINT: dynaliteEndpoint(),
      DYNAMODB_TABLE: `stores-env-${randomUUID()}`,
      DYNAMODB_CREATE_TABLE: 'true',
      DYNAMODB_TIMEOUT_MS: '2000',
    });
    if (!(store instanceof LazyStore)) throw new Error('expected a lazily loaded DynamoDbStore');
    try {
      const user = newUser();
      await store.write(user, { streak: 4 }, 0, NOW);
      await expect(recordOf(store, user)).resolves.toEqual({ streak: 4 });
    } finally {
      await store.close();
    }
  });
});
