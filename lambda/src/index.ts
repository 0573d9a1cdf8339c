import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Handler } from 'aws-lambda';
import { buildSkill } from './skill';
import { createStore } from './stores';
import { createEntry } from './voice/entry';

/** Built once per cold start: the i18n instance, the store client and the handler registry. */
const skillId = process.env.SKILL_ID || undefined;
const skill = buildSkill({ store: createStore(process.env), skillId });

/** What Lambda's Node.js runtime calls: an async handler (no callback), an Alexa request in, a response out. */
export const handler: Handler<RequestEnvelope, ResponseEnvelope> = createEntry(skill, { log: (line) => console.log(line) });
