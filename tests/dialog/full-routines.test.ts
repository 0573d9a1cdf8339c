import { readdirSync } from 'node:fs';
import { ROUTINE_IDS, getRoutine, routineHoldSeconds, routineStretches, type RoutineId } from '../../lambda/src/coach/catalog';
import { SETTLE_SECONDS } from '../../lambda/src/coach/narration';
import { MOVE_PAUSE_SECONDS } from '../../lambda/src/coach/routine-flow';
import { parseSessionState } from '../../lambda/src/coach/session';
import { MAX_RESPONSE_SECONDS } from '../../lambda/src/speech/limits';
import { breakSeconds, estimateSpokenSeconds } from '../../lambda/src/speech/ssml';
import { MemoryStore } from '../../lambda/src/stores/memory';
import { Conversation, type Reply } from '../harness/conversation';

/**
 * Every routine, run to its end in every locale, on full and short instructions, played
 * straight through and one side at a time: every response passes the validator (under
 * 8,000 characters and 240 s of speech and pauses among its checks), the holds add up
 * to the catalogue's, and the user is asked to do no more than move into position and
 * say "keep going" when a response is full.
 */

const LOCALES = readdirSync('skill-package/interactionModels/custom').map((f) => f.replace('.json', ''));

/**
 * The slow moves each routine asks for, by the catalogue: onto the floor, up from it, to a
 * wall or doorway, to fetch a towel or roller (the morning routine starts with one).
 */
const MOVES: Record<RoutineId, number> = { desk: 0, gentle: 0, morning: 2, full: 4 };
const STARTS_WITH_MOVE: Record<RoutineId, boolean> = { desk: false, gentle: false, morning: true, full: false };

interface Run {
  replies: Reply[];
  /** Responses that ended asking the user to move into position. */
  moves: number;
}

/** A user who starts the routine and then only answers what they are asked ("ready", "keep going", "next"). */
async function runThrough(locale: string, routine: RoutineId, brief: boolean, step: boolean, oneShot: boolean): Promise<Run> {
  const user = new Conversation({ locale, store: new MemoryStore() });
  if (!oneShot) {
    await user.launch();
    if (brief) await user.intent('SetVerbosityIntent', { verbosity: 'brief' });
    if (step) await user.intent('SetPaceIntent', { pace: 'step' });
  }
  const replies = [await user.intent('StartRoutineIntent', { routine })];
  let moves = 0;
  while (user.inRoutine) {
    if (endsWithMove(user)) moves++;
    replies.push(await user.intent(step ? 'AMAZON.NextIntent' : 'AMAZON.YesIntent'));
    expect(replies.length).toBeLessThan(40);
  }
  return { replies, moves };
}

/** Whether the last response ended asking the user to move into position (its timeline's last segment). */
function endsWithMove(user: Conversation): boolean {
  const { state } = parseSessionState(user.sessionAttributes?.state);
  return state.kind === 'playing' && state.timeline.segments.at(-1)?.kind === 'move';
}

const cases = LOCALES.flatMap((locale) =>
  ROUTINE_IDS.flatMap((routine) =>
    [false, true].flatMap((brief) => [false, true].map((step) => ({ locale, routine, brief, step, label: `${brief ? 'short' : 'full'} instructions, ${step ? 'one at a time' : 'straight through'}` }))),
  ),
);

describe.each(cases)('$locale $routine, $label', ({ locale, routine, brief, step }) => {
  test('runs to its end within the limits, with every hold, asking only to move or to go on', async () => {
    const { replies, moves } = await runThrough(locale, routine, brief, step, false);
    const places = routineStretches(routine).reduce((sum, s) => sum + s.sides, 0);
    // Every pause is a hold, the settling moment after a setup, or the time given to move.
    const pauses = replies.flatMap((r) => breakSeconds(r.ssml)).reduce((sum, s) => sum + s, 0);
    expect(pauses - places * SETTLE_SECONDS - MOVES[routine] * MOVE_PAUSE_SECONDS).toBe(routineHoldSeconds(routine));
    for (const reply of replies) expect(estimateSpokenSeconds(reply.ssml)).toBeLessThanOrEqual(MAX_RESPONSE_SECONDS);
    expect(replies[replies.length - 1]!.ended).toBe(false);
    if (step) {
      // One side per response (a request to move ends the side before it), and the move to start with.
      expect(replies).toHaveLength(places + (STARTS_WITH_MOVE[routine] ? 1 : 0));
    } else {
      expect(moves).toBe(MOVES[routine]);
      // Between two moves, as few responses as their length needs.
      expect(replies.length - 1).toBeLessThanOrEqual(MOVES[routine] + Math.ceil(totalSeconds(replies) / MAX_RESPONSE_SECONDS));
    }
  });
});

