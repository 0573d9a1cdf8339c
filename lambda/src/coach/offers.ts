import { Speech } from '../speech/ssml';
import { ROUTINE_IDS } from './catalog';
import { relativeDay } from './calendar';
import { routineName, stretchName } from './narration';
import { stretchAt, type Place } from './place';
import type { UnfinishedRoutine } from './progress';
import { routineMinutes } from './routine-length';
import { menu, offer } from './session';
import type { CoachReply, CoachTurn } from './turn';

/** What the skill offers outside a routine: the routines, or the one left unfinished another day. */

/** The menu of routines, as a question. */
export function offerMenu(turn: CoachTurn, lead: Speech = new Speech(), short = false): CoachReply {
  const { t } = turn;
  return {
    state: menu(),
    progress: turn.progress,
    speech: lead.say(t.text(short ? 'menu.askShort' : 'menu.ask')),
    reprompt: new Speech().say(t.text('menu.reprompt')),
    end: false,
  };
}

/** Every routine with its length. */
export function routineList(turn: CoachTurn): Speech {
  const { t } = turn;
  const list = new Speech().say(t.text('menu.intro'));
  for (const routine of ROUTINE_IDS) {
    list.say(
      t.text('menu.item', {
        name: routineName(t, routine),
        minutes: routineMinutes(t, routine, turn.progress.brief),
        description: t.text(`routines.${routine}.description`),
      }),
    );
  }
  return list;
}

/** The words that name an offered place, for the offer and its reprompt. */
function offerVars(turn: CoachTurn, place: Place) {
  return { stretch: stretchName(turn.t, stretchAt(place).id), routine: routineName(turn.t, place.routine) };
}

/** "Say yes to pick up at seated twist, or no to choose a routine." */
export function offerReprompt(turn: CoachTurn, place: Place): Speech {
  return new Speech().say(turn.t.text('offer.reprompt', offerVars(turn, place)));
}

/** Offers to pick up an unfinished routine, saying when it was left in the user's own days. */
export function offerResume(turn: CoachTurn, unfinished: UnfinishedRoutine, lead: Speech = new Speech()): CoachReply {
  const { t } = turn;
  const place: Place = { routine: unfinished.routine, stretch: unfinished.stretch, side: unfinished.side };
  const vars = offerVars(turn, place);
  const when = relativeDay(unfinished.at, turn.now, turn.timeZone);
  const question =
    when.kind === 'thisWeek'
      ? t.text('offer.weekday', { ...vars, day: t.list('weekdays')[when.weekday] ?? '' })
      : t.text(`offer.${when.kind}`, vars);
  return {
    state: offer(place),
    progress: turn.progress,
    speech: lead.say(question),
    reprompt: offerReprompt(turn, place),
    end: false,
  };
}
