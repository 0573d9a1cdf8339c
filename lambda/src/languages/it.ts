// Italian: everything the skill says (locales/it.json) and understands (understanding/vocabulary/it.ts), loaded on first use (./index.ts).
import file from '../../../locales/it.json';
import vocabulary from '../understanding/vocabulary/it';
import type { LanguageContent } from '.';

export default { file, vocabulary } satisfies LanguageContent;
