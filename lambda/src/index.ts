import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { buildSkill } from './skill';
import { createStore } from './stores';

/** Built once per cold start: the i18n instance, the store client and the handler registry. */
const skill = buildSkill({ store: createStore(process.env), skillId: process.env.SKILL_ID || undefined });

export const handler = (event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> => skill.invoke(event, context);
