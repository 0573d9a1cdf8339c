import { parseProgress } from '../../lambda/src/coach/progress';
import { RECORD_LIFETIME_DAYS } from '../../lambda/src/stores/expiry';
import { Conversation } from '../harness/conversation';
import { STORE_BACKENDS, type StoreUnderTest } from '../harness/stores';

/**
 * Data kept no longer than needed: a record nobody has written for RECORD_LIFETIME_DAYS
 * is gone (DynamoDB's time to live deletes it; every store reads it as gone from then on),
 * and every session that saves something starts the period again.
 */

const DAY = 24 * 60 * 60 * 1000;
const MONDAY = Date.parse('2026-11-16T08:00:00Z');
let accountCounter = 0;

describe.each(STORE_BACKENDS)('how long a record is kept, with the %s', (_name, createBackend) => {
  let backend: StoreUnderTest;
  let userId: string;
  beforeEach(() => {
    backend = createBackend();
    userId = `amzn1.ask.account.lifetime-${++accountCounter}`;
  });
  afterEach(() => backend.dispose());

  /** Starts the desk break, does its first stretch (a day of stretching), and stops in the second. */
  async function stopMidRoutine(at: number): Promise<void> {
    const user = new Conversation({ store: backend.store, userId, start: at });
    await user.says('ask upper back coach to start the desk break');
    await user.during((segment) => segment.kind === 'hold' && segment.place.stretch === 1, 'middle').says('stop');
  }

  test(`a day short of ${RECORD_LIFETIME_DAYS} days, the saved place is still offered`, async () => {
    await stopMidRoutine(MONDAY);
    const user = new Conversation({ store: backend.store, userId, start: MONDAY + (RECORD_LIFETIME_DAYS - 1) * DAY });
    const welcome = await user.says('open upper back coach');
    expect(welcome.speech).not.toContain('not medical advice');
    expect(welcome.speech).toMatch(/desk break/i);
    expect((await user.says('yes')).speech).toMatch(/^Picking up with chair backrest stretch\./);
  });

  test(`after ${RECORD_LIFETIME_DAYS} days untouched, the record is gone: a first use again, and a new record`, async () => {
    await stopMidRoutine(MONDAY);
    const user = new Conversation({ store: backend.store, userId, start: MONDAY + RECORD_LIFETIME_DAYS * DAY + 10 * 60_000 });
    const welcome = await user.says('open upper back coach');
    expect(welcome.speech).toContain('not medical advice');
    await user.says('start the morning mobility');
    const record = parseProgress(await backend.stored(userId)).progress;
    expect(record.unfinished?.routine).toBe('morning');
    expect(record.days).toEqual([]); // the desk break's day went with the old record
    expect(record.seen).not.toContain('shoulder-rolls');
  });

  test('each session that saves starts the period again', async () => {
    await stopMidRoutine(MONDAY);
    await stopMidRoutine(MONDAY + 300 * DAY);
    const user = new Conversation({ store: backend.store, userId, start: MONDAY + 500 * DAY });
    const welcome = await user.says('open upper back coach');
    expect(welcome.speech).not.toContain('not medical advice');
    expect(welcome.speech).toMatch(/desk break/i);
  });
});
