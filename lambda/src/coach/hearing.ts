import { localDay } from './calendar';
import { offerHeard } from './habit';
import { placeAfter, stretchAt, type Place } from './place';
import { finishRoutine, markStretchSeen, recordActiveDay, rememberPlace, type ProgressRecord } from './progress';
import { menu, waiting, type Playing, type SessionState, type Stage } from './session';
import { heardSeconds, segmentAt, type RequestMode, type Segment, type Timeline } from './timeline';
import type { CoachTurn } from './turn';

/**
 * What the user had heard of the last response when this request came, from the
 * request's timestamp and the response's timeline. Every request starts here, so the
 * handlers only ever see a routine at rest (`waiting`) or a finished one (`menu`), and
 * the stored progress says what was heard, not what was sent.
 */

/** Where a narration left the user: the place, how far they got there, where their body is. */
export interface Heard {
  place: Place;
  stage: Stage;
  body: number | undefined;
}

/** Whether a segment comes after its place's hold (the place was heard to the end). */
function afterHold(segment: Segment): boolean {
  return segment.kind === 'transition' || segment.kind === 'closing' || segment.kind === 'prompt';
}

function stageAt(segment: Segment): Stage {
  if (segment.kind === 'lead') return 'ahead';
  return afterHold(segment) ? 'done' : 'during';
}

/**
 * The place in effect at a segment. A `move` segment names the place being moved to:
 * when something was narrated before it, the user is at the end of that; otherwise the
 * move is all there was, and the user is before the place moved to.
 */
function heardAt(timeline: Timeline, index: number, body: number | undefined): Heard {
  const segment = timeline.segments[index]!;
  if (segment.kind === 'move') {
    const before = timeline.segments.slice(0, index).reverse().find((s) => s.kind !== 'move' && s.kind !== 'lead' && s.kind !== 'prompt');
    const target = segment.place.stretch;
    return before ? { place: before.place, stage: 'done', body: target } : { place: segment.place, stage: 'ahead', body: target };
  }
  const stage = stageAt(segment);
  return { place: segment.place, stage, body: stage === 'ahead' ? body : segment.place.stretch };
}

/** Where the user is `seconds` into a narration (Infinity: after all of it). */
export function hearingAt(playing: Pick<Playing, 'timeline' | 'body'>, seconds: number): Heard {
  const { timeline } = playing;
  const segment = Number.isFinite(seconds) ? segmentAt(timeline, seconds) : undefined;
  const index = segment ? timeline.segments.indexOf(segment) : timeline.segments.length - 1;
  return heardAt(timeline, Math.max(0, index), playing.body);
}

/** Marks the stretches whose hold began by `seconds` as met (what a stretch is for is said as its hold begins). */
function markStretchesReached(progress: ProgressRecord, timeline: Timeline, seconds: number): ProgressRecord {
  for (const s of timeline.segments) if (s.kind === 'hold' && s.start <= seconds) progress = markStretchSeen(progress, stretchAt(s.place).id);
  return progress;
}

/** Whether any place's hold was heard to the end by `seconds`. */
function anyHoldHeard(timeline: Timeline, seconds: number): boolean {
  return timeline.segments.some((s) => afterHold(s) && s.start <= seconds);
}

/**
 * Settles the turn: a narration under way becomes what was heard of it, in the state and
 * in the progress. `mode`: the request was spoken, or a touch on the screen (timed from
 * what the screen showed).
 */
export function settle(turn: CoachTurn, mode: RequestMode = 'voice'): CoachTurn {
  const state = turn.state;
  if (state.kind !== 'playing' && state.kind !== 'finishing') return turn;
  const seconds = heardSeconds(state.timeline, turn.now - state.at, mode);
  const where = hearingAt(state, seconds);
  let progress = markStretchesReached(turn.progress, state.timeline, seconds);
  const today = localDay(turn.now, turn.timeZone);
  if (anyHoldHeard(state.timeline, seconds)) progress = recordActiveDay(progress, today);

  const next = where.stage === 'done' ? placeAfter(where.place) : where.place;
  if (state.kind === 'finishing' && !next) {
    const finished = finishRoutine(progress, today);
    // The closing's offer is the question now, once it was heard to its end.
    if (state.closing && seconds === Infinity) return { ...turn, ...offerHeard(turn.t, state.closing, state.routine, finished, turn.now) };
    return { ...turn, state: menu(), progress: finished };
  }
  const settled: SessionState = waiting(where.place, where.stage, where.body, state.startedAt);
  return { ...turn, state: settled, progress: next ? rememberPlace(progress, next, turn.now) : progress };
}
