import { resolve } from 'node:path';
import type { DynamoDbStoreOptions } from './dynamodb';
import { LazyStore } from './lazy';
import { MemoryStore } from './memory';
import type { RecordStore } from './record-store';

export { LazyStore } from './lazy';
export { MemoryStore } from './memory';
export type { RecordKey, RecordStore, StoredRecord } from './record-store';
export { RevisionConflict, StoreError, isRevisionConflict, isStoreError, type StoreErrorKind } from './store-error';
export { personIdOf, recordKeyOf, userIdOf } from './user-id';

const STORE_KINDS = ['memory', 'file', 'dynamodb', 'none'] as const;
type StoreKind = (typeof STORE_KINDS)[number];

const DEFAULT_TABLE = 'upper-back-coach';
const DEFAULT_REGION = 'us-east-1';
const DEFAULT_STORE_FILE = '.local/progress.json';
/** Local DynamoDB-compatible servers accept any signature, but the SDK refuses to sign without credentials. */
const LOCAL_SERVER_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

function configError(message: string): Error {
  return new Error(`Storage configuration error: ${message}`);
}

function isStoreKind(value: string): value is StoreKind {
  return (STORE_KINDS as readonly string[]).includes(value);
}

function storeKindOf(env: NodeJS.ProcessEnv): StoreKind {
  const requested = env.PERSISTENCE?.trim().toLowerCase();
  // Inside Lambda there is no writable project directory worth keeping, so DynamoDB is the only sensible default.
  if (!requested) return env.AWS_LAMBDA_FUNCTION_NAME ? 'dynamodb' : 'file';
  if (!isStoreKind(requested)) {
    throw configError(`PERSISTENCE must be one of ${STORE_KINDS.join(', ')} (got "${env.PERSISTENCE}")`);
  }
  return requested;
}

function booleanOf(env: NodeJS.ProcessEnv, name: string): boolean {
  const value = env[name]?.trim().toLowerCase();
  if (!value || value === 'false') return false;
  if (value === 'true') return true;
  throw configError(`${name} must be "true" or "false" (got "${env[name]}")`);
}

function positiveIntegerOf(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const value = env[name]?.trim();
  if (!value) return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) {
    throw configError(`${name} must be a positive whole number of milliseconds (got "${env[name]}")`);
  }
  return parsed;
}

function dynamoDbOptionsOf(env: NodeJS.ProcessEnv): DynamoDbStoreOptions {
  const endpoint = env.DYNAMODB_ENDPOINT?.trim() || undefined;
  const hasEnvCredentials = Boolean(env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY);
  return {
    tableName: env.DYNAMODB_TABLE?.trim() || DEFAULT_TABLE,
    endpoint,
    region: env.AWS_REGION?.trim() || DEFAULT_REGION,
    credentials: endpoint && !hasEnvCredentials ? LOCAL_SERVER_CREDENTIALS : undefined,
    createTable: booleanOf(env, 'DYNAMODB_CREATE_TABLE'),
    timeoutMs: positiveIntegerOf(env, 'DYNAMODB_TIMEOUT_MS'),
  };
}

/**
 * Picks the persistence backend from the environment. Returns undefined for
 * PERSISTENCE=none so the skill builder can run without persistent attributes.
 */
export function createStore(env: NodeJS.ProcessEnv): RecordStore | undefined {
  switch (storeKindOf(env)) {
    case 'memory':
      return new MemoryStore();
    case 'file': {
      const path = resolve(process.cwd(), env.LOCAL_STORE_FILE?.trim() || DEFAULT_STORE_FILE);
      // Loaded like the DynamoDB store: its file-system imports have no business in a Lambda cold start.
      return new LazyStore(async () => new (await import('./file')).FileStore(path));
    }
    case 'dynamodb': {
      // Options are read now, so a configuration error shows at start-up, not at the first request.
      const options = dynamoDbOptionsOf(env);
      return new LazyStore(async () => new (await import('./dynamodb')).DynamoDbStore(options));
    }
    case 'none':
      return undefined;
  }
}
