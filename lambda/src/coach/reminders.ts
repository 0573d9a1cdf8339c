import type { Translator } from '../localization/translator';
import { FALLBACK_TIME_ZONE, localTime, shiftDay } from './calendar';

/**
 * Stretch reminders, as data: when one goes off (days of the week and a time of day),
 * the recurrence rule and request body Alexa's Reminders API takes for it, a reminder the
 * API returns read back into one, and how to say it ("every weekday at 10 in the
 * morning"). Pure: the calls to the API are in services/reminders.ts.
 */

/** The permission the manifest asks for, and Alexa grants per user. */
export const REMINDERS_SCOPE = 'alexa::alerts:reminders:skill:readwrite';

/** Days of the week as RRULE names them, Sunday first (as Date#getUTCDay counts). */
export const DAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];
const WEEKDAYS = [1, 2, 3, 4, 5];
const WEEKEND = [0, 6];

/** When a reminder goes off: days of the week (0 = Sunday), sorted, and a local time of day. */
export interface Schedule {
  days: number[];
  hour: number;
  minute: number;
}

/** The ids of the ReminderDays slot type, and the days each stands for. */
export const DAY_IDS: Readonly<Record<string, readonly number[]>> = {
  daily: EVERY_DAY,
  weekdays: WEEKDAYS,
  weekend: WEEKEND,
  sun: [0],
  mon: [1],
  tue: [2],
  wed: [3],
  thu: [4],
  fri: [5],
  sat: [6],
};

/** The days named by slot ids (several: "on Mondays and Thursdays"), or undefined when none was understood. */
export function daysFromIds(ids: readonly (string | undefined)[]): number[] | undefined {
  const days = new Set<number>();
  for (const id of ids) for (const day of (id && Object.hasOwn(DAY_IDS, id) ? DAY_IDS[id] : undefined) ?? []) days.add(day);
  return days.size ? [...days].sort((a, b) => a - b) : undefined;
}

/** A part of the day Alexa's AMAZON.TIME gives instead of a time ("in the morning"), and the hour it is taken to mean. */
const PARTS_OF_DAY: Readonly<Record<string, number>> = { MO: 9, AF: 15, EV: 19, NI: 21 };

/** A time of day from an AMAZON.TIME value ("10:00", "15:30", or a part of the day such as "MO"), or undefined. */
export function timeFromSlot(value: string | undefined): { hour: number; minute: number } | undefined {
  if (!value) return undefined;
  const part = PARTS_OF_DAY[value.trim().toUpperCase()];
  if (part !== undefined) return { hour: part, minute: 0 };
  const match = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(value.trim());
  if (!match) return undefined;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  return hour < 24 && minute < 60 ? { hour, minute } : undefined;
}

/** The schedule with every field checked: the shape a schedule must have to be used or stored. */
export function isSchedule(value: unknown): value is Schedule {
  if (!value || typeof value !== 'object') return false;
  const { days, hour, minute } = value as Partial<Schedule>;
  return (
    Array.isArray(days) &&
    days.length > 0 &&
    days.every((d, i) => Number.isInteger(d) && d >= 0 && d <= 6 && (i === 0 || d > days[i - 1]!)) &&
    Number.isInteger(hour) &&
    hour! >= 0 &&
    hour! < 24 &&
    Number.isInteger(minute) &&
    minute! >= 0 &&
    minute! < 60
  );
}

/** RRULE's weekdays, Monday first (as people list them). */
function byDay(days: readonly number[]): string {
  return [...days].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7)).map((d) => DAY_CODES[d]).join(',');
}

/** The recurrence rule for a schedule: daily, or weekly on its days, at its time. */
export function recurrenceRule(schedule: Schedule): string {
  const at = `BYHOUR=${schedule.hour};BYMINUTE=${schedule.minute};BYSECOND=0`;
  return schedule.days.length === 7 ? `FREQ=DAILY;${at}` : `FREQ=WEEKLY;BYDAY=${byDay(schedule.days)};${at}`;
}

/** Reads "FREQ=WEEKLY;BYDAY=MO,FR;BYHOUR=10;BYMINUTE=0" (an optional "RRULE:" before it); the time may come from elsewhere. */
function parseRule(rule: string, fallbackTime: { hour: number; minute: number } | undefined): Schedule | undefined {
  const parts = new Map(
    rule
      .replace(/^RRULE:/i, '')
      .split(';')
      .map((part) => part.split('=') as [string, string?])
      .map(([key, value]) => [key.trim().toUpperCase(), (value ?? '').trim().toUpperCase()] as const),
  );
  const freq = parts.get('FREQ');
  let days: number[] | undefined;
  if (freq === 'DAILY') days = EVERY_DAY;
  else if (freq === 'WEEKLY') days = (parts.get('BYDAY') ?? '').split(',').map((code) => DAY_CODES.indexOf(code as (typeof DAY_CODES)[number]));
  if (!days || days.some((d) => d < 0)) return undefined;
  const hour = parts.has('BYHOUR') ? Number(parts.get('BYHOUR')) : fallbackTime?.hour;
  const minute = parts.has('BYMINUTE') ? Number(parts.get('BYMINUTE')) : (fallbackTime?.minute ?? 0);
  const schedule = { days: [...new Set(days)].sort((a, b) => a - b), hour: hour ?? NaN, minute };
  return isSchedule(schedule) ? schedule : undefined;
}

/** "2026-11-17T10:30:00.000" → 10:30. */
function timeOfLocalIso(value: unknown): { hour: number; minute: number } | undefined {
  const match = typeof value === 'string' ? /T(\d{2}):(\d{2})/.exec(value) : null;
  return match ? { hour: Number(match[1]), minute: Number(match[2]) } : undefined;
}

