import type { RecordStore } from '../../lambda/src/stores/record-store';
import { PROGRESS_VERSION, parseProgress } from '../../lambda/src/coach/progress';
import { Conversation, type Reply } from '../harness/conversation';
import { closedPortEndpoint, silentServer } from '../harness/servers';
import {
  FaultyStore,
  STORE_BACKENDS,
  deleteTable,
  dynaliteStore,
  keyFor,
  rawDynaliteClient,
  storedRecord,
  uniqueTableName,
  type StoreUnderTest,
} from '../harness/stores';

/**
 * When storage breaks, the user still gets a working session and is told once that
 * progress could not be saved (or read); a failed read never turns into an empty
 * record written over a good one.
 */

const LOAD_FAILED = "I couldn't reach your saved progress just now, so let's start fresh.";
const SAVE_FAILED = "By the way, I couldn't save your progress just now.";
const STOP_SAVED = "I'll remember where you stopped.";

let userCounter = 0;
const newUserId = () => `amzn1.ask.account.storage-${++userCounter}`;

function occurrences(replies: Reply[], sentence: string): number {
  return replies.reduce((count, reply) => count + reply.speech.split(sentence).length - 1, 0);
}

/** Halfway through the chair backrest stretch's second round, in the last response. */
const duringChairLower = (user: Conversation) =>
  user.during((segment) => segment.kind === 'hold' && segment.place.stretch === 1 && segment.place.side === 1, 'middle');

/**
 * After opening the skill: starts the desk break, pauses in the chair backrest stretch's
 * second round, asks for help, resumes, and stops. Returns every reply.
 */
async function restOfShortSession(user: Conversation, replies: Reply[]): Promise<Reply[]> {
  replies.push(await user.says('start the desk break'));
  replies.push(await duringChairLower(user).says('pause'));
  for (const said of ['help', 'resume']) replies.push(await user.says(said));
  replies.push(await user.after(4).says('stop'));
  return replies;
}

/** Opens the skill and goes through restOfShortSession. */
async function shortSession(user: Conversation): Promise<Reply[]> {
  return restOfShortSession(user, [await user.says('open upper back coach')]);
}

