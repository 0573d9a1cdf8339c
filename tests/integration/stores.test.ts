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
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { DynamoDbStore } from '../../lambda/src/stores/dynamodb';
import { FileStore } from '../../lambda/src/stores/file';
import { createStore } from '../../lambda/src/stores/index';
import { LazyStore } from '../../lambda/src/stores/lazy';
import { MemoryStore } from '../../lambda/src/stores/memory';
import { StoreError, type StoreErrorKind } from '../../lambda/src/stores/store-error';
import { userIdOf } from '../../lambda/src/stores/user-id';

const REGION = 'us-east-1';
const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };
/** One table per test file so files sharing the run's dynalite never see each other's items. */
const TABLE = `stores-test-${randomUUID()}`;

function dynaliteEndpoint(): string {
  const endpoint = process.env.DYNALITE_ENDPOINT;
  if (!endpoint) throw new Error('DYNALITE_ENDPOINT is not set: is tests/harness/global-setup.ts configured?');
  return endpoint;
}

/** The smallest envelope the stores read: only the user id matters to them. */
function envelopeFor(userId: string): RequestEnvelope {
  const envelope = { version: '1.0', context: { System: { user: { userId } } }, request: { type: 'LaunchRequest' } };
  return envelope as unknown as RequestEnvelope;
}

function newUser(): RequestEnvelope {
  return envelopeFor(`amzn1.ask.account.${randomUUID()}`);
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

/** Resolves with the StoreError kind a promise fails with, and how long failing took. */
async function failure(promise: Promise<unknown>): Promise<{ kind: StoreErrorKind; ms: number }> {
  const started = Date.now();
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    return { kind: error.kind, ms: Date.now() - started };
  }
  throw new Error('expected the call to fail');
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
  store: PersistenceAdapter;
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

  test('get of an unknown user returns {}', async () => {
    await expect(subject.store.getAttributes(newUser())).resolves.toEqual({});
  });

  test('save then get returns the record', async () => {
    const user = newUser();
    await subject.store.saveAttributes(user, { streak: 1, lastRoutine: 'desk' });
    await expect(subject.store.getAttributes(user)).resolves.toEqual({ streak: 1, lastRoutine: 'desk' });
  });

  test('a second save replaces the record', async () => {
    const user = newUser();
    await subject.store.saveAttributes(user, { streak: 1, old: true });
    await subject.store.saveAttributes(user, { streak: 2 });
    await expect(subject.store.getAttributes(user)).resolves.toEqual({ streak: 2 });
  });

  test('users are isolated', async () => {
    const alice = newUser();
    const bob = newUser();
    await subject.store.saveAttributes(alice, { streak: 5 });
    await subject.store.saveAttributes(bob, { streak: 7 });
    await expect(subject.store.getAttributes(alice)).resolves.toEqual({ streak: 5 });
    await expect(subject.store.getAttributes(bob)).resolves.toEqual({ streak: 7 });
  });

  test('delete removes only that user', async () => {
    const alice = newUser();
    const bob = newUser();
    await subject.store.saveAttributes(alice, { streak: 5 });
    await subject.store.saveAttributes(bob, { streak: 7 });
    await subject.store.deleteAttributes?.(alice);
    await expect(subject.store.getAttributes(alice)).resolves.toEqual({});
    await expect(subject.store.getAttributes(bob)).resolves.toEqual({ streak: 7 });
  });

  test('records with nested lists, maps, booleans and null round-trip', async () => {
    const user = newUser();
    await subject.store.saveAttributes(user, structuredClone(NESTED_RECORD));
    await expect(subject.store.getAttributes(user)).resolves.toEqual(NESTED_RECORD);
  });

  test('callers cannot mutate stored data through the objects they passed or received', async () => {
    const user = newUser();
    const saved = { streak: 1, history: ['a'] };
    await subject.store.saveAttributes(user, saved);
    saved.history.push('mutated after save');
    const read = await subject.store.getAttributes(user);
    (read.history as string[]).push('mutated after get');
    await expect(subject.store.getAttributes(user)).resolves.toEqual({ streak: 1, history: ['a'] });
  });
});

describe('userIdOf', () => {
  test('prefers context.System.user and falls back to session.user', () => {
    expect(userIdOf(envelopeFor('from-context'))).toBe('from-context');
    const sessionOnly = { version: '1.0', session: { user: { userId: 'from-session' } } } as unknown as RequestEnvelope;
    expect(userIdOf(sessionOnly)).toBe('from-session');
    expect(() => userIdOf({ version: '1.0' } as unknown as RequestEnvelope)).toThrow(/user id/);
  });
});

