import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { placeToKeep } from '../coach/routine-flow';
import { menu } from '../coach/session';
import { Speech } from '../speech/ssml';
import { getTurnContext } from '../voice/context';
import { respond } from '../voice/respond';
import { isIntent } from '../voice/slots';

/**
 * Leaving the skill: the goodbye, and the place to pick up next time (the place cut
 * off, or the next one when the last was heard to the end). "I'll remember" is only
 * said when the place really is stored.
 */
function leave(input: HandlerInput, goodbyeKey: string, rememberKey?: string) {
  const turn = getTurnContext(input);
  const { t, state } = turn;
  const inRoutine = state.kind === 'waiting';
  return respond(input, {
    state: menu(),
    progress: inRoutine ? placeToKeep(turn, state) : turn.progress,
    speech: new Speech().say(t.text(goodbyeKey)),
    onceSaved: inRoutine && rememberKey ? new Speech().say(t.text(rememberKey)) : undefined,
    end: true,
  });
}

export const StopHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.StopIntent', 'AMAZON.CancelIntent'),
  handle: (input) => leave(input, 'stop.goodbye', 'stop.saved'),
};

/** "Alexa, go home" leaves the skill on devices with a screen; the place in the routine is kept. */
export const NavigateHomeHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.NavigateHomeIntent'),
  handle: (input) => leave(input, 'home.goodbye', 'stop.saved'),
};
