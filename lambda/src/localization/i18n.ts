import { languageContent } from '../languages';
import { LANGUAGE_IDS } from './locales';
import { pluralRulesOf, type WordSource, type WordTree } from './phrases';
import { createTranslator, type Translator } from './translator';

/**
 * Each language file holds the base text for the language and, under `regions`,
 * only what a region says differently (an emergency number, a spelling).
 */
export interface LanguageFile {
  base: Record<string, unknown>;
  regions?: Record<string, Record<string, unknown>>;
}

/**
 * Every language file of the registry (locales.ts), each read the first time a request
 * needs it, not at cold start: a Lambda instance mostly serves one language, and the
 * others would only add to its start-up time (see languages/index.ts).
 */
export const LANGUAGE_FILES: Readonly<Record<string, LanguageFile>> = Object.defineProperties(
  {},
  Object.fromEntries(LANGUAGE_IDS.map((language) => [language, { enumerable: true, get: () => languageContent(language).file }])),
);

const DEFAULT_LOCALE = 'en-US';
const FALLBACK_LANGUAGE = 'en';

/**
 * The skill's words in every language it speaks, made once per cold start. A language's
 * file is read the first time a translator for it is asked for, so a cold start in German
 * reads German alone. Tests may pass their own files.
 */
export interface I18n {
  readonly files: Readonly<Record<string, LanguageFile>>;
  /** A translator per locale asked for, made on first use and kept with its caches (translator.ts). */
  readonly translators: Map<string, Translator>;
}

export function createI18n(files: Readonly<Record<string, LanguageFile>> = LANGUAGE_FILES): I18n {
  return { files, translators: new Map() };
}

/** Alexa has fewer locales than this; a request with a made-up one still gets a translator, just not a kept one. */
const MAX_TRANSLATORS = 64;

const languageOfLocale = (locale: string): string => locale.split('-')[0]?.toLowerCase() ?? '';

/** The locale to speak: the request's if we have its language, otherwise English. */
function resolveLocale(requested: string | undefined, files: Readonly<Record<string, LanguageFile>>): string {
  if (!requested || typeof requested !== 'string') return DEFAULT_LOCALE;
  return languageOfLocale(requested) in files ? requested : DEFAULT_LOCALE;
}

/**
 * Where a locale's words are looked up, in order (phrases.ts): the region's overrides, the
 * language, and English, which is read only if the language lacks a key. Every language
 * has every key (tests/unit/locale-parity.test.ts), so that is a safety net, not a source.
 */
function* sourcesFor(files: Readonly<Record<string, LanguageFile>>, locale: string): Generator<WordSource> {
  const language = languageOfLocale(locale);
  const file = files[language];
  if (file) {
    const region = file.regions?.[locale];
    if (region) yield { tree: region as WordTree, rules: pluralRulesOf(locale) };
    yield { tree: file.base as WordTree, rules: pluralRulesOf(language) };
  }
  if (language !== FALLBACK_LANGUAGE) {
    const english = files[FALLBACK_LANGUAGE];
    if (english) yield { tree: english.base as WordTree, rules: pluralRulesOf(FALLBACK_LANGUAGE) };
  }
}

export function translatorFor(i18n: I18n, requested: string | undefined): Translator {
  const locale = resolveLocale(requested, i18n.files);
  let translator = i18n.translators.get(locale);
  if (!translator) {
    translator = createTranslator(locale, () => sourcesFor(i18n.files, locale));
    if (i18n.translators.size < MAX_TRANSLATORS) i18n.translators.set(locale, translator);
  }
  return translator;
}
