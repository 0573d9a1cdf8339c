import { sameJson } from '../../lambda/src/coach/same-json';

/** Records are compared as data (coach/same-json.ts): what JSON would say, whatever the order of their keys. */
describe('sameJson', () => {
  test.each([
    [{ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }],
    [{ a: 1, gone: undefined }, { a: 1 }],
    [{ unfinished: { routine: 'desk', stretch: 1 } }, { unfinished: { stretch: 1, routine: 'desk' } }],
    [[], []],
    ['desk', 'desk'],
  ])('the same data: %j and %j', (a, b) => {
    expect(sameJson(a, b)).toBe(true);
    expect(sameJson(b, a)).toBe(true);
  });

  test.each([
    [{ a: 1 }, { a: 2 }],
    [{ a: 1 }, { a: 1, b: 0 }],
    [{ a: [1, 2] }, { a: [2, 1] }],
    [[1], [1, 1]],
    [{ a: {} }, { a: [] }],
    [{ a: null }, { a: undefined }],
    ['1', 1],
    [false, 0],
  ])('different data: %j and %j', (a, b) => {
    expect(sameJson(a, b)).toBe(false);
    expect(sameJson(b, a)).toBe(false);
  });
});
