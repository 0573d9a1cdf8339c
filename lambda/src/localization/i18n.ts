import i18next, { type i18n as I18n, type Resource } from 'i18next';
import en from '../../../locales/en.json';
import de from '../../../locales/de.json';
import fr from '../../../locales/fr.json';
import es from '../../../locales/es.json';
import { createTranslator, type Translator } from './translator';

/**
 * Each language file holds the base text for the language and, under `regions`,
 * only what a region says differently (an emergency number, a spelling).
 */
export interface LanguageFile {
  base: Record<string, unknown>;
  regions?: Record<string, Record<string, unknown>>;
}

export const LANGUAGE_FILES: Record<string, LanguageFile> = { en, de, fr, es };

export const DEFAULT_LOCALE = 'en-US';

function toResources(files: Record<string, LanguageFile>): Resource {
  const resources: Resource = {};
  for (const [language, file] of Object.entries(files)) {
    resources[language] = { translation: file.base };
    for (const [region, overrides] of Object.entries(file.regions ?? {})) {
      resources[region] = { translation: overrides };
    }
  }
  return resources;
}

/** Made once per cold start; synchronous because the resources are bundled. */
export function createI18n(files: Record<string, LanguageFile> = LANGUAGE_FILES): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources: toResources(files),
    fallbackLng: 'en',
    initAsync: false,
    returnNull: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}

/** The locale to speak: the request's if we have its language, otherwise English. */
export function resolveLocale(requested: string | undefined, files: Record<string, LanguageFile> = LANGUAGE_FILES): string {
  if (!requested || typeof requested !== 'string') return DEFAULT_LOCALE;
  const language = requested.split('-')[0]?.toLowerCase() ?? '';
  return language in files ? requested : DEFAULT_LOCALE;
}

export function translatorFor(instance: I18n, requested: string | undefined): Translator {
  return createTranslator(instance, resolveLocale(requested));
}
