import { ROUTINE_IDS, type RoutineId } from './catalog';
import { isValidPlace, PLACE_FIELDS, type Place } from './place';
import { INVALID, arrayOf, boolean, byKind, integer, literal, number, object, oneOf, optional, string } from './reader';
import { SYMPTOM_IDS, type SymptomId } from './safety-content';
import { readStoredTimeline, readTimeline, storeTimeline, type StoredTimeline, type Timeline } from './timeline';

/**
 * The session's state machine. Every state and every way from one to another is in
 * this module; the rest of the skill asks for a transition by name.
 *
 * - `menu`: no routine under way; the skill has asked (or will ask) which routine.
 * - `offer`: an unfinished routine from another day was offered ("shall we pick up there?").
 * - `playing`: a response narrating the routine was sent; its timeline says what the user
 *   had heard by the time the next request came (see hearing.ts). It ends with a question
 *   to go on ("say ready when you're on the floor", "shall I keep going?").
 * - `finishing`: the same, for the response that ends the routine: the routine is over
 *   once its last hold has been heard, not before.
 * - `waiting`: in a routine with nothing playing: between responses, paused, or after
 *   a question, at a place.
 * - `triage`: a sign alarming only in company (sweating, nausea, feeling faint) was
 *   reported, and the one question about the other signs waits for its answer.
 * - `reminder`: a stretch reminder is being set or changed (see ReminderQuestion); it
 *   remembers where the user was (`back`: the menu, the offer, or a routine at rest) and
 *   goes back there once it is answered, or as soon as the user says something else.
 * - `automation`: the offer to add the routine just finished to the user's Alexa Routines.
 *
 * A request never reaches a handler in `playing` or `finishing`: the turn is settled
 * first, from the request's timestamp, into `waiting` or (a finished routine) `menu`.
 */

/** What was said last outside a routine, for "repeat" and to ask the question again after an aside. */
export interface Said {
  speech: string;
  reprompt: string;
}

/**
 * How far the user got at a place: `ahead` (not started: its narration had not begun,
 * or they were asked to get into position for it), `during` (setup or hold under way),
 * `done` (its hold was heard to the end).
 */
const STAGES = ['ahead', 'during', 'done'] as const;
export type Stage = (typeof STAGES)[number];

/**
 * In a routine: the place the user is at, how far they got there, and where their body
 * is (the routine's stretch whose posture they are in; undefined when not known, as
 * when a routine starts). `question` is what a bare "yes" answers: `go` carries on,
 * `skip` leaves out the stretch (after a report of discomfort).
 */
export interface Waiting {
  kind: 'waiting';
  place: Place;
  stage: Stage;
  body: number | undefined;
  question: 'go' | 'skip';
  /** Epoch ms when the routine started in this session, to say how long it really took; undefined when picked up another day. */
  startedAt: number | undefined;
}

/** A narration sent at `at` (epoch ms when its first word is spoken) and its timeline. */
export interface Playing {
  kind: 'playing' | 'finishing';
  routine: RoutineId;
  at: number;
  timeline: Timeline;
  /** Where the body was when the narration began (see Waiting). */
  body: number | undefined;
  startedAt: number | undefined;
  /** The offer the closing makes (a finishing narration only). */
  closing?: ClosingOffer;
}

/**
 * An offer the response that ends a routine closes with, instead of "another routine?": a
 * daily reminder at this time (`reminder`), or adding the routine to the user's Alexa
 * Routines on weekdays at this time (`automation`). Made once the closing is heard.
 */
export interface ClosingOffer {
  kind: 'reminder' | 'automation';
  hour: number;
  minute: number;
}

/** The one question about the other signs is open: the signs heard, and whether a routine was under way. */
export interface Triage {
  kind: 'triage';
  signs: readonly SymptomId[];
  inRoutine: boolean;
}

/** Where the user was before a reminder or a routine offer, and goes back to after it. */
export type Resumable = { kind: 'menu'; said?: Said } | { kind: 'offer'; place: Place; said?: Said } | Waiting;

/** What a reminder question leads to: a new reminder (`startTomorrow`: the first one goes off tomorrow), or a change to the one with `token`. */
export type ReminderAction = { kind: 'create'; startTomorrow: boolean } | { kind: 'update'; token: string };

/**
 * A stretch reminder under way. `offer`: the end of a routine offered one ("again
 * tomorrow at this time?"); `time`: the skill asked when; `confirm`: it said the days and
 * the time back and asked whether to set it; `consent`: Alexa is asking the user for the
 * reminders permission (the AskFor request), whose answer comes as a Connections.Response.
 * The schedule is whole in every step but `time`.
 */
export interface ReminderQuestion {
  kind: 'reminder';
  step: 'offer' | 'time' | 'confirm' | 'consent';
  action: ReminderAction;
  days: number[] | undefined;
  time: { hour: number; minute: number } | undefined;
  back: Resumable;
}

