import { HISTORY_DAYS, PROGRESS_VERSION, emptyProgress, readProgress, type ProgressRecord } from '../../lambda/src/coach/progress';
import {
  MERGE_RULES,
  PREFERENCE_FIELDS,
  RULES,
  mergeProgress,
  stampPreferenceChanges,
  type MergeRules,
} from '../../lambda/src/coach/progress-merge';

/**
 * The merge of two sessions' records, field by field: `base` is what this session read,
 * `mine` what it wants to write, `theirs` what the store holds now (another session wrote it).
 */

const T0 = Date.parse('2026-11-16T08:00:00Z');
const minutes = (n: number) => T0 + n * 60_000;

function record(fields: Partial<ProgressRecord> = {}): ProgressRecord {
  return { ...emptyProgress(), ...fields };
}

function merge(base: Partial<ProgressRecord>, mine: Partial<ProgressRecord>, theirs: Partial<ProgressRecord>): ProgressRecord {
  return mergeProgress(record(base), record(mine), record(theirs));
}

describe('the rules table', () => {
  test('has a rule for every field of the stored record and for nothing else', () => {
    expect(Object.keys(MERGE_RULES).sort()).toEqual([...readProgress.fields].sort());
  });

  test('a field added to the record without a rule fails the type check', () => {
    // @ts-expect-error: `streakGoal` has no merge rule, so the table does not type-check for such a record
    const withNewField: MergeRules<ProgressRecord & { streakGoal: number }> = MERGE_RULES;
    // @ts-expect-error: optional fields need a rule too
    const withOptionalField: MergeRules<ProgressRecord & { reminderToken?: string }> = MERGE_RULES;
    const asItIs: MergeRules<ProgressRecord> = MERGE_RULES;
    expect([withNewField, withOptionalField]).toEqual([asItIs, asItIs]);
  });

  test('the preferences are the fields whose change times the record keeps', () => {
    expect(PREFERENCE_FIELDS).toEqual(['brief', 'pace']);
  });
});

describe('whatever the rule, a field only one side changed keeps that change', () => {
  const base = record({
    unfinished: { routine: 'desk', stretch: 1, side: 0, at: minutes(0) },
    days: ['2026-11-15'],
    seen: ['shoulder-rolls'],
    brief: false,
    disclaimerHeard: true,
    completedRoutines: 3,
  });
  const changed: ProgressRecord = {
    version: PROGRESS_VERSION,
    unfinished: { routine: 'gentle', stretch: 2, side: 1, at: minutes(5) },
    days: ['2026-11-15', '2026-11-16'],
    seen: ['shoulder-rolls', 'seated-twist'],
    brief: true,
    pace: 'step',
    disclaimerHeard: true,
    pauseTipHeard: true,
    completedRoutines: 4,
    changedAt: { brief: minutes(4), pace: minutes(4) },
  };

  test('their changes survive a session that changed nothing (the lost-progress bug)', () => {
    expect(mergeProgress(base, base, changed)).toEqual(changed);
  });

  test('my changes survive when the store still holds what I read', () => {
    expect(mergeProgress(base, changed, base)).toEqual(changed);
  });

  test('the same change on both sides is that change (a count adds both: see below)', () => {
    expect(mergeProgress(base, changed, changed)).toEqual({ ...changed, completedRoutines: 5 });
  });
});

describe('active days (days)', () => {
  test('are the union of both sides, in order', () => {
    expect(merge({ days: ['2026-11-10'] }, { days: ['2026-11-10', '2026-11-16'] }, { days: ['2026-11-10', '2026-11-12'] }).days).toEqual([
      '2026-11-10',
      '2026-11-12',
      '2026-11-16',
    ]);
  });

  test('keep the last HISTORY_DAYS of the union', () => {
    const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);
    const even = Array.from({ length: HISTORY_DAYS }, (_, i) => day(2 * i));
    const odd = Array.from({ length: HISTORY_DAYS }, (_, i) => day(2 * i + 1));
    const merged = merge({ days: [] }, { days: even }, { days: odd }).days;
    expect(merged).toHaveLength(HISTORY_DAYS);
    expect(merged.at(-1)).toBe(day(2 * HISTORY_DAYS - 1));
    expect(merged[0]).toBe(day(HISTORY_DAYS));
  });
});

describe('stretches met (seen)', () => {
  test('are the union of both sides, each once', () => {
    const merged = merge({ seen: ['shoulder-rolls'] }, { seen: ['shoulder-rolls', 'seated-twist'] }, { seen: ['shoulder-rolls', 'chest-opener'] });
    expect([...merged.seen].sort()).toEqual(['chest-opener', 'seated-twist', 'shoulder-rolls']);
  });
});

describe('finished routines (completedRoutines)', () => {
  test('count both sides’ routines: two sessions that each finished one add two', () => {
    expect(merge({ completedRoutines: 5 }, { completedRoutines: 6 }, { completedRoutines: 6 }).completedRoutines).toBe(7);
  });

  test('never fall below either side', () => {
    expect(merge({ completedRoutines: 9 }, { completedRoutines: 2 }, { completedRoutines: 4 }).completedRoutines).toBe(4);
    expect(merge({ completedRoutines: 0 }, { completedRoutines: 3 }, { completedRoutines: 1 }).completedRoutines).toBe(4);
  });
});

