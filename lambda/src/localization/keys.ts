import type english from '../../../locales/en.json';

/**
 * Translation keys, typed from the English file: every `t.text(key)`, `t.list(key)` and
 * `t.has(key)` names a key English has, so a misspelt or missing key fails the type check
 * instead of being spoken aloud. A key built from data (`stretches.${id}.name`) type-checks
 * when the data's ids are literal types (StretchId, RoutineId, SafetyTopicId, ...), which
 * also checks that English has words for every one of them. The other languages are held
 * to English's keys by tests/unit/locale-parity.test.ts.
 */

type English = (typeof english)['base'];

/** The plural suffixes (one per `Intl.PluralRules` category, see phrases.ts): `left_one` and `left_other` are the key `left` said with a count. */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
type PluralSuffix = `_${(typeof PLURAL_CATEGORIES)[number]}`;
type WithoutPlural<K extends string> = K extends `${infer Stem}${PluralSuffix}` ? Stem : K;

/** Every leaf of the tree as a dotted path, with the leaf's type. */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends readonly unknown[]
    ? { key: `${Prefix}${K}`; value: T[K] }
    : T[K] extends object
      ? Leaves<T[K], `${Prefix}${K}.`>
      : { key: `${Prefix}${WithoutPlural<K>}`; value: T[K] };
}[keyof T & string];

type Leaf = Leaves<English>;

/** A key whose English is one piece of text (a plural key without its suffix). */
export type TextKey = Extract<Leaf, { value: string }>['key'];
/** A key whose English is a list of sentences. */
export type ListKey = Extract<Leaf, { value: readonly unknown[] }>['key'];
/** Any key English has. */
export type TranslationKey = TextKey | ListKey;
