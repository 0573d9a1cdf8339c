/**
 * Calendar arithmetic in the user's time zone, from epoch milliseconds. The clock
 * is always the request's timestamp, so "yesterday" is testable and repeatable.
 */

export const FALLBACK_TIME_ZONE = 'UTC';

/**
 * One date formatter per time zone, made on first use: building an Intl.DateTimeFormat
 * costs far more than using one, and a warm Lambda sees the same few zones again and again.
 * Unknown zones are remembered as null.
 */
const formatters = new Map<string, Intl.DateTimeFormat | null>();

function dayFormatter(zone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    } catch {
      formatter = null;
    }
    if (formatters.size > 1000) formatters.clear(); // bounded: zones come from outside
    formatters.set(zone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(zone: string | undefined): zone is string {
  return Boolean(zone) && dayFormatter(zone as string) !== null;
}

/**
 * The last date worked out per time zone, with the quarter hour it holds for. Every zone's
 * offset, and so its midnight and its daylight-saving changes, falls on a quarter hour,
 * so the date cannot change inside one: a session's turns reuse it instead of formatting
 * the date again (Intl formatting is a tenth of a warm request).
 */
const QUARTER_HOUR_MS = 15 * 60_000;
const lastDays = new Map<string, { quarter: number; day: string }>();

/** The local calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function localDay(epochMs: number, timeZone: string): string {
  const quarter = Math.floor(epochMs / QUARTER_HOUR_MS);
  const known = lastDays.get(timeZone);
  if (known?.quarter === quarter) return known.day;
  const formatter = dayFormatter(timeZone) ?? (dayFormatter(FALLBACK_TIME_ZONE) as Intl.DateTimeFormat);
  const parts = formatter.formatToParts(new Date(epochMs));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  const day = `${get('year')}-${get('month')}-${get('day')}`;
  if (lastDays.size > 1000) lastDays.clear(); // bounded: zones come from outside
  lastDays.set(timeZone, { quarter, day });
  return day;
}

/** Whole days from one local date to another (both YYYY-MM-DD). */
export function daysBetween(fromDay: string, toDay: string): number {
  return dayNumber(toDay) - dayNumber(fromDay);
}

/** A calendar day as a number of days since 1970-01-01, so that days are counted by arithmetic. */
function dayNumber(day: string): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
}

/** 0 = Sunday ... 6 = Saturday, for a local date. */
export function weekdayOf(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

type RelativeDay = { kind: 'today' } | { kind: 'yesterday' } | { kind: 'thisWeek'; weekday: number } | { kind: 'older' };

/** How to say when something happened, seen from now in the user's time zone. */
export function relativeDay(thenMs: number, nowMs: number, timeZone: string): RelativeDay {
  const then = localDay(thenMs, timeZone);
  const gap = daysBetween(then, localDay(nowMs, timeZone));
  if (gap <= 0) return { kind: 'today' };
  if (gap === 1) return { kind: 'yesterday' };
  if (gap < 7) return { kind: 'thisWeek', weekday: weekdayOf(then) };
  return { kind: 'older' };
}

/** Distinct active days in the seven days ending today, and the run of days up to today or yesterday. */
export function weeklySummary(days: readonly string[], today: string): { daysThisWeek: number; streak: number } {
  const todayNumber = dayNumber(today);
  const active = new Set(days.map(dayNumber));
  let daysThisWeek = 0;
  for (const day of active) if (todayNumber - day >= 0 && todayNumber - day < 7) daysThisWeek++;
  let streak = 0;
  for (let day = active.has(todayNumber) ? todayNumber : todayNumber - 1; active.has(day); day--) streak++;
  return { daysThisWeek, streak };
}

export function shiftDay(day: string, delta: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + delta);
  return date.toISOString().slice(0, 10);
}

/** A local time of day: the hour (0-23), the minute, and the weekday (0 = Sunday) and date it falls on. */
export interface LocalTime {
  hour: number;
  minute: number;
  weekday: number;
  day: string;
}

const timeFormatters = new Map<string, Intl.DateTimeFormat | null>();

function timeFormatter(zone: string): Intl.DateTimeFormat | null {
  let formatter = timeFormatters.get(zone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-CA', {
        timeZone: zone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      });
    } catch {
      formatter = null;
    }
    if (timeFormatters.size > 1000) timeFormatters.clear(); // bounded: zones come from outside
    timeFormatters.set(zone, formatter);
  }
  return formatter;
}

/** The local date and time of day of an instant in a time zone (used off the routine's path: reminders and offers). */
export function localTime(epochMs: number, timeZone: string): LocalTime {
  const formatter = timeFormatter(timeZone) ?? (timeFormatter(FALLBACK_TIME_ZONE) as Intl.DateTimeFormat);
  const parts = formatter.formatToParts(new Date(epochMs));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  const day = `${get('year')}-${get('month')}-${get('day')}`;
  return { hour: Number(get('hour')) % 24, minute: Number(get('minute')), weekday: weekdayOf(day), day };
}
