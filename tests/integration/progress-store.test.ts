import type { RequestEnvelope } from 'ask-sdk-model';
import { PROGRESS_VERSION, emptyProgress, type ProgressRecord } from '../../lambda/src/coach/progress';
import { MemoryStore } from '../../lambda/src/stores/memory';
import { progressStore, type SavedRecord } from '../../lambda/src/stores/progress-store';
import type { RecordKey, RecordStore, StoredRecord } from '../../lambda/src/stores/record-store';
import { StoreError } from '../../lambda/src/stores/store-error';
import { envelopeFor, keyFor, storedRecord } from '../harness/stores';

/**
 * The skill's storage layer over a store: loading whoever is speaking, saving over the
 * revision read, and merging with another session's write when there was one.
 */

const NOW = Date.parse('2026-11-16T08:00:00Z');
const ACCOUNT = 'amzn1.ask.account.progress-store';

function record(fields: Partial<ProgressRecord> = {}): ProgressRecord {
  return { ...emptyProgress(), ...fields };
}

/** A store where another session writes `theirs` just before each of our writes, `times` times. */
class RacingStore implements RecordStore {
  races = 0;
  readonly writes: number[] = [];

  constructor(
    readonly inner: RecordStore,
    private readonly theirs: (race: number) => Record<string, unknown>,
    private readonly times = Number.POSITIVE_INFINITY,
    private readonly delayMs = 0,
  ) {}

  read(key: RecordKey, now: number): Promise<StoredRecord | undefined> {
    return this.inner.read(key, now);
  }

  async write(key: RecordKey, attributes: Record<string, unknown>, expectedRevision: number, now: number): Promise<number> {
    this.writes.push(expectedRevision);
    if (this.races < this.times) {
      this.races++;
      const current = await this.inner.read(key, now);
      await this.inner.write(key, this.theirs(this.races), current?.revision ?? 0, now);
      if (this.delayMs) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    }
    return this.inner.write(key, attributes, expectedRevision, now);
  }

  removeAccount(account: string): Promise<void> {
    return this.inner.removeAccount(account);
  }
}

async function loadSaved(store: RecordStore, envelope: RequestEnvelope = envelopeFor(ACCOUNT)): Promise<SavedRecord> {
  const loaded = await progressStore(store).load(envelope, NOW);
  if (!loaded.ok) throw new Error('load failed');
  return loaded.saved;
}

describe('loading', () => {
  test('a new user: revision 0, the empty record, nobody recognised', async () => {
    const loaded = await progressStore(new MemoryStore()).load(envelopeFor(ACCOUNT), NOW);
    expect(loaded).toEqual({ ok: true, progress: emptyProgress(), status: 'new', saved: { revision: 0, progress: emptyProgress(), person: undefined } });
  });

  test('a recognised person’s record, with its revision and whose it is', async () => {
    const inner = new MemoryStore();
    await inner.write(keyFor(ACCOUNT, 'ana'), record({ brief: true }), 0, NOW);
    await inner.write(keyFor(ACCOUNT, 'ana'), record({ brief: true, completedRoutines: 1 }), 1, NOW);
    const saved = await loadSaved(inner, envelopeFor(ACCOUNT, 'ana'));
    expect(saved).toEqual({ revision: 2, progress: record({ brief: true, completedRoutines: 1 }), person: 'ana' });
  });
});

