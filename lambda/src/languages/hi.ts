// Hindi: everything the skill says (locales/hi.json) and understands (understanding/vocabulary/hi.ts), loaded on first use (./index.ts).
import file from '../../../locales/hi.json';
import vocabulary from '../understanding/vocabulary/hi';
import type { LanguageContent } from '.';

export default { file, vocabulary } satisfies LanguageContent;
