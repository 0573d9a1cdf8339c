import i18next, { type i18n as I18n } from 'i18next';
import { languageContent } from '../languages';
import { LANGUAGE_IDS } from './locales';
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

/** i18next copies a bundle unless told not to; the language files are never changed, so the copy is only start-up time. */
const SHARED_BUNDLE = { skipCopy: true } as const;

function addLanguage(instance: I18n, language: string, file: LanguageFile): void {
  instance.addResourceBundle(language, 'translation', file.base, false, false, SHARED_BUNDLE);
  for (const [region, overrides] of Object.entries(file.regions ?? {})) {
    instance.addResourceBundle(region, 'translation', overrides, false, false, SHARED_BUNDLE);
  }
}

/**
 * Made once per cold start, with no language yet: each joins on first use, English too,
 * so a cold start in German reads German alone. English is the fallback only for a
 * language the skill does not speak (translatorFor): every language has every key
 * (tests/unit/locale-parity.test.ts), so none needs English to fill a gap.
 * Tests may pass their own files.
 */
export function createI18n(files: Readonly<Record<string, LanguageFile>> = LANGUAGE_FILES): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources: {},
    fallbackLng: FALLBACK_LANGUAGE,
    initAsync: false,
    returnNull: false,
    interpolation: { escapeValue: false },
  });
  languagesOf.set(instance, { files, added: new Set() });
  return instance;
}

const languagesOf = new WeakMap<I18n, { files: Readonly<Record<string, LanguageFile>>; added: Set<string> }>();

function ensureLanguage(instance: I18n, language: string): void {
  const known = languagesOf.get(instance);
  if (!known || known.added.has(language)) return;
  const file = known.files[language];
  if (file) addLanguage(instance, language, file);
  known.added.add(language);
}

/** The locale to speak: the request's if we have its language, otherwise English. */
function resolveLocale(requested: string | undefined, files: Readonly<Record<string, LanguageFile>> = LANGUAGE_FILES): string {
  if (!requested || typeof requested !== 'string') return DEFAULT_LOCALE;
  const language = requested.split('-')[0]?.toLowerCase() ?? '';
  return language in files ? requested : DEFAULT_LOCALE;
}

export function translatorFor(instance: I18n, requested: string | undefined): Translator {
  const files = languagesOf.get(instance)?.files ?? LANGUAGE_FILES;
  const locale = resolveLocale(requested, files);
  ensureLanguage(instance, locale.split('-')[0]?.toLowerCase() ?? FALLBACK_LANGUAGE);
  return createTranslator(instance, locale);
}
