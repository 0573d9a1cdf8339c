/**
 * Finding a locale's words for a key: the lookup the skill needs from a translation
 * library, and no more. A locale's words are looked up in its region's overrides, then
 * its language, then English (only for a key the language lacks, which the parity test
 * forbids, so English is read only if that ever slips through). Keys are dotted paths.
 *
 * A key said with a count has a form per `Intl.PluralRules` category of the language:
 * the bare key is the `other` form and `key_one`, `key_few`, ... the others (keys.ts),
 * and a count of 0 takes `key_zero` where a language has one. In each place words are
 * looked up, the count's own form comes before the bare key, and a region's bare key
 * before its language's form (a region that rewrites a sentence rewrites all its forms).
 */

/** A language's words, or a region's overrides: nested objects of text and lists of text. */
export type WordTree = Readonly<Record<string, unknown>>;

/** One place words are looked up, with the plural rules of its language. */
export interface WordSource {
  tree: WordTree;
  rules: Intl.PluralRules;
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The plural rules of a locale or language, made once: Intl objects are slow to build. */
export function pluralRulesOf(locale: string): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

function at(tree: WordTree, path: readonly string[]): unknown {
  let node: unknown = tree;
  for (const part of path) {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/**
 * What a key holds for a locale (text, a list or a subtree), undefined when no source has
 * it. `count`: the number the text is said with, which picks the plural form.
 * `sources` is called only as far as needed, so English is read only for a missing key.
 */
export function findWords(sources: () => Iterable<WordSource>, key: string, count?: number): unknown {
  const path = key.split('.');
  const last = path.length - 1;
  for (const { tree, rules } of sources()) {
    if (count !== undefined) {
      const forms = count === 0 ? ['zero', rules.select(count)] : [rules.select(count)];
      for (const form of forms) {
        const found = at(tree, [...path.slice(0, last), `${path[last]}_${form}`]);
        if (found !== undefined) return found;
      }
    }
    const found = at(tree, path);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * `{{name}}` in a text replaced by the variable's value. A placeholder with no variable is
 * left as written (a test of the content then catches it); values are not escaped, since
 * escaping for SSML is speech/ssml.ts's job. A scan rather than a regular expression: it
 * runs for every text said with a value, dozens of times in a routine's response.
 */
export function fillIn(text: string, vars: Readonly<Record<string, string | number>>): string {
  let open = text.indexOf('{{');
  if (open < 0) return text;
  let filled = '';
  let from = 0;
  while (open >= 0) {
    const close = text.indexOf('}}', open + 2);
    if (close < 0) break;
    const value = vars[text.slice(open + 2, close).trim()];
    filled += text.slice(from, open) + (value === undefined ? text.slice(open, close + 2) : String(value));
    from = close + 2;
    open = text.indexOf('{{', from);
  }
  return filled + text.slice(from);
}
