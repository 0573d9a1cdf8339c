import type { AttributeValue } from '@aws-sdk/client-dynamodb';

/**
 * Converts between JSON-shaped records and DynamoDB AttributeValues.
 *
 * @aws-sdk/util-dynamodb is not installed (only the internal dynamodb-codec
 * comes with the client, and it is not a public API), and records here only
 * ever hold JSON values, so a small converter is enough. Writing follows
 * JSON.stringify's rules so every store keeps the same thing: undefined object
 * members are dropped, undefined list entries and non-finite numbers become
 * null, and objects with toJSON (Dates) are stored as what toJSON returns.
 */

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Values JSON.stringify leaves out of objects (and turns into null inside arrays). */
function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

function hasToJson(value: object): value is { toJSON(): unknown } {
  return typeof (value as { toJSON?: unknown }).toJSON === 'function';
}

export function toAttributeValue(value: unknown): AttributeValue {
  if (value === null || isOmitted(value)) return { NULL: true };
  switch (typeof value) {
    case 'string':
      return { S: value };
    case 'number':
      return Number.isFinite(value) ? { N: String(value) } : { NULL: true };
    case 'boolean':
      return { BOOL: value };
    case 'object':
      if (Array.isArray(value)) return { L: value.map(toAttributeValue) };
      if (hasToJson(value)) return toAttributeValue(value.toJSON());
      return { M: toAttributeMap(value as Record<string, unknown>) };
    default:
      throw new TypeError(`Cannot store a value of type ${typeof value}`);
  }
}

export function toAttributeMap(record: Record<string, unknown>): Record<string, AttributeValue> {
  const entries = Object.entries(record).filter(([, member]) => !isOmitted(member));
  return Object.fromEntries(entries.map(([key, member]) => [key, toAttributeValue(member)]));
}

function fromAttributeValue(attribute: AttributeValue): JsonValue {
  if (attribute.S !== undefined) return attribute.S;
  if (attribute.N !== undefined) return Number(attribute.N);
  if (attribute.BOOL !== undefined) return attribute.BOOL;
  if (attribute.NULL !== undefined) return null;
  if (attribute.L !== undefined) return attribute.L.map(fromAttributeValue);
  if (attribute.M !== undefined) return fromAttributeMap(attribute.M);
  // Sets are never written by this skill but other tools (DocumentClient) may write them.
  if (attribute.SS !== undefined) return [...attribute.SS];
  if (attribute.NS !== undefined) return attribute.NS.map(Number);
  throw new TypeError('Unsupported DynamoDB attribute type (binary or unknown)');
}

export function fromAttributeMap(map: Record<string, AttributeValue>): { [key: string]: JsonValue } {
  // Object.fromEntries defines own properties, so a "__proto__" key stays plain data.
  return Object.fromEntries(Object.entries(map).map(([key, member]) => [key, fromAttributeValue(member)]));
}
