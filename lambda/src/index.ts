import { buildSkill } from './skill';
import { createStore } from './stores';
import { createEntry } from './voice/entry';

/** Built once per cold start: the i18n instance, the store client and the handler registry. */
const skillId = process.env.SKILL_ID || undefined;
const skill = buildSkill({ store: createStore(process.env), skillId });

export const handler = createEntry(skill, { log: (line) => console.log(line) });
