/**
 * Readers: checks for what comes back from outside the skill (the session attributes Alexa
 * carries between turns, the record a store returns), each a function from an unknown value
 * to the typed value or `INVALID`. The skill declares its records with them (place.ts,
 * timeline.ts, session.ts, progress.ts) and reads every request's attributes through them.
 *
 * A value that is already what the reader wants comes back as it is, not copied: an object
 * is rebuilt only when something in it had to change (a field fell back to its default, a key
 * the reader does not know is dropped). Reading a session's state and progress then costs a
 * check and next to no memory, on every turn of every routine. What is read is treated as
 * immutable, as every state and record in the skill is.
 */

export const INVALID: unique symbol = Symbol('invalid');
export type Reader<T> = (raw: unknown) => T | typeof INVALID;

export const string: Reader<string> = (raw) => (typeof raw === 'string' ? raw : INVALID);

export function matching(pattern: RegExp): Reader<string> {
  return (raw) => (typeof raw === 'string' && pattern.test(raw) ? raw : INVALID);
}

export function nonEmpty(raw: unknown): string | typeof INVALID {
  return typeof raw === 'string' && raw.length > 0 ? raw : INVALID;
}

export const boolean: Reader<boolean> = (raw) => (typeof raw === 'boolean' ? raw : INVALID);

/** A finite number (JSON has no other, but a hand-made request might). */
export const number: Reader<number> = (raw) => (typeof raw === 'number' && Number.isFinite(raw) ? raw : INVALID);

/** A whole number from `min` to `max`, both included. */
export function integer(min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): Reader<number> {
  return (raw) => (typeof raw === 'number' && Number.isSafeInteger(raw) && raw >= min && raw <= max ? raw : INVALID);
}

export function literal<const T extends string | number | boolean>(value: T): Reader<T> {
  return (raw) => (raw === value ? value : INVALID);
}

export function oneOf<const T extends string>(values: readonly T[]): Reader<T> {
  return (raw) => (values.includes(raw as T) ? (raw as T) : INVALID);
}

/** Absent (undefined) or what `reader` reads. JSON's null is not absent. */
export function optional<T>(reader: Reader<T>): Reader<T | undefined> {
  return (raw) => (raw === undefined ? undefined : reader(raw));
}

/**
 * What `reader` reads, or what `fallback` makes in its place: one broken field that need not
 * take its record with it. (A function, so a list that falls back is a new list each time.)
 */
export function orElse<T>(reader: Reader<T>, fallback: () => T): Reader<T> {
  return (raw) => {
    const read = reader(raw);
    return read === INVALID ? fallback() : read;
  };
}

/** A list whose every item `reader` reads. */
export function arrayOf<T>(reader: Reader<T>): Reader<T[]> {
  return (raw) => {
    if (!Array.isArray(raw)) return INVALID;
    let copy: T[] | undefined;
    for (let i = 0; i < raw.length; i++) {
      const item: unknown = raw[i];
      const read = reader(item);
      if (read === INVALID) return INVALID;
      if (read !== item) copy ??= raw.slice(0, i) as T[];
      copy?.push(read);
    }
    return copy ?? (raw as T[]);
  };
}

function isRecord(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}

/** An object whose every own value `reader` reads, under any keys. */
export function recordOf<T>(reader: Reader<T>): Reader<Record<string, T>> {
  return (raw) => {
    if (!isRecord(raw)) return INVALID;
    for (const key of Object.keys(raw)) if (reader(raw[key]) !== raw[key]) return INVALID;
    return raw as Record<string, T>;
  };
}

/** One reader per field of T, optional fields included (their reader accepts undefined). */
export type Shape<T> = { readonly [K in keyof T]-?: Reader<T[K]> };

/** A reader of objects that names its fields, in order. */
interface ObjectReader<T> extends Reader<T> {
  readonly fields: readonly (keyof T & string)[];
}

/**
 * An object with the fields `shape` reads. A field that is absent reaches its reader as
 * undefined; a field read as undefined is left out. A key the shape does not have is dropped.
 */
export function object<T>(shape: Shape<T>): ObjectReader<T> {
  const fields = Object.keys(shape) as (keyof T & string)[];
  const readers = fields.map((field) => shape[field]) as Reader<unknown>[];
  const read = (raw: unknown): T | typeof INVALID => {
    if (!isRecord(raw)) return INVALID;
    let changed = false;
    let present = 0;
    for (let i = 0; i < fields.length; i++) {
      const value = raw[fields[i]!];
      const read = readers[i]!(value);
      if (read === INVALID) return INVALID;
      if (read !== value) changed = true;
      if (value !== undefined) present++;
    }
    // Keys beyond the shape's (or a field given as undefined) are not kept: a copy without them.
    if (!changed) for (const key in raw) if (Object.hasOwn(raw, key) && present-- === 0) changed = true;
    if (!changed) return raw as T;
    const copy: Record<string, unknown> = {};
    for (let i = 0; i < fields.length; i++) {
      const value = readers[i]!(raw[fields[i]!]);
      if (value !== undefined) copy[fields[i]!] = value;
    }
    return copy as T;
  };
  return Object.assign(read, { fields });
}

/** One of several objects told apart by their `kind`: the reader for that kind reads it. */
export function byKind<T extends { kind: string }>(readers: { readonly [K in T['kind']]: Reader<Extract<T, { kind: K }>> }): Reader<T> {
  return (raw) => {
    if (!isRecord(raw) || typeof raw.kind !== 'string' || !Object.hasOwn(readers, raw.kind)) return INVALID;
    return (readers as Record<string, Reader<T>>)[raw.kind]!(raw);
  };
}
