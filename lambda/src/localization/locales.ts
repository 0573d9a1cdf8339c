/**
 * The languages the skill speaks and the Alexa locales it is published in, each under its
 * language: the one list the skill, the scripts and the tests read. The first locale of a
 * language is the one its held-out phrasings and language-wide checks run through.
 *
 * Adding a language starts with a line here (README, "Adding content"): the type
 * `Language` then makes the type check ask for everything else the language needs (its
 * content loader, its interaction model source, its rows in the test tables), and
 * tests/unit/locale-registry.test.ts checks that the models, the manifest and the locale files
 * list exactly these locales.
 */
export const LANGUAGES = {
  en: { locales: ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN'] },
  de: { locales: ['de-DE'] },
  es: { locales: ['es-ES', 'es-MX', 'es-US'] },
  fr: { locales: ['fr-FR', 'fr-CA'] },
  it: { locales: ['it-IT'] },
  pt: { locales: ['pt-BR'] },
  ar: { locales: ['ar-SA'] },
  ja: { locales: ['ja-JP'] },
  nl: { locales: ['nl-NL'] },
  hi: { locales: ['hi-IN'] },
} as const satisfies Record<string, { locales: readonly string[] }>;

export type Language = keyof typeof LANGUAGES;
/** The locales of one language. */
export type LocaleOf<L extends Language> = (typeof LANGUAGES)[L]['locales'][number];
/** Every locale the skill is published in. */
export type Locale = LocaleOf<Language>;

/** Every language, in the order above. */
export const LANGUAGE_IDS = Object.keys(LANGUAGES) as Language[];

/** Every locale, language by language. */
export const LOCALES: readonly Locale[] = LANGUAGE_IDS.flatMap((language) => LANGUAGES[language].locales);

/** The language of a locale ("es-MX" → "es"), whether or not the skill speaks it. */
export function languageOf(locale: string): string {
  return locale.split('-')[0]?.toLowerCase() ?? '';
}

export function isLanguage(language: string): language is Language {
  return Object.hasOwn(LANGUAGES, language);
}

/** The locale a language's language-wide checks run through: its first. */
export function primaryLocale(language: Language): Locale {
  return LANGUAGES[language].locales[0];
}