function field(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (!current || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/**
 * A reminder as the API returns it, read back into a schedule: its recurrence rule, or the
 * older `freq`/`byDay` form, at the time its rule or its trigger names. Undefined for a
 * reminder that does not repeat by days of the week (one set in the Alexa app, say).
 */
export function scheduleOfReminder(reminder: unknown): Schedule | undefined {
  const trigger = field(reminder, 'trigger');
  const recurrence = field(trigger, 'recurrence');
  const time = timeOfLocalIso(field(trigger, 'scheduledTime')) ?? timeOfLocalIso(field(recurrence, 'startDateTime'));
  const rules = field(recurrence, 'recurrenceRules');
  if (Array.isArray(rules) && typeof rules[0] === 'string') return parseRule(rules[0], time);
  const freq = field(recurrence, 'freq');
  const days = field(recurrence, 'byDay');
  if (typeof freq !== 'string') return undefined;
  return parseRule(`FREQ=${freq};BYDAY=${Array.isArray(days) ? days.join(',') : ''}`, time);
}

/** Whether the API still counts a reminder as set (not completed). */
export function reminderIsOn(reminder: unknown): boolean {
  const status = field(reminder, 'status');
  return status === undefined || status === 'ON';
}

/** A local date and time as the Reminders API reads them: no time zone, no trailing Z. */
function localIso(day: string, hour: number, minute: number): string {
  return `${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000`;
}

/** What a reminder request needs besides its schedule. */
export interface ReminderContext {
  now: number;
  timeZone: string;
  locale: string;
  /** What Alexa says when it goes off. */
  text: string;
  /** The first one goes off tomorrow at the earliest ("again tomorrow at this time"), not later today. */
  startTomorrow?: boolean;
}

/** The body of POST /v1/alerts/reminders (and PUT for a change): a recurring SCHEDULED_ABSOLUTE reminder in the user's zone. */
export function reminderRequest(schedule: Schedule, context: ReminderContext) {
  const now = localTime(context.now, context.timeZone);
  const start = context.startTomorrow ? localIso(shiftDay(now.day, 1), 0, 0) : localIso(now.day, now.hour, now.minute);
  // A zone that could not be read (the fallback) is left out: Alexa then uses the device's own.
  const zone = context.timeZone === FALLBACK_TIME_ZONE ? {} : { timeZoneId: context.timeZone };
  return {
    requestTime: localIso(now.day, now.hour, now.minute),
    trigger: {
      type: 'SCHEDULED_ABSOLUTE' as const,
      ...zone,
      recurrence: { startDateTime: start, recurrenceRules: [recurrenceRule(schedule)] },
    },
    alertInfo: { spokenInfo: { content: [{ locale: context.locale, text: context.text }] } },
    pushNotification: { status: 'ENABLED' as const },
  };
}

export type ReminderRequest = ReturnType<typeof reminderRequest>;

/** The local time now, to the nearest quarter hour: "at this time" for a reminder or a routine. */
export function roundedTime(epochMs: number, timeZone: string): { hour: number; minute: number } {
  const { hour, minute } = localTime(epochMs, timeZone);
  const quarters = Math.round((hour * 60 + minute) / 15) % 96;
  return { hour: Math.floor(quarters / 4), minute: (quarters % 4) * 15 };
}

/** The same schedule (same days and time), whatever order the days came in. */
export function sameSchedule(a: Schedule, b: Schedule): boolean {
  return a.hour === b.hour && a.minute === b.minute && a.days.join() === b.days.join();
}

// How a schedule is said. Every word is in the locale files, under `reminders.days` and `reminders.time`.

/** "at 10 in the morning", "um 10 Uhr", "à midi", "a la 1 de la tarde". */
export function sayAt(t: Translator, hour: number, minute: number): string {
  if (minute === 0 && hour === 12) return t.text('reminders.time.atNoon');
  if (minute === 0 && hour === 0) return t.text('reminders.time.atMidnight');
  const period = hour < 5 ? 'night' : hour < 12 ? 'morning' : hour < 18 ? 'afternoon' : hour < 22 ? 'evening' : 'night';
  const twelve = t.text('reminders.time.clock') === '12';
  const count = twelve ? hour % 12 || 12 : hour;
  const minutes = t.text('reminders.time.minutesPadded') === 'yes' ? String(minute).padStart(2, '0') : String(minute);
  return t.text(`reminders.time.${period}${minute === 0 ? '' : 'Minutes'}`, { count, minutes });
}

/** "every day", "every weekday", "every Monday and Thursday". */
export function sayDays(t: Translator, days: readonly number[]): string {
  const key = days.join();
  if (key === EVERY_DAY.join()) return t.text('reminders.days.daily');
  if (key === WEEKDAYS.join()) return t.text('reminders.days.weekdays');
  if (key === WEEKEND.join()) return t.text('reminders.days.weekend');
  const names = t.list('reminders.dayNames');
  const named = [...days].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7)).map((d) => names[d] ?? '');
  const list = named.length === 1 ? named[0]! : t.text('reminders.days.join', { first: named.slice(0, -1).join(', '), last: named[named.length - 1]! });
  return t.text('reminders.days.some', { days: list });
}

/** "every weekday at 10 in the morning". */
export function sayWhen(t: Translator, schedule: Schedule): string {
  return t.text('reminders.when', { days: sayDays(t, schedule.days), at: sayAt(t, schedule.hour, schedule.minute) });
}
