/**
 * Heard words as the matcher reads them: lower case, without accents or punctuation,
 * one token per word. Alexa sends "can't" and "l'épaule"; typed text may drop the
 * accents and apostrophes. Folding both the vocabulary and what was heard the same way
 * matches either. The expressions are made once, not per request.
 */

const MARKS = /\p{M}/gu;
const CURLY_APOSTROPHES = /[’‘`´]/g;
const NOT_WORD = /[^\p{L}\p{N}']+/gu;
/** A quote before a word; an apostrophe after one stays: it is the French elision ("n'"). */
const LEADING_APOSTROPHES = /(^|\s)'+/g;
const SPACES = /\s+/;
/**
 * Arabic letters written more than one way, whatever the writer's habit: the tatweel (a
 * stretch in the line, no letter), alef maqsura as ya, taa marbuta as ha. The hamza's
 * seats (أ إ آ ؤ ئ) fold with the marks, as do the optional short vowels. Only Arabic code
 * points change, and only text with one is read again.
 */
const ARABIC = /[\u0600-\u06FF]/;
const ARABIC_VARIANTS = /[\u0640\u0649\u0629]/g;
const ARABIC_FOLDS: Readonly<Record<string, string>> = { '\u0640': '', '\u0649': '\u064A', '\u0629': '\u0647' };

/** Text with each script's variant spellings folded to one (today: Arabic). */
export function foldScripts(text: string): string {
  return ARABIC.test(text) ? text.replace(ARABIC_VARIANTS, (c) => ARABIC_FOLDS[c] ?? c) : text;
}

export function foldText(text: string): string {
  return foldScripts(text)
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(CURLY_APOSTROPHES, "'")
    .replace(NOT_WORD, ' ')
    .replace(LEADING_APOSTROPHES, ' ')
    .trim();
}

/**
 * The words of a text. With `elisions` (French: l, d, j, n, qu...), an elided word is
 * its own token with its apostrophe: "n'arrive" is "n'" and "arrive", so "arrive" matches
 * as a word and "n'" can be a negation.
 */
export function tokenize(text: string, elisions?: ReadonlySet<string>): string[] {
  const folded = foldText(text);
  if (!folded) return [];
  const tokens: string[] = [];
  for (const word of folded.split(SPACES)) {
    const apostrophe = elisions ? word.indexOf("'") : -1;
    if (apostrophe > 0 && apostrophe < word.length - 1 && elisions?.has(word.slice(0, apostrophe))) {
      tokens.push(word.slice(0, apostrophe + 1), word.slice(apostrophe + 1));
    } else tokens.push(word);
  }
  return tokens;
}
