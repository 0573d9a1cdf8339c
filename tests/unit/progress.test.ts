import {
  HISTORY_DAYS,
  PROGRESS_VERSION,
  emptyProgress,
  finishRoutine,
  isMaterialChange,
  isReturningUser,
  parseProgress,
  recordActiveDay,
  rememberPlace,
  type ProgressRecord,
} from '../../lambda/src/coach/progress';

/** A complete, valid stored record (what the skill itself writes). */
function goodRecord(): ProgressRecord {
  return {
    version: PROGRESS_VERSION,
    unfinished: { routine: 'desk', stretch: 2, side: 1, at: Date.parse('2026-11-16T08:00:00Z') },
    days: ['2026-11-14', '2026-11-16'],
    seen: ['shoulder-rolls', 'chair-back-extension', 'seated-twist'],
    brief: true,
    pace: 'step',
    disclaimerHeard: true,
    pauseTipHeard: true,
    completedRoutines: 4,
  };
}

describe('parsing a stored progress record', () => {
  test.each([
    ['nothing stored (undefined)', undefined],
    ['null', null],
    ['an empty record (what the stores return for a new user)', {}],
  ])('%s is a new user', (_case, raw) => {
    expect(parseProgress(raw)).toEqual({ progress: emptyProgress(), status: 'new' });
  });

  test('a valid record comes back as it was, status ok', () => {
    expect(parseProgress(goodRecord())).toEqual({ progress: goodRecord(), status: 'ok' });
  });

  test('a valid record whose keys come back in another order (as DynamoDB may return them) is still ok', () => {
    const good = goodRecord();
    const { at, side, stretch, routine } = good.unfinished!;
    const shuffled = {
      seen: good.seen,
      unfinished: { at, side, stretch, routine },
      completedRoutines: good.completedRoutines,
      brief: good.brief,
      pace: good.pace,
      days: good.days,
      disclaimerHeard: good.disclaimerHeard,
      pauseTipHeard: good.pauseTipHeard,
      version: good.version,
    };
    expect(parseProgress(shuffled)).toEqual({ progress: goodRecord(), status: 'ok' });
  });

  test('fields the schema does not know are dropped without calling the record broken', () => {
    const { progress } = parseProgress({ ...goodRecord(), somethingNew: 1 });
    expect(progress).toEqual(goodRecord());
  });

  test.each([
    ['a string', 'garbage'],
    ['a number', 42],
    ['a list', [goodRecord()]],
    ['an older version', { ...goodRecord(), version: 0 }],
    ['no version at all', { days: ['2026-11-16'], brief: true }],
    ['a version that is a string', { ...goodRecord(), version: '1' }],
  ])('%s is reset to a fresh record', (_case, raw) => {
    expect(parseProgress(raw)).toEqual({ progress: emptyProgress(), status: 'reset' });
  });

  test('a record from a newer version of the skill is not read, and flagged so it is left alone', () => {
    expect(parseProgress({ ...goodRecord(), version: PROGRESS_VERSION + 1 })).toEqual({ progress: emptyProgress(), status: 'newer' });
  });

  test('a partial record keeps what is good and fills in the rest: repaired', () => {
    const raw = { version: PROGRESS_VERSION, disclaimerHeard: true, days: ['2026-11-16'] };
    expect(parseProgress(raw)).toEqual({
      progress: { ...emptyProgress(), disclaimerHeard: true, days: ['2026-11-16'] },
      status: 'repaired',
    });
  });

  test.each<[string, Record<string, unknown>, Partial<ProgressRecord>]>([
    ['brief is not a boolean', { brief: 'yes' }, { brief: false }],
    ['disclaimerHeard is not a boolean', { disclaimerHeard: 1 }, { disclaimerHeard: false }],
    ['completedRoutines is negative', { completedRoutines: -3 }, { completedRoutines: 0 }],
    ['completedRoutines is not whole', { completedRoutines: 2.5 }, { completedRoutines: 0 }],
    ['pace is unknown', { pace: 'fast' }, { pace: 'flow' }],
    ['pauseTipHeard is not a boolean', { pauseTipHeard: 'no' }, { pauseTipHeard: false }],
    ['days is not a list', { days: 'monday' }, { days: [] }],
    ['seen is not a list', { seen: { a: 1 } }, { seen: [] }],
    ['unfinished names an unknown routine', { unfinished: { routine: 'yoga', stretch: 0, side: 0, at: 1 } }, { unfinished: undefined }],
    ['unfinished has no time', { unfinished: { routine: 'desk', stretch: 0, side: 0 } }, { unfinished: undefined }],
    ['unfinished is past the routine\'s end', { unfinished: { routine: 'desk', stretch: 99, side: 0, at: 1 } }, { unfinished: undefined }],
    ['unfinished is on a second side of a one-sided stretch', { unfinished: { routine: 'desk', stretch: 0, side: 1, at: 1 } }, { unfinished: undefined }],
  ])('a broken field (%s) falls back on its own; the rest is kept: repaired', (_case, broken, expected) => {
    const { progress, status } = parseProgress({ ...goodRecord(), ...broken });
    expect(status).toBe('repaired');
    expect(progress).toEqual({ ...goodRecord(), ...expected });
  });

  test('one bad day in the history drops that day only', () => {
    const { progress, status } = parseProgress({ ...goodRecord(), days: ['2026-11-14', 'someday', 7, '2026-11-16'] });
    expect(status).toBe('repaired');
    expect(progress.days).toEqual(['2026-11-14', '2026-11-16']);
  });

  test('one unknown stretch in the seen list drops that id only', () => {
    const { progress, status } = parseProgress({ ...goodRecord(), seen: ['shoulder-rolls', 'retired-stretch', 3] });
    expect(status).toBe('repaired');
    expect(progress.seen).toEqual(['shoulder-rolls']);
  });

  test('duplicate, unsorted or too many days are tidied, and that counts as a repair', () => {
    const many = Array.from({ length: HISTORY_DAYS + 5 }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10));
    const { progress, status } = parseProgress({ ...goodRecord(), days: [...many].reverse().concat(many[0]!) });
    expect(status).toBe('repaired');
    expect(progress.days).toEqual(many.slice(-HISTORY_DAYS));
  });

  test('never throws, whatever the store hands back', () => {
    const oddities: unknown[] = [
      true,
      Symbol('x'),
      () => 1,
      Object.create(null),
      { version: PROGRESS_VERSION, unfinished: null, days: null, seen: null, brief: null },
      { version: PROGRESS_VERSION, ['__proto__']: { polluted: true } },
      { version: PROGRESS_VERSION, days: [null, {}, []], unfinished: 'desk' },
    ];
    for (const raw of oddities) {
      const { progress } = parseProgress(raw);
      expect(progress.version).toBe(PROGRESS_VERSION);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('updating progress', () => {
  test('a returning user is anyone who has heard the note, stretched on a day, or met a stretch', () => {
    expect(isReturningUser(emptyProgress())).toBe(false);
    expect(isReturningUser({ ...emptyProgress(), disclaimerHeard: true })).toBe(true);
    expect(isReturningUser({ ...emptyProgress(), days: ['2026-11-16'] })).toBe(true);
  });

  test('remembering a place keeps when it was', () => {
    const progress = rememberPlace(emptyProgress(), { routine: 'gentle', stretch: 1, side: 1 }, 1234);
    expect(progress.unfinished).toEqual({ routine: 'gentle', stretch: 1, side: 1, at: 1234 });
    expect(parseProgress(progress)).toEqual({ progress, status: 'ok' });
  });

  test('an active day is recorded once, in order, keeping the last HISTORY_DAYS', () => {
    let progress = recordActiveDay(emptyProgress(), '2026-11-16');
    progress = recordActiveDay(progress, '2026-11-16');
    progress = recordActiveDay(progress, '2026-11-14');
    expect(progress.days).toEqual(['2026-11-14', '2026-11-16']);
  });

  test('finishing clears the unfinished routine, counts the day and the routine', () => {
    const progress = finishRoutine(goodRecord(), '2026-11-17');
    expect(progress.unfinished).toBeUndefined();
    expect(progress.days).toEqual(['2026-11-14', '2026-11-16', '2026-11-17']);
    expect(progress.completedRoutines).toBe(5);
  });
});

describe('which changes are worth a write of their own', () => {
  const at = Date.parse('2026-11-17T08:00:00Z');
  test('a new place, a finished routine or a preference is', () => {
    const record = goodRecord();
    expect(isMaterialChange(record, rememberPlace(record, { routine: 'desk', stretch: 3, side: 0 }, at))).toBe(true);
    expect(isMaterialChange(record, finishRoutine(record, '2026-11-17'))).toBe(true);
    expect(isMaterialChange(record, { ...record, brief: !record.brief })).toBe(true);
    expect(isMaterialChange(record, recordActiveDay(record, '2026-11-17'))).toBe(true);
  });

  test('the first-use note, a stretch met, or the same place at a new time is not', () => {
    const record = goodRecord();
    expect(isMaterialChange(record, { ...record, disclaimerHeard: !record.disclaimerHeard })).toBe(false);
    expect(isMaterialChange(record, { ...record, seen: [...record.seen, 'bridge'] })).toBe(false);
    expect(isMaterialChange(record, rememberPlace(record, { routine: 'desk', stretch: 2, side: 1 }, at))).toBe(false);
  });
});
