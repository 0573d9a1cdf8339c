import type { Translator } from '../localization/translator';
import { Speech } from '../speech/ssml';
import { secondRoundKeys, stretchName } from './narration';
import { offerReprompt } from './offers';
import { reminderReprompt } from './reminder-flow';
import { placeAfter, stretchAt } from './place';
import type { Waiting } from './session';
import type { CoachReply, CoachTurn } from './turn';

/**
 * Anything said on the side (a safety answer, help, "how much longer", "less talking",
 * words not understood) keeps the user where they were and asks the question that
 * takes them on. What comes next after an aside is worded here, for the whole skill.
 */

/** In a routine, what "continue" does from here: back to the place, or on to the next one. */
function continueOffer(t: Translator, at: Waiting): string {
  if (at.question === 'skip') return t.text('asides.offer.skip');
  const next = at.stage === 'done' ? placeAfter(at.place) : undefined;
  if (!next) {
    const name = stretchName(t, stretchAt(at.place).id);
    return t.text(at.stage === 'ahead' ? 'asides.offer.next' : 'asides.offer.back', { name });
  }
  if (next.stretch === at.place.stretch) return t.text(secondRoundKeys(stretchAt(next)).offer);
  return t.text('asides.offer.next', { name: stretchName(t, stretchAt(next).id) });
}

/** The question to ask again after an aside: in a routine how to go on, outside it the last question asked. */
export function questionNow(turn: CoachTurn): Speech {
  const { t, state } = turn;
  switch (state.kind) {
    case 'waiting':
      return new Speech().say(continueOffer(t, state));
    case 'offer':
      return state.said ? new Speech().raw(state.said.reprompt) : offerReprompt(turn, state.place);
    case 'reminder':
    case 'automation':
      return reminderReprompt(turn, state) ?? questionNow({ ...turn, state: state.back });
    default:
      return state.kind === 'menu' && state.said ? new Speech().raw(state.said.reprompt) : new Speech().say(t.text('menu.reprompt'));
  }
}

/** Say `lead`, keep the place, and ask the question that goes on from it. */
export function aside(turn: CoachTurn, lead: Speech): CoachReply {
  const question = questionNow(turn);
  return { state: turn.state, progress: turn.progress, speech: lead.append(question), reprompt: question, end: false };
}
