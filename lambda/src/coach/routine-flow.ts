import type { Translator } from '../localization/translator';
import { MAX_RESPONSE_SECONDS, MAX_SSML_CHARS } from '../speech/limits';
import { Speech } from '../speech/ssml';
import { getRoutine, routineStretches, type RoutineId } from './catalog';
import { localDay, weeklySummary } from './calendar';
import { narrateSide, routineName, secondRoundKeys, sentenceStart, stretchName } from './narration';
import { firstPlace, isFirstPlace, nextStretch, placeAfter, placeBefore, stretchAt, type Place } from './place';
import { postureChange, type PostureChange } from './posture-change';
import type { Display } from './display';
import { closingOffer, closingQuestion, offerHeard } from './habit';
import { finishRoutine, recordActiveDay, rememberPlace, type ProgressRecord } from './progress';
import { routineMinutes } from './routine-length';
import { menu, playing, waiting, type ClosingOffer, type Waiting } from './session';
import { Script } from './timeline';
import type { CoachReply, CoachTurn } from './turn';

/**
 * How a routine goes: starting it, narrating it, and what next, back, repeat, skip,
 * start over, pause and continue do at the place the user is in.
 *
 * By default one response narrates as much as fits, side after side and stretch after
 * stretch with the transitions spoken, and ends early only where the user has to move
 * in a way that takes time (onto the floor, up from it, to a wall or a doorway) or where
 * the response would grow past what Alexa plays in one go. "One at a time" narrates one
 * side per response, as the user prefers.
 */

/** Silence after asking someone to get down onto the floor (or to a wall), before asking whether they are ready. */
export const MOVE_PAUSE_SECONDS = 10;

/** Room kept for a notice that a save failed, which is only known once the reply is being sent. */
const NOTICE_ROOM = { seconds: 8, chars: 300 };

interface Room {
  seconds: number;
  chars: number;
}

/**
 * What the narration of one response may fill in this turn: the platform's limits, less
 * what is said before it (the first-use note, an apology) and room for a storage notice.
 */
function narrationRoom(turn: CoachTurn): Room {
  const before = turn.preamble ?? { seconds: 0, chars: 0 };
  return {
    seconds: MAX_RESPONSE_SECONDS - before.seconds - NOTICE_ROOM.seconds,
    chars: MAX_SSML_CHARS - 1 - '<speak></speak>'.length - before.chars - NOTICE_ROOM.chars,
  };
}

/** How a narration starts. */
interface PlayOptions {
  /** The routine's stretch whose posture the user is in; undefined when not known. */
  body: number | undefined;
  /** When the routine started in this session (undefined: picked up another day). */
  startedAt: number | undefined;
  /** Said first ("Going back.", the routine's name). */
  lead?: Speech;
  /** False when the lead already named the first stretch. */
  withTitle?: boolean;
}

/** How a response that narrates the routine ends. */
interface Ending {
  script: Script;
  reprompt: Speech;
  /** The routine goes on after this without a word from the user (keep going, no move needed). */
  flowsOn: boolean;
  /** Set when the routine ends with this response: its summary, for a screen. */
  finish?: Extract<Display, { kind: 'finish' }>;
  /** The offer the closing ends with, in place of "another routine?". */
  offer?: ClosingOffer;
}

/** Where the body is, as a stretch of the routine. */
function bodyStretch(routine: RoutineId, body: number | undefined) {
  return body === undefined ? undefined : routineStretches(routine)[body];
}

/**
 * Asking the user to move (to the floor, to a wall), in a few words on short instructions,
 * a long pause to do it, then whether they are ready. `naming`: how the stretch is named first ("First, cat cow.", "Next is
 * cat cow."), or not at all when the words before did.
 */
function moveEnding(t: Translator, to: Place, change: PostureChange, brief: boolean, naming: 'first' | 'next' | 'none' = 'next'): Ending {
  const stretch = stretchAt(to);
  const name = stretchName(t, stretch.id);
  const script = new Script().mark('move', to);
  if (naming !== 'none') script.speech.say(t.text(`move.${naming}`, { name }));
  script.speech.say(t.text(brief ? `move.brief.${change}` : `move.${change}`));
  // Getting onto the floor does not bring the foam roller: say what else is needed.
  const needs = `move.needs.${stretch.equipment}` as const;
  if (change !== stretch.equipment && t.has(needs)) script.speech.say(t.text(needs));
  script.speech.pause(MOVE_PAUSE_SECONDS).say(t.text('move.ready'));
  return { script, reprompt: new Speech().say(t.text('move.reprompt', { name })), flowsOn: false };
}

