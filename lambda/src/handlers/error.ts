import type { ErrorHandler, HandlerInput } from 'ask-sdk-core';
import { Speech } from '../speech/ssml';
import { getTurnContext, hasTurnContext } from '../voice/context';
import { storeSessionAttributes } from '../voice/respond';
import { isRequestType } from '../voice/slots';

/** Spoken when nothing else worked; English only if even the locale could not be read. */
const LAST_RESORT = {
  speech: 'Sorry, something went wrong on my side. Please try that again.',
  reprompt: 'You can say next, repeat, help, or stop.',
};

/**
 * The last line of defence: an exception anywhere becomes a short apology that keeps
 * the session and the user's place, never Alexa's "problem with the skill's response".
 */
export const SkillErrorHandler: ErrorHandler = {
  canHandle: () => true,
  handle: (input: HandlerInput, error: Error) => {
    console.error(JSON.stringify({ event: 'error', name: error.name, message: error.message }));
    if (!isRequestType(input, 'LaunchRequest', 'IntentRequest')) return input.responseBuilder.getResponse();
    let speech = LAST_RESORT.speech;
    let reprompt = LAST_RESORT.reprompt;
    if (hasTurnContext(input)) {
      const { t } = getTurnContext(input);
      speech = t.text('error.generic');
      reprompt = t.text('error.reprompt');
      storeSessionAttributes(input);
    }
    return input.responseBuilder
      .speak(new Speech().say(speech).toSsml())
      .reprompt(new Speech().say(reprompt).toSsml())
      .withShouldEndSession(false)
      .getResponse();
  },
};
