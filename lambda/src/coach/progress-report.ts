import { Speech } from '../speech/ssml';
import { aside } from './asides';
import { getRoutine } from './catalog';
import { stretchName } from './narration';
import { offerMenu, offerResume } from './offers';
import { placeAfter, stretchAt } from './place';
import { secondsFrom } from './routine-length';
import type { CoachReply, CoachTurn } from './turn';

/**
 * "How much longer?": which stretch of how many, and the minutes left from the place to
 * come (this one again when the user cut into it). Outside a routine, the question before.
 */
export function routineProgress(turn: CoachTurn): CoachReply {
  const { t, state } = turn;
  if (state.kind !== 'waiting') {
    const lead = new Speech().say(t.text('progress.none'));
    if (state.kind === 'offer') return aside(turn, lead);
    // Asked straight away ("ask upper back coach how much longer"): the saved place, if there is one.
    if (turn.progress.unfinished) return offerResume(turn, turn.progress.unfinished, lead);
    return offerMenu(turn, lead, true);
  }
  const { place } = state;
  const from = state.stage === 'done' ? placeAfter(place) : place;
  const seconds = from ? secondsFrom(t, from, turn.progress.brief) : 0;
  const lead = new Speech().say(
    t.text('progress.where', {
      name: stretchName(t, stretchAt(place).id),
      number: place.stretch + 1,
      total: getRoutine(place.routine).steps.length,
    }),
    t.text('progress.left', { count: Math.max(1, Math.round(seconds / 60)) }),
  );
  return aside(turn, lead);
}
