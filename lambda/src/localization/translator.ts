import type { I18n } from './i18n';
import type { ListKey, TextKey, TranslationKey } from './keys';
import { fillIn, findWords, type WordSource } from './phrases';

export type { ListKey, TextKey, TranslationKey } from './keys';

type TranslationVars = Record<string, string | number>;

/**
 * What the pure modules know of the words: a fixed-language lookup. Handlers get one
 * per request; a global language switch would leak one user's language into another's.
 */
export interface Translator {
  readonly locale: string;
  text(key: TextKey, vars?: TranslationVars): string;
  /** A list of sentences stored as a JSON array; empty when the key is missing. */
  list(key: ListKey): string[];
  /**
   * Whether the language has a key built at run time (a stretch's `switch`, an equipment's
   * `move.needs`): keys that only some ids have, which tests enumerate.
   */
  has(key: string): key is TranslationKey;
  /**
   * Something made from the words once and kept for this language (a narrated stretch, a
   * routine's length): the content never changes after start-up. `make` must be pure.
   */
  memo<T>(key: string, make: () => T): T;
}

/**
 * Lookups per set of words (i18n.ts). The content never changes after start-up, and a
 * stretch is dozens of lookups, so a warm Lambda answers them from here instead of
 * resolving and interpolating again. Bounded, since the variables come from requests.
 */
const MAX_CACHED = 20_000;
const caches = new WeakMap<I18n, Map<string, string | string[]>>();
const memos = new WeakMap<I18n, Map<string, unknown>>();

function memosOf(i18n: I18n): Map<string, unknown> {
  let memo = memos.get(i18n);
  if (!memo) memos.set(i18n, (memo = new Map()));
  if (memo.size > MAX_CACHED) memo.clear();
  return memo;
}

function cacheOf(i18n: I18n): Map<string, string | string[]> {
  let cache = caches.get(i18n);
  if (!cache) caches.set(i18n, (cache = new Map()));
  if (cache.size > MAX_CACHED) cache.clear();
  return cache;
}

/** A translator for one locale; `sources`: where its words are looked up, in order (i18n.ts). */
export function createTranslator(i18n: I18n, locale: string, sources: () => Iterable<WordSource>): Translator {
  const cache = cacheOf(i18n);
  return {
    locale,
    text: (key, vars) => {
      const id = vars ? `${locale}\u0000${key}\u0000${JSON.stringify(vars)}` : `${locale}\u0000${key}`;
      let value = cache.get(id);
      if (typeof value !== 'string') {
        // Only a number is a count: a count given as text picks no plural form.
        const count = typeof vars?.count === 'number' ? vars.count : undefined;
        const found = findWords(sources, key, count);
        // A missing key is said as itself, which the content tests catch.
        value = typeof found === 'string' ? (vars ? fillIn(found, vars) : found) : key;
        cache.set(id, value);
      }
      return value;
    },
    list: (key) => {
      const id = `${locale}\u0000[]${key}`;
      let value = cache.get(id);
      if (!Array.isArray(value)) {
        const found = findWords(sources, key);
        value = Array.isArray(found) ? found.filter((v): v is string => typeof v === 'string') : [];
        cache.set(id, value);
      }
      return [...value];
    },
    has: (key): key is TranslationKey => findWords(sources, key) !== undefined,
    memo: <T>(key: string, make: () => T): T => {
      const memo = memosOf(i18n);
      const id = `${locale}\u0000${key}`;
      if (memo.has(id)) return memo.get(id) as T;
      const made = make();
      memo.set(id, made);
      return made;
    },
  };
}