/**
 * The offer to add `routine` to the user's Alexa Routines, weekdays at a time: asked by the
 * skill (`offer`), then made by Alexa itself (`pending`, a Connections.StartConnection to
 * AMAZON.OfferAutomation) until the session resumes.
 */
export interface AutomationQuestion {
  kind: 'automation';
  step: 'offer' | 'pending';
  routine: RoutineId;
  hour: number;
  minute: number;
  back: Resumable;
}

export type SessionState =
  | { kind: 'menu'; said?: Said }
  | { kind: 'offer'; place: Place; said?: Said }
  | Playing
  | Waiting
  | Triage
  | ReminderQuestion
  | AutomationQuestion;

/** 3: a narration's timeline kept as a list of numbers (it was a string). */
const SESSION_STATE_VERSION = 3;

/**
 * The state as it travels in the session attributes: versioned, a narration's timeline in
 * its compact form (storeTimeline), and what a reminder or a routine offer goes back to
 * stored the same way.
 */
type Stored<S> = S & { v: typeof SESSION_STATE_VERSION };
type StoredMenu = Stored<{ kind: 'menu'; said?: Said }>;
type StoredOffer = Stored<{ kind: 'offer'; place: Place; said?: Said }>;
type StoredWaiting = Stored<Waiting>;
type StoredPlaying<K extends Playing['kind']> = Stored<Omit<Playing, 'kind' | 'timeline'> & { kind: K; timeline: StoredTimeline }>;
type StoredResumable = StoredMenu | StoredOffer | StoredWaiting;
type StoredSessionState =
  | StoredMenu
  | StoredOffer
  | StoredPlaying<'playing'>
  | StoredPlaying<'finishing'>
  | StoredWaiting
  | Stored<Triage>
  | Stored<Omit<ReminderQuestion, 'back'> & { back: StoredResumable }>
  | Stored<Omit<AutomationQuestion, 'back'> & { back: StoredResumable }>;

const readStoredState = (() => {
  const v = literal(SESSION_STATE_VERSION);
  const said = optional(object<Said>({ speech: string, reprompt: string }));
  const place = object<Place>(PLACE_FIELDS);
  const body = optional(integer(0));
  const startedAt = optional(number);
  const hour = integer(0, 23);
  const minute = integer(0, 59);
  const closing = optional(object<ClosingOffer>({ kind: oneOf(['reminder', 'automation']), hour, minute }));
  const playing = <K extends Playing['kind']>(kind: K) =>
    object<StoredPlaying<K>>({ v, kind: literal(kind), routine: oneOf(ROUTINE_IDS), at: number, timeline: readStoredTimeline, body, startedAt, closing });
  const menuState = object<StoredMenu>({ v, kind: literal('menu'), said });
  const offerState = object<StoredOffer>({ v, kind: literal('offer'), place, said });
  const waitingState = object<StoredWaiting>({
    v,
    kind: literal('waiting'),
    place,
    stage: oneOf(STAGES),
    body,
    question: oneOf(['go', 'skip']),
    startedAt,
  });
  const back = byKind<StoredResumable>({ menu: menuState, offer: offerState, waiting: waitingState });
  return byKind<StoredSessionState>({
    menu: menuState,
    offer: offerState,
    playing: playing('playing'),
    finishing: playing('finishing'),
    waiting: waitingState,
    triage: object<Stored<Triage>>({ v, kind: literal('triage'), signs: arrayOf(oneOf(SYMPTOM_IDS)), inRoutine: boolean }),
    reminder: object({
      v,
      kind: literal('reminder'),
      step: oneOf(['offer', 'time', 'confirm', 'consent']),
      action: byKind<ReminderAction>({
        create: object({ kind: literal('create'), startTomorrow: boolean }),
        update: object({ kind: literal('update'), token: string }),
      }),
      days: optional(arrayOf(integer(0, 6))),
      time: optional(object({ hour, minute })),
      back,
    }),
    automation: object({ v, kind: literal('automation'), step: oneOf(['offer', 'pending']), routine: oneOf(ROUTINE_IDS), hour, minute, back }),
  });
})();

/** The state as it travels in the session attributes. */
export function storeSessionState(state: SessionState): StoredSessionState {
  const v = SESSION_STATE_VERSION;
  switch (state.kind) {
    case 'playing':
    case 'finishing':
      return { ...state, v, timeline: storeTimeline(state.timeline) };
    case 'triage':
      return { ...state, v, signs: [...state.signs] };
    case 'reminder':
    case 'automation':
      return { ...state, v, back: storeSessionState(state.back) as never };
    default:
      return { ...state, v };
  }
}

type ParsedSessionState = { state: SessionState; recovered: boolean };