describe('DynamoDbStore against dynalite', () => {
  let client: DynamoDBClient;
  let warn: jest.SpyInstance;
  beforeAll(async () => {
    client = rawClient();
    const store = dynamoStore();
    await store.getAttributes(newUser()); // creates the shared table before raw writes
    store.close();
  });
  beforeEach(() => {
    warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());
  afterAll(() => client.destroy());

  test('stores items as { id: {S: userId}, attributes: {M: ...} } like ask-sdk', async () => {
    const store = dynamoStore();
    try {
      await store.saveAttributes(envelopeFor('layout-user'), { streak: 2, done: true, tags: ['a'] });
      const { Item } = await client.send(new GetItemCommand({ TableName: TABLE, Key: { id: { S: 'layout-user' } } }));
      expect(Item).toEqual({
        id: { S: 'layout-user' },
        attributes: { M: { streak: { N: '2' }, done: { BOOL: true }, tags: { L: [{ S: 'a' }] } } },
      });
    } finally {
      store.close();
    }
  });

  test('a corrupt item reads as {} with a warning that names no user', async () => {
    await client.send(
      new PutItemCommand({ TableName: TABLE, Item: { id: { S: 'corrupt-user' }, attributes: { S: 'garbage' } } }),
    );
    const store = dynamoStore();
    try {
      await expect(store.getAttributes(envelopeFor('corrupt-user'))).resolves.toEqual({});
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]?.[0])).not.toContain('corrupt-user');
    } finally {
      store.close();
    }
  });

  test('creates a missing table once per store, even for concurrent first calls', async () => {
    const ownClient = rawClient();
    const send = jest.spyOn(ownClient, 'send');
    const tableCalls = () =>
      send.mock.calls.filter(([command]) => command instanceof DescribeTableCommand || command instanceof CreateTableCommand)
        .length;
    const store = new DynamoDbStore({ tableName: `stores-once-${randomUUID()}`, client: ownClient, createTable: true });
    try {
      const user = newUser();
      await Promise.all([store.getAttributes(user), store.getAttributes(newUser())]);
      expect(send.mock.calls.filter(([command]) => command instanceof CreateTableCommand)).toHaveLength(1);
      const afterFirstUse = tableCalls();
      await store.saveAttributes(user, { streak: 1 });
      await expect(store.getAttributes(user)).resolves.toEqual({ streak: 1 });
      expect(tableCalls()).toBe(afterFirstUse);
    } finally {
      ownClient.destroy();
    }
  });

  test('a missing table without createTable fails as missingTable', async () => {
    const store = dynamoStore({ tableName: `stores-missing-${randomUUID()}`, createTable: false });
    try {
      await expect(failure(store.getAttributes(newUser()))).resolves.toMatchObject({ kind: 'missingTable' });
      await expect(failure(store.saveAttributes(newUser(), { a: 1 }))).resolves.toMatchObject({ kind: 'missingTable' });
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
      const { kind, ms } = await failure(store.getAttributes(newUser()));
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
      const { kind, ms } = await failure(store.getAttributes(newUser()));
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
    'a corrupt file (%s) reads as {} with a warning, and the next save replaces it',
    async (_label, content) => {
      const path = join(dir, 'progress.json');
      await writeFile(path, content);
      const store = new FileStore(path);
      const user = newUser();
      await expect(store.getAttributes(user)).resolves.toEqual({});
      expect(warn).toHaveBeenCalled();
      await store.saveAttributes(user, { streak: 1 });
      await expect(store.getAttributes(user)).resolves.toEqual({ streak: 1 });
    },
  );

  test('writes the whole map atomically, keyed by user id, leaving no temp files', async () => {
    const path = join(dir, 'a', 'b', 'progress.json');
    const store = new FileStore(path);
    await Promise.all([1, 2, 3, 4, 5].map((n) => store.saveAttributes(envelopeFor(`user-${n}`), { n })));
    const onDisk: unknown = JSON.parse(await readFile(path, 'utf8'));
    expect(onDisk).toEqual({
      'user-1': { n: 1 },
      'user-2': { n: 2 },
      'user-3': { n: 3 },
      'user-4': { n: 4 },
      'user-5': { n: 5 },
    });
    expect(await readdir(join(dir, 'a', 'b'))).toEqual(['progress.json']);
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
      await store.saveAttributes(user, { streak: 4 });
      await expect(store.getAttributes(user)).resolves.toEqual({ streak: 4 });
    } finally {
      await store.close();
    }
  });
});
