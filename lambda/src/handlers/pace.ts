import type { SkillHandler } from './skill-handler';
import { aside } from '../coach/asides';
import { offerMenu } from '../coach/offers';
import { PACES, type Pace } from '../coach/progress';
import { continueRoutine } from '../coach/routine-flow';
import { Speech } from '../speech/ssml';
import { getTurnContext } from '../voice/context';
import { respond } from '../voice/respond';
import { isIntent, resolvedSlotId } from '../voice/slots';

function toPace(id: string | undefined): Pace | undefined {
  return (PACES as readonly (string | undefined)[]).includes(id) ? (id as Pace) : undefined;
}

/**
 * "Keep going" / "one at a time". The choice is kept with the user's progress. "Keep
 * going" also carries on with the routine; "one at a time" keeps the place and asks
 * how to go on.
 */
export const SetPaceHandler: SkillHandler = {
  canHandle: (input) => isIntent(input, 'SetPaceIntent'),
  handle: (input) => {
    const turn = getTurnContext(input);
    const { t, state } = turn;
    const pace = toPace(resolvedSlotId(input, 'pace'));
    if (!pace) return respond(input, aside(turn, new Speech().say(t.text('pace.unknown'))));
    const chosen = { ...turn, progress: { ...turn.progress, pace } };
    // "Keep going" as the answer to "shall I keep going?" needs no word about the pace.
    const lead = pace === turn.progress.pace && pace === 'flow' ? new Speech() : new Speech().say(t.text(`pace.${pace}`));
    if (state.kind === 'waiting' && pace === 'flow') return respond(input, continueRoutine(chosen, state, lead));
    if (state.kind === 'menu' && !state.said) return respond(input, offerMenu(chosen, lead, true));
    return respond(input, aside(chosen, lead));
  },
};
