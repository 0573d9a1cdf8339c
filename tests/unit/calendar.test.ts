import {
  FALLBACK_TIME_ZONE,
  daysBetween,
  isValidTimeZone,
  localDay,
  relativeDay,
  shiftDay,
  weekdayOf,
  weeklySummary,
} from '../../lambda/src/coach/calendar';

const at = (iso: string) => Date.parse(iso);

describe('local days', () => {
  // Zones with odd offsets and daylight-saving changes, walked minute by minute over their
  // midnights and changes: the remembered date must always be the one Intl gives afresh.
  test.each([
    ['Asia/Kathmandu', '2026-11-17T17:00:00Z'], // +5:45, midnight at 18:15 UTC
    ['Pacific/Chatham', '2026-04-04T10:00:00Z'], // +13:45 to +12:45 on 5 April
    ['Australia/Lord_Howe', '2026-04-04T13:00:00Z'], // a 30-minute daylight-saving change
    ['America/St_Johns', '2026-11-01T02:00:00Z'], // -2:30 to -3:30
    ['America/Los_Angeles', '2026-03-08T07:00:00Z'], // spring forward, and midnight
  ])('in %s the date changes exactly when the local clock passes midnight', (zone, from) => {
    const fresh = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    for (let minute = 0; minute < 36 * 60; minute += 1) {
      const instant = at(from) + minute * 60_000 + 7_000;
      expect([minute, localDay(instant, zone)]).toEqual([minute, fresh.format(instant)]);
    }
  });

  test('the same instant is a different date in different zones', () => {
    const instant = at('2026-11-17T07:30:00Z');
    expect(localDay(instant, 'UTC')).toBe('2026-11-17');
    expect(localDay(instant, 'America/Los_Angeles')).toBe('2026-11-16'); // 23:30 the evening before
    expect(localDay(instant, 'Asia/Tokyo')).toBe('2026-11-17');
    expect(localDay(at('2026-11-17T15:30:00Z'), 'Asia/Tokyo')).toBe('2026-11-18'); // 00:30 the next morning
    expect(localDay(at('2026-11-17T08:00:00Z'), 'Asia/Kolkata')).toBe('2026-11-17');
    expect(localDay(at('2026-11-17T18:45:00Z'), 'Asia/Kolkata')).toBe('2026-11-18'); // half-hour offset
  });

  test('an invalid or empty zone reads as UTC rather than throwing', () => {
    const instant = at('2026-11-17T23:59:59Z');
    expect(localDay(instant, 'Mars/Olympus_Mons')).toBe('2026-11-17');
    expect(localDay(instant, '')).toBe('2026-11-17');
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone(undefined)).toBe(false);
    expect(isValidTimeZone('America/New_York')).toBe(true);
    expect(isValidTimeZone(FALLBACK_TIME_ZONE)).toBe(true);
  });

  test('day arithmetic is by calendar date, across months, years and leap days', () => {
    expect(daysBetween('2026-11-16', '2026-11-17')).toBe(1);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-11-17', '2026-11-16')).toBe(-1);
    expect(shiftDay('2028-03-01', -1)).toBe('2028-02-29');
    expect(shiftDay('2026-12-31', 1)).toBe('2027-01-01');
    expect(weekdayOf('2026-11-16')).toBe(1); // a Monday
  });
});

