import { StoreError, type StoreErrorKind } from './store-error';

/** DynamoDB's error names that mean "slow down" rather than "broken". */
const THROTTLING_NAMES = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'LimitExceededException',
]);

/** Socket-level failures: the endpoint could not be reached or dropped the connection. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'ETIMEDOUT',
]);

interface ErrorFields {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  errors?: unknown;
  $metadata?: { httpStatusCode?: unknown };
}

function fieldsOf(error: unknown): ErrorFields {
  return typeof error === 'object' && error !== null ? (error as ErrorFields) : {};
}

/**
 * The SDK's retry layer re-wraps errors that fail its `instanceof Error` check
 * (Node's own errors seen from another realm, as under jest) into a plain Error
 * whose message is all that is left of the original, so the code is looked for there too.
 */
function mentionsNetworkCode(message: string): boolean {
  return [...NETWORK_CODES].some((code) => message.includes(code));
}

export function errorName(error: unknown): string | undefined {
  const { name } = fieldsOf(error);
  return typeof name === 'string' ? name : undefined;
}

function kindOf(error: unknown): StoreErrorKind {
  const { name, code, message, errors, $metadata } = fieldsOf(error);
  // AbortError comes from our own deadline; TimeoutError from the HTTP handler's socket timers.
  if (name === 'AbortError' || name === 'TimeoutError') return 'timeout';
  if (name === 'ResourceNotFoundException') return 'missingTable';
  // A conditional write that found another revision: the caller merges and tries again.
  if (name === 'ConditionalCheckFailedException') return 'conflict';
  if (typeof name === 'string' && THROTTLING_NAMES.has(name)) return 'throttled';
  if (typeof code === 'string' && NETWORK_CODES.has(code)) return 'unavailable';
  if (typeof message === 'string' && mentionsNetworkCode(message)) return 'unavailable';
  // Node's happy-eyeballs connect reports every failed address at once in an AggregateError.
  if (Array.isArray(errors) && errors.some((inner) => kindOf(inner) === 'unavailable')) return 'unavailable';
  const status = $metadata?.httpStatusCode;
  if (typeof status === 'number' && status >= 500) return 'unavailable';
  return 'unknown';
}

/**
 * Wraps an SDK failure as a StoreError. The message names only the operation
 * and kind: SDK messages are kept as `cause` and never logged here, so no user
 * id can leak into logs from this layer.
 */
export function toStoreError(error: unknown, operation: string): StoreError {
  if (error instanceof StoreError) return error;
  const kind = kindOf(error);
  return new StoreError(kind, `DynamoDB ${operation} failed (${kind})`, { cause: error });
}
