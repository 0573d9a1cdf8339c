import type { SkillHandler } from './skill-handler';
import { aside, questionNow } from '../coach/asides';
import type { CoachReply, CoachTurn } from '../coach/turn';
import { Speech } from '../speech/ssml';
import { getTurnContext } from '../voice/context';
import { respond } from '../voice/respond';
import { isRequestType } from '../voice/slots';

/**
 * "I didn't catch that", keeping the place: in a routine, with the words that take it
 * on from there; at an offer, the offer; before a routine, the routines to choose from. Registered last among the
 * intent handlers, so it also answers intents the skill does not know.
 */
export const FallbackHandler: SkillHandler = {
  canHandle: (input) => isRequestType(input, 'IntentRequest'),
  handle: (input) => respond(input, notUnderstood(getTurnContext(input))),
};

/** "I didn't catch that", keeping the place; also the answer to a touch the skill does not know. */
export function notUnderstood(turn: CoachTurn): CoachReply {
  const { t } = turn;
  if (turn.state.kind !== 'menu') return aside(turn, new Speech().say(t.text('fallback.sorry')));
  return { state: turn.state, progress: turn.progress, speech: new Speech().say(t.text('fallback.menu')), reprompt: questionNow(turn), end: false };
}
