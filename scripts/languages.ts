/**
 * `npm run languages`: writes README.md's table of languages and locales (its invocation
 * names, store names and emergency numbers) from what the skill has (scripts/lib/language-table.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { languageTable, withTable } from './lib/language-table';

const readme = readFileSync('README.md', 'utf8');
const updated = withTable(readme, languageTable());
if (updated === readme) console.log('README.md: the languages table is up to date');
else {
  writeFileSync('README.md', updated);
  console.log('README.md: languages table written');
}
