import type { SkillHandler } from './skill-handler';
import { offerMenu } from '../coach/offers';
import { continueRoutine, resumePlace, skipStretch } from '../coach/routine-flow';
import { waiting } from '../coach/session';
import type { CoachReply } from '../coach/turn';
import { Speech } from '../speech/ssml';
import { getTurnContext, type TurnContext } from '../voice/context';
import { respond } from '../voice/respond';
import { isIntent } from '../voice/slots';

/** Yes and no mean whatever the skill last asked; the state says which question that was. */
function answerYes(turn: TurnContext): CoachReply {
  const { state } = turn;
  switch (state.kind) {
    case 'offer':
      return resumePlace(turn, state.place);
    case 'waiting':
      return state.question === 'skip' ? skipStretch(turn, state) : continueRoutine(turn, state);
    default:
      return offerMenu(turn, new Speech(), true);
  }
}

function answerNo(turn: TurnContext): CoachReply {
  const { t, state } = turn;
  switch (state.kind) {
    case 'offer':
      return offerMenu(turn, new Speech().say(t.text('offer.declined')));
    case 'waiting': {
      // After a stretch "next" goes on; in the middle of one "resume" comes back to it.
      const speech = state.stage === 'done' ? new Speech().say(t.text('answer.notNow')) : new Speech().say(t.text('answer.ok'), t.text('pause.reprompt'));
      return {
        state: waiting(state.place, state.stage, state.body, state.startedAt),
        progress: turn.progress,
        speech,
        reprompt: new Speech().say(t.text('pause.reprompt')),
        end: false,
      };
    }
    default:
      return { state, progress: turn.progress, speech: new Speech().say(t.text('stop.goodbye')), end: true };
  }
}

export const YesHandler: SkillHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.YesIntent'),
  handle: (input) => respond(input, answerYes(getTurnContext(input))),
};

export const NoHandler: SkillHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.NoIntent'),
  handle: (input) => respond(input, answerNo(getTurnContext(input))),
};
