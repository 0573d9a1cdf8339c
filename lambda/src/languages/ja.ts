// Japanese: everything the skill says (locales/ja.json) and understands (understanding/vocabulary/ja.ts), loaded on first use (./index.ts).
import file from '../../../locales/ja.json';
import vocabulary from '../understanding/vocabulary/ja';
import type { LanguageContent } from '.';

export default { file, vocabulary } satisfies LanguageContent;
