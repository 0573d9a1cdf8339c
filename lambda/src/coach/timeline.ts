import { Speech } from '../speech/ssml';
import type { Place } from './place';
import { INVALID, arrayOf, integer, object, type Reader } from './reader';

/**
 * A response that narrates a routine is a timeline: the segments it says, in order,
 * each with the second (estimated the way the skill estimates all spoken length) at
 * which it starts. When the user cuts in ("Alexa, pause") the request's timestamp,
 * set against the response's, says which segment was playing, so the skill acts on
 * the stretch and side the user was really in, and progress follows what was heard.
 *
 * - `lead`: words before the first stretch (the routine's name, "going back", ...).
 * - `setup`: getting into position, and the moment to settle.
 * - `hold`: the timed part: the hold or flow with its cues, or every rep.
 * - `cue`: words spoken inside a hold (halfway, breathe, a few more seconds).
 * - `transition`: the release, and what comes next ("now the other side").
 * - `move`: getting down to the floor, up from it, or to a wall: the place named is the
 *   one being moved to, and the response waits there for "ready".
 * - `closing`: the summary at the end of the routine.
 * - `prompt`: the question the response ends with.
 *
 * A side counts as heard once its hold has played: a segment after the hold (its
 * transition, or anything later) says so.
 */
const SEGMENT_KINDS = ['lead', 'setup', 'hold', 'cue', 'transition', 'move', 'closing', 'prompt'] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];

export interface Segment {
  kind: SegmentKind;
  /** Seconds from the start of the response's narration. */
  start: number;
  place: Place;
}

export interface Timeline {
  segments: readonly Segment[];
  /** Seconds until the narration's last word. */
  end: number;
}

/**
 * The skill's narration as it is built: the speech so far, and where each segment of it
 * starts. A stretch is narrated without knowing where in a routine it is; its segments
 * get their place when it is appended to the response's script.
 */
export class Script {
  readonly speech: Speech;
  private readonly marks: Readonly<{ kind: SegmentKind; start: number; place?: Place }>[] = [];

  constructor(lead: Speech = new Speech()) {
    this.speech = lead;
  }

  /** Starts a segment at the current end of the speech; one with nothing said in it yet is replaced. */
  mark(kind: SegmentKind, place?: Place): this {
    this.push(kind, this.speech.seconds, place);
    return this;
  }

  private push(kind: SegmentKind, start: number, place: Place | undefined): void {
    const last = this.marks[this.marks.length - 1];
    if (last && last.start === start) this.marks.pop();
    this.marks.push({ kind, start, place });
  }

  /** Another script's speech and segments after this one's; its unplaced segments are at `place`. */
  append(other: Script, place?: Place): this {
    const offset = this.speech.seconds;
    this.speech.append(other.speech);
    for (const mark of other.marks) this.push(mark.kind, mark.start + offset, mark.place ?? place);
    return this;
  }

  get seconds(): number {
    return this.speech.seconds;
  }

  get length(): number {
    return this.speech.length;
  }

  /** The segments that were said, each with its place (a segment placed nowhere is left out). */
  timeline(): Timeline {
    const end = this.speech.seconds;
    const segments: Segment[] = [];
    // A placed mark is a segment as it is (marks are never changed once made).
    for (const mark of this.marks) if (mark.place && mark.start < end) segments.push(mark as Segment);
    return { segments, end };
  }
}

/** The segment playing `seconds` into a timeline; undefined before its first segment or after its end. */
export function segmentAt(timeline: Timeline, seconds: number): Segment | undefined {
  if (seconds >= timeline.end) return undefined;
  let found: Segment | undefined;
  for (const segment of timeline.segments) {
    if (segment.start > seconds) break;
    found = segment;
  }
  return found;
}

/**
 * The request's timestamp is later than the moment the user cut in: Alexa starts to
 * speak a moment after the skill answers, and "Alexa, pause" has to be said and
 * understood before its request is sent.
 */
export const SPEECH_START_SECONDS = 1;
export const WAKE_WORD_SECONDS = 1.5;
/**
 * The estimate drifts over a long response: Alexa's voice is not exactly the estimated
 * pace (about half of a routine's time is words, and the pace is right to within a few
 * per cent), and requests take more or less time to arrive. Near a boundary the skill
 * assumes the earlier segment: doing a few seconds again is better than skipping a side.
 */