describe('the unfinished place (unfinished)', () => {
  const kitchen = { routine: 'desk' as const, stretch: 1, side: 0, at: minutes(10) };
  const office = { routine: 'gentle' as const, stretch: 3, side: 1, at: minutes(12) };

  test('when both sides left a place, the most recent one', () => {
    expect(merge({}, { unfinished: office }, { unfinished: kitchen }).unfinished).toEqual(office);
    expect(merge({}, { unfinished: kitchen }, { unfinished: office }).unfinished).toEqual(office);
  });

  test('a place left on one side beats a routine finished on the other', () => {
    const yesterday = { routine: 'full' as const, stretch: 4, side: 0, at: minutes(-24 * 60) };
    expect(merge({ unfinished: yesterday }, { unfinished: undefined }, { unfinished: kitchen }).unfinished).toEqual(kitchen);
    expect(merge({ unfinished: yesterday }, { unfinished: kitchen }, { unfinished: undefined }).unfinished).toEqual(kitchen);
  });

  test('a session that only read a place never brings it back after another session finished it', () => {
    expect(merge({ unfinished: kitchen }, { unfinished: kitchen, brief: true }, { unfinished: undefined }).unfinished).toBeUndefined();
  });
});

describe('preferences (brief)', () => {
  test('the most recently changed wins when both sides changed it', () => {
    expect(merge({ brief: false }, { brief: true, changedAt: { brief: minutes(3) } }, { brief: false, changedAt: { brief: minutes(5) } })).toMatchObject({
      brief: false,
      changedAt: { brief: minutes(5) },
    });
    expect(merge({ brief: false }, { brief: true, changedAt: { brief: minutes(5) } }, { brief: false, changedAt: { brief: minutes(3) } })).toMatchObject({
      brief: true,
      changedAt: { brief: minutes(5) },
    });
  });

  test('a change that was undone on one side is still a change, with its time', () => {
    // Theirs went brief and back to full detail at 8:07; mine went brief at 8:05: theirs is later.
    const merged = merge({ brief: false }, { brief: true, changedAt: { brief: minutes(5) } }, { brief: false, changedAt: { brief: minutes(7) } });
    expect(merged.brief).toBe(false);
  });

  test('a side changed without a time (a record written before times were kept) loses to one with a time', () => {
    expect(merge({ brief: false }, { brief: true, changedAt: { brief: minutes(1) } }, { brief: false }).brief).toBe(true);
    expect(merge({ brief: false }, { brief: false, changedAt: { brief: minutes(1) } }, { brief: true }).brief).toBe(false);
  });

  test('a side that left the preference as read, time and all, takes the other side’s, with or without a time', () => {
    const read = { brief: false, changedAt: { brief: minutes(0) } };
    expect(merge(read, read, { brief: true }).brief).toBe(true);
    expect(merge(read, { brief: true }, read).brief).toBe(true);
  });
});

describe('once-only flags (disclaimerHeard)', () => {
  test('heard on either side is heard', () => {
    expect(merge({}, { disclaimerHeard: true }, { disclaimerHeard: false }).disclaimerHeard).toBe(true);
    expect(merge({}, { disclaimerHeard: false }, { disclaimerHeard: true }).disclaimerHeard).toBe(true);
    expect(merge({}, { disclaimerHeard: false }, { disclaimerHeard: false }).disclaimerHeard).toBe(false);
  });
});

describe('a plain value (latestWrite: fields added later, such as a reminder\'s token)', () => {
  const versions = (base?: string, mine?: string, theirs?: string) => ({ base, mine, theirs });
  test('is kept from whichever side set or changed it', () => {
    expect(RULES.latestWrite.merge(versions(undefined, undefined, 'token-b'))).toBe('token-b');
    expect(RULES.latestWrite.merge(versions(undefined, 'token-a', undefined))).toBe('token-a');
    expect(RULES.latestWrite.merge(versions('token-0', 'token-0', 'token-b'))).toBe('token-b');
  });

  test('when both changed it, is this session’s, the later write', () => {
    expect(RULES.latestWrite.merge(versions('token-0', 'token-a', 'token-b'))).toBe('token-a');
  });
});

describe('preference change times (changedAt)', () => {
  test('keep the later time of each preference, and any preference only one side has', () => {
    expect(merge({}, { changedAt: { brief: minutes(2), pace: minutes(9) } }, { changedAt: { brief: minutes(4) } }).changedAt).toEqual({
      brief: minutes(4),
      pace: minutes(9),
    });
    expect(merge({}, {}, {}).changedAt).toBeUndefined();
  });
});

describe('the version', () => {
  test('stays the version both sides have', () => {
    expect(merge({}, {}, {}).version).toBe(PROGRESS_VERSION);
  });
});

describe('stamping preference changes', () => {
  test('notes the time of a preference that differs from the record as read', () => {
    const stamped = stampPreferenceChanges(record({ brief: false }), record({ brief: true }), minutes(1));
    expect(stamped).toEqual(record({ brief: true, changedAt: { brief: minutes(1) } }));
  });

  test('leaves the record as it is (the same object) when no preference changed', () => {
    const after = record({ days: ['2026-11-16'], changedAt: { brief: minutes(0) } });
    expect(stampPreferenceChanges(record({ changedAt: { brief: minutes(0) } }), after, minutes(1))).toBe(after);
  });
});
