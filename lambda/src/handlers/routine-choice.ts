import type { RequestHandler } from 'ask-sdk-core';
import { holdPlace, listRoutines, offerMenu, startRoutine } from '../coach/coaching';
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
    const last = turn.state.lastSpeech;
    if (turn.state.position && last) {
      const reprompt = new Speech().raw(last.reprompt);
      return respond(input, {
        state: holdPlace(turn.state, turn.now),
        progress: turn.progress,
        speech: (lead.isEmpty() ? lead.say(turn.t.text('fallback.routine')) : lead).append(reprompt),
        reprompt,
        end: false,
      });
    }
    return respond(input, offerMenu(turn, lead));
  },
};

/** "What routines are there?": each routine with its length. */
export const ListRoutinesHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'ListRoutinesIntent'),
  handle: (input) => respond(input, listRoutines(getTurnContext(input))),
};
