// English: everything the skill says (locales/en.json) and understands (understanding/vocabulary/en.ts), loaded on first use (./index.ts).
import file from '../../../locales/en.json';
import vocabulary from '../understanding/vocabulary/en';
import type { LanguageContent } from '.';

export default { file, vocabulary } satisfies LanguageContent;
