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
 * The words found for a locale, kept: the content never changes after start-up, and a
 * stretch is dozens of lookups, so a warm Lambda answers them from here instead of looking
 * them up again. What is kept is the text as written, placeholders and all: filling them
 * in is cheap, and the values come from requests. Keys come from the code and the catalogue
 * (with a count, each count said), so the caches stay small; the cap is a safety net.
 */
const MAX_CACHED = 20_000;

function bounded<K, V>(map: Map<K, V>): Map<K, V> {
  if (map.size > MAX_CACHED) map.clear();
  return map;
}

/** A translator for one locale; `sources`: where its words are looked up, in order (i18n.ts). Made once per locale and kept. */
export function createTranslator(locale: string, sources: () => Iterable<WordSource>): Translator {
  /** Text by key, or by key and count; null for a key that is not text (missing, or a list). */
  const texts = new Map<string, string | null>();
  const counted = new Map<number, Map<string, string | null>>();
  const lists = new Map<string, readonly string[]>();
  const memos = new Map<string, unknown>();
  const textFor = (key: string, count: number | undefined): string | null => {
    let cache = texts;
    if (count !== undefined) {
      cache = counted.get(count) ?? new Map();
      if (!counted.has(count)) bounded(counted).set(count, cache);
    }
    let text = cache.get(key);
    if (text === undefined) {
      const found = findWords(sources, key, count);
      text = typeof found === 'string' ? found : null;
      bounded(cache).set(key, text);
    }
    return text;
  };
  return {
    locale,
    text: (key, vars) => {
      // Only a number is a count: a count given as text picks no plural form.
      const text = textFor(key, typeof vars?.count === 'number' ? vars.count : undefined);
      // A missing key is said as itself, which the content tests catch.
      if (text === null) return key;
      return vars ? fillIn(text, vars) : text;
    },
    list: (key) => {
      let list = lists.get(key);
      if (!list) {
        const found = findWords(sources, key);
        list = Array.isArray(found) ? found.filter((v): v is string => typeof v === 'string') : [];
        bounded(lists).set(key, list);
      }
      return [...list];
    },
    has: (key): key is TranslationKey => findWords(sources, key) !== undefined,
    memo: <T>(key: string, make: () => T): T => {
      if (memos.has(key)) return memos.get(key) as T;
      const made = make();
      bounded(memos).set(key, made);
      return made;
    },
  };
}
