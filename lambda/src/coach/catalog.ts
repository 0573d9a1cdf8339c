/**
 * The stretch and routine catalogue: ids, postures, equipment, timing and sides.
 * Language-neutral on purpose: every word a user hears lives in `locales/` under
 * `stretches.<id>` and `routines.<id>`, so adding a stretch touches this file and
 * the locale files, never a handler.
 */

/** How the body is placed for a stretch. */
export type Posture =
  | 'seated'
  | 'standing'
  | 'seatedOrStanding'
  | 'handsAndKnees'
  | 'lyingOnBack'
  | 'lyingOnStomach'
  | 'seatedOnFloor';

export type Equipment = 'none' | 'chair' | 'doorway' | 'wall' | 'mat' | 'towel' | 'foamRoller';

/**
 * `hold`: stay still in the stretch for `seconds` (per side).
 * `flow`: keep a slow continuous movement going for `seconds` (rolls, circles, rocking).
 * `reps`: a movement paced rep by rep; each rep speaks the locale phrases in
 * `stretches.<id>.rep` in order, each followed by the matching pause in `phaseSeconds`.
 */
export type TimedForm = { kind: 'hold' | 'flow'; seconds: number };
export type RepsForm = { kind: 'reps'; reps: number; phaseSeconds: readonly number[] };
type StretchForm = TimedForm | RepsForm;

export interface Stretch<Id extends string = StretchId> {
  id: Id;
  posture: Posture;
  equipment: Equipment;
  form: StretchForm;
  /** 2 when the stretch is done once per side (or, for the chair extension, at two heights). */
  sides: 1 | 2;
  /** What the second round is, when it is not the other side: the chair extension goes a little lower. */
  secondRound?: 'lower';
}

/** One stretch in a routine; `seconds` shortens or lengthens a timed hold for this routine only. */
interface RoutineStep {
  id: StretchId;
  seconds?: number;
}

interface Routine {
  id: RoutineId;
  /**
   * Expected length in minutes for a returning user on short instructions, as a range;
   * a test keeps the measured narration inside it. New users hear more setup, which adds
   * a minute or two, and the skill announces the measured figure for each.
   */
  minutes: readonly [number, number];
  /** Whether any stretch is done on the floor (a test keeps this true to the steps). */
  usesFloor: boolean;
  steps: readonly RoutineStep[];
}

const hold = (seconds: number): StretchForm => ({ kind: 'hold', seconds });
const flow = (seconds: number): StretchForm => ({ kind: 'flow', seconds });
const reps = (count: number, ...phaseSeconds: number[]): StretchForm => ({
  kind: 'reps',
  reps: count,
  phaseSeconds,
});

/** Every stretch; their ids are a type (`StretchId`), so a routine step or a translation key that names no stretch fails the type check. */
const STRETCH_TABLE = [
  { id: 'shoulder-rolls', posture: 'seatedOrStanding', equipment: 'none', form: flow(20), sides: 1 },
  { id: 'arm-circles', posture: 'standing', equipment: 'none', form: flow(20), sides: 1 },
  { id: 'chair-back-extension', posture: 'seated', equipment: 'chair', form: hold(20), sides: 2, secondRound: 'lower' },
  { id: 'seated-twist', posture: 'seated', equipment: 'chair', form: hold(20), sides: 2 },
  { id: 'side-reach', posture: 'seated', equipment: 'none', form: hold(20), sides: 2 },
  { id: 'chest-opener', posture: 'standing', equipment: 'none', form: hold(25), sides: 1 },
  { id: 'doorway-chest-stretch', posture: 'standing', equipment: 'doorway', form: hold(30), sides: 1 },
  { id: 'cross-body-arm', posture: 'seatedOrStanding', equipment: 'none', form: hold(20), sides: 2 },
  { id: 'wall-slides', posture: 'standing', equipment: 'wall', form: reps(8, 3, 3), sides: 1 },
  { id: 'wall-lean-extension', posture: 'standing', equipment: 'wall', form: hold(25), sides: 1 },
  { id: 'upward-stretch', posture: 'seatedOrStanding', equipment: 'none', form: hold(15), sides: 1 },
  { id: 'butterfly', posture: 'seatedOrStanding', equipment: 'none', form: reps(5, 5, 2), sides: 1 },
  { id: 'cat-cow', posture: 'handsAndKnees', equipment: 'mat', form: reps(8, 3, 3), sides: 1 },
  { id: 'thread-the-needle', posture: 'handsAndKnees', equipment: 'mat', form: hold(30), sides: 2 },
  { id: 'towel-extension', posture: 'lyingOnBack', equipment: 'towel', form: hold(60), sides: 1 },
  { id: 'foam-roller-extension', posture: 'lyingOnBack', equipment: 'foamRoller', form: flow(30), sides: 1 },
  { id: 'shoulder-blade-reach', posture: 'lyingOnBack', equipment: 'none', form: reps(3, 5, 3), sides: 1 },
  { id: 'knees-to-chest-rock', posture: 'lyingOnBack', equipment: 'mat', form: flow(30), sides: 1 },
  { id: 'single-knee-to-chest', posture: 'lyingOnBack', equipment: 'mat', form: hold(30), sides: 2 },
  { id: 'sitting-rotation', posture: 'seatedOnFloor', equipment: 'none', form: hold(30), sides: 2 },
  { id: 'prone-press-up', posture: 'lyingOnStomach', equipment: 'mat', form: hold(30), sides: 1 },
  { id: 'bridge', posture: 'lyingOnBack', equipment: 'mat', form: hold(20), sides: 1 },
] as const satisfies readonly Stretch<string>[];

