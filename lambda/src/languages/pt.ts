// Brazilian Portuguese: everything the skill says (locales/pt.json) and understands (understanding/vocabulary/pt.ts), loaded on first use (./index.ts).
import file from '../../../locales/pt.json';
import vocabulary from '../understanding/vocabulary/pt';
import type { LanguageContent } from '.';

export default { file, vocabulary } satisfies LanguageContent;
