import { KANJI_MORAE, type Script } from '../../../lambda/src/speech/speaking-rates';

/**
 * What the spoken-length estimate counts, defined plainly (one regular expression per idea)
 * rather than in the estimate's single pass: words by script, split on white space, and the
 * morae of Japanese. The calibration (scripts/speech-rates.ts) and the tests use it; a test
 * holds the one-pass estimate to it.
 */

const SMALL_KANA = /[ぁぃぅぇぉゃゅょゎゕゖァィゥェォャュョヮヵヶ]/u;
const KANA = /[\u3041-\u30ff\uff66-\uff9f]/u;
const KANJI = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆]/u;
/** Japanese characters, and the Japanese and full-width punctuation that separates words like a space. */
const JAPANESE = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uffef]/u;
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u;
const DEVANAGARI = /[\u0900-\u097f\ua8e0-\ua8ff]/u;

/** Morae of Japanese text: each kana (っ and ー included) one, small kana none, a kanji KANJI_MORAE. */
export function morae(text: string): number {
  let count = 0;
  for (const char of text) {
    if (KANJI.test(char)) count += KANJI_MORAE;
    else if (KANA.test(char) && char !== '・' && !SMALL_KANA.test(char)) count += 1;
  }
  return count;
}

/** Kanji in a text. */
export const kanjiCount = (text: string): number => [...text].filter((char) => KANJI.test(char)).length;

/** Kana morae alone (the kanji left out). */
export const kanaMorae = (text: string): number => morae([...text].filter((char) => !KANJI.test(char)).join(''));

/** A word's script: Arabic or Devanagari if it has a letter of either, otherwise Latin (which stands for every other script). */
function scriptOf(word: string): Script {
  if (ARABIC.test(word)) return 'arabic';
  if (DEVANAGARI.test(word)) return 'devanagari';
  return 'latin';
}

/** The units of plain text (no SSML) by script: words, and for Japanese morae. */
export function spokenUnits(text: string): Record<Script, number> {
  const units: Record<Script, number> = { latin: 0, devanagari: 0, arabic: 0, japanese: 0 };
  units.japanese = morae(text);
  const words = [...text].map((char) => (JAPANESE.test(char) ? ' ' : char)).join('').split(/[ \t\n\r]+/).filter(Boolean);
  for (const word of words) units[scriptOf(word)] += 1;
  return units;
}
