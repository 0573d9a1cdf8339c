import type { Translator } from '../localization/translator';
import { estimateSpokenSeconds } from '../speech/ssml';
import { routineStretches, type RoutineId } from './catalog';
import { narrateStretch } from './narration';

/**
 * How long a routine takes, measured from its own narration in the user's language
 * and instruction level (every side, every cue), so the minutes we announce follow
 * the content instead of a number typed next to it.
 */
const cache = new Map<string, number>();

export function routineSeconds(t: Translator, routine: RoutineId, brief: boolean): number {
  const key = `${t.locale}:${routine}:${brief}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  let seconds = 0;
  for (const stretch of routineStretches(routine)) {
    for (let side = 0; side < stretch.sides; side++) {
      const ssml = narrateStretch(t, stretch, side, { brief, withBenefit: false }).toSsml();
      seconds += estimateSpokenSeconds(ssml) + TRANSITION_SECONDS;
    }
  }
  cache.set(key, seconds);
  return seconds;
}

/** Saying what comes next and the user answering "next". */
export const TRANSITION_SECONDS = 3;

export function routineMinutes(t: Translator, routine: RoutineId, brief: boolean): number {
  return Math.max(1, Math.round(routineSeconds(t, routine, brief) / 60));
}
