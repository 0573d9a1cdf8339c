import type { Translator } from '../localization/translator';
import { Speech, estimateSpokenSeconds } from '../speech/ssml';
import { ROUTINE_IDS, getRoutine, getStretch, routineStretches, type RoutineId } from './catalog';
import { localDay, relativeDay, weeklySummary } from './calendar';
import { narrateStretch, secondRoundKeys, stretchName } from './narration';
import {
  finishRoutine,
  markStretchSeen,
  recordActiveDay,
  rememberPosition,
  type ProgressRecord,
  type UnfinishedRoutine,
} from './progress';
import {
  advancePosition,
  currentStretchId,
  isFirstSegment,
  isMidStretch,
  wasInterrupted,
  retreatPosition,
  skipStretch,
  startPosition,
  type Position,
  type SessionState,
} from './session';
import { routineMinutes } from './routine-length';

/**
 * What happens in a routine, as pure functions of the turn: they take the state,
 * the stored progress, the language and the request's clock, and return the new
 * state and progress with what to say. Handlers only pick which one to call.
 */

export interface CoachTurn {
  t: Translator;
  now: number;
  timeZone: string;
  state: SessionState;
  progress: ProgressRecord;
}

export interface CoachReply {
  state: SessionState;
  progress: ProgressRecord;
  speech: Speech;
  /** Present when the session stays open. */
  reprompt?: Speech;
  end: boolean;
  /** Said last, and only if the progress is safely stored ("I'll remember where you stopped"). */
  onceSaved?: Speech;
  /** Words that must come first (an emergency): storage notices are left out. */
  urgent?: boolean;
}

function routineName(t: Translator, routine: RoutineId): string {
  return t.text(`routines.${routine}.name`);
}

/** The menu of routines, as a question. */
export function offerMenu(turn: CoachTurn, lead: Speech = new Speech(), short = false): CoachReply {
  const { t } = turn;
  return {
    state: { ...turn.state, position: undefined, paused: false, pending: 'chooseRoutine', offer: undefined, segmentEndsAt: undefined },
    progress: turn.progress,
    speech: lead.say(t.text(short ? 'menu.askShort' : 'menu.ask')),
    reprompt: new Speech().say(t.text('menu.reprompt')),
    end: false,
  };
}

/**
 * Answers something on the side (help, a question, words not understood) without
 * losing the place: a stretch the user cut into stays to be done again.
 */
export function holdPlace(state: SessionState, now: number): SessionState {
  return wasInterrupted(state, now) ? { ...state, pending: 'continue', segmentEndsAt: undefined } : state;
}

/** The question last asked, to ask again after an aside; the routine menu's when there is none. */
export function lastPrompt(turn: CoachTurn): Speech {
  const last = turn.state.lastSpeech;
  return last ? new Speech().raw(last.reprompt) : new Speech().say(turn.t.text('menu.reprompt'));
}

/** Say `lead`, keep the place, and ask the last question again. */
export function askAgain(turn: CoachTurn, lead: Speech): CoachReply {
  const reprompt = lastPrompt(turn);
  return { state: holdPlace(turn.state, turn.now), progress: turn.progress, speech: lead.append(reprompt), reprompt, end: false };
}

/**
 * An aside during a routine: say `lead`, keep the place, and ask the last question again.
 * Undefined outside a routine (or without a question to come back to).
 */
export function asideInRoutine(turn: CoachTurn, lead: Speech): CoachReply | undefined {
  return turn.state.position && turn.state.lastSpeech ? askAgain(turn, lead) : undefined;
}

/** Every routine with its length, then the question; mid-routine the place is kept and offered again. */
export function listRoutines(turn: CoachTurn): CoachReply {
  const { t } = turn;
  const lead = new Speech().say(t.text('menu.intro'));
  for (const routine of ROUTINE_IDS) {
    lead.say(
      t.text('menu.item', {
        name: routineName(t, routine),
        minutes: routineMinutes(t, routine, turn.progress.brief),
        description: t.text(`routines.${routine}.description`),
      }),
    );
  }
  return asideInRoutine(turn, lead) ?? { ...offerMenu(turn), speech: lead.say(t.text('menu.choose')) };
}

/**
 * Narrates the segment at `position` and sets it as current. After the last segment
 * the routine closes in the same response, so nobody has to say "next" to hear "done".
 */
