import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { routineStretches, type RoutineId } from '../../lambda/src/coach/catalog';
import { parseProgress, type ProgressRecord } from '../../lambda/src/coach/progress';
import { MemoryStore } from '../../lambda/src/stores/memory';
import type { RecordKey, RecordStore, StoredRecord } from '../../lambda/src/stores/record-store';
import { StoreError } from '../../lambda/src/stores/store-error';
import { Conversation, type Reply } from '../harness/conversation';
import { CountingStore, STORE_BACKENDS, dynaliteStore, keyFor, storedRecord, type StoreUnderTest } from '../harness/stores';

/**
 * One Amazon account, several Echo devices: two sessions can be open at once for the same
 * user id, each holding the record it read. What one saves must never be lost to the other's
 * write. Written in terms of what the users do and what is stored (places, counts, days),
 * not of exact speech, so that changes to the narration leave them standing.
 */

const SAVE_FAILED = (JSON.parse(readFileSync(join(__dirname, '../../locales/en.json'), 'utf8')) as { base: { storage: { saveFailed: string } } }).base
  .storage.saveFailed;

let accountCounter = 0;
const newAccount = () => `amzn1.ask.account.household-${++accountCounter}`;

/**
 * Says "next" until the routine closes, then lets Alexa close the session (the routine
 * counts once its last hold has been heard, which the session's end says); returns every reply.
 */
async function finishRoutine(user: Conversation): Promise<Reply[]> {
  const replies: Reply[] = [];
  for (let turns = 0; user.inRoutine; turns++) {
    if (turns > 60) throw new Error('the routine never ended');
    replies.push(await user.says('next'));
  }
  await user.sessionEnds();
  return replies;
}

/** Cut in halfway through the hold of the routine's second stretch, in the response playing it. */
const duringSecondStretch = (user: Conversation) => user.during((segment) => segment.kind === 'hold' && segment.place.stretch === 1, 'middle');

function neverToldOfAFailedSave(replies: Reply[]): void {
  for (const reply of replies) expect(reply.speech).not.toContain(SAVE_FAILED);
}

const stretchIdsOf = (routine: RoutineId) => routineStretches(routine).map((stretch) => stretch.id);

