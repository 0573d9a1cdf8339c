import type { RequestHandler } from 'ask-sdk-core';
import { placeToKeep } from '../coach/coaching';
import { getTurnContext } from '../voice/context';
import { respondSilently } from '../voice/respond';
import { isRequestType } from '../voice/slots';

/**
 * The session closed (no answer after the reprompt, the user left, an error). Alexa
 * takes no speech here. The place to pick up is settled as for a stop, and a write
 * that failed earlier in the session gets one more try.
 */
export const SessionEndedHandler: RequestHandler = {
  canHandle: (input) => isRequestType(input, 'SessionEndedRequest'),
  handle: (input) => {
    const turn = getTurnContext(input);
    const position = turn.state.position;
    return respondSilently(input, position ? placeToKeep(turn, position) : undefined);
  },
};
