import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import {
  continueRoutine,
  nextSegment,
  offerMenu,
  pauseRoutine,
  previousSegment,
  repeatSegment,
  restartRoutine,
  skipCurrentStretch,
  resumeAt,
  type CoachReply,
} from '../coach/coaching';
import type { Position } from '../coach/session';
import { Speech } from '../speech/ssml';
import { getTurnContext, type TurnContext } from '../voice/context';
import { respond } from '../voice/respond';
import { isIntent } from '../voice/slots';

/** The unfinished routine the user could pick up: the one just offered, or the stored one. */
function storedPlace(turn: TurnContext): Position | undefined {
  const stored = turn.state.offer ?? turn.progress.unfinished;
  return stored && { routine: stored.routine, stretch: stored.stretch, side: stored.side };
}

const nothingInProgress = (turn: TurnContext) => offerMenu(turn, new Speech().say(turn.t.text('resume.nothing')));

/** Carries on with the routine left from last time, if there is one. */
function resumeStoredPlace(turn: TurnContext): CoachReply {
  const place = storedPlace(turn);
  return place ? resumeAt(turn, place) : nothingInProgress(turn);
}

/**
 * Next, back, repeat, start over, pause and resume. Each acts on the current
 * position; with no routine under way they say so and offer the menu.
 */
function routineControl(
  intent: string,
  inRoutine: (turn: TurnContext, position: Position) => CoachReply,
  outside: (turn: TurnContext) => CoachReply = nothingInProgress,
): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, intent),
    handle: (input: HandlerInput): Promise<Response> => {
      const turn = getTurnContext(input);
      const position = turn.state.position;
      return respond(input, position ? inRoutine(turn, position) : outside(turn));
    },
  };
}

/** "Next" with a routine waiting from last time carries on with it, as "resume" does. */
/** After a report of discomfort, "skip it" (a next) skips the whole stretch, not just this side. */
export const NextHandler = routineControl(
  'AMAZON.NextIntent',
  (turn, position) => (turn.state.pending === 'skip' ? skipCurrentStretch(turn, position) : nextSegment(turn, position)),
  resumeStoredPlace,
);

export const PreviousHandler = routineControl('AMAZON.PreviousIntent', previousSegment);

/** Repeat does the whole current stretch again; outside a routine it repeats the last prompt. */
export const RepeatHandler = routineControl('AMAZON.RepeatIntent', repeatSegment, (turn) => {
  const last = turn.state.lastSpeech;
  if (!last) return offerMenu(turn);
  return {
    state: turn.state,
    progress: turn.progress,
    speech: new Speech().raw(last.speech ?? last.reprompt),
    reprompt: new Speech().raw(last.reprompt),
    end: false,
  };
});

/** Start over also answers the offer to resume: the offered routine starts from the top. */
export const StartOverHandler = routineControl(
  'AMAZON.StartOverIntent',
  (turn, position) => restartRoutine(turn, position.routine),
  (turn) => {
    const place = storedPlace(turn);
    return place ? restartRoutine(turn, place.routine) : nothingInProgress(turn);
  },
);

export const PauseHandler = routineControl('AMAZON.PauseIntent', pauseRoutine, (turn) =>
  offerMenu(turn, new Speech().say(turn.t.text('pause.nothing'))),
);

/**
 * Resume mid-session continues the routine; at the start of a session ("pick up
 * where I left off") it resumes the stored position, even as a one-shot.
 */
export const ResumeHandler = routineControl(
  'AMAZON.ResumeIntent',
  (turn, position) => continueRoutine(turn, position),
  resumeStoredPlace,
);