function totalSeconds(replies: Reply[]): number {
  return replies.reduce((sum, r) => sum + estimateSpokenSeconds(r.ssml), 0);
}

describe.each(LOCALES)('%s: first use through a one-shot request', (locale) => {
  test.each(ROUTINE_IDS)('the %s, with the first-use note before it, keeps every response within the limits', async (routine) => {
    const { replies } = await runThrough(locale, routine, false, false, true);
    expect(replies[0]!.speech.length).toBeGreaterThan(0);
    for (const reply of replies) expect(estimateSpokenSeconds(reply.ssml)).toBeLessThanOrEqual(MAX_RESPONSE_SECONDS);
  });
});

describe('the closing', () => {
  test.each(ROUTINE_IDS)('the %s ends with how many stretches, in how long, and another routine; "no" says goodbye; it is not offered again', async (routine) => {
    const store = new MemoryStore();
    const user = new Conversation({ store });
    await user.says('open upper back coach');
    await user.intent('StartRoutineIntent', { routine });
    while (user.inRoutine) await user.says('yes');
    const name = { desk: 'desk break', morning: 'morning mobility', gentle: 'gentle routine', full: 'full upper back routine' }[routine];
    expect(user.last!.speech).toMatch(
      new RegExp(`That's the ${name} done: ${getRoutine(routine).steps.length} stretches in about \\d+ minutes\\. Nice work\\. Would you like another routine\\?$`),
    );
    const goodbye = await user.says('no');
    expect(goodbye.speech).toBe('Okay. Go easy on that back, and see you next time.');
    expect(goodbye.ended).toBe(true);
    const tomorrow = new Conversation({ store, userId: user.userId, start: user.clock + 86_400_000 });
    expect((await tomorrow.says('open upper back coach')).speech).toBe('Welcome back to Upper Back Coach. Desk break, morning mobility, gentle, or full?');
  });
});

describe('how long the routine took', () => {
  test('the closing message reports the minutes that really passed', async () => {
    const start = Date.parse('2026-11-17T08:00:00Z');
    const user = new Conversation({ start });
    await user.says('ask upper back coach to start the gentle routine');
    while (user.inRoutine) await user.says('keep going');
    const minutes = Number(/in about (\d+) minutes/.exec(user.last!.speech)?.[1]);
    // The closing is said at the end of the last response.
    const closingAt = user.clock + estimateSpokenSeconds(user.last!.ssml) * 1000;
    expect(Math.abs(minutes - (closingAt - start) / 60_000)).toBeLessThanOrEqual(1);
  });

  test('a routine hurried through with "next" is "about a minute", never "1 minutes"', async () => {
    const user = new Conversation({ start: '2026-11-17T08:00:00Z' });
    await user.says('ask upper back coach to start the desk break');
    for (let turn = 0; turn < 40 && user.stateKind !== 'menu'; turn++) await user.after(5).says('next');
    expect(user.last!.speech).toMatch(/That's the desk break done: \d+ stretches in about a minute\. Nice work\./);
  });
});

describe('broken session attributes', () => {
  test('garbage in the session resets to a safe state with an apology, never a crash', async () => {
    const user = new Conversation();
    await user.says('open upper back coach');
    await user.says('start the desk break');
    const attributes = user.sessionAttributes!;
    attributes.state = { v: 2, kind: 'waiting', place: { routine: 'desk', stretch: 99, side: 0 } };
    // The session state is gone, but the stored progress still knows the place.
    const reply = await user.says('next');
    expect(reply.speech).toMatch(/^Sorry, I lost track of where we were for a moment\. Picking up with shoulder rolls\./);
    expect(reply.ended).toBe(false);
  });
});