export type StretchId = (typeof STRETCH_TABLE)[number]['id'];
export const STRETCHES: readonly Stretch[] = STRETCH_TABLE;

const byIds = (...ids: StretchId[]): RoutineStep[] => ids.map((id) => ({ id }));

export const ROUTINE_IDS = ['desk', 'morning', 'gentle', 'full'] as const;
export type RoutineId = (typeof ROUTINE_IDS)[number];

export const ROUTINES: readonly Routine[] = [
  {
    id: 'desk',
    minutes: [4, 5],
    usesFloor: false,
    // A desk break has to fit a few minutes, so its holds are the short end of 20-30 s.
    steps: [
      { id: 'shoulder-rolls', seconds: 15 },
      { id: 'chair-back-extension', seconds: 15 },
      { id: 'seated-twist', seconds: 20 },
      { id: 'chest-opener', seconds: 15 },
      { id: 'cross-body-arm', seconds: 15 },
    ],
  },
  {
    id: 'morning',
    minutes: [7, 9],
    usesFloor: true,
    steps: byIds('cat-cow', 'thread-the-needle', 'shoulder-blade-reach', 'towel-extension', 'single-knee-to-chest', 'knees-to-chest-rock'),
  },
  {
    // No twisting under load and no floor work: for beginners and sore days.
    id: 'gentle',
    minutes: [4, 5],
    usesFloor: false,
    steps: byIds('shoulder-rolls', 'side-reach', 'butterfly', 'cross-body-arm', 'upward-stretch'),
  },
  {
    // The bridge is the most demanding move, so it only appears here, at the end.
    id: 'full',
    minutes: [11, 13],
    usesFloor: true,
    steps: byIds(
      'shoulder-rolls',
      'doorway-chest-stretch',
      'wall-slides',
      'seated-twist',
      'cat-cow',
      'thread-the-needle',
      'foam-roller-extension',
      'sitting-rotation',
      'prone-press-up',
      'bridge',
    ),
  },
];

const stretchById = new Map<string, Stretch>(STRETCHES.map((s) => [s.id, s]));
const routineById = new Map(ROUTINES.map((r) => [r.id, r]));

export function isRoutineId(value: unknown): value is RoutineId {
  return typeof value === 'string' && (ROUTINE_IDS as readonly string[]).includes(value);
}

export function getStretch(id: string): Stretch {
  const stretch = stretchById.get(id);
  if (!stretch) throw new Error(`Unknown stretch id: ${id}`);
  return stretch;
}

export function getRoutine(id: RoutineId): Routine {
  const routine = routineById.get(id);
  if (!routine) throw new Error(`Unknown routine id: ${id}`);
  return routine;
}

const resolvedRoutines = new Map<RoutineId, readonly Stretch[]>();

/**
 * The stretches of a routine in order, with the routine's own hold lengths applied.
 * Worked out once per routine: every turn asks for them several times.
 */
export function routineStretches(id: RoutineId): readonly Stretch[] {
  let stretches = resolvedRoutines.get(id);
  if (!stretches) {
    stretches = Object.freeze(
      getRoutine(id).steps.map((step) => {
        const stretch = getStretch(step.id);
        if (step.seconds === undefined || stretch.form.kind === 'reps') return stretch;
        return { ...stretch, form: { kind: stretch.form.kind, seconds: step.seconds } };
      }),
    );
    resolvedRoutines.set(id, stretches);
  }
  return stretches;
}

/** Seconds of pause in one side of a stretch: the hold, or every rep's phases. */
export function holdSecondsPerSide(stretch: Stretch): number {
  if (stretch.form.kind !== 'reps') return stretch.form.seconds;
  const perRep = stretch.form.phaseSeconds.reduce((sum, s) => sum + s, 0);
  return perRep * stretch.form.reps;
}

/** All timed seconds in a stretch, both sides included. */
function holdSeconds(stretch: Stretch): number {
  return holdSecondsPerSide(stretch) * stretch.sides;
}

export function routineHoldSeconds(id: RoutineId): number {
  return routineStretches(id).reduce((sum, s) => sum + holdSeconds(s), 0);
}