/** The summary after the last stretch, said `offsetSeconds` into the response. */
function closingEnding(turn: CoachTurn, last: Place, progress: ProgressRecord, offsetSeconds: number, startedAt: number | undefined): Ending {
  const { t, now } = turn;
  const routine = last.routine;
  const today = localDay(now, turn.timeZone);
  const script = new Script().mark('closing', last);
  const endsAt = now + offsetSeconds * 1000;
  const minutes =
    startedAt === undefined ? routineMinutes(t, routine, progress.brief) : Math.max(1, Math.round((endsAt - startedAt) / 60_000));
  // `count` is the minutes, so "about a minute" gets its own wording (finish.done_one).
  script.speech.say(t.text('finish.done', { name: routineName(t, routine), stretches: getRoutine(routine).steps.length, count: minutes }));
  // The week as it will be once this routine counts (it counts when its last hold has been heard).
  const { daysThisWeek, streak } = weeklySummary(finishRoutine(progress, today).days, today);
  if (streak >= 3) script.speech.say(t.text('finish.streak', { count: streak }));
  else if (daysThisWeek >= 2) script.speech.say(t.text('finish.week', { count: daysThisWeek }));
  // A reminder or a routine offer, when one is due, takes the place of "another routine?".
  const offer = closingOffer(turn, progress, endsAt);
  const { question, reprompt } = offer ? closingQuestion(t, offer, routine) : { question: t.text('finish.another'), reprompt: t.text('finish.another') };
  script.speech.say(question);
  return { script, reprompt: new Speech().say(reprompt), flowsOn: false, finish: { kind: 'finish', routine, daysThisWeek, streak }, offer };
}

/** How a response that has just narrated `place` ends: the closing, a move, or a question to go on. */
function endingAfter(turn: CoachTurn, place: Place, progress: ProgressRecord, offsetSeconds: number, startedAt: number | undefined): Ending {
  const next = placeAfter(place);
  if (!next) return closingEnding(turn, place, progress, offsetSeconds, startedAt);
  // A move or a question depends on the places and the user's settings alone, and a response that
  // plays on weighs one after every side: made once per language (and never changed by callers).
  const key = `endingAfter|${place.routine}|${place.stretch}.${place.side}|${progress.brief}|${progress.pace}`;
  return turn.t.memo(key, () => endingBefore(turn.t, place, next, progress));
}

/** The move to `next`, or the question whether to go on to it. */
function endingBefore(t: Translator, place: Place, next: Place, progress: Pick<ProgressRecord, 'brief' | 'pace'>): Ending {
  const change = postureChange(stretchAt(place), stretchAt(next));
  if (change) return moveEnding(t, next, change, progress.brief);
  const sameStretch = next.stretch === place.stretch;
  const round = secondRoundKeys(stretchAt(place));
  const name = stretchName(t, stretchAt(next).id);
  const script = new Script().mark('prompt', place);
  if (progress.pace === 'step') {
    script.speech.say(sameStretch ? t.text(round.next) : t.text('flow.nextStretch', { name }));
    const reprompt = new Speech().say(sameStretch ? t.text(round.reprompt) : t.text('flow.nextStretchReprompt', { name }));
    return { script, reprompt, flowsOn: false };
  }
  script.speech.say(sameStretch ? t.text(round.keepGoing) : t.text('flow.keepGoing', { name }));
  return { script, reprompt: new Speech().say(t.text('flow.keepGoingReprompt')), flowsOn: true };
}


