import type { SkillHandler } from './skill-handler';
import { placeToKeep } from '../coach/routine-flow';
import { menu } from '../coach/session';
import type { TextKey } from '../localization/translator';
import type { CoachReply } from '../coach/turn';
import { Speech } from '../speech/ssml';
import { getTurnContext, type TurnContext } from '../voice/context';
import { respond } from '../voice/respond';
import { isIntent } from '../voice/slots';

/**
 * Leaving the skill: the goodbye, and the place to pick up next time (the place cut
 * off, or the next one when the last was heard to the end). "I'll remember" is only
 * said when the place really is stored.
 */
function leaving(turn: TurnContext, goodbyeKey: TextKey, rememberKey?: TextKey): CoachReply {
  const { t, state } = turn;
  const inRoutine = state.kind === 'waiting';
  return {
    state: menu(),
    progress: inRoutine ? placeToKeep(turn, state) : turn.progress,
    speech: new Speech().say(t.text(goodbyeKey)),
    onceSaved: inRoutine && rememberKey ? new Speech().say(t.text(rememberKey)) : undefined,
    end: true,
  };
}

/** "Stop", "cancel", or the stop button. */
export const answerStop = (turn: TurnContext): CoachReply => leaving(turn, 'stop.goodbye', 'stop.saved');

export const StopHandler: SkillHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.StopIntent', 'AMAZON.CancelIntent'),
  handle: (input) => respond(input, answerStop(getTurnContext(input))),
};

/** "Alexa, go home" leaves the skill on devices with a screen; the place in the routine is kept. */
export const NavigateHomeHandler: SkillHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.NavigateHomeIntent'),
  handle: (input) => respond(input, leaving(getTurnContext(input), 'home.goodbye', 'stop.saved')),
};
