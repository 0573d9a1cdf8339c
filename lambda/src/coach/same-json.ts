/**
 * Whether two JSON values are the same data: equal numbers, strings and booleans, arrays
 * equal item by item, objects with the same keys holding the same data, in any order (a
 * store need not keep the order of a record's keys), a key holding undefined counting as
 * absent (as JSON.stringify leaves it out). Records are compared on every turn, so this
 * walks them rather than writing both out as JSON.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameJson(item, b[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let keys = 0;
  for (const key in left) {
    if (left[key] === undefined) continue;
    keys++;
    if (!sameJson(left[key], right[key])) return false;
  }
  for (const key in right) if (right[key] !== undefined) keys--;
  return keys === 0;
}
