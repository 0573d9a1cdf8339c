import type { RequestHandler } from 'ask-sdk-core';
import {
  continueRoutine,
  nextSegment,
  offerMenu,
  resumeAt,
  skipCurrentStretch,
  type CoachReply,
} from '../coach/coaching';
import { Speech } from '../speech/ssml';
import { getTurnContext, type TurnContext } from '../voice/context';
import { respond } from '../voice/respond';
import { isIntent } from '../voice/slots';

/** Yes and no mean whatever the skill last asked; the state records which question that was. */
function answerYes(turn: TurnContext): CoachReply {
  const { state } = turn;
  const position = state.position;
  switch (state.pending) {
    case 'resume':
      if (state.offer) return resumeAt(turn, state.offer);
      break;
    case 'next':
      if (position) return nextSegment(turn, position);
      break;
    case 'continue':
      if (position) return continueRoutine(turn, position);
      break;
    case 'skip':
      if (position) return skipCurrentStretch(turn, position);
      break;
    case 'chooseRoutine':
    case undefined:
      break;
  }
  return offerMenu(turn, new Speech(), true);
}

function answerNo(turn: TurnContext): CoachReply {
  const { t, state } = turn;
  switch (state.pending) {
    case 'resume':
      return offerMenu(turn, new Speech().say(t.text('offer.declined')));
    case 'next':
    case 'continue':
    case 'skip':
      if (state.position) {
        // Between stretches "next" goes on; mid-stretch "resume" comes back to it.
        const midStretch = state.pending !== 'next';
        return {
          state: { ...state, paused: true },
          progress: turn.progress,
          speech: new Speech().say(midStretch ? t.text('answer.ok') : t.text('answer.notNow'), midStretch ? t.text('pause.reprompt') : undefined),
          reprompt: new Speech().say(t.text('pause.reprompt')),
          end: false,
        };
      }
      break;
    case 'chooseRoutine':
      return { state, progress: turn.progress, speech: new Speech().say(t.text('stop.goodbye')), end: true };
    case undefined:
      break;
  }
  return offerMenu(turn, new Speech(), true);
}

export const YesHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.YesIntent'),
  handle: (input) => respond(input, answerYes(getTurnContext(input))),
};

export const NoHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.NoIntent'),
  handle: (input) => respond(input, answerNo(getTurnContext(input))),
};
