import type { Equipment, Posture, Stretch } from './catalog';

/**
 * Moves that take a person more than the few seconds of a stretch's setup: getting down
 * onto the floor, getting up from it, or going to fetch or find something (a wall, a
 * doorway, a towel, a foam roller). A routine narrated straight through stops before
 * these and waits for "ready"; everything else (sitting down, standing up, turning in a
 * chair) happens while the setup is being said.
 */
export type PostureChange = 'floor' | 'up' | 'wall' | 'doorway' | 'towel' | 'foamRoller';

const FLOOR_POSTURES: ReadonlySet<Posture> = new Set(['handsAndKnees', 'lyingOnBack', 'lyingOnStomach', 'seatedOnFloor']);

/** Equipment somebody has to go and find, or go to. */
const FETCHED: ReadonlySet<Equipment> = new Set(['wall', 'doorway', 'towel', 'foamRoller']);

function isOnFloor(stretch: Stretch): boolean {
  return FLOOR_POSTURES.has(stretch.posture);
}

/**
 * The slow move between two stretches, if any. `from` undefined: where the person is
 * now is not known (a routine starting, or picked up another day), so anything on the
 * floor or with fetched equipment needs time first.
 */
export function postureChange(from: Stretch | undefined, to: Stretch): PostureChange | undefined {
  const fetched = FETCHED.has(to.equipment) ? (to.equipment as PostureChange) : undefined;
  if (!from) return isOnFloor(to) ? 'floor' : fetched;
  if (from.id === to.id) return undefined;
  if (!isOnFloor(from) && isOnFloor(to)) return 'floor';
  if (isOnFloor(from) && !isOnFloor(to)) return 'up';
  return fetched && to.equipment !== from.equipment ? fetched : undefined;
}
