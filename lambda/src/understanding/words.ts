/**
 * Heard words as the matcher reads them: lower case, without accents or punctuation,
 * one token per word. Alexa sends "can't" and "l'épaule"; typed text may drop the
 * accents and apostrophes. Folding both the vocabulary and what was heard the same way
 * matches either. The expressions are made once, not per request.
 */

/**
 * Accents on Latin letters are dropped; the vowel signs and viramas of Devanagari (Hindi)
 * are part of its letters and stay ("दर्द" is not "दरद"). Only the nukta, which Hindi writes
 * or leaves out as it likes ("ज़रूरत", "जरूरत"), is dropped, and a chandrabindu reads as an
 * anusvara ("साँस", "सांस").
 */
const MARKS = /(?![\u0900-\u097f])\p{M}|\u093c/gu;
const CHANDRABINDU = /\u0901/g;
const CURLY_APOSTROPHES = /[’‘`´]/g;
const NOT_WORD = /[^\p{L}\p{M}\p{N}']+/gu;
/** A quote before a word; an apostrophe after one stays: it is the French elision ("n'"). */
const LEADING_APOSTROPHES = /(^|\s)'+/g;
const SPACES = /\s+/;

export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(CHANDRABINDU, '\u0902')
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
