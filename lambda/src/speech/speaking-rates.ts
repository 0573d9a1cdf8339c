/**
 * How fast the skill's speech is said, by script: the one table the spoken-length estimate
 * (`estimateSpokenSeconds` in ssml.ts) reads. Languages written with spaces between words
 * are counted in words; Japanese, written without them, in morae (a kana is one, a kanji
 * about 1.7, see KANJI_MORAE). The rate is picked by the script of what is said, so the
 * estimate needs no language passed in, and Hindi's English words (written in Latin letters)
 * are counted as the English they are.
 *
 * Calibrated with espeak-ng, the only voice this project can run (`npm run speech-rates`
 * measures it and writes docs/speech-rates.md, the method and the figures): the same
 * fifteen passages of the skill in every language, timed per language, and scaled so that
 * the Latin-script languages' mean is the 2.6 words a second the skill has always
 * estimated (its unhurried coaching pace). The Latin-script languages share that one rate:
 * espeak-ng puts them within about ±10% of their mean, which is its voices' tuning rather than
 * Alexa's, and the existing figures (announced minutes, barge-in placement) stay as they were.
 * Adding a language is one entry in `languages`, or, for a script not here, a row measured
 * the same way.
 */
export const SPEAKING_RATES = {
  latin: { unit: 'word', perSecond: 2.6, languages: ['en', 'de', 'es', 'fr', 'it', 'pt', 'nl'] },
  devanagari: { unit: 'word', perSecond: 2.45, languages: ['hi'] },
  arabic: { unit: 'word', perSecond: 1.54, languages: ['ar'] },
  japanese: { unit: 'mora', perSecond: 5.8, languages: ['ja'] },
} as const satisfies Record<string, { unit: 'word' | 'mora'; perSecond: number; languages: readonly string[] }>;

export type Script = keyof typeof SPEAKING_RATES;

/** Morae in a kanji, on average (a kanji is read with one to four kana; measured on the calibration passages). */
export const KANJI_MORAE = 1.7;

/** The rate a language's speech is estimated at, in its script's units (undefined for a language not in the table). */
export function speakingRate(language: string): { script: Script; unit: 'word' | 'mora'; perSecond: number } | undefined {
  for (const [script, rate] of Object.entries(SPEAKING_RATES) as [Script, (typeof SPEAKING_RATES)[Script]][]) {
    if ((rate.languages as readonly string[]).includes(language)) return { script, unit: rate.unit, perSecond: rate.perSecond };
  }
  return undefined;
}