/** A session that works as usual: the routine plays, the controls answer. */
function expectWorkingSession(replies: Reply[]): void {
  expect(replies[1]?.speech).toMatch(/Let's do the desk break, about/);
  expect(replies[2]?.speech).toMatch(/Paused\. Take your time\./);
  expect(replies[3]?.speech).toMatch(/^You're on chair backrest stretch\./);
  expect(replies[4]?.speech).toMatch(/^Picking up with chair backrest stretch, a little lower\. Sit up for a moment\./);
  expect(replies[5]?.ended).toBe(true);
}

describe.each(STORE_BACKENDS)('a corrupt record in the %s', (_name, createBackend) => {
  let backend: StoreUnderTest;
  let warn: jest.SpyInstance;
  beforeEach(() => {
    backend = createBackend();
    warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(async () => {
    warn.mockRestore();
    await backend.dispose();
  });

  test.each<[string, unknown]>([
    ['a string', 'garbage'],
    ['a list', [1, 2, 3]],
    ['a record of an older version', { version: 0, unfinished: { routine: 'desk', stretch: 1, side: 0, at: 0 }, brief: true }],
    ['a record with no version', { days: ['2026-11-16'], disclaimerHeard: true }],
  ])('%s: the session works as for a new user, and a valid record replaces it', async (_case, garbage) => {
    const userId = newUserId();
    await backend.plant(userId, garbage);
    const user = new Conversation({ store: backend.store, userId, start: '2026-11-17T08:00:00Z' });
    const replies = await shortSession(user);
    expect(replies[0]?.speech).toMatch(/^Welcome to Upper Back Coach\..*not medical advice/);
    expectWorkingSession(replies);
    expect(occurrences(replies, SAVE_FAILED) + occurrences(replies, LOAD_FAILED)).toBe(0);
    const stored = await backend.stored(userId);
    expect(parseProgress(stored).status).toBe('ok');
    expect(stored).toMatchObject({ version: PROGRESS_VERSION, unfinished: { routine: 'desk', stretch: 1, side: 1 } });
  });

  test('a record written by a newer version of the skill (a rolled-back deploy) is left untouched, the user told once', async () => {
    const userId = newUserId();
    const newer = { version: PROGRESS_VERSION + 1, unfinished: { routine: 'desk', stretch: 1, side: 0, at: 0 }, brief: true, streakGoal: 5 };
    await backend.plant(userId, newer);
    const user = new Conversation({ store: backend.store, userId, start: '2026-11-17T08:00:00Z' });
    const replies = await shortSession(user);
    await user.sessionEnds();
    expect(replies[0]?.speech).toMatch(new RegExp(`^${LOAD_FAILED.replace(/[.?]/g, '\\$&')} Welcome to Upper Back Coach\\.`));
    expectWorkingSession(replies);
    expect(occurrences(replies, LOAD_FAILED)).toBe(1);
    expect(await backend.stored(userId)).toEqual(newer);
  });

  test('a partial record keeps what is readable (the unfinished routine) and is written back whole', async () => {
    const userId = newUserId();
    const unfinished = { routine: 'desk', stretch: 2, side: 0, at: Date.parse('2026-11-16T08:00:00Z') };
    await backend.plant(userId, { version: PROGRESS_VERSION, unfinished, days: 'monday', brief: 'please', disclaimerHeard: true });
    const user = new Conversation({ store: backend.store, userId, start: '2026-11-17T08:00:00Z' });
    const offer = await user.says('open upper back coach');
    expect(offer.speech).toBe(
      'Welcome back to Upper Back Coach. Yesterday, you stopped at seated twist in your desk break. Shall we pick up there?',
    );
    await user.says('help'); // changes nothing the user did, but the record read was damaged
    const stored = await backend.stored(userId);
    expect(parseProgress(stored)).toEqual({ progress: expect.objectContaining({ unfinished, days: [], brief: false }), status: 'ok' });
    expect((await user.says('yes')).speech).toMatch(/^Picking up with seated twist\./);
  });

  test('an unfinished position that no longer exists in the routine is dropped; the rest is kept', async () => {
    const userId = newUserId();
    await backend.plant(userId, {
      version: PROGRESS_VERSION,
      unfinished: { routine: 'desk', stretch: 42, side: 0, at: Date.parse('2026-11-16T08:00:00Z') },
      days: ['2026-11-16'],
      seen: ['shoulder-rolls'],
      brief: true,
      disclaimerHeard: true,
      completedRoutines: 2,
    });
    const user = new Conversation({ store: backend.store, userId, start: '2026-11-17T08:00:00Z' });
    expect((await user.says('open upper back coach')).speech).toBe(
      'Welcome back to Upper Back Coach. Desk break, morning mobility, gentle, or full?',
    );
    await user.says('stop');
    expect(await backend.stored(userId)).toMatchObject({ days: ['2026-11-16'], brief: true, completedRoutines: 2 });
    expect((await backend.stored(userId)).unfinished).toBeUndefined();
  });
});

describe('when saving fails', () => {
  test('the user is told once per session, the routine goes on, and the next session tells again', async () => {
    const store = new FaultyStore();
    store.failWrites = true;
    const userId = newUserId();
    const monday = await shortSession(new Conversation({ store, userId, start: '2026-11-16T08:00:00Z' }));
    expectWorkingSession(monday);
    expect(occurrences(monday, SAVE_FAILED)).toBe(1);
    // A brand-new user has nothing worth mentioning at the welcome; the first lost position is.
    expect(monday[0]?.speech).not.toContain(SAVE_FAILED);
    expect(monday[1]?.speech).toMatch(new RegExp(`^${SAVE_FAILED.replace(/[.?]/g, '\\$&')} Let's do the desk break, about`));
    expect(store.attempts.writes).toBeGreaterThanOrEqual(4);

    const tuesday = await shortSession(new Conversation({ store, userId, start: '2026-11-17T08:00:00Z' }));
    expect(occurrences(tuesday, SAVE_FAILED)).toBe(1);
  });

  test('a save that fails once and then works is retried on the next turn, so nothing is lost', async () => {
    const store = new FaultyStore();
    const userId = newUserId();
    const user = new Conversation({ store, userId, start: '2026-11-16T08:00:00Z' });
    await user.says('open upper back coach');
    store.failWrites = true;
    expect((await user.says('start the desk break')).speech).toContain(SAVE_FAILED);
    store.failWrites = false;
    await user.during((segment) => segment.kind === 'hold', 'middle').says('help'); // in the first stretch still: the place is unsaved
    expect(await storedRecord(store.inner, userId)).toMatchObject({ unfinished: { routine: 'desk', stretch: 0 } });
    const stop = await user.after(4).says('stop');
    expect(stop.speech).toContain(STOP_SAVED);
  });

  test('a position left unsaved is written when Alexa closes the session', async () => {
    const store = new FaultyStore();
    const userId = newUserId();
    const user = new Conversation({ store, userId, start: '2026-11-16T08:00:00Z' });
    await user.says('open upper back coach');
    await user.says('start the desk break');
    store.failWrites = true;
    expect((await duringChairLower(user).says('pause')).speech).toContain(SAVE_FAILED);
    store.failWrites = false;
    await user.sessionEnds('EXCEEDED_MAX_REPROMPTS');
    // The user paused in the chair stretch's second round: that is the place kept.
    expect(await storedRecord(store.inner, userId)).toMatchObject({ unfinished: { routine: 'desk', stretch: 1, side: 1 } });
  });

  test('the table disappearing mid-session (DynamoDB): told once, the routine goes on', async () => {
    const tableName = uniqueTableName('vanishing');
    const store = dynaliteStore({ tableName, createTable: false });
    const client = rawDynaliteClient();
    try {
      const setup = dynaliteStore({ tableName });
      await setup.read(keyFor('table-maker'), Date.parse('2026-11-16T08:00:00Z'));
      setup.close();
      const user = new Conversation({ store, userId: newUserId(), start: '2026-11-16T08:00:00Z' });
      const replies = [await user.says('open upper back coach')];
      await deleteTable(client, tableName);
      await restOfShortSession(user, replies);
      expectWorkingSession(replies);
      expect(occurrences(replies, SAVE_FAILED)).toBe(1);
      expect(replies[1]?.speech).toContain(SAVE_FAILED);
    } finally {
      store.close();
      client.destroy();
    }
  });
});

describe('when reading fails', () => {
  async function seedGoodRecord(store: RecordStore, userId: string): Promise<Record<string, unknown>> {
    const monday = new Conversation({ store, userId, start: '2026-11-16T08:00:00Z' });
    await monday.says('open upper back coach');
    await monday.says('less talking');
    await monday.says('start the desk break');
    await monday.during((segment) => segment.kind === 'hold' && segment.place.stretch === 1, 'middle').says('stop');
    const record = await storedRecord(store, userId);
    expect(record).toMatchObject({ brief: true, days: ['2026-11-16'], unfinished: { routine: 'desk', stretch: 1, side: 0 } });
    return record;
  }

  test.each(STORE_BACKENDS)('a failed read never writes an empty record over a good one (%s)', async (_name, createBackend) => {
    const backend = createBackend();
    try {
      const userId = newUserId();
      const faulty = new FaultyStore(backend.store);
      const good = await seedGoodRecord(faulty, userId);
      faulty.failReads = true;
      const writesBefore = faulty.attempts.writes;

      const user = new Conversation({ store: faulty, userId, start: '2026-11-17T08:00:00Z' });
      const replies = await shortSession(user);
      await user.says('open upper back coach');
      await user.says('start the gentle routine');
      await user.sessionEnds();

      expect(replies[0]?.speech).toMatch(new RegExp(`^${LOAD_FAILED.replace(/[.?]/g, '\\$&')} Welcome`));
      expectWorkingSession(replies);
      expect(occurrences(replies, LOAD_FAILED)).toBe(1);
      expect(replies[5]?.speech).not.toContain(STOP_SAVED); // nothing is being remembered this session
      expect(faulty.attempts.writes).toBe(writesBefore);
      expect(await backend.stored(userId)).toEqual(good);

      // Once the store reads again, the user's place and preference are all there.
      faulty.failReads = false;
      const wednesday = new Conversation({ store: faulty, userId, start: '2026-11-18T08:00:00Z' });
      expect((await wednesday.says('open upper back coach')).speech).toContain('On Monday, you stopped at chair backrest stretch');
    } finally {
      await backend.dispose();
    }
  });

  test('a missing DynamoDB table: a working session, the user told once, nothing created or written', async () => {
    const tableName = uniqueTableName('missing');
    const store = dynaliteStore({ tableName, createTable: false });
    try {
      const replies = await shortSession(new Conversation({ store, userId: newUserId() }));
      expect(replies[0]?.speech).toContain(LOAD_FAILED);
      expect(occurrences(replies, LOAD_FAILED)).toBe(1);
      expect(occurrences(replies, SAVE_FAILED)).toBe(0);
      expectWorkingSession(replies);
    } finally {
      store.close();
    }
  });

  test('an unreachable DynamoDB endpoint: a working session, the user told once', async () => {
    const store = dynaliteStore({ endpoint: await closedPortEndpoint(), createTable: false });
    try {
      const started = Date.now();
      const replies = await shortSession(new Conversation({ store, userId: newUserId() }));
      expect(Date.now() - started).toBeLessThan(3000);
      expect(replies[0]?.speech).toContain(LOAD_FAILED);
      expect(occurrences(replies, LOAD_FAILED)).toBe(1);
      expectWorkingSession(replies);
    } finally {
      store.close();
    }
  });

  test('a DynamoDB server that never answers: the turn gives up on it well within 8 s and goes on', async () => {
    const server = await silentServer();
    const store = dynaliteStore({ endpoint: server.endpoint, createTable: false, timeoutMs: 300 });
    try {
      const user = new Conversation({ store, userId: newUserId() });
      const started = Date.now();
      const launch = await user.says('open upper back coach');
      expect(Date.now() - started).toBeLessThan(3000); // a guard; the store gives up after 300 ms
      expect(launch.speech).toContain(LOAD_FAILED);
      expect(launch.speech).toMatch(/Which would you like\?$/);
      // The rest of the session does not wait on the database again.
      const later = Date.now();
      expect((await user.says('start the desk break')).speech).toMatch(/Let's do the desk break, about/);
      expect(Date.now() - later).toBeLessThan(250);
    } finally {
      store.close();
      await server.close();
    }
  });
});

/**
 * The stop handler promises "I'll remember where you stopped" whenever the read did not
 * fail, even when the place was not saved. Reported to the owner of handlers/stop.ts;
 * `test.failing` passes while the gap is there and fails once it is closed.
 */
describe('known gaps in what stop promises (reported, not fixed here)', () => {
  test('after saving failed, stop does not promise to remember the place', async () => {
    const store = new FaultyStore();
    store.failWrites = true;
    const replies = await shortSession(new Conversation({ store, userId: newUserId() }));
    expect(replies[5]?.speech).not.toContain(STOP_SAVED);
  });

  test('without any store configured, stop does not promise to remember the place', async () => {
    const replies = await shortSession(new Conversation());
    expectWorkingSession(replies);
    expect(replies[5]?.speech).not.toContain(STOP_SAVED);
  });
});
