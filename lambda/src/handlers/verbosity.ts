import type { SkillHandler } from './skill-handler';
import { aside } from '../coach/asides';
import { Speech } from '../speech/ssml';
import { getTurnContext } from '../voice/context';
import { respond } from '../voice/respond';
import { isIntent, resolvedSlotId } from '../voice/slots';

/**
 * "Less talking" / "more detail". The choice is kept with the user's progress, so
 * it holds for the rest of the session and the next one. The conversation stays
 * where it was: the question that goes on from there is asked again.
 */
export const SetVerbosityHandler: SkillHandler = {
  canHandle: (input) => isIntent(input, 'SetVerbosityIntent'),
  handle: (input) => {
    const turn = getTurnContext(input);
    const { t } = turn;
    const choice = resolvedSlotId(input, 'verbosity');
    if (choice !== 'brief' && choice !== 'detailed') return respond(input, aside(turn, new Speech().say(t.text('verbosity.unknown'))));
    const chosen = { ...turn, progress: { ...turn.progress, brief: choice === 'brief' } };
    return respond(input, aside(chosen, new Speech().say(t.text(`verbosity.${choice}`))));
  },
};
