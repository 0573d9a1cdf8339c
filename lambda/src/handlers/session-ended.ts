import type { RequestHandler } from 'ask-sdk-core';
import { respondSilently } from '../voice/respond';
import { isRequestType } from '../voice/slots';

/**
 * The session closed (timeout, user left, error). Alexa takes no speech here; a
 * progress write that failed earlier in the session gets one more try.
 */
export const SessionEndedHandler: RequestHandler = {
  canHandle: (input) => isRequestType(input, 'SessionEndedRequest'),
  handle: (input) => respondSilently(input),
};