function fromStored(stored: StoredSessionState): SessionState {
  switch (stored.kind) {
    case 'menu':
      return { kind: 'menu', said: stored.said };
    case 'offer':
      return { kind: 'offer', place: stored.place, said: stored.said };
    case 'waiting':
      return waiting(stored.place, stored.stage, stored.body, stored.startedAt, stored.question);
    case 'triage':
      return triage(stored.signs, stored.inRoutine);
    case 'playing':
    case 'finishing':
      return playing(stored.kind, stored.routine, stored.at, readTimeline(stored.timeline, stored.routine), stored.body, stored.startedAt, stored.closing);
    case 'reminder':
      return reminderQuestion(stored.step, stored.action, stored.days, stored.time, fromStored(stored.back) as Resumable);
    case 'automation':
      return automationQuestion(stored.step, stored.routine, { hour: stored.hour, minute: stored.minute }, fromStored(stored.back) as Resumable);
  }
}

function placesValid(state: SessionState): boolean {
  switch (state.kind) {
    case 'menu':
    case 'triage':
      return true;
    case 'offer':
    case 'waiting':
      return isValidPlace(state.place);
    case 'reminder':
    case 'automation':
      return placesValid(state.back);
    case 'playing':
    case 'finishing': {
      const { segments } = state.timeline;
      return segments.length > 0 && segments.every((s, i) => isValidPlace(s.place) && (i === 0 || s.start >= segments[i - 1]!.start));
    }
  }
}

/**
 * Session attributes come back from Alexa as we sent them, but a bad deploy or a
 * hand-made request can send anything: garbage resets to the menu, flagged so the user
 * hears an apology instead of a crash (their stored progress still knows the place).
 */
export function parseSessionState(raw: unknown): ParsedSessionState {
  if (raw === undefined || raw === null) return { state: menu(), recovered: false };
  const stored = readStoredState(raw);
  if (stored === INVALID) return { state: menu(), recovered: true };
  const state = fromStored(stored);
  return placesValid(state) ? { state, recovered: false } : { state: menu(), recovered: true };
}

// Transitions.

export function menu(said?: Said): SessionState {
  return { kind: 'menu', said };
}

export function offer(place: Place, said?: Said): SessionState {
  return { kind: 'offer', place, said };
}

export function waiting(place: Place, stage: Stage, body: number | undefined, startedAt: number | undefined, question: Waiting['question'] = 'go'): Waiting {
  return { kind: 'waiting', place, stage, body, question, startedAt };
}

export function triage(signs: readonly SymptomId[], inRoutine: boolean): Triage {
  return { kind: 'triage', signs, inRoutine };
}

export function playing(
  kind: Playing['kind'],
  routine: RoutineId,
  at: number,
  timeline: Timeline,
  body: number | undefined,
  startedAt: number | undefined,
  closing?: ClosingOffer,
): Playing {
  return closing ? { kind, routine, at, timeline, body, startedAt, closing } : { kind, routine, at, timeline, body, startedAt };
}

export function reminderQuestion(
  step: ReminderQuestion['step'],
  action: ReminderAction,
  days: readonly number[] | undefined,
  time: { hour: number; minute: number } | undefined,
  back: Resumable,
): ReminderQuestion {
  return { kind: 'reminder', step, action, days: days && [...days], time: time && { hour: time.hour, minute: time.minute }, back };
}

export function automationQuestion(step: AutomationQuestion['step'], routine: RoutineId, time: { hour: number; minute: number }, back: Resumable): AutomationQuestion {
  return { kind: 'automation', step, routine, hour: time.hour, minute: time.minute, back };
}

/** Where a reminder question or a routine offer goes back to; any other state is where the user is. */
export function resumable(state: SessionState): Resumable | undefined {
  switch (state.kind) {
    case 'menu':
    case 'offer':
    case 'waiting':
      return state;
    case 'reminder':
    case 'automation':
      return state.back;
    default:
      return undefined;
  }
}

/**
 * A question about a reminder or a routine offer that the request does not answer is
 * dropped: the user said something else ("next", "stop", a safety question), which is then
 * answered where they were before it.
 */
export function leaveQuestion(state: SessionState): SessionState {
  return state.kind === 'reminder' || state.kind === 'automation' ? state.back : state;
}

/** The narration starts later than planned: words were put before it (a note, an apology). */
export function delayedBy(state: SessionState, seconds: number): SessionState {
  if ((state.kind !== 'playing' && state.kind !== 'finishing') || seconds <= 0) return state;
  return { ...state, at: state.at + Math.round(seconds * 1000) };
}

/** What was said, kept outside a routine for "repeat" and for asking again; a routine keeps nothing. */
export function withSaid(state: SessionState, said: Said): SessionState {
  return state.kind === 'menu' || state.kind === 'offer' ? { ...state, said } : state;
}

/** Whether a routine is under way (the place to act on, once the turn is settled). */
export function inRoutine(state: SessionState): state is Waiting {
  return state.kind === 'waiting';
}