describe.each(STORE_BACKENDS)('two devices on one account, with the %s', (_name, createBackend) => {
  let backend: StoreUnderTest;
  let account: string;
  beforeEach(() => {
    backend = createBackend();
    account = newAccount();
  });
  afterEach(() => backend.dispose());

  const device = (deviceId: string, start: string) => new Conversation({ store: backend.store, userId: account, deviceId, start });
  const stored = async (): Promise<ProgressRecord> => parseProgress(await backend.stored(account)).progress;

  test('the kitchen stops mid-routine while an office session opened earlier changes a preference: both are kept, and tomorrow offers the kitchen’s place', async () => {
    const replies: Reply[] = [];
    const office = device('amzn1.ask.device.office', '2026-11-16T08:00:00Z');
    replies.push(await office.says('open upper back coach')); // reads the record before the kitchen writes

    const kitchen = device('amzn1.ask.device.kitchen', '2026-11-16T08:00:20Z');
    replies.push(await kitchen.says('open upper back coach'));
    replies.push(await kitchen.says('start the desk break'));
    replies.push(await duringSecondStretch(kitchen).says('stop')); // stopped during the second stretch
    const kitchensPlace = (await stored()).unfinished;
    expect(kitchensPlace).toMatchObject({ routine: 'desk', stretch: 1 });

    office.at(kitchen.clock + 30_000);
    replies.push(await office.says('less talking'));
    replies.push(await office.says('stop'));
    neverToldOfAFailedSave(replies);

    const record = await stored();
    expect(record.unfinished).toEqual(kitchensPlace);
    expect(record.brief).toBe(true);
    expect(record.days).toEqual(['2026-11-16']);
    expect(record.disclaimerHeard).toBe(true);

    // The next morning, on either device: the kitchen's routine is offered, and "yes" carries on with it.
    const morning = device('amzn1.ask.device.office', '2026-11-17T07:30:00Z');
    const welcome = await morning.says('open upper back coach');
    expect(welcome.ended).toBe(false);
    expect(welcome.speech).toMatch(/desk break/i);
    expect((await morning.says('yes')).speech).toMatch(/^Picking up with chair backrest stretch\./);
    expect((await stored()).unfinished?.routine).toBe('desk');
  });

  test('the same story the other way round: the office writes first, the kitchen’s later place and the office’s preference both stay', async () => {
    const kitchen = device('amzn1.ask.device.kitchen', '2026-11-16T08:00:00Z');
    await kitchen.says('open upper back coach');
    const office = device('amzn1.ask.device.office', '2026-11-16T08:00:10Z');
    await office.says('open upper back coach');
    await office.says('less talking');
    await office.says('stop');
    const replies = [await kitchen.says('start the gentle routine')];
    replies.push(await duringSecondStretch(kitchen).says('stop'));
    neverToldOfAFailedSave(replies);
    const record = await stored();
    expect(record).toMatchObject({ brief: true, unfinished: { routine: 'gentle' } });
  });

  test('two sessions that each finish the same routine on the same day: both are counted, the day once', async () => {
    const kitchen = device('amzn1.ask.device.kitchen', '2026-11-16T08:00:00Z');
    const office = device('amzn1.ask.device.office', '2026-11-16T08:00:05Z');
    const replies = [await kitchen.says('open upper back coach'), await office.says('open upper back coach')];
    replies.push(await kitchen.says('start the desk break'), await office.says('start the desk break'));
    // In turn: each write finds the other's in between.
    while (kitchen.inRoutine || office.inRoutine) {
      if (kitchen.inRoutine) replies.push(await kitchen.says('next'));
      if (office.inRoutine) replies.push(await office.says('next'));
    }
    await kitchen.sessionEnds();
    await office.sessionEnds();
    neverToldOfAFailedSave(replies);
    const record = await stored();
    expect(record.completedRoutines).toBe(2);
    expect(record.days).toEqual(['2026-11-16']);
    expect(record.unfinished).toBeUndefined();
    expect([...record.seen].sort()).toEqual([...new Set(stretchIdsOf('desk'))].sort());
  });

  test('two sessions that each finish a different routine: both counted, every stretch met kept', async () => {
    const kitchen = device('amzn1.ask.device.kitchen', '2026-11-16T18:00:00Z');
    const office = device('amzn1.ask.device.office', '2026-11-16T18:01:00Z');
    await kitchen.says('ask upper back coach to start the desk break');
    await office.says('ask upper back coach to start the gentle routine');
    const replies = [...(await finishRoutine(office)), ...(await finishRoutine(kitchen))];
    neverToldOfAFailedSave(replies);
    const record = await stored();
    expect(record.completedRoutines).toBe(2);
    expect([...record.seen].sort()).toEqual([...new Set([...stretchIdsOf('desk'), ...stretchIdsOf('gentle')])].sort());
  });
});

