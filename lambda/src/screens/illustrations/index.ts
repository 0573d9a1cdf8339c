import { STRETCHES, getStretch } from '../../coach/catalog';
import type { AvgGraphic } from './avg';
import { mirrorGraphic } from './kit';
import { LOWER_POSES, POSES } from './poses';

export type { AvgGraphic } from './avg';

/**
 * The stretch illustrations as AVG, by name: one per stretch, and one more for the second
 * round where it looks different (the other side, mirrored; the chair backrest stretch a
 * little lower). Drawn on first use and kept: only screen devices ever need them, and this
 * module is loaded only by the screen renderer, never on a Lambda's launch path.
 */

/** Each stretch's names, first side and second (the same when it has one side): asked for every frame of every screen. */
const illustrationNames = new Map<string, readonly [string, string]>();

/** The graphic's name in an APL document's `graphics`: letters, digits and underscores only. */
export function illustrationName(stretchId: string, side: number): string {
  let names = illustrationNames.get(stretchId);
  if (!names) {
    const base = `ubc_${stretchId.replace(/-/g, '_')}`;
    names = getStretch(stretchId).sides > 1 ? [base, `${base}_2`] : [base, base];
    illustrationNames.set(stretchId, names);
  }
  return side > 0 ? names[1] : names[0];
}

let drawn: ReadonlyMap<string, AvgGraphic> | undefined;

function drawAll(): ReadonlyMap<string, AvgGraphic> {
  const all = new Map<string, AvgGraphic>();
  for (const stretch of STRETCHES) {
    const draw = POSES[stretch.id];
    if (!draw) continue;
    const first = draw().toAvg(stretch.id);
    all.set(illustrationName(stretch.id, 0), first);
    if (stretch.sides < 2) continue;
    const lower = LOWER_POSES[stretch.id];
    all.set(
      illustrationName(stretch.id, 1),
      stretch.secondRound === 'lower' && lower ? lower().toAvg(`${stretch.id}, lower`) : mirrorGraphic(first, `${stretch.id}, other side`),
    );
  }
  return all;
}

/** Every illustration, by name. */
export function illustrations(): ReadonlyMap<string, AvgGraphic> {
  return (drawn ??= drawAll());
}

/** The drawing for one side (or round) of a stretch; undefined when the stretch has none. */
export function illustrationFor(stretchId: string, side: number): AvgGraphic | undefined {
  return illustrations().get(illustrationName(stretchId, side));
}