/** One side with what leads into it after the side before: "Now the other side." or "Next, seated twist." */
function sideAfter(turn: CoachTurn, previous: Place, place: Place, progress: ProgressRecord): Script {
  const { t } = turn;
  const options = sideOptions(progress, place, false);
  // Like the side itself (narrateSide), made once per language and appended, never changed.
  const key = `sideAfter|${place.routine}|${previous.stretch}.${previous.side}|${place.stretch}.${place.side}|${options.brief}|${options.withBenefit}`;
  return t.memo(key, () => {
    const stretch = stretchAt(place);
    const out = new Script();
    const words = previous.stretch === place.stretch ? t.text(secondRoundKeys(stretch).flowOn) : t.text('flow.nextUp', { name: stretchName(t, stretch.id) });
    out.speech.say(words);
    return out.append(narrateSide(t, stretch, place.side, options));
  });
}

function sideOptions(progress: ProgressRecord, place: Place, withTitle: boolean) {
  const stretch = stretchAt(place);
  // What a stretch is for is said the first time a user meets it, unless they asked for less talking.
  return { brief: progress.brief, withBenefit: !progress.brief && !progress.seen.includes(stretch.id), withTitle };
}

/** A side narrated after the one before it, and how the response would end after it. */
interface Step {
  place: Place;
  side: Script;
  ending: Ending;
}

/** Whether a response may stop after this place without leaving a stretch half done (one side of two). */
function endsStretch(place: Place): boolean {
  return place.side + 1 === stretchAt(place).sides;
}

/**
 * The places narrated after `from` in the same response, and how it ends. While the
 * routine flows on (no move, one at a time not asked for), the whole run up to its next
 * stop is laid out and cut into as few responses as the platform's limits allow; among
 * cuts that need no more responses, ones at the end of a stretch are preferred, so nobody
 * is left holding a twist on one side while being asked whether to go on.
 */
function runOn(turn: CoachTurn, from: Place, progress: ProgressRecord, start: Script, startedAt: number | undefined): { sides: Step[]; ending: Ending } {
  const room = narrationRoom(turn);
  const first = endingAfter(turn, from, progress, start.seconds, startedAt);
  const steps: Step[] = [];
  let place = from;
  let seconds = start.seconds;
  let ending = first;
  while (ending.flowsOn) {
    const next = placeAfter(place)!;
    const side = sideAfter(turn, place, next, progress);
    seconds += side.seconds;
    ending = endingAfter(turn, next, progress, seconds, startedAt);
    steps.push({ place: next, side, ending });
    place = next;
  }
  // Side k of the run: 0 is `from` (already in `start`), k >= 1 is steps[k - 1].
  const n = steps.length;
  // Seconds and characters of sides 0 to k - 1 together, so that a run a..b is measured by a subtraction.
  const secondsBefore = [0];
  const charsBefore = [0];
  for (let k = 0; k <= n; k++) {
    secondsBefore.push(secondsBefore[k]! + (k === 0 ? start.seconds : steps[k - 1]!.side.seconds));
    charsBefore.push(charsBefore[k]! + (k === 0 ? start.length : steps[k - 1]!.side.length + 1));
  }
  const endingOf = (k: number) => (k === 0 ? first : steps[k - 1]!.ending).script;
  const fitsRun = (a: number, b: number) =>
    secondsBefore[b + 1]! - secondsBefore[a]! + endingOf(b).seconds <= room.seconds &&
    charsBefore[b + 1]! - charsBefore[a]! + endingOf(b).length + 1 <= room.chars;
  const isRunPlace = (k: number) => (k === 0 ? from : steps[k - 1]!.place);
  // For sides a..n: the fewest responses, then the fewest cuts between two sides of a stretch,
  // and where the first response ends (a table of numbers: this runs on every turn of a routine).
  const responses = new Array<number>(n + 2).fill(0);
  const halfCuts = new Array<number>(n + 2).fill(0);
  const firstEnd = new Array<number>(n + 2).fill(n);
  for (let a = n; a >= 0; a--) {
    let fewest = Infinity;
    let fewestCuts = Infinity;
    let end = a;
    for (let b = a; b <= n; b++) {
      if (b > a && !fitsRun(a, b)) break;
      const count = 1 + responses[b + 1]!;
      const cuts = halfCuts[b + 1]! + (b < n && !endsStretch(isRunPlace(b)) ? 1 : 0);
      if (count < fewest || (count === fewest && (cuts < fewestCuts || (cuts === fewestCuts && b > end)))) {
        fewest = count;
        fewestCuts = cuts;
        end = b;
      }
    }
    responses[a] = fewest;
    halfCuts[a] = fewestCuts;
    firstEnd[a] = end;
  }
  const end = firstEnd[0]!;
  return { sides: steps.slice(0, end), ending: end === 0 ? first : steps[end - 1]!.ending };
}

