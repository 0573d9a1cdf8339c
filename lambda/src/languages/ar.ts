// Arabic: everything the skill says (locales/ar.json) and understands (understanding/vocabulary/ar.ts), loaded on first use (./index.ts).
import file from '../../../locales/ar.json';
import vocabulary from '../understanding/vocabulary/ar';
import type { LanguageContent } from '.';

export default { file, vocabulary } satisfies LanguageContent;