describe('relativeDay: how to say when a routine was left', () => {
  const LA = 'America/Los_Angeles';

  test.each([
    ['an hour ago', '2026-11-17T16:00:00Z', 'today'],
    ['yesterday evening', '2026-11-17T03:00:00Z', 'yesterday'], // 19:00 on the 16th in LA
    ['late the night before', '2026-11-17T07:59:00Z', 'yesterday'], // 23:59 on the 16th in LA
  ])('%s is %s', (_case, then, kind) => {
    expect(relativeDay(at(then), at('2026-11-17T17:00:00Z'), LA)).toEqual({ kind });
  });

  test('a time after now (a clock ahead of the request) is today, not an error', () => {
    expect(relativeDay(at('2026-11-18T10:00:00Z'), at('2026-11-17T10:00:00Z'), 'UTC')).toEqual({ kind: 'today' });
  });

  test('two to six days back names the weekday it was in the user\'s zone', () => {
    const now = at('2026-11-21T20:00:00Z'); // Saturday
    expect(relativeDay(at('2026-11-19T12:00:00Z'), now, 'UTC')).toEqual({ kind: 'thisWeek', weekday: 4 }); // Thursday
    expect(relativeDay(at('2026-11-15T12:00:00Z'), now, 'UTC')).toEqual({ kind: 'thisWeek', weekday: 0 }); // Sunday, 6 days
    // 02:00 UTC on Thursday is still Wednesday evening in Los Angeles.
    expect(relativeDay(at('2026-11-19T02:00:00Z'), now, LA)).toEqual({ kind: 'thisWeek', weekday: 3 });
  });

  test('a week or more back is "older": the same weekday a week ago would be confusing', () => {
    const now = at('2026-11-23T12:00:00Z');
    expect(relativeDay(at('2026-11-16T12:00:00Z'), now, 'UTC')).toEqual({ kind: 'older' });
    expect(relativeDay(at('2025-11-16T12:00:00Z'), now, 'UTC')).toEqual({ kind: 'older' });
  });

  test('the same two instants can be "today" in one zone and "yesterday" in another', () => {
    const then = at('2026-11-17T09:00:00Z');
    const now = at('2026-11-18T07:30:00Z');
    expect(relativeDay(then, now, LA)).toEqual({ kind: 'today' });
    expect(relativeDay(then, now, 'UTC')).toEqual({ kind: 'yesterday' });
    expect(relativeDay(then, now, 'Not/AZone')).toEqual({ kind: 'yesterday' }); // falls back to UTC
  });

  describe('across daylight saving changes (calendar days, not 24-hour blocks)', () => {
    const NY = 'America/New_York';

    test('spring forward: 23:30 Saturday to 23:45 Sunday is 23 h 15 min, and "yesterday"', () => {
      const then = at('2026-03-08T04:30:00Z'); // 23:30 EST on Saturday 7 March
      const now = at('2026-03-09T03:45:00Z'); // 23:45 EDT on Sunday 8 March
      expect(now - then).toBeLessThan(24 * 3600_000);
      expect(localDay(then, NY)).toBe('2026-03-07');
      expect(localDay(now, NY)).toBe('2026-03-08');
      expect(relativeDay(then, now, NY)).toEqual({ kind: 'yesterday' });
    });

    test('fall back: 00:15 to 23:45 on the long Sunday is 24 h 30 min, and still "today"', () => {
      const then = at('2026-11-01T04:15:00Z'); // 00:15 EDT on Sunday 1 November
      const now = at('2026-11-02T04:45:00Z'); // 23:45 EST the same Sunday
      expect(now - then).toBeGreaterThan(24 * 3600_000);
      expect(relativeDay(then, now, NY)).toEqual({ kind: 'today' });
    });

    test('the hour that repeats in the fall maps both times onto the same date', () => {
      expect(localDay(at('2026-11-01T05:30:00Z'), NY)).toBe('2026-11-01'); // 01:30 EDT
      expect(localDay(at('2026-11-01T06:30:00Z'), NY)).toBe('2026-11-01'); // 01:30 EST
    });

    test('Southern Hemisphere (Sydney) changes the other way round', () => {
      const SYD = 'Australia/Sydney';
      const then = at('2026-10-03T13:30:00Z'); // 23:30 AEST Saturday 3 October
      const now = at('2026-10-04T13:15:00Z'); // 00:15 AEDT Monday 5 October
      expect(localDay(then, SYD)).toBe('2026-10-03');
      expect(localDay(now, SYD)).toBe('2026-10-05');
      expect(relativeDay(then, now, SYD)).toEqual({ kind: 'thisWeek', weekday: 6 });
    });
  });
});

describe('weeklySummary: days this week and the streak', () => {
  test('no days: nothing', () => {
    expect(weeklySummary([], '2026-11-17')).toEqual({ daysThisWeek: 0, streak: 0 });
  });

  test('consecutive days up to today make a streak', () => {
    expect(weeklySummary(['2026-11-15', '2026-11-16', '2026-11-17'], '2026-11-17')).toEqual({ daysThisWeek: 3, streak: 3 });
  });

  test('a streak up to yesterday still counts today, before today\'s routine is done', () => {
    expect(weeklySummary(['2026-11-15', '2026-11-16'], '2026-11-17')).toEqual({ daysThisWeek: 2, streak: 2 });
  });

  test('a gap ends the streak; the week still counts every day', () => {
    expect(weeklySummary(['2026-11-12', '2026-11-14', '2026-11-17'], '2026-11-17')).toEqual({ daysThisWeek: 3, streak: 1 });
    expect(weeklySummary(['2026-11-14', '2026-11-15'], '2026-11-17')).toEqual({ daysThisWeek: 2, streak: 0 });
  });

  test('the week is the seven days ending today; older days and future days are not in it', () => {
    const days = ['2026-11-10', '2026-11-11', '2026-11-17', '2026-11-18'];
    expect(weeklySummary(days, '2026-11-17').daysThisWeek).toBe(2); // the 11th and the 17th
  });

  test('duplicates count once', () => {
    expect(weeklySummary(['2026-11-17', '2026-11-17'], '2026-11-17')).toEqual({ daysThisWeek: 1, streak: 1 });
  });

  test('a streak runs across a month and a year end', () => {
    expect(weeklySummary(['2026-12-30', '2026-12-31', '2027-01-01'], '2027-01-01').streak).toBe(3);
  });
});
