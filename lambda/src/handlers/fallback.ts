import type { RequestHandler } from 'ask-sdk-core';
import { holdPlace, lastPrompt } from '../coach/coaching';
import { Speech } from '../speech/ssml';
import { getTurnContext } from '../voice/context';
import { respond } from '../voice/respond';
import { isRequestType } from '../voice/slots';

/**
 * "I didn't catch that", plus what can be said right now. Registered last among the
 * intent handlers, so it also answers intents the skill does not know.
 */
export const FallbackHandler: RequestHandler = {
  canHandle: (input) => isRequestType(input, 'IntentRequest'),
  handle: (input) => {
    const turn = getTurnContext(input);
    const { t, state } = turn;
    const inRoutine = Boolean(state.position);
    const speech = new Speech().say(t.text(inRoutine ? 'fallback.routine' : 'fallback.menu'));
    const reprompt = lastPrompt(turn);
    return respond(input, { state: holdPlace(state, turn.now), progress: turn.progress, speech, reprompt, end: false });
  },
};
