import type { LanguageFile } from '../localization/i18n';
import type { Language } from '../localization/locales';
import type { Vocabulary } from '../understanding/vocabulary';

/**
 * The door to each language's words: its locale file (everything the skill says) and its
 * vocabulary (what the matcher understands), in one module per language beside this one
 * (`en.ts`, `de.ts`, ...), loaded the first time a request in that language needs it.
 *
 * In the bundle each of them is a file of its own, `lambda/dist/languages/<lang>.json` beside
 * index.js (scripts/lib/build-options.ts): the module's exports written as data, so a cold
 * start reads and parses only the words of the language it answers in, with nothing to
 * compile. With ten languages bundled into index.js, every cold start would read all ten. A
 * require() rather than an import is what lets the bundler leave them out, as
 * screens/lazy.ts does for the screens. This file imports nothing but types.
 */
export interface LanguageContent {
  file: LanguageFile;
  vocabulary: Vocabulary;
}

/** One per language of the registry (localization/locales.ts): the type check asks for each. */
const LOADERS: Readonly<Record<Language, () => LanguageContent>> = {
  en: () => (require('./en') as { default: LanguageContent }).default,
  de: () => (require('./de') as { default: LanguageContent }).default,
  es: () => (require('./es') as { default: LanguageContent }).default,
  fr: () => (require('./fr') as { default: LanguageContent }).default,
  it: () => (require('./it') as { default: LanguageContent }).default,
  pt: () => (require('./pt') as { default: LanguageContent }).default,
  ar: () => (require('./ar') as { default: LanguageContent }).default,
  ja: () => (require('./ja') as { default: LanguageContent }).default,
  nl: () => (require('./nl') as { default: LanguageContent }).default,
  hi: () => (require('./hi') as { default: LanguageContent }).default,
};

const loaded = new Map<Language, LanguageContent>();

/** A language's words, loaded on first use. */
export function languageContent(language: Language): LanguageContent {
  let content = loaded.get(language);
  if (!content) loaded.set(language, (content = LOADERS[language]()));
  return content;
}
