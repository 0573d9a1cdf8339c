import { Speech } from '../speech/ssml';
import { getRoutine } from './catalog';
import { askAgain, asideInRoutine, holdPlace, lastPrompt, offerMenu, offerResume, type CoachReply, type CoachTurn } from './coaching';
import { stretchName } from './narration';
import { secondsFrom } from './routine-length';
import { advancePosition, currentStretchId, isMidStretch } from './session';

/**
 * "How much longer?": which stretch of how many, and the minutes left from the stretch to
 * come (this one again when the user cut into it). Outside a routine, the question before.
 */
export function routineProgress(turn: CoachTurn): CoachReply {
  const { t, state } = turn;
  const position = state.position;
  if (!position) {
    const lead = new Speech().say(t.text('progress.none'));
    if (state.offer && state.lastSpeech) return askAgain(turn, lead);
    // Asked straight away ("ask upper back coach how much longer"): the saved place, if there is one.
    if (turn.progress.unfinished) return offerResume(turn, turn.progress.unfinished, lead);
    return offerMenu(turn, lead, true);
  }
  const from = isMidStretch(state, turn.now) ? position : advancePosition(position);
  const seconds = from ? secondsFrom(t, from, turn.progress.brief) : 0;
  const lead = new Speech().say(
    t.text('progress.where', {
      name: stretchName(t, currentStretchId(position)),
      number: position.stretch + 1,
      total: getRoutine(position.routine).steps.length,
    }),
    t.text('progress.left', { count: Math.max(1, Math.round(seconds / 60)) }),
  );
  return asideInRoutine(turn, lead) ?? { state: holdPlace(state, turn.now), progress: turn.progress, speech: lead, reprompt: lastPrompt(turn), end: false };
}
