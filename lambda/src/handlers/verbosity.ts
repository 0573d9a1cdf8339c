import type { RequestHandler } from 'ask-sdk-core';
import { holdPlace, lastPrompt, type CoachReply } from '../coach/coaching';
import { Speech } from '../speech/ssml';
import { getTurnContext } from '../voice/context';
import { respond } from '../voice/respond';
import { isIntent, resolvedSlotId } from '../voice/slots';

/**
 * "Less talking" / "more detail". The choice is kept with the user's progress, so
 * it holds for the rest of the session and the next one. The conversation stays
 * where it was: the previous prompt is asked again.
 */
export const SetVerbosityHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'SetVerbosityIntent'),
  handle: (input) => {
    const turn = getTurnContext(input);
    const { t } = turn;
    const state = holdPlace(turn.state, turn.now);
    const choice = resolvedSlotId(input, 'verbosity');
    const reprompt = lastPrompt(turn);
    if (choice !== 'brief' && choice !== 'detailed') {
      const reply: CoachReply = { state, progress: turn.progress, speech: new Speech().say(t.text('verbosity.unknown')), reprompt, end: false };
      return respond(input, reply);
    }
    const reply: CoachReply = {
      state,
      progress: { ...turn.progress, brief: choice === 'brief' },
      speech: new Speech().say(t.text(`verbosity.${choice}`)).append(reprompt),
      reprompt,
      end: false,
    };
    return respond(input, reply);
  },
};