/**
 * Narrates the routine from `from`: as much as fits in one response (one side, one at a
 * time), up to a move that takes time, or to the end. The stored place becomes `from`
 * until the next request says how much of it was heard.
 */
export function play(turn: CoachTurn, from: Place, options: PlayOptions): CoachReply {
  const { t, now } = turn;
  let progress = rememberPlace(turn.progress, from, now);
  const script = new Script().mark('lead', from);
  if (options.lead) script.speech.append(options.lead);

  const change = postureChange(bodyStretch(from.routine, options.body), stretchAt(from));
  let ending: Ending;
  if (change) {
    ending = moveEnding(t, from, change, progress.brief, options.withTitle === false ? 'none' : isFirstPlace(from) ? 'first' : 'next');
  } else {
    // The microphone is closed while Alexa speaks: the first hold a user hears says how to cut in.
    const tip = progress.pauseTipHeard ? undefined : t.text('routine.pauseTip');
    if (tip) progress = { ...progress, pauseTipHeard: true };
    script.append(narrateSide(t, stretchAt(from), from.side, { ...sideOptions(progress, from, options.withTitle ?? true), tip }), from);
    const run = runOn(turn, from, progress, script, options.startedAt);
    for (const { side, place } of run.sides) script.append(side, place);
    ending = run.ending;
  }
  script.append(ending.script);
  const kind = ending.finish ? 'finishing' : 'playing';
  return {
    state: playing(kind, from.routine, now, script.timeline(), options.body, options.startedAt, ending.offer),
    progress,
    speech: script.speech,
    reprompt: ending.reprompt,
    end: false,
    display: ending.finish,
  };
}

/** The routine's name and length, then the narration. */
export function startRoutine(turn: CoachTurn, routine: RoutineId, lead: Speech = new Speech()): CoachReply {
  const { t, progress } = turn;
  const vars = { name: routineName(t, routine), minutes: routineMinutes(t, routine, progress.brief) };
  lead.say(sentenceStart(t.text(progress.brief ? 'routine.startBrief' : 'routine.start', vars), t.locale));
  return play(turn, firstPlace(routine), { lead, body: undefined, startedAt: turn.now });
}

/** The routine is over without another hold to hear (the last stretch skipped): the closing alone. */
function finishNow(turn: CoachTurn, at: Waiting, lead: Speech): CoachReply {
  const today = localDay(turn.now, turn.timeZone);
  const ending = closingEnding(turn, at.place, turn.progress, lead.seconds, at.startedAt);
  const finished = finishRoutine(turn.progress, today);
  // The closing is the whole response: its offer is heard with it.
  const offered = ending.offer && offerHeard(turn.t, ending.offer, at.place.routine, finished, turn.now);
  return {
    state: offered ? offered.state : menu(),
    progress: offered ? offered.progress : finished,
    speech: lead.append(ending.script.speech),
    reprompt: ending.reprompt,
    end: false,
    display: ending.finish,
  };
}

/** Plays from `target` for a user at `at`, or closes the routine when there is nothing after. */
function playOrFinish(turn: CoachTurn, at: Waiting, target: Place | undefined, lead: Speech = new Speech()): CoachReply {
  if (!target) return finishNow(turn, at, lead);
  return play(turn, target, { lead, body: at.body, startedAt: at.startedAt });
}

/** Whether the user was just asked to move (to the floor, to a wall) for the place after theirs. */
function askedToMove(at: Waiting): boolean {
  return at.stage === 'done' && at.body !== undefined && at.body !== at.place.stretch;
}

/** "Next": the place after the one playing (or just heard); a place not started yet is the next one. */
export function nextPlace(turn: CoachTurn, at: Waiting): CoachReply {
  const done = at.stage !== 'ahead' ? { ...turn, progress: recordActiveDay(turn.progress, localDay(turn.now, turn.timeZone)) } : turn;
  return playOrFinish(done, at, at.stage === 'ahead' ? at.place : placeAfter(at.place));
}

