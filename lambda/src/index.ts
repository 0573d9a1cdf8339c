import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Handler } from 'aws-lambda';
import { buildSkill } from './skill';
import { createStore } from './stores';
import { createLambdaHandler } from './voice/lambda-handler';

/** Built once per cold start: the i18n instance, the store client and the handler registry. */
const skill = buildSkill({ store: createStore(process.env) });

/** What Lambda's Node.js runtime calls: an async handler (no callback), an Alexa request in, a response out. */
export const handler: Handler<RequestEnvelope, ResponseEnvelope> = createLambdaHandler(skill, {
  skillId: process.env.SKILL_ID || undefined,
  log: (line) => console.log(line),
});
