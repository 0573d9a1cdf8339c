import type { HandlerInput } from 'ask-sdk-core';
import type { SkillHandler } from './skill-handler';
import type { CoachReply } from '../coach/turn';
import { getTurnContext, type TurnContext } from '../voice/context';
import { respond } from '../voice/respond';
import { isRequestType, TOUCH_REQUEST } from '../voice/slots';
import { notUnderstood } from './fallback';
import { answerBack, answerNext, answerPause, answerRepeat, answerResume } from './routine-controls';
import { chooseRoutine } from './routine-choice';
import { answerStop } from './stop';

/**
 * A touch on the screen: the buttons and cards send `SendEvent` with the arguments below,
 * and each is answered by the very function that answers the same words spoken ("next",
 * "go back", "pause", "resume", "repeat", "stop", "start the desk break"). Like every
 * request, a touch during a narration was first settled against its timeline, from what
 * the screen showed (coach/hearing.ts).
 */
const TOUCHES: Readonly<Record<string, (turn: TurnContext, args: readonly unknown[]) => CoachReply>> = {
  next: answerNext,
  back: answerBack,
  pause: answerPause,
  resume: answerResume,
  repeat: answerRepeat,
  stop: answerStop,
  // A card names its routine by the catalogue's id, as the routine slot resolves to.
  start: (turn, [routine]) => chooseRoutine(turn, typeof routine === 'string' ? routine : undefined, true),
};

/** The SendEvent arguments of a touch; anything malformed is no arguments. */
function touchArguments(input: HandlerInput): readonly unknown[] {
  const args = (input.requestEnvelope.request as { arguments?: unknown }).arguments;
  return Array.isArray(args) ? args : [];
}

/** A touch the skill does not know (an old screen, a malformed event) is answered as words not understood. */
export const TouchHandler: SkillHandler = {
  canHandle: (input) => isRequestType(input, TOUCH_REQUEST),
  handle: (input) => {
    const turn = getTurnContext(input);
    const [command, ...rest] = touchArguments(input);
    const answer = typeof command === 'string' && Object.hasOwn(TOUCHES, command) ? TOUCHES[command] : undefined;
    return respond(input, answer ? answer(turn, rest) : notUnderstood(turn));
  },
};
