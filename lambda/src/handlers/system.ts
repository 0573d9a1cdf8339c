import type { RequestHandler } from 'ask-sdk-core';
import { isStoreError } from '../stores/store-error';
import { getTurnContext } from '../voice/context';
import { CONVERSATION_REQUESTS, isRequestType } from '../voice/slots';

/**
 * Requests that expect no speech: Alexa reporting an error in our last response,
 * skill lifecycle events, and any request type this skill does not use.
 */
export const SkillDisabledHandler: RequestHandler = {
  canHandle: (input) => isRequestType(input, 'AlexaSkillEvent.SkillDisabled'),
  handle: async (input) => {
    // The user removed the skill: their progress goes with it.
    const store = getTurnContext(input).store;
    const result = store ? await store.remove(input.requestEnvelope) : undefined;
    // Alexa does not resend the event, so a record left behind is only ever known from this log line
    // (which names the failure, never the user).
    if (result && !result.ok) console.error(JSON.stringify({ event: 'skillDisabledDeleteFailed', kind: storeErrorKind(result.error) }));
    return input.responseBuilder.getResponse();
  },
};

function storeErrorKind(error: unknown): string {
  return isStoreError(error) ? error.kind : 'unknown';
}

export const SilentRequestHandler: RequestHandler = {
  canHandle: (input) => !isRequestType(input, ...CONVERSATION_REQUESTS),
  handle: (input) => input.responseBuilder.getResponse(),
};
