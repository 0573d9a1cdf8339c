// French: everything the skill says (locales/fr.json) and understands (understanding/vocabulary/fr.ts), loaded on first use (./index.ts).
import file from '../../../locales/fr.json';
import vocabulary from '../understanding/vocabulary/fr';
import type { LanguageContent } from '.';

export default { file, vocabulary } satisfies LanguageContent;
