import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createI18n, translatorFor } from '../../lambda/src/localization/i18n';
import { LANGUAGES, LANGUAGE_IDS, LOCALES } from '../../lambda/src/localization/locales';
import { MODELS_DIR } from './models';

/**
 * The README's table of languages, made from what the skill has: the registry's locales
 * (lambda/src/localization/locales.ts), each model's invocation name, the manifest's store
 * name and distribution countries, and the emergency number in each locale file, on screen
 * and as said. `npm run languages` writes it into README.md between the markers;
 * tests/unit/locale-registry.test.ts fails when the README's is not this.
 */

export const TABLE_START = '<!-- languages: written by `npm run languages` (scripts/languages.ts) from the registry, the models, the manifest and the language files; a test fails when it is stale -->';
export const TABLE_END = '<!-- /languages -->';

const languageName = new Intl.DisplayNames(['en'], { type: 'language' });
const regionName = new Intl.DisplayNames(['en'], { type: 'region' });

export function languageTable(root = process.cwd()): string {
  const manifest = JSON.parse(readFileSync(join(root, 'skill-package/skill.json'), 'utf8')) as {
    manifest: { publishingInformation: { locales: Record<string, { name?: string }>; distributionCountries?: string[] } };
  };
  const publishing = manifest.manifest.publishingInformation;
  const i18n = createI18n();
  const rows = LOCALES.map((locale) => {
    const model = JSON.parse(readFileSync(join(root, MODELS_DIR, `${locale}.json`), 'utf8')) as {
      interactionModel: { languageModel: { invocationName: string } };
    };
    const t = translatorFor(i18n, locale);
    const digits = t.text('screen.emergency.number');
    const said = t.text('emergency.number');
    const [language, region] = locale.split('-') as [string, string];
    return [
      `\`${locale}\``,
      `${languageName.of(language)}, ${regionName.of(region)}`,
      model.interactionModel.languageModel.invocationName,
      publishing.locales[locale]?.name ?? '(none)',
      said === digits ? digits : `${digits} (said "${said}")`,
    ];
  });
  const countries = (publishing.distributionCountries ?? []).map((code) => `${regionName.of(code)} (${code})`).join(', ');
  return [
    TABLE_START,
    `${LOCALES.length} locales in ${LANGUAGE_IDS.length} languages (${LANGUAGE_IDS.map((id) => `${languageName.of(id)} ${LANGUAGES[id].locales.length}`).join(', ')}), each with its own interaction model and invocation name:`,
    '',
    '| locale | language, country | invocation name | store name | emergency number |',
    '|---|---|---|---|---|',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
    `Distributed in: ${countries}. A locale the skill does not have is answered in English.`,
    TABLE_END,
  ].join('\n');
}

/** The README with its table replaced by `table`; throws when the markers are missing. */
export function withTable(readme: string, table: string): string {
  const start = readme.indexOf(TABLE_START.slice(0, TABLE_START.indexOf(':')));
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`README.md has no languages table between "${TABLE_START.slice(0, 16)}..." and "${TABLE_END}"`);
  return readme.slice(0, start) + table + readme.slice(end + TABLE_END.length);
}

/** The table the README holds now. */
export function readmeTable(readme: string): string {
  const start = readme.indexOf(TABLE_START.slice(0, TABLE_START.indexOf(':')));
  const end = readme.indexOf(TABLE_END);
  return start < 0 || end < start ? '' : readme.slice(start, end + TABLE_END.length);
}
