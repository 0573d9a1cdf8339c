import type * as z from 'zod/mini';
import { ROUTINE_IDS, getRoutine, routineStretches, type RoutineId } from './catalog';
import { lazySchema } from './lazy-schema';

/**
 * The routine state machine. A routine is a list of segments: each stretch once,
 * or once per side. The position names the segment the user is on (the one just
 * narrated); `next` moves past it, `back` returns to the one before.
 */

export const positionSchema = lazySchema((z) =>
  z.object({
    routine: z.enum(ROUTINE_IDS),
    stretch: z.number().check(z.int(), z.minimum(0)),
    side: z.number().check(z.int(), z.minimum(0), z.maximum(1)),
  }),
);
export type Position = z.infer<ReturnType<typeof positionSchema>>;

/** What a bare "yes" or "no" answers. */
export const PENDING_QUESTIONS = ['resume', 'next', 'continue', 'skip', 'chooseRoutine'] as const;
export type PendingQuestion = (typeof PENDING_QUESTIONS)[number];

export const SESSION_STATE_VERSION = 1;

const sessionStateSchema = lazySchema((z) =>
  z.object({
    v: z.literal(SESSION_STATE_VERSION),
    position: z.optional(positionSchema()),
    /** Epoch ms when the current segment's speech ends: a request before then interrupted it. */
    segmentEndsAt: z.optional(z.number()),
    paused: z.boolean(),
    /** Epoch ms when the routine was started in this session, to tell how long it really took. */
    startedAt: z.optional(z.number()),
    pending: z.optional(z.enum(PENDING_QUESTIONS)),
    /** A stored unfinished routine offered at launch, waiting for yes or no. */
    offer: z.optional(positionSchema()),
    /** The last answer and its question, to ask again after an aside; the answer only outside a routine. */
    lastSpeech: z.optional(z.object({ speech: z.optional(z.string()), reprompt: z.string() })),
  }),
);
export type SessionState = z.infer<ReturnType<typeof sessionStateSchema>>;

export function initialSessionState(): SessionState {
  return { v: SESSION_STATE_VERSION, paused: false };
}

export function isValidPosition(position: Position): boolean {
  const stretches = routineStretches(position.routine);
  const stretch = stretches[position.stretch];
  return stretch !== undefined && position.side < stretch.sides;
}

export type ParsedSessionState = { state: SessionState; recovered: boolean };

/**
 * Session attributes come back from Alexa as we sent them, but a bad deploy or a
 * hand-made request can send anything: garbage resets to a fresh state, flagged so
 * the user hears an apology instead of a crash.
 */
export function parseSessionState(raw: unknown): ParsedSessionState {
  if (raw === undefined || raw === null) return { state: initialSessionState(), recovered: false };
  const parsed = sessionStateSchema().safeParse(raw);
  if (!parsed.success) return { state: initialSessionState(), recovered: true };
  const state = parsed.data;
  if (state.position && !isValidPosition(state.position)) return { state: initialSessionState(), recovered: true };
  if (state.offer && !isValidPosition(state.offer)) return { state: { ...state, offer: undefined }, recovered: true };
  return { state, recovered: false };
}

export function startPosition(routine: RoutineId): Position {
  return { routine, stretch: 0, side: 0 };
}

/** The segment after this one, or undefined when the routine is complete. */
export function advancePosition(position: Position): Position | undefined {
  const stretches = routineStretches(position.routine);
  const stretch = stretches[position.stretch];
  if (stretch && position.side + 1 < stretch.sides) return { ...position, side: position.side + 1 };
  if (position.stretch + 1 < stretches.length) return { ...position, stretch: position.stretch + 1, side: 0 };
  return undefined;
}

/** The first side of the next stretch, skipping the rest of this one. */
export function skipStretch(position: Position): Position | undefined {
  const count = getRoutine(position.routine).steps.length;
  return position.stretch + 1 < count ? { ...position, stretch: position.stretch + 1, side: 0 } : undefined;
}

/** The segment before this one; the first segment stays where it is. */
export function retreatPosition(position: Position): Position {
  if (position.side > 0) return { ...position, side: position.side - 1 };
  if (position.stretch === 0) return position;
  const stretches = routineStretches(position.routine);
  const previous = stretches[position.stretch - 1];
  return { ...position, stretch: position.stretch - 1, side: (previous?.sides ?? 1) - 1 };
}

export function isFirstSegment(position: Position): boolean {
  return position.stretch === 0 && position.side === 0;
}

export function isLastSegment(position: Position): boolean {
  return advancePosition(position) === undefined;
}

export function currentStretchId(position: Position): string {
  const id = getRoutine(position.routine).steps[position.stretch]?.id;
  if (!id) throw new Error(`Position outside routine ${position.routine}`);
  return id;
}

/** Whether a request at `now` arrived while the current segment was still being spoken. */
export function wasInterrupted(state: SessionState, now: number): boolean {
  return state.segmentEndsAt !== undefined && now < state.segmentEndsAt;
}

/**
 * Whether the user is in the middle of the current stretch: they cut in while it was
 * being spoken, or the skill stopped it for them (a question or discomfort mid-hold).
 */
export function isMidStretch(state: SessionState, now: number): boolean {
  return wasInterrupted(state, now) || state.pending === 'continue' || state.pending === 'skip';
}