describe('saving', () => {
  test('over the revision read, with no one else writing: one write, and the new revision', async () => {
    const inner = new MemoryStore();
    const store = progressStore(inner);
    const saved = await loadSaved(inner);
    const result = await store.save(envelopeFor(ACCOUNT), record({ days: ['2026-11-16'] }), saved, NOW);
    expect(result).toEqual({ ok: true, merged: false, saved: { revision: 1, progress: record({ days: ['2026-11-16'] }), person: undefined } });
  });

  test('a preference that changed is saved with the time of the change', async () => {
    const inner = new MemoryStore();
    const result = await progressStore(inner).save(envelopeFor(ACCOUNT), record({ brief: true }), await loadSaved(inner), NOW);
    expect(result).toMatchObject({ ok: true, saved: { progress: { brief: true, changedAt: { brief: NOW } } } });
    expect(await storedRecord(inner, ACCOUNT)).toMatchObject({ brief: true, changedAt: { brief: NOW } });
  });

  test('after another session wrote: merged with its record and written over its revision', async () => {
    const inner = new MemoryStore();
    const saved = await loadSaved(inner);
    const theirs = record({ unfinished: { routine: 'desk', stretch: 1, side: 0, at: NOW - 60_000 }, days: ['2026-11-16'] });
    const racing = new RacingStore(inner, () => theirs, 1);
    const result = await progressStore(racing).save(envelopeFor(ACCOUNT), record({ brief: true }), saved, NOW);
    expect(result).toMatchObject({ ok: true, merged: true, saved: { revision: 2 } });
    const expected = { ...theirs, brief: true, changedAt: { brief: NOW } };
    expect(await storedRecord(inner, ACCOUNT)).toEqual(expected);
    expect(result.ok && result.saved.progress).toEqual(expected);
    expect(racing.writes).toEqual([0, 1]);
  });

  test('merges as often as others keep writing, within the attempts allowed; each round merges the newest record', async () => {
    const inner = new MemoryStore();
    const saved = await loadSaved(inner);
    // Three other sessions each finish a routine just before our write.
    const racing = new RacingStore(inner, (race) => record({ completedRoutines: race }), 3);
    const result = await progressStore(racing).save(envelopeFor(ACCOUNT), record({ completedRoutines: 1 }), saved, NOW);
    expect(result).toMatchObject({ ok: true, merged: true });
    expect(racing.writes).toEqual([0, 1, 2, 3]);
    expect(await storedRecord(inner, ACCOUNT)).toMatchObject({ completedRoutines: 4 });
  });

  test('gives up after the attempts allowed: a failure, the record as the other session left it', async () => {
    const inner = new MemoryStore();
    const saved = await loadSaved(inner);
    const racing = new RacingStore(inner, () => record({ completedRoutines: 7 }));
    const result = await progressStore(racing, { maxAttempts: 3 }).save(envelopeFor(ACCOUNT), record({ brief: true }), saved, NOW);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject({ kind: 'conflict' });
    expect(racing.writes).toHaveLength(3);
    expect(await storedRecord(inner, ACCOUNT)).toEqual(record({ completedRoutines: 7 }));
  });

  test('gives up when the time budget is spent, without starting another round', async () => {
    const inner = new MemoryStore();
    const saved = await loadSaved(inner);
    const racing = new RacingStore(inner, () => record(), Number.POSITIVE_INFINITY, 30);
    const started = Date.now();
    const result = await progressStore(racing, { conflictBudgetMs: 50, maxAttempts: 100 }).save(envelopeFor(ACCOUNT), record({ brief: true }), saved, NOW);
    expect(result.ok).toBe(false);
    expect(racing.writes.length).toBeLessThanOrEqual(3);
    expect(Date.now() - started).toBeLessThan(500);
  });

  test('never writes back a record deleted since it was read (the skill was disabled)', async () => {
    const inner = new MemoryStore();
    await inner.write(keyFor(ACCOUNT), record({ completedRoutines: 1 }), 0, NOW);
    const saved = await loadSaved(inner);
    await inner.removeAccount(ACCOUNT);
    const result = await progressStore(inner).save(envelopeFor(ACCOUNT), record({ completedRoutines: 2 }), saved, NOW);
    expect(result.ok).toBe(false);
    expect(await inner.read(keyFor(ACCOUNT), NOW)).toBeUndefined();
  });

  test('never writes over a record a newer version of the skill wrote meanwhile', async () => {
    const inner = new MemoryStore();
    const saved = await loadSaved(inner);
    const newer = { ...record(), version: PROGRESS_VERSION + 1, somethingNew: true };
    const result = await progressStore(new RacingStore(inner, () => newer, 1)).save(envelopeFor(ACCOUNT), record({ brief: true }), saved, NOW);
    expect(result.ok).toBe(false);
    expect(await storedRecord(inner, ACCOUNT)).toEqual(newer);
  });

  test('a failure of the store itself is a failure, not retried here (the next turn tries again)', async () => {
    const failing: RecordStore = {
      read: async () => undefined,
      write: async () => {
        throw new StoreError('unavailable', 'down');
      },
      removeAccount: async () => undefined,
    };
    const result = await progressStore(failing).save(envelopeFor(ACCOUNT), record(), undefined, NOW);
    expect(result).toMatchObject({ ok: false, error: { kind: 'unavailable' } });
  });

  test('without the record read (a session begun before revisions), writes only where there is none, or merges with what is there', async () => {
    const inner = new MemoryStore();
    await inner.write(keyFor(ACCOUNT), record({ completedRoutines: 3, days: ['2026-11-15'] }), 0, NOW);
    const result = await progressStore(inner).save(envelopeFor(ACCOUNT), record({ disclaimerHeard: true }), undefined, NOW);
    expect(result.ok).toBe(true);
    expect(await storedRecord(inner, ACCOUNT)).toMatchObject({ completedRoutines: 3, days: ['2026-11-15'], disclaimerHeard: true });
    expect(await progressStore(new MemoryStore()).save(envelopeFor(ACCOUNT), record({ brief: true }), undefined, NOW)).toMatchObject({ ok: true, saved: { revision: 1 } });
  });

  test('without the record read, counts take the larger (its own count already holds what it read), never the sum', async () => {
    const inner = new MemoryStore();
    await inner.write(keyFor(ACCOUNT), record({ completedRoutines: 5, days: ['2026-11-15'], unfinished: { routine: 'desk', stretch: 2, side: 0, at: NOW - 1000 } }), 0, NOW);
    // It read 5 before revisions, finished one (6), and left no place.
    await progressStore(inner).save(envelopeFor(ACCOUNT), record({ completedRoutines: 6, days: ['2026-11-15', '2026-11-16'] }), undefined, NOW);
    const stored = await storedRecord(inner, ACCOUNT);
    expect(stored).toMatchObject({ completedRoutines: 6, days: ['2026-11-15', '2026-11-16'] });
    expect(stored.unfinished).toBeUndefined();
  });

  test('a session keeps the record it began with: a later request recognised as someone else still saves to it', async () => {
    const inner = new MemoryStore();
    const saved = await loadSaved(inner, envelopeFor(ACCOUNT, 'ana'));
    await progressStore(inner).save(envelopeFor(ACCOUNT, 'ben'), record({ brief: true }), saved, NOW);
    expect(await storedRecord(inner, ACCOUNT, 'ana')).toMatchObject({ brief: true });
    expect(await inner.read(keyFor(ACCOUNT, 'ben'), NOW)).toBeUndefined();
  });
});

describe('removing', () => {
  test('removes the account and its people', async () => {
    const inner = new MemoryStore();
    for (const person of [undefined, 'ana']) await inner.write(keyFor(ACCOUNT, person), record(), 0, NOW);
    expect(await progressStore(inner).remove(envelopeFor(ACCOUNT, 'ana'))).toEqual({ ok: true });
    for (const person of [undefined, 'ana']) expect(await inner.read(keyFor(ACCOUNT, person), NOW)).toBeUndefined();
  });
});
