import type { RequestHandler } from 'ask-sdk-core';
import { aside } from '../coach/asides';
import { isRoutineId } from '../coach/catalog';
import { offerMenu, routineList } from '../coach/offers';
import { startRoutine } from '../coach/routine-flow';
import { Speech } from '../speech/ssml';
import { getTurnContext } from '../voice/context';
import { respond } from '../voice/respond';
import { isIntent, resolvedSlotId, slotWasHeard } from '../voice/slots';

/** "Start the desk break", "something quick", "I'm at my desk": the routine slot carries the need as an id. */
export const StartRoutineHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'StartRoutineIntent'),
  handle: (input) => {
    const turn = getTurnContext(input);
    const routine = resolvedSlotId(input, 'routine');
    if (isRoutineId(routine)) return respond(input, startRoutine(turn, routine));
    const lead = new Speech();
    if (slotWasHeard(input, 'routine')) lead.say(turn.t.text('routine.unknown'));
    // Mid-routine, words that only looked like a routine request must not drop the routine.
    if (turn.state.kind === 'waiting') return respond(input, aside(turn, lead.isEmpty() ? lead.say(turn.t.text('fallback.routine')) : lead));
    return respond(input, offerMenu(turn, lead));
  },
};

/** "What routines are there?": each routine with its length; mid-routine the place is kept. */
export const ListRoutinesHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'ListRoutinesIntent'),
  handle: (input) => {
    const turn = getTurnContext(input);
    const list = routineList(turn);
    if (turn.state.kind !== 'menu') return respond(input, aside(turn, list));
    return respond(input, { ...offerMenu(turn), speech: list.say(turn.t.text('menu.choose')) });
  },
};
