// Spanish: everything the skill says (locales/es.json) and understands (understanding/vocabulary/es.ts), loaded on first use (./index.ts).
import file from '../../../locales/es.json';
import vocabulary from '../understanding/vocabulary/es';
import type { LanguageContent } from '.';

export default { file, vocabulary } satisfies LanguageContent;
