import {
  INVALID,
  arrayOf,
  boolean,
  byKind,
  integer,
  literal,
  matching,
  nonEmpty,
  number,
  object,
  oneOf,
  optional,
  orElse,
  recordOf,
  string,
} from '../../lambda/src/coach/reader';

/** The readers the session attributes and stored records are declared with (coach/reader.ts). */
describe('readers', () => {
  test.each<[string, (raw: unknown) => unknown, unknown[], unknown[]]>([
    ['string', string, ['', 'a'], [1, null, undefined, {}]],
    ['nonEmpty', nonEmpty, ['a'], ['', 1, null]],
    ['matching', matching(/^\d{2}$/), ['12'], ['123', 12, null]],
    ['boolean', boolean, [true, false], [0, 'true', null]],
    ['number', number, [0, -1.5, 1e300], [NaN, Infinity, -Infinity, '1', null]],
    ['integer(0, 6)', integer(0, 6), [0, 6], [-1, 7, 2.5, NaN, '3', null]],
    ['integer()', integer(), [-(2 ** 53) + 1, 2 ** 53 - 1], [2 ** 53, 1e300]],
    ['literal', literal(2), [2], ['2', 3]],
    ['oneOf', oneOf(['a', 'b']), ['a', 'b'], ['c', 'toString', 0]],
    ['optional', optional(string), [undefined, 'a'], [null, 1]],
    ['arrayOf', arrayOf(integer(0)), [[], [0, 1]], [[-1], ['0'], {}, 'ab', null]],
    ['recordOf', recordOf(number), [{}, { a: 1 }], [{ a: '1' }, [], null, { a: NaN }]],
  ])('%s accepts what it should and nothing else', (_name, read, good, bad) => {
    for (const value of good) expect(read(value)).toBe(value);
    for (const value of bad) expect(read(value)).toBe(INVALID);
  });

  test('orElse falls back for a broken value, with a new value each time', () => {
    const days = orElse(arrayOf(string), () => []);
    const [a, b] = [days(7), days('x')];
    expect(a).toEqual([]);
    expect(a).not.toBe(b);
    expect(days(['x'])).toEqual(['x']);
  });

  describe('object', () => {
    const read = object<{ a: number; b?: string; c: boolean }>({ a: integer(0), b: optional(string), c: orElse(boolean, () => false) });

    test('an object already as wanted comes back as it is, not copied', () => {
      const raw = { a: 1, b: 'x', c: true };
      expect(read(raw)).toBe(raw);
      const withoutOptional = { c: false, a: 2 };
      expect(read(withoutOptional)).toBe(withoutOptional);
    });

    test('a field that falls back, or a key the shape lacks, makes a copy without touching the original', () => {
      const broken = { a: 1, c: 'yes' };
      expect(read(broken)).toEqual({ a: 1, c: false });
      expect(broken).toEqual({ a: 1, c: 'yes' });
      const extra = { a: 1, c: true, d: 4 };
      const read2 = read(extra);
      expect(read2).toEqual({ a: 1, c: true });
      expect(read2).not.toHaveProperty('d');
      expect(extra).toHaveProperty('d');
    });

    test('a required field missing or broken, or not an object at all, is invalid', () => {
      for (const raw of [{ c: true }, { a: -1, c: true }, { a: 1, b: 2, c: true }, null, [], 'a', 1, undefined]) expect(read(raw)).toBe(INVALID);
    });

    test('keys are its fields, in order', () => {
      expect(read.fields).toEqual(['a', 'b', 'c']);
    });

    test('an object with no prototype, or an own __proto__ key, is read without harm', () => {
      const bare = Object.assign(Object.create(null) as object, { a: 1, c: true });
      expect(read(bare)).toBe(bare);
      const proto = JSON.parse('{"a": 1, "c": true, "__proto__": {"polluted": true}}') as object;
      expect(read(proto)).toEqual({ a: 1, c: true });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });

  test('byKind reads each kind with its own reader, and nothing else', () => {
    type Shape = { kind: 'dot'; x: number } | { kind: 'line'; from: number; to: number };
    const read = byKind<Shape>({
      dot: object({ kind: literal('dot'), x: number }),
      line: object({ kind: literal('line'), from: number, to: number }),
    });
    expect(read({ kind: 'dot', x: 1 })).toEqual({ kind: 'dot', x: 1 });
    expect(read({ kind: 'line', from: 1, to: 2 })).toEqual({ kind: 'line', from: 1, to: 2 });
    for (const raw of [{ kind: 'dot' }, { kind: 'toString', x: 1 }, { kind: 'circle' }, { x: 1 }, null, 'dot']) expect(read(raw)).toBe(INVALID);
  });
});
