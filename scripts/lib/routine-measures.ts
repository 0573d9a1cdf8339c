import { ROUTINE_IDS, type RoutineId } from '../../lambda/src/coach/catalog';
import { parseSessionState } from '../../lambda/src/coach/session';
import { segmentAt, type Timeline } from '../../lambda/src/coach/timeline';
import { WORDS_PER_SECOND, breakSeconds, estimateSpokenSeconds } from '../../lambda/src/speech/ssml';
import { MemoryStore } from '../../lambda/src/stores/memory';
import { SkillDriver } from './driver';

/**
 * How a routine feels to a person, measured by playing it through the real skill: how
 * many times they have to speak after choosing it, how long they listen before the first
 * movement, and how much of the time is talk rather than stretching. Used by `npm run
 * bench` (reported) and by the tests (held to the targets).
 */

/** The pace the issue measures talk in: 150 words a minute. */
export const WORDS_PER_MINUTE = 150;

/**
 * Seconds of words before the first pause of a response, at 150 words a minute: the skill's
 * estimate (which counts each script in its own units) slowed from its 2.6 words a second to
 * the 2.5, so a Japanese sentence is its morae rather than one word.
 */
export function speechBeforeFirstPause(ssml: string): number {
  const before = ssml.replace(/^<speak>/, '').split('<break')[0] ?? '';
  return (estimateSpokenSeconds(before) * WORDS_PER_SECOND * 60) / WORDS_PER_MINUTE;
}

/** Seconds of words and of silence in a response, and how many of the words fall outside holds. */
function talkOutsideHolds(ssml: string, timeline: Timeline | undefined): { total: number; talk: number } {
  let at = 0;
  let talk = 0;
  for (const piece of ssml.replace(/^<speak>|<\/speak>$/g, '').split(/(<break\b[^>]*\/>)/)) {
    const pause = breakSeconds(piece)[0];
    if (pause !== undefined) {
      at += pause;
      continue;
    }
    const seconds = estimateSpokenSeconds(piece);
    const kind = timeline ? segmentAt(timeline, at)?.kind : undefined;
    if (kind !== 'hold' && kind !== 'cue') talk += seconds;
    at += seconds;
  }
  return { total: at, talk };
}

export interface RoutineRun {
  routine: RoutineId;
  pace: 'flow' | 'step';
  brief: boolean;
  /** Times the user speaks after choosing the routine, to the end of it. */
  userTurns: number;
  /** Of those, the ones where the skill waited for the user to move (onto the floor, to a wall). */
  moves: number;
  /** Seconds of speech between choosing the routine and the first timed pause, at 150 words a minute. */
  firstPauseAfter: number;
  /** Share of the routine's time spent talking outside holds (setups, transitions, questions). */
  talkShare: number;
  responses: number;
}

/**
 * A user in `locale` who chooses `routine` and then only answers what they are asked
 * ("ready", "keep going", "next"). `brief`: a returning user on short instructions.
 */
export async function playRoutine(routine: RoutineId, pace: 'flow' | 'step', brief: boolean, locale = 'en-US'): Promise<RoutineRun> {
  const store = new MemoryStore();
  const user = new SkillDriver({ locale, store, userId: `amzn1.ask.account.measure-${routine}-${pace}-${brief}` });
  await user.launch();
  if (brief) {
    // A returning user: one routine heard before, so the first-time words are behind them.
    await user.intent('StartRoutineIntent', { routine: 'gentle' });
    await user.intent('AMAZON.StopIntent');
    await user.launch();
    await user.intent('SetVerbosityIntent', { verbosity: 'brief' });
  }
  if (pace === 'step') await user.intent('SetPaceIntent', { pace: 'step' });
  const first = await user.intent('StartRoutineIntent', { routine });
  const replies = [first];
  const timelines: (Timeline | undefined)[] = [timelineOf(user)];
  let moves = 0;
  while (user.stateKind === 'playing' || user.stateKind === 'waiting') {
    if (timelines[timelines.length - 1]?.segments.at(-1)?.kind === 'move') moves++;
    replies.push(await user.intent(pace === 'step' ? 'AMAZON.NextIntent' : 'AMAZON.YesIntent'));
    timelines.push(timelineOf(user));
    if (replies.length > 60) throw new Error(`${routine} never ended`);
  }
  let total = 0;
  let talk = 0;
  replies.forEach((reply, i) => {
    const measured = talkOutsideHolds(reply.ssml, timelines[i]);
    total += measured.total;
    talk += measured.talk;
  });
  return {
    routine,
    pace,
    brief,
    userTurns: replies.length - 1,
    moves,
    firstPauseAfter: speechBeforeFirstPause(first.ssml),
    talkShare: talk / total,
    responses: replies.length,
  };
}

function timelineOf(user: SkillDriver): Timeline | undefined {
  const { state } = parseSessionState(user.sessionAttributes?.state);
  return state.kind === 'playing' || state.kind === 'finishing' ? state.timeline : undefined;
}

/** Every routine, on both paces and both instruction levels. */
export async function measureRoutines(locale = 'en-US'): Promise<RoutineRun[]> {
  const runs: RoutineRun[] = [];
  for (const routine of ROUTINE_IDS) {
    for (const pace of ['flow', 'step'] as const) {
      for (const brief of [false, true]) runs.push(await playRoutine(routine, pace, brief, locale));
    }
  }
  return runs;
}
