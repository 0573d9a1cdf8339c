import type { i18n as I18n } from 'i18next';

export type TranslationVars = Record<string, string | number>;

/**
 * What the pure modules know of i18next: a fixed-language lookup. Handlers get one
 * per request; a global language switch would leak one user's language into another's.
 */
export interface Translator {
  readonly locale: string;
  text(key: string, vars?: TranslationVars): string;
  /** A list of sentences stored as a JSON array; empty when the key is missing. */
  list(key: string): string[];
  has(key: string): boolean;
}

export function createTranslator(i18n: I18n, locale: string): Translator {
  const t = i18n.getFixedT(locale);
  return {
    locale,
    text: (key, vars) => String(t(key, { ...vars, interpolation: { escapeValue: false } })),
    list: (key) => {
      const value: unknown = t(key, { returnObjects: true });
      return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    },
    has: (key) => i18n.exists(key, { lng: locale }),
  };
}
