/**
 * Heard words as the matcher reads them: lower case, without accents or punctuation,
 * one token per word. Alexa sends "can't" and "l'épaule"; typed text may drop the
 * accents and apostrophes. Folding both the vocabulary and what was heard the same way
 * matches either. The expressions are made once, not per request.
 */

/**
 * Marks, once text is decomposed (NFD). Accents go, as do Arabic's optional short vowels and
 * the hamza on its seats. Marks that are letters of their own stay: the kana voicing marks
 * (が is か with one) and Devanagari's vowel signs and viramas ("दर्द" is not "दरद"). Of
 * Devanagari's marks only the nukta, which Hindi writes or leaves out as it likes ("ज़रूरत",
 * "जरूरत"), goes, and a chandrabindu reads as an anusvara ("साँस", "सांस"). Each rule touches
 * only its own script's code points.
 */
const MARKS = /(?![\u3099\u309A\u0900-\u097F])\p{M}|\u093C/gu;
const CHANDRABINDU = /\u0901/g;
const CURLY_APOSTROPHES = /[’‘`´]/g;
const NOT_WORD = /[^\p{L}\p{N}\p{M}']+/gu;
/** A quote before a word; an apostrophe after one stays: it is the French elision ("n'"). */
const LEADING_APOSTROPHES = /(^|\s)'+/g;
const SPACES = /\s+/;
/**
 * Scripts written without spaces between words (Japanese: kanji and kana). Their text is read
 * one character at a time, so a word, a phrase or a cue matches inside unspaced text as the
 * characters it is written with.
 */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC\u3005]/u;
const UNSPACED_PIECES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC\u3005]|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC\u3005]+/gu;
const HALF_WIDTH_KANA = /[\uFF61-\uFF9F]/;
const KATAKANA = /[\u30A1-\u30F6]/g;
/**
 * Arabic letters written more than one way, whatever the writer's habit: the tatweel (a
 * stretch in the line, no letter), alef maqsura as ya, taa marbuta as ha. The hamza's
 * seats (أ إ آ ؤ ئ) fold with the marks, as do the optional short vowels. Only Arabic code
 * points change, and only text with one is read again.
 */
const ARABIC = /[\u0600-\u06FF]/;
const ARABIC_VARIANTS = /[\u0640\u0649\u0629]/g;
const ARABIC_FOLDS: Readonly<Record<string, string>> = { '\u0640': '', '\u0649': '\u064A', '\u0629': '\u0647' };

/** Whether a text has a script written without spaces (kanji, kana, half-width kana). */
export function hasUnspacedScript(text: string): boolean {
  return UNSPACED.test(text) || HALF_WIDTH_KANA.test(text);
}

/** Japanese as one script: half-width forms made whole, katakana as hiragana (シビレ is しびれ). */
function foldJapanese(text: string): string {
  return text.normalize('NFKC').replace(KATAKANA, (kana) => String.fromCharCode(kana.charCodeAt(0) - 0x60));
}

/**
 * Text with each script's variant spellings folded to one: Arabic's variant letters, Japanese's
 * half-width forms and katakana. Each applies only to text written in its script.
 */
export function foldScripts(text: string): string {
  const arabic = ARABIC.test(text) ? text.replace(ARABIC_VARIANTS, (c) => ARABIC_FOLDS[c] ?? c) : text;
  return hasUnspacedScript(arabic) ? foldJapanese(arabic) : arabic;
}

/** Decomposed text (NFD) without the marks that are no letters of their own (see MARKS). */
export function dropMarks(decomposed: string): string {
  return decomposed.replace(MARKS, '').replace(CHANDRABINDU, '\u0902');
}

export function foldText(text: string): string {
  const unspaced = hasUnspacedScript(text);
  const folded = dropMarks(foldScripts(text).toLowerCase().normalize('NFD'))
    .replace(CURLY_APOSTROPHES, "'")
    .replace(NOT_WORD, ' ')
    .replace(LEADING_APOSTROPHES, ' ')
    .trim();
  // Decomposing split が into か and its mark; the mark stayed, so put them together again.
  return unspaced ? folded.normalize('NFC') : folded;
}

/**
 * The words of a text; in a script written without spaces, each character is one. With
 * `elisions` (French: l, d, j, n, qu...), an elided word is its own token with its
 * apostrophe: "n'arrive" is "n'" and "arrive", so "arrive" matches as a word and "n'" can
 * be a negation.
 */
export function tokenize(text: string, elisions?: ReadonlySet<string>): string[] {
  const folded = foldText(text);
  if (!folded) return [];
  const tokens: string[] = [];
  for (const word of folded.split(SPACES)) {
    if (UNSPACED.test(word)) {
      for (const piece of word.match(UNSPACED_PIECES) ?? []) tokens.push(piece);
      continue;
    }
    const apostrophe = elisions ? word.indexOf("'") : -1;
    if (apostrophe > 0 && apostrophe < word.length - 1 && elisions?.has(word.slice(0, apostrophe))) {
      tokens.push(word.slice(0, apostrophe + 1), word.slice(apostrophe + 1));
    } else tokens.push(word);
  }
  return tokens;
}
