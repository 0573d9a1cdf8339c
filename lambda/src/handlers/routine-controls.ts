import type { HandlerInput } from 'ask-sdk-core';
import type { SkillHandler } from './skill-handler';
import type { Response } from 'ask-sdk-model';
import { offerMenu } from '../coach/offers';
import type { Place } from '../coach/place';
import {
  continueRoutine,
  nextPlace,
  pauseRoutine,
  previousPlace,
  repeatPlace,
  restartRoutine,
  resumePlace,
  skipStretch,
} from '../coach/routine-flow';
import type { Waiting } from '../coach/session';
import type { CoachReply } from '../coach/turn';
import { Speech } from '../speech/ssml';
import { getTurnContext, type TurnContext } from '../voice/context';
import { respond } from '../voice/respond';
import { isIntent } from '../voice/slots';

/** The unfinished routine the user could pick up: the one just offered, or the stored one. */
function storedPlace(turn: TurnContext): Place | undefined {
  const stored = turn.state.kind === 'offer' ? turn.state.place : turn.progress.unfinished;
  return stored && { routine: stored.routine, stretch: stored.stretch, side: stored.side };
}

const nothingInProgress = (turn: TurnContext) => offerMenu(turn, new Speech().say(turn.t.text('resume.nothing')));

/** Carries on with the routine left from last time, if there is one. */
function resumeStoredPlace(turn: TurnContext): CoachReply {
  const place = storedPlace(turn);
  return place ? resumePlace(turn, place) : nothingInProgress(turn);
}

/**
 * Next, back, repeat, start over, pause and resume, as answers to the turn: each acts on
 * the place the user is in (the one playing when they cut in); with no routine under way
 * they say so and offer the menu. The spoken commands and the touch buttons (touch.ts)
 * both answer with these.
 */
function routineControl(
  inRoutine: (turn: TurnContext, at: Waiting) => CoachReply,
  outside: (turn: TurnContext) => CoachReply = nothingInProgress,
): (turn: TurnContext) => CoachReply {
  return (turn) => (turn.state.kind === 'waiting' ? inRoutine(turn, turn.state) : outside(turn));
}

/** The handler for an intent that answers with `answer`. */
function answering(intent: string, answer: (turn: TurnContext) => CoachReply): SkillHandler {
  return {
    canHandle: (input) => isIntent(input, intent),
    handle: (input: HandlerInput): Promise<Response> => respond(input, answer(getTurnContext(input))),
  };
}

/**
 * "Next" (or "ready") moves on; after a report of discomfort, "skip it" leaves out the
 * whole stretch. With a routine waiting from last time, it carries on with that.
 */
export const answerNext = routineControl((turn, at) => (at.question === 'skip' ? skipStretch(turn, at) : nextPlace(turn, at)), resumeStoredPlace);

export const answerBack = routineControl(previousPlace);

/** Repeat does the whole current stretch again; outside a routine it repeats the last answer. */
export const answerRepeat = routineControl(repeatPlace, (turn) => {
  const said = turn.state.kind === 'menu' || turn.state.kind === 'offer' ? turn.state.said : undefined;
  if (!said) return offerMenu(turn);
  return { state: turn.state, progress: turn.progress, speech: new Speech().raw(said.speech), reprompt: new Speech().raw(said.reprompt), end: false };
});

/** Start over also answers the offer to resume: the offered routine starts from the top. */
const answerStartOver = routineControl(
  (turn, at) => restartRoutine(turn, at.place.routine, at.body),
  (turn) => {
    const place = storedPlace(turn);
    return place ? restartRoutine(turn, place.routine, undefined) : nothingInProgress(turn);
  },
);

export const answerPause = routineControl(pauseRoutine, (turn) => offerMenu(turn, new Speech().say(turn.t.text('pause.nothing'))));

/**
 * Resume mid-session continues the routine; at the start of a session ("pick up
 * where I left off") it resumes the stored place, even as a one-shot.
 */
export const answerResume = routineControl((turn, at) => continueRoutine(turn, at), resumeStoredPlace);

export const NextHandler = answering('AMAZON.NextIntent', answerNext);
export const PreviousHandler = answering('AMAZON.PreviousIntent', answerBack);
export const RepeatHandler = answering('AMAZON.RepeatIntent', answerRepeat);
export const StartOverHandler = answering('AMAZON.StartOverIntent', answerStartOver);
export const PauseHandler = answering('AMAZON.PauseIntent', answerPause);
export const ResumeHandler = answering('AMAZON.ResumeIntent', answerResume);
