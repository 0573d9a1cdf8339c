import type { RequestHandler } from 'ask-sdk-core';
import { asideInRoutine, listRoutines, offerMenu, startRoutine } from '../coach/coaching';
import { isRoutineId } from '../coach/catalog';
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
    const aside = asideInRoutine(turn, lead.isEmpty() ? new Speech().say(turn.t.text('fallback.routine')) : lead);
    return respond(input, aside ?? offerMenu(turn, lead));
  },
};

/** "What routines are there?": each routine with its length. */
export const ListRoutinesHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'ListRoutinesIntent'),
  handle: (input) => respond(input, listRoutines(getTurnContext(input))),
};
