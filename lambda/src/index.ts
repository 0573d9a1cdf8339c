import { buildSkill } from './skill';
import { createStore } from './stores';
import { createLambdaHandler } from './voice/lambda-handler';

/** Built once per cold start: the i18n instance, the store client and the handler registry. */
const skill = buildSkill({ store: createStore(process.env) });

export const handler = createLambdaHandler(skill, { skillId: process.env.SKILL_ID || undefined, log: (line) => console.log(line) });