// About 600 turns, each through the response validator and dynalite: some 10 s, the reason this file is slower than most.
describe('fifty interleaved sessions on one account (DynamoDB on dynalite)', () => {
  test('nothing is lost: every finished routine and every day is counted, every stretch met is kept, and no one hears of a failed save', async () => {
    const dynamo = dynaliteStore();
    const store = new CountingStore(dynamo);
    const account = newAccount();
    const days = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20'];
    const routines: RoutineId[] = ['desk', 'gentle', 'morning'];
    // A small seeded generator (mulberry32), so a failure replays the same interleaving.
    let seed = 20261121;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };

    interface Session {
      user: Conversation;
      routine: RoutineId;
      /** What is left to say; "next" repeats until the routine is over. */
      script: string[];
    }
    const sessions: Session[] = Array.from({ length: 50 }, (_, i) => {
      const routine = routines[i % routines.length]!;
      const start = `${days[Math.floor(i / 10)]}T07:${String(10 + (i % 10) * 3).padStart(2, '0')}:00Z`;
      const user = new Conversation({ store, userId: account, deviceId: `amzn1.ask.device.echo-${i % 7}`, start });
      const named = routine === 'desk' ? 'the desk break' : routine === 'gentle' ? 'the gentle routine' : 'morning mobility';
      // On the last day a few sessions ask for shorter instructions on the way.
      const preference = i >= 40 && i % 3 === 0 ? ['less talking'] : [];
      return { user, routine, script: ['open upper back coach', ...preference, `start ${named}`] };
    });

    const replies: Reply[] = [];
    let live = [...sessions];
    while (live.length > 0) {
      const session = live[Math.floor(random() * live.length)]!;
      const said = session.script.shift();
      if (said) {
        replies.push(await session.user.says(said));
        // A launch may offer another session's unfinished routine: this user wants a new one.
        if (said === 'open upper back coach' && session.user.inRoutine) throw new Error('a launch started a routine');
      } else {
        replies.push(await session.user.says('next'));
      }
      if (session.script.length === 0 && !session.user.inRoutine) {
        // Alexa closes the session after the closing: the routine counts once its last hold was heard.
        await session.user.sessionEnds();
        live = live.filter((s) => s !== session);
      }
    }

    neverToldOfAFailedSave(replies);
    expect(store.conflicts).toBeGreaterThan(10); // the sessions really did write over each other's reads
    const record = parseProgress(await storedRecord(store, account)).progress;
    expect(record.completedRoutines).toBe(50);
    expect(record.days).toEqual(days);
    expect(record.unfinished).toBeUndefined();
    expect([...record.seen].sort()).toEqual([...new Set(routines.flatMap(stretchIdsOf))].sort());
    expect(record.brief).toBe(true);
    expect(record.disclaimerHeard).toBe(true);
    dynamo.close();
  }, 60_000);
});

/** A store where another device writes just before each of this session's writes, and the write after a merge may fail outright. */
class ContestedStore implements RecordStore {
  readonly inner = new MemoryStore();
  contested = true;
  failAfterConflict = false;
  private conflicted = false;

  read(key: RecordKey, now: number): Promise<StoredRecord | undefined> {
    return this.inner.read(key, now);
  }

  async write(key: RecordKey, record: Record<string, unknown>, expectedRevision: number, now: number): Promise<number> {
    if (this.failAfterConflict && this.conflicted) throw new StoreError('unavailable', 'injected failure of the merged write');
    if (this.contested) {
      const current = await this.inner.read(key, now);
      await this.inner.write(key, { ...(current?.record ?? {}), version: 1, completedRoutines: 1 }, current?.revision ?? 0, now);
    }
    try {
      return await this.inner.write(key, record, expectedRevision, now);
    } catch (error) {
      this.conflicted = true;
      throw error;
    }
  }

  removeAccount(account: string): Promise<void> {
    return this.inner.removeAccount(account);
  }
}

describe('when a conflict cannot be merged and saved', () => {
  test('a merged write that also fails is told, once, like any failed save; the next turn saves again', async () => {
    const store = new ContestedStore();
    store.failAfterConflict = true;
    const user = new Conversation({ store, start: '2026-11-16T08:00:00Z' });
    await user.says('open upper back coach');
    const start = await user.says('start the desk break');
    expect(start.speech).toContain(SAVE_FAILED);
    store.failAfterConflict = false;
    store.contested = false;
    const next = await user.says('next');
    expect(next.speech).not.toContain(SAVE_FAILED);
    expect(await storedRecord(store.inner, user.userId)).toMatchObject({ unfinished: { routine: 'desk' }, completedRoutines: 1 });
  });

  test('another device writing before every single write: told once, after the merges allowed, and the routine goes on', async () => {
    const store = new ContestedStore();
    const user = new Conversation({ store, start: '2026-11-16T08:00:00Z' });
    await user.says('open upper back coach');
    const inFirstHold = () => user.during((segment) => segment.kind === 'hold', 'middle');
    const replies = [await user.says('start the desk break')];
    replies.push(await inFirstHold().says('next'), await inFirstHold().says('next'));
    expect(replies.filter((reply) => reply.speech.includes(SAVE_FAILED))).toHaveLength(1);
    expect(user.inRoutine).toBe(true);
    expect(await store.inner.read(keyFor(user.userId), Date.parse('2026-11-16T08:00:00Z'))).toBeDefined();
  });
});