/** "Skip it" after a report of discomfort: the whole stretch is left out. */
export function skipStretch(turn: CoachTurn, at: Waiting): CoachReply {
  return playOrFinish(turn, at, nextStretch(at.place), new Speech().say(turn.t.text('flow.skipped')));
}

/** Where a picked-up place is: the stretch, or its second round (the other side, a lower spot). */
function resumeSentence(t: Translator, place: Place): string {
  const stretch = stretchAt(place);
  const key = place.side > 0 ? secondRoundKeys(stretch).resume : 'flow.resumeAt';
  return t.text(key, { name: stretchName(t, stretch.id) });
}

/** "Back": the place before the one playing (or just heard). */
export function previousPlace(turn: CoachTurn, at: Waiting): CoachReply {
  const { t } = turn;
  const target = placeBefore(at.place);
  const lead = new Speech().say(isFirstPlace(at.place) ? t.text('flow.firstAlready') : t.text('flow.back'));
  // Back onto a second side from another stretch: say which stretch, since only the switch is narrated.
  if (target.side > 0 && target.stretch !== at.place.stretch) lead.say(resumeSentence(t, target));
  return play(turn, target, { lead, body: at.body, startedAt: at.startedAt });
}

/** "Repeat": the place again from its start; just after being asked to move, the request to move again. */
export function repeatPlace(turn: CoachTurn, at: Waiting): CoachReply {
  const after = askedToMove(at) ? placeAfter(at.place) : undefined;
  if (after) return play(turn, after, { body: at.place.stretch, startedAt: at.startedAt });
  return play(turn, at.place, { lead: new Speech().say(turn.t.text('flow.repeat')), body: at.body, startedAt: at.startedAt });
}

export function restartRoutine(turn: CoachTurn, routine: RoutineId, body: number | undefined): CoachReply {
  const lead = new Speech().say(turn.t.text('flow.startOver', { name: routineName(turn.t, routine) }));
  return play(turn, firstPlace(routine), { lead, body, startedAt: turn.now });
}

/** Picks up a place another day: named first, so the user knows where they are. */
export function resumePlace(turn: CoachTurn, place: Place, lead: Speech = new Speech()): CoachReply {
  return play(turn, place, { lead: lead.say(resumeSentence(turn.t, place)), withTitle: false, body: undefined, startedAt: undefined });
}

/** "Continue", "resume", "ready": a place cut off is done again from its start; one heard to the end moves on. */
export function continueRoutine(turn: CoachTurn, at: Waiting, lead: Speech = new Speech()): CoachReply {
  if (at.stage === 'done') return playOrFinish(turn, at, placeAfter(at.place), lead);
  if (at.stage === 'during') lead.say(resumeSentence(turn.t, at.place));
  return play(turn, at.place, { lead, withTitle: at.stage !== 'during', body: at.body, startedAt: at.startedAt });
}

/** A pause keeps the place: mid-stretch, "resume" comes back to it; after it, "resume" goes on. */
export function pauseRoutine(turn: CoachTurn, at: Waiting): CoachReply {
  const { t } = turn;
  return {
    state: waiting(at.place, at.stage, at.body, at.startedAt),
    progress: turn.progress,
    speech: new Speech().say(t.text('pause.paused'), t.text('pause.reprompt')),
    reprompt: new Speech().say(t.text('pause.reprompt')),
    end: false,
  };
}

/**
 * The progress to keep when the user leaves now (stop, home, silence): a place cut off
 * is done again next time; one heard to the end counts, and the next one is where they
 * pick up (after the last, the routine is done).
 */
export function placeToKeep(turn: CoachTurn, at: Waiting): ProgressRecord {
  if (at.stage !== 'done') return rememberPlace(turn.progress, at.place, turn.now);
  const today = localDay(turn.now, turn.timeZone);
  const next = placeAfter(at.place);
  return next ? rememberPlace(recordActiveDay(turn.progress, today), next, turn.now) : finishRoutine(turn.progress, today);
}