export function playSegment(turn: CoachTurn, position: Position, lead: Speech = new Speech(), withTitle = true): CoachReply {
  const { t, now } = turn;
  const stretches = routineStretches(position.routine);
  const stretch = stretches[position.stretch];
  if (!stretch) throw new Error('Position outside routine');
  const body = narrateStretch(t, stretch, position.side, {
    brief: turn.progress.brief,
    // What a stretch is for is said the first time a user meets it, unless they asked for less talking.
    withBenefit: !turn.progress.brief && !turn.progress.seen.includes(stretch.id),
    withTitle,
  });
  const speech = lead.append(body);
  // The stretch is over when everything said before it and the stretch itself have been spoken.
  const seconds = estimateSpokenSeconds(speech.toSsml());
  const progress = markStretchSeen(rememberPosition(turn.progress, position, now), stretch.id);
  const next = advancePosition(position);
  if (!next) return finish({ ...turn, progress }, position.routine, speech);

  const nextStretchName = stretchName(t, currentStretchId(next));
  const sameStretch = next.stretch === position.stretch;
  const secondRound = secondRoundKeys(stretch);
  speech.say(sameStretch ? t.text(secondRound.next) : t.text('flow.nextStretch', { name: nextStretchName }));
  const reprompt = new Speech().say(
    sameStretch ? t.text(secondRound.reprompt) : t.text('flow.nextStretchReprompt', { name: nextStretchName }),
  );
  return {
    state: { ...turn.state, position, paused: false, pending: 'next', offer: undefined, segmentEndsAt: now + seconds * 1000 },
    progress,
    speech,
    reprompt,
    end: false,
  };
}

/** Minutes the routine really took when it ran in one session, else the measured estimate. */
function minutesTaken(turn: CoachTurn, routine: RoutineId, closingSpeech: Speech): number {
  const startedAt = turn.state.startedAt;
  if (startedAt === undefined) return routineMinutes(turn.t, routine, turn.progress.brief);
  const endsAt = turn.now + estimateSpokenSeconds(closingSpeech.toSsml()) * 1000;
  return Math.max(1, Math.round((endsAt - startedAt) / 60_000));
}

function finish(turn: CoachTurn, routine: RoutineId, speech: Speech): CoachReply {
  const { t, now } = turn;
  const today = localDay(now, turn.timeZone);
  const minutes = minutesTaken(turn, routine, speech);
  const progress = finishRoutine(turn.progress, today);
  speech.say(
    // `count` is the minutes, so "about a minute" gets its own wording (finish.done_one).
    t.text('finish.done', {
      name: routineName(t, routine),
      stretches: getRoutine(routine).steps.length,
      count: minutes,
    }),
  );
  const { daysThisWeek, streak } = weeklySummary(progress.days, today);
  if (streak >= 3) speech.say(t.text('finish.streak', { count: streak }));
  else if (daysThisWeek >= 2) speech.say(t.text('finish.week', { count: daysThisWeek }));
  // The session stays open through the last hold and after it: a question or a symptom
  // mid-hold still reaches the skill, and "no" to another routine says goodbye.
  const another = t.text('finish.another');
  speech.say(another);
  return {
    state: { ...turn.state, position: undefined, paused: false, pending: 'chooseRoutine', segmentEndsAt: undefined, startedAt: undefined },
    progress,
    speech,
    reprompt: new Speech().say(another),
    end: false,
  };
}

export function startRoutine(turn: CoachTurn, routine: RoutineId, lead: Speech = new Speech()): CoachReply {
  const { t } = turn;
  const vars = { name: routineName(t, routine), minutes: routineMinutes(t, routine, turn.progress.brief) };
  lead.say(t.text(turn.progress.brief ? 'routine.startBrief' : 'routine.start', vars));
  return playSegment({ ...turn, state: { ...turn.state, startedAt: turn.now } }, startPosition(routine), lead);
}

/** Moving past a segment counts the day as active: a stretch was done. */
export function nextSegment(turn: CoachTurn, position: Position, lead: Speech = new Speech()): CoachReply {
  const next = advancePosition(position);
  const progress = recordActiveDay(turn.progress, localDay(turn.now, turn.timeZone));
  if (!next) return finish({ ...turn, progress }, position.routine, lead);
  return playSegment({ ...turn, progress }, next, lead);
}

