import { readFileSync, readdirSync } from 'node:fs';
import { LANGUAGE_FILES } from '../../lambda/src/localization/i18n';
import { LANGUAGES, LANGUAGE_IDS, LOCALES, languageOf } from '../../lambda/src/localization/locales';
import { languageTable, readmeTable } from '../../scripts/lib/language-table';
import { MODEL_SOURCES, MODELS_DIR } from '../../scripts/lib/models';
import { ALL_LOCALES } from '../harness/languages';

/**
 * The registry of locales (lambda/src/localization/locales.ts) is the one list: the
 * interaction model sources, the generated models, the manifest, the language files and
 * the test tables all have exactly its languages and locales.
 */

const sorted = (list: Iterable<string>) => [...list].sort();

test('each locale is under its own language, once', () => {
  for (const language of LANGUAGE_IDS) for (const locale of LANGUAGES[language].locales) expect([locale, languageOf(locale)]).toEqual([locale, language]);
  expect(new Set(LOCALES).size).toBe(LOCALES.length);
});

test('each language has a model source for exactly its locales', () => {
  expect(sorted(Object.keys(MODEL_SOURCES))).toEqual(sorted(LANGUAGE_IDS));
  for (const language of LANGUAGE_IDS) expect([language, sorted(Object.keys(MODEL_SOURCES[language].locales))]).toEqual([language, sorted(LANGUAGES[language].locales)]);
});

test('a model is generated for every locale, and only those', () => {
  expect(sorted(readdirSync(MODELS_DIR).map((file) => file.replace(/\.json$/, '')))).toEqual(sorted(LOCALES));
});

test('the manifest publishes every locale, and only those', () => {
  const manifest = JSON.parse(readFileSync('skill-package/skill.json', 'utf8')) as {
    manifest: { publishingInformation: { locales: Record<string, unknown> } };
  };
  expect(sorted(Object.keys(manifest.manifest.publishingInformation.locales))).toEqual(sorted(LOCALES));
});

test('every language has a language file, and what a region says differently is said for a locale of that language', () => {
  expect(sorted(Object.keys(LANGUAGE_FILES))).toEqual(sorted(LANGUAGE_IDS));
  for (const language of LANGUAGE_IDS) {
    for (const region of Object.keys(LANGUAGE_FILES[language]!.regions ?? {})) expect([language, region, languageOf(region)]).toEqual([language, region, language]);
  }
});

test('the test tables have a row for every locale', () => {
  expect(ALL_LOCALES).toEqual(LOCALES);
});

test('the language files hold plain words, no markup: the skill escapes them, and writes only <speak> and <break> itself', () => {
  const markup: string[] = [];
  const walk = (node: unknown, path: string): void => {
    if (typeof node === 'string') {
      if (/[<>]/.test(node)) markup.push(`${path}: ${node}`);
    } else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) walk(value, path ? `${path}.${key}` : key);
    }
  };
  for (const language of LANGUAGE_IDS) walk(LANGUAGE_FILES[language], language);
  expect(markup).toEqual([]);
});

test('the README lists every locale, its invocation name, store name and emergency number, as the skill has them (npm run languages writes it)', () => {
  const table = languageTable();
  for (const locale of LOCALES) expect(table).toContain(`| \`${locale}\` |`);
  expect(readmeTable(readFileSync('README.md', 'utf8'))).toBe(table);
});
