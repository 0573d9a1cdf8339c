import type { RequestHandler } from 'ask-sdk-core';
import { getTurnContext } from '../voice/context';
import { isRequestType } from '../voice/slots';

/**
 * Requests that expect no speech: Alexa reporting an error in our last response,
 * skill lifecycle events, and any request type this skill does not use.
 */
export const SkillDisabledHandler: RequestHandler = {
  canHandle: (input) => isRequestType(input, 'AlexaSkillEvent.SkillDisabled'),
  handle: async (input) => {
    // The user removed the skill: their progress goes with it.
    const store = getTurnContext(input).store;
    if (store) await store.remove(input.requestEnvelope);
    return input.responseBuilder.getResponse();
  },
};

export const SilentRequestHandler: RequestHandler = {
  canHandle: (input) => !isRequestType(input, 'LaunchRequest', 'IntentRequest'),
  handle: (input) => input.responseBuilder.getResponse(),
};
