import type { Translator } from '../localization/translator';
import { routineStretches, type RoutineId, type Stretch } from './catalog';
import { narrateStretch } from './narration';
import type { Place } from './place';

/**
 * How long a routine takes, measured from its own narration in the user's language
 * and instruction level (every side, every cue), so the minutes we announce follow
 * the content instead of a number typed next to it. Measured once per language.
 */

function sideSeconds(t: Translator, stretch: Stretch, side: number, brief: boolean): number {
  return narrateStretch(t, stretch, side, { brief, withBenefit: false }).seconds + TRANSITION_SECONDS;
}

/** Seconds from the start of the place `from` to the routine's end. */
export function secondsFrom(t: Translator, from: Place, brief: boolean): number {
  return t.memo(`secondsFrom|${from.routine}|${from.stretch}|${from.side}|${brief}`, () => {
    let seconds = 0;
    routineStretches(from.routine).forEach((stretch, index) => {
      for (let side = 0; side < stretch.sides; side++) {
        if (index > from.stretch || (index === from.stretch && side >= from.side)) seconds += sideSeconds(t, stretch, side, brief);
      }
    });
    return seconds;
  });
}

export function routineSeconds(t: Translator, routine: RoutineId, brief: boolean): number {
  return secondsFrom(t, { routine, stretch: 0, side: 0 }, brief);
}

/** Saying what comes next, and now and then the user answering. */
const TRANSITION_SECONDS = 3;

export function routineMinutes(t: Translator, routine: RoutineId, brief: boolean): number {
  return Math.max(1, Math.round(routineSeconds(t, routine, brief) / 60));
}
