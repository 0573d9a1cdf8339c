import type { RequestHandler } from 'ask-sdk-core';
import { Speech } from '../speech/ssml';
import { getTurnContext } from '../voice/context';
import { respond } from '../voice/respond';
import { isIntent } from '../voice/slots';

/**
 * Stop and cancel say goodbye and end the session. The position was saved when it
 * changed; if that write failed, `respond` tries once more before the goodbye.
 */
export const StopHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.StopIntent', 'AMAZON.CancelIntent'),
  handle: (input) => {
    const turn = getTurnContext(input);
    const { t, state } = turn;
    const speech = new Speech().say(t.text('stop.goodbye'));
    if (state.position && turn.storage.mode !== 'unreadable') speech.say(t.text('stop.saved'));
    return respond(input, { state: { ...state, pending: undefined }, progress: turn.progress, speech, end: true });
  },
};

/** "Alexa, go home" leaves the skill on devices with a screen; the place in the routine is kept. */
export const NavigateHomeHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.NavigateHomeIntent'),
  handle: (input) => {
    const turn = getTurnContext(input);
    const speech = new Speech().say(turn.t.text('home.goodbye'));
    return respond(input, { state: { ...turn.state, pending: undefined }, progress: turn.progress, speech, end: true });
  },
};
