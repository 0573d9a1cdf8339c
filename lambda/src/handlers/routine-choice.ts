import type { SkillHandler } from './skill-handler';
import { aside } from '../coach/asides';
import { isRoutineId } from '../coach/catalog';
import { offerMenu, routineList } from '../coach/offers';
import { startRoutine } from '../coach/routine-flow';
import type { CoachReply, CoachTurn } from '../coach/turn';
import { Speech } from '../speech/ssml';
import { getTurnContext } from '../voice/context';
import { respond } from '../voice/respond';
import { isIntent, resolvedSlotId, slotWasHeard } from '../voice/slots';

/**
 * Starting a routine by its id; `named`: the user asked for one (words that matched no
 * routine, or an id the catalogue does not have), rather than for a routine in general.
 * The spoken request and a touch on a routine's card both answer with this.
 */
export function chooseRoutine(turn: CoachTurn, routine: string | undefined, named: boolean): CoachReply {
  if (isRoutineId(routine)) return startRoutine(turn, routine);
  const lead = new Speech();
  if (named) lead.say(turn.t.text('routine.unknown'));
  // Mid-routine, words that only looked like a routine request must not drop the routine.
  if (turn.state.kind === 'waiting') return aside(turn, lead.isEmpty() ? lead.say(turn.t.text('fallback.sorry')) : lead);
  return offerMenu(turn, lead);
}

/** "Start the desk break", "something quick", "I'm at my desk": the routine slot carries the need as an id. */
export const StartRoutineHandler: SkillHandler = {
  canHandle: (input) => isIntent(input, 'StartRoutineIntent'),
  handle: (input) => respond(input, chooseRoutine(getTurnContext(input), resolvedSlotId(input, 'routine'), slotWasHeard(input, 'routine'))),
};

/** "What routines are there?": each routine with its length; mid-routine the place is kept. */
export const ListRoutinesHandler: SkillHandler = {
  canHandle: (input) => isIntent(input, 'ListRoutinesIntent'),
  handle: (input) => {
    const turn = getTurnContext(input);
    const list = routineList(turn);
    if (turn.state.kind !== 'menu') return respond(input, aside(turn, list));
    return respond(input, { ...offerMenu(turn), speech: list.say(turn.t.text('menu.choose')) });
  },
};
