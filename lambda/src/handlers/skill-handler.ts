import type { HandlerInput, RequestHandler } from 'ask-sdk-core';

/**
 * A request handler whose check is a plain synchronous test of the request and the turn
 * context (which the SDK's request interceptor sets before any check): skill.ts asks them
 * in one loop, in the order of its registry.
 */
export type SkillHandler = RequestHandler & { canHandle(input: HandlerInput): boolean };