const BOUNDARY_MARGIN_SECONDS = 1.5;
const DRIFT = 0.03;

/**
 * A touch on the screen leaves the moment it is made, with no wake word to say first,
 * and what was touched is what the screen showed: a screen follows the response's
 * timeline by this same estimate, so the estimate's drift against the voice does not
 * apply either. A small margin, leaning early, covers the screen starting a moment
 * before or after the voice.
 */
const TOUCH_MARGIN_SECONDS = 0.5;

/** How a request was made: spoken after "Alexa, ...", or a touch on the screen. */
export type RequestMode = 'voice' | 'touch';

/**
 * Seconds into the narration the user had heard when a request came `elapsedMs` after
 * the response was sent, leaning early by the estimate's uncertainty; `Infinity` once
 * the whole narration has been said (the request answers its question).
 */
export function heardSeconds(timeline: Timeline, elapsedMs: number, mode: RequestMode = 'voice'): number {
  if (mode === 'touch') {
    const shown = elapsedMs / 1000 - SPEECH_START_SECONDS;
    return shown >= timeline.end ? Infinity : Math.max(0, shown - TOUCH_MARGIN_SECONDS);
  }
  const heard = elapsedMs / 1000 - SPEECH_START_SECONDS - WAKE_WORD_SECONDS;
  if (heard >= timeline.end) return Infinity;
  return Math.max(0, heard - BOUNDARY_MARGIN_SECONDS - DRIFT * Math.max(0, heard));
}

/**
 * How a timeline is kept in the session: one list of whole numbers, four per segment (its
 * kind's index, its start in tenths of a second, its place's stretch and side). It travels
 * in every request and response of a routine and is read on every turn: a list of numbers
 * is written and checked without making a string or an object per segment.
 */
export interface StoredTimeline {
  segments: number[];
  /** Tenths of a second. */
  end: number;
}

const FIELDS_PER_SEGMENT = 4;
const wholeNumbers = arrayOf(integer(0));

const readSegments: Reader<number[]> = (raw) => {
  const numbers = wholeNumbers(raw);
  if (numbers === INVALID || numbers.length === 0 || numbers.length % FIELDS_PER_SEGMENT !== 0) return INVALID;
  for (let i = 3; i < numbers.length; i += FIELDS_PER_SEGMENT) if (numbers[i]! > 1) return INVALID;
  return numbers;
};

export const readStoredTimeline = object<StoredTimeline>({ segments: readSegments, end: integer(0) });

const tenths = (seconds: number): number => Math.round(seconds * 10);

export function storeTimeline(timeline: Timeline): StoredTimeline {
  // Made at its length, not grown: it is written on every response of a routine.
  const segments = new Array<number>(timeline.segments.length * FIELDS_PER_SEGMENT);
  let i = 0;
  for (const { kind, start, place } of timeline.segments) {
    segments[i++] = SEGMENT_KINDS.indexOf(kind);
    segments[i++] = tenths(start);
    segments[i++] = place.stretch;
    segments[i++] = place.side;
  }
  return { segments, end: tenths(timeline.end) };
}

/** The timeline back from the session; a kind the skill does not know reads as none (the state is then not trusted). */
export function readTimeline(stored: StoredTimeline, routine: Place['routine']): Timeline {
  const numbers = stored.segments;
  let known = 0;
  for (let i = 0; i < numbers.length; i += FIELDS_PER_SEGMENT) if (SEGMENT_KINDS[numbers[i]!]) known++;
  // Made at its length, not grown: it is read on every turn of a routine.
  const segments = new Array<Segment>(known);
  let place: Place | undefined;
  known = 0;
  for (let i = 0; i < numbers.length; i += FIELDS_PER_SEGMENT) {
    const kind = SEGMENT_KINDS[numbers[i]!];
    const stretch = numbers[i + 2]!;
    const side = numbers[i + 3]!;
    // Segments in a row mostly share their place: one object for them all.
    if (!place || place.stretch !== stretch || place.side !== side) place = { routine, stretch, side };
    if (kind) segments[known++] = { kind, start: numbers[i + 1]! / 10, place };
  }
  return { segments, end: stored.end / 10 };
}
