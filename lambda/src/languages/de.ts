// German: everything the skill says (locales/de.json) and understands (understanding/vocabulary/de.ts), loaded on first use (./index.ts).
import file from '../../../locales/de.json';
import vocabulary from '../understanding/vocabulary/de';
import type { LanguageContent } from '.';

export default { file, vocabulary } satisfies LanguageContent;
