import { ROUTINE_IDS, routineStretches, type RoutineId, type Stretch } from './catalog';
import { integer, oneOf, type Shape } from './reader';

/**
 * A place in a routine: one side of one stretch (or, for a stretch done at two
 * heights, one round). A routine is the list of its places in order; everything the
 * skill remembers about where a user is names a place.
 */
export type Place = {
  routine: RoutineId;
  /** The stretch's index in the routine. */
  stretch: number;
  /** 0 or 1: the side (or round) of the stretch. */
  side: number;
};

/** A place's fields as read back from the session or a store (isValidPlace then checks it is in its routine). */
export const PLACE_FIELDS: Shape<Place> = { routine: oneOf(ROUTINE_IDS), stretch: integer(0), side: integer(0, 1) };

export function isValidPlace(place: Place): boolean {
  const stretch = routineStretches(place.routine)[place.stretch];
  return stretch !== undefined && place.side < stretch.sides;
}

export function firstPlace(routine: RoutineId): Place {
  return { routine, stretch: 0, side: 0 };
}

/** The stretch at a place, with the routine's own hold lengths. */
export function stretchAt(place: Place): Stretch {
  const stretch = routineStretches(place.routine)[place.stretch];
  if (!stretch) throw new Error(`Place outside routine ${place.routine}`);
  return stretch;
}

/** The place after this one, or undefined at the end of the routine. */
export function placeAfter(place: Place): Place | undefined {
  const stretches = routineStretches(place.routine);
  const stretch = stretches[place.stretch];
  if (stretch && place.side + 1 < stretch.sides) return { ...place, side: place.side + 1 };
  if (place.stretch + 1 < stretches.length) return { ...place, stretch: place.stretch + 1, side: 0 };
  return undefined;
}

/** The place before this one; the first place stays where it is. */
export function placeBefore(place: Place): Place {
  if (place.side > 0) return { ...place, side: place.side - 1 };
  if (place.stretch === 0) return place;
  const previous = routineStretches(place.routine)[place.stretch - 1];
  return { ...place, stretch: place.stretch - 1, side: (previous?.sides ?? 1) - 1 };
}

/** The first side of the next stretch, leaving out the rest of this one; undefined after the last. */
export function nextStretch(place: Place): Place | undefined {
  return place.stretch + 1 < routineStretches(place.routine).length ? { ...place, stretch: place.stretch + 1, side: 0 } : undefined;
}

export function isFirstPlace(place: Place): boolean {
  return place.stretch === 0 && place.side === 0;
}

export function samePlace(a: Place, b: Place): boolean {
  return a.routine === b.routine && a.stretch === b.stretch && a.side === b.side;
}
