import type { SkillHandler } from './skill-handler';
import { placeToKeep } from '../coach/routine-flow';
import { unansweredAboutTheOthers } from '../coach/safety';
import { getTurnContext } from '../voice/context';
import { respondSilently } from '../voice/respond';
import { isRequestType } from '../voice/slots';

/**
 * The session closed (no answer after the reprompt, the user left, an error). Alexa
 * takes no speech here. The place to pick up is settled as for a stop (what was heard
 * of the last response counts, see coach/hearing.ts), and a write that failed earlier
 * in the session gets one more try. With the question about the other signs unanswered,
 * nothing is kept to resume (its reprompt said to call the emergency number).
 */
export const SessionEndedHandler: SkillHandler = {
  canHandle: (input) => isRequestType(input, 'SessionEndedRequest'),
  handle: (input) => {
    const turn = getTurnContext(input);
    if (turn.state.kind === 'triage') return respondSilently(input, unansweredAboutTheOthers(turn));
    return respondSilently(input, turn.state.kind === 'waiting' ? placeToKeep(turn, turn.state) : turn.progress);
  },
};
