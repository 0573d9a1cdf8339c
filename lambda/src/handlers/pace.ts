import type { RequestHandler } from 'ask-sdk-core';
import { askAgain, continueRoutine, offerMenu } from '../coach/coaching';
import { PACES, type Pace } from '../coach/progress';
import { Speech } from '../speech/ssml';
import { getTurnContext } from '../voice/context';
import { respond } from '../voice/respond';
import { isIntent, resolvedSlotId } from '../voice/slots';

function toPace(id: string | undefined): Pace | undefined {
  return (PACES as readonly (string | undefined)[]).includes(id) ? (id as Pace) : undefined;
}

/**
 * "Keep going" / "one at a time". The choice is kept with the user's progress. "Keep going"
 * also carries on with the routine; "one at a time" keeps the place and asks again.
 */
export const SetPaceHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'SetPaceIntent'),
  handle: (input) => {
    const turn = getTurnContext(input);
    const { t } = turn;
    const pace = toPace(resolvedSlotId(input, 'pace'));
    if (!pace) return respond(input, askAgain(turn, new Speech().say(t.text('pace.unknown'))));
    const chosen = { ...turn, progress: { ...turn.progress, pace } };
    const lead = new Speech().say(t.text(`pace.${pace}`));
    const position = turn.state.position;
    if (position && pace === 'flow') return respond(input, continueRoutine(chosen, position, lead));
    if (position || turn.state.lastSpeech) return respond(input, askAgain(chosen, lead));
    return respond(input, offerMenu(chosen, lead, true));
  },
};
