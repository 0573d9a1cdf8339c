import type { SkillHandler } from './skill-handler';
import { stretchName } from '../coach/narration';
import { stretchAt } from '../coach/place';
import { Speech } from '../speech/ssml';
import { getTurnContext } from '../voice/context';
import { respond } from '../voice/respond';
import { isIntent } from '../voice/slots';

/** Help depends on where the user is: the controls during a routine, the choices before one. */
export const HelpHandler: SkillHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.HelpIntent'),
  handle: (input) => {
    const turn = getTurnContext(input);
    const { t, state } = turn;
    if (state.kind === 'waiting') {
      const name = stretchName(t, stretchAt(state.place).id);
      return respond(input, {
        state,
        progress: turn.progress,
        speech: new Speech().say(t.text('help.routine', { name })),
        reprompt: new Speech().say(t.text('help.routineReprompt')),
        end: false,
      });
    }
    return respond(input, {
      state,
      progress: turn.progress,
      speech: new Speech().say(t.text('help.menu')),
      reprompt: new Speech().say(t.text('menu.reprompt')),
      end: false,
    });
  },
};
