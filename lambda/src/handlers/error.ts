import type { ErrorHandler, HandlerInput } from 'ask-sdk-core';
import { Speech } from '../speech/ssml';
import { getTurnContext, hasTurnContext } from '../voice/context';
import { respond } from '../voice/respond';
import { CONVERSATION_REQUESTS, isRequestType } from '../voice/slots';

/** Spoken when nothing else worked; English only if even the locale could not be read. */
const LAST_RESORT = {
  speech: 'Sorry, something went wrong on my side. Please try that again.',
  reprompt: 'You can say next, repeat, help, or stop.',
};

/**
 * The last line of defence: an exception anywhere becomes a short apology that keeps
 * the session and the user's place, never Alexa's "problem with the skill's response".
 * It answers through respond() like every other answer, so what the turn already knew
 * is kept; only when even the turn could not be built does it answer on its own.
 */
export const SkillErrorHandler: ErrorHandler = {
  canHandle: () => true,
  handle: async (input: HandlerInput, error: Error) => {
    console.error(JSON.stringify({ event: 'error', name: error.name, message: error.message }));
    if (!isRequestType(input, ...CONVERSATION_REQUESTS)) return input.responseBuilder.getResponse();
    if (hasTurnContext(input)) {
      const turn = getTurnContext(input);
      const { t } = turn;
      try {
        return await respond(input, {
          state: turn.state,
          progress: turn.progress,
          speech: new Speech().say(t.text('error.generic')),
          reprompt: new Speech().say(t.text('error.reprompt')),
          end: false,
        });
      } catch (again) {
        console.error(JSON.stringify({ event: 'error', name: again instanceof Error ? again.name : 'unknown', stage: 'respond' }));
      }
    }
    return input.responseBuilder
      .speak(new Speech().say(LAST_RESORT.speech).toSsml())
      .reprompt(new Speech().say(LAST_RESORT.reprompt).toSsml())
      .withShouldEndSession(false)
      .getResponse();
  },
};