export function skipCurrentStretch(turn: CoachTurn, position: Position): CoachReply {
  const lead = new Speech().say(turn.t.text('flow.skipped'));
  const next = skipStretch(position);
  if (!next) return finish(turn, position.routine, lead);
  return playSegment(turn, next, lead);
}

export function previousSegment(turn: CoachTurn, position: Position): CoachReply {
  const { t } = turn;
  const lead = new Speech().say(isFirstSegment(position) ? t.text('flow.firstAlready') : t.text('flow.back'));
  const target = retreatPosition(position);
  // Back onto a second side from another stretch: say which stretch, since only the switch is narrated.
  if (target.side > 0 && target.stretch !== position.stretch) lead.say(resumeSentence(t, target));
  return playSegment(turn, target, lead);
}

export function repeatSegment(turn: CoachTurn, position: Position): CoachReply {
  return playSegment(turn, position, new Speech().say(turn.t.text('flow.repeat')));
}

export function restartRoutine(turn: CoachTurn, routine: RoutineId): CoachReply {
  const lead = new Speech().say(turn.t.text('flow.startOver', { name: routineName(turn.t, routine) }));
  return playSegment({ ...turn, state: { ...turn.state, startedAt: turn.now } }, startPosition(routine), lead);
}

/** Where a picked-up segment is: the stretch, or its second round (the other side, a lower spot). */
function resumeSentence(t: Translator, position: Position): string {
  const id = currentStretchId(position);
  const key = position.side > 0 ? secondRoundKeys(getStretch(id)).resume : 'flow.resumeAt';
  return t.text(key, { name: stretchName(t, id) });
}

/** Picks up a position: the segment again from its start, named so the user knows where they are. */
export function resumeAt(turn: CoachTurn, position: Position, lead: Speech = new Speech()): CoachReply {
  return playSegment(turn, position, lead.say(resumeSentence(turn.t, position)), false);
}

/**
 * "Continue" or "resume" mid-routine: a segment cut off mid-speech is done again;
 * one that was heard to the end moves on to the next.
 */
export function continueRoutine(turn: CoachTurn, position: Position, lead: Speech = new Speech()): CoachReply {
  if (isMidStretch(turn.state, turn.now)) return resumeAt(turn, position, lead);
  return nextSegment(turn, position, lead);
}

/**
 * The place to keep when the user leaves now (stop, home, silence): a stretch cut off
 * mid-way is done again next time; one heard to the end counts as done, and the next
 * one is where they pick up.
 */
export function placeToKeep(turn: CoachTurn, position: Position): ProgressRecord {
  if (isMidStretch(turn.state, turn.now)) return turn.progress;
  const next = advancePosition(position);
  const progress = recordActiveDay(turn.progress, localDay(turn.now, turn.timeZone));
  return next ? rememberPosition(progress, next, turn.now) : progress;
}

/** A pause mid-stretch comes back to that stretch; a pause between stretches goes on to the next. */
export function pauseRoutine(turn: CoachTurn): CoachReply {
  const { t } = turn;
  const midStretch = isMidStretch(turn.state, turn.now);
  return {
    state: { ...turn.state, paused: true, pending: midStretch ? 'continue' : 'next', segmentEndsAt: undefined },
    progress: turn.progress,
    speech: new Speech().say(t.text('pause.paused'), t.text('pause.reprompt')),
    reprompt: new Speech().say(t.text('pause.reprompt')),
    end: false,
  };
}

/** Offers to pick up an unfinished routine, saying when it was left in the user's own days. */
export function offerResume(turn: CoachTurn, unfinished: UnfinishedRoutine, lead: Speech = new Speech()): CoachReply {
  const { t } = turn;
  const position: Position = { routine: unfinished.routine, stretch: unfinished.stretch, side: unfinished.side };
  const vars = { stretch: stretchName(t, currentStretchId(position)), routine: routineName(t, position.routine) };
  const when = relativeDay(unfinished.at, turn.now, turn.timeZone);
  const question =
    when.kind === 'thisWeek'
      ? t.text('offer.weekday', { ...vars, day: t.list('weekdays')[when.weekday] ?? '' })
      : t.text(`offer.${when.kind}`, vars);
  return {
    state: { ...turn.state, position: undefined, paused: false, pending: 'resume', offer: position, segmentEndsAt: undefined },
    progress: turn.progress,
    speech: lead.say(question),
    reprompt: new Speech().say(t.text('offer.reprompt', vars)),
    end: false,
  };
}
