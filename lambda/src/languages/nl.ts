// Dutch: everything the skill says (locales/nl.json) and understands (understanding/vocabulary/nl.ts), loaded on first use (./index.ts).
import file from '../../../locales/nl.json';
import vocabulary from '../understanding/vocabulary/nl';
import type { LanguageContent } from '.';

export default { file, vocabulary } satisfies LanguageContent;
