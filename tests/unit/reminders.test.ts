import { createI18n, translatorFor } from '../../lambda/src/localization/i18n';
import {
  daysFromIds,
  recurrenceRule,
  reminderRequest,
  roundedTime,
  sayWhen,
  scheduleOfReminder,
  timeFromSlot,
  weekdaysRule,
  type Schedule,
} from '../../lambda/src/coach/reminders';
import { reminderBodyProblems } from '../../scripts/lib/alexa-api';
import { timeValue } from '../../scripts/lib/builtin-slots';

/** Reminders as data: the schedule heard, the RRULE and body sent, a reminder read back, and how it is said. */

const WEEKDAYS_10: Schedule = { days: [1, 2, 3, 4, 5], hour: 10, minute: 0 };

describe('the recurrence rule and the request body', () => {
  test('daily, weekdays (Monday first), and chosen days', () => {
    expect(recurrenceRule({ days: [0, 1, 2, 3, 4, 5, 6], hour: 15, minute: 30 }, 'en-US')).toBe('FREQ=DAILY;BYHOUR=15;BYMINUTE=30;BYSECOND=0');
    expect(recurrenceRule(WEEKDAYS_10, 'en-US')).toBe('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=10;BYMINUTE=0;BYSECOND=0');
    expect(recurrenceRule({ days: [0, 4], hour: 7, minute: 5 }, 'de-DE')).toBe('FREQ=WEEKLY;BYDAY=TH,SU;BYHOUR=7;BYMINUTE=5;BYSECOND=0');
  });

  test('in Saudi Arabia the week starts on Sunday, and its working days are Sunday to Thursday (the weekend is Friday and Saturday)', () => {
    expect(recurrenceRule({ days: [0, 4], hour: 7, minute: 5 }, 'ar-SA')).toBe('FREQ=WEEKLY;BYDAY=SU,TH;BYHOUR=7;BYMINUTE=5;BYSECOND=0');
    expect(weekdaysRule('ar-SA')).toBe('RRULE:FREQ=WEEKLY;BYDAY=SU,MO,TU,WE,TH');
    expect(weekdaysRule('en-IN')).toBe('RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR');
    expect(daysFromIds(['weekdays'], 'ar-SA')).toEqual([0, 1, 2, 3, 4]);
    expect(daysFromIds(['weekend'], 'ar-SA')).toEqual([5, 6]);
    expect(daysFromIds(['weekdays', 'sat'], 'ar-SA')).toEqual([0, 1, 2, 3, 4, 6]);
  });

  test('local times without Z in the user\u2019s zone; "from tomorrow" starts at tomorrow\u2019s midnight there', () => {
    // 23:30 UTC on the 17th is already the 18th in Berlin.
    const now = Date.parse('2026-11-17T23:30:00Z');
    const body = reminderRequest(WEEKDAYS_10, { now, timeZone: 'Europe/Berlin', locale: 'de-DE', text: 'Zeit zum Dehnen.' });
    expect(body.requestTime).toBe('2026-11-18T00:30:00.000');
    expect(body.trigger).toEqual({
      type: 'SCHEDULED_ABSOLUTE',
      timeZoneId: 'Europe/Berlin',
      recurrence: { startDateTime: '2026-11-18T00:30:00.000', recurrenceRules: [recurrenceRule(WEEKDAYS_10, 'de-DE')] },
    });
    expect(body.alertInfo.spokenInfo.content).toEqual([{ locale: 'de-DE', text: 'Zeit zum Dehnen.' }]);
    expect(reminderBodyProblems(body)).toEqual([]);
    const tomorrow = reminderRequest(WEEKDAYS_10, { now, timeZone: 'Europe/Berlin', locale: 'de-DE', text: 'x', startTomorrow: true });
    expect(tomorrow.trigger.recurrence.startDateTime).toBe('2026-11-19T00:00:00.000');
  });

  test('the stand-in API refuses what Alexa refuses: a trailing Z, no zone, a deprecated freq, empty words', () => {
    const good = reminderRequest(WEEKDAYS_10, { now: Date.parse('2026-11-17T08:00:00Z'), timeZone: 'UTC', locale: 'en-US', text: 'Time to stretch.' });
    const broken = structuredClone(good) as Record<string, any>;
    broken.trigger.recurrence.startDateTime += 'Z';
    broken.trigger.timeZoneId = 'Mars/Olympus';
    broken.trigger.recurrence.freq = 'WEEKLY';
    broken.alertInfo.spokenInfo.content = [{ locale: 'en-US', text: ' ' }];
    expect(reminderBodyProblems(broken)).toHaveLength(4);
  });

  test('"at this time" is the local time to the nearest quarter hour', () => {
    expect(roundedTime(Date.parse('2026-11-17T08:07:00Z'), 'Europe/Berlin')).toEqual({ hour: 9, minute: 0 });
    expect(roundedTime(Date.parse('2026-11-17T08:08:00Z'), 'Europe/Berlin')).toEqual({ hour: 9, minute: 15 });
    expect(roundedTime(Date.parse('2026-11-17T22:55:00Z'), 'UTC')).toEqual({ hour: 23, minute: 0 });
    expect(roundedTime(Date.parse('2026-11-17T23:55:00Z'), 'UTC')).toEqual({ hour: 0, minute: 0 });
  });
});

describe('what the user said, and what the API returns, read back', () => {
  test('day slot ids, several at once; unknown ids are none', () => {
    expect(daysFromIds(['weekdays'], 'en-US')).toEqual([1, 2, 3, 4, 5]);
    expect(daysFromIds(['mon', 'thu'], 'en-US')).toEqual([1, 4]);
    expect(daysFromIds(['weekend', 'fri'], 'en-US')).toEqual([0, 5, 6]);
    expect(daysFromIds([undefined, 'toString'], 'en-US')).toBeUndefined();
  });

  test('AMAZON.TIME values: clock times and parts of the day; anything else is no time', () => {
    expect(timeFromSlot('10:00')).toEqual({ hour: 10, minute: 0 });
    expect(timeFromSlot('15:30')).toEqual({ hour: 15, minute: 30 });
    expect(timeFromSlot('EV')).toEqual({ hour: 19, minute: 0 });
    expect(timeFromSlot('24:00')).toBeUndefined();
    expect(timeFromSlot('soon')).toBeUndefined();
  });

  test('a reminder the API returns: its RRULE, the older freq/byDay form, or none that repeats by days', () => {
    const trigger = (recurrence: unknown) => ({ trigger: { type: 'SCHEDULED_ABSOLUTE', recurrence } });
    expect(scheduleOfReminder(trigger({ startDateTime: '2026-11-17T00:00:00.000', recurrenceRules: [recurrenceRule(WEEKDAYS_10, 'en-US')] }))).toEqual(WEEKDAYS_10);
    expect(scheduleOfReminder(trigger({ startDateTime: '2026-11-17T10:00:00.000', freq: 'WEEKLY', byDay: ['MO', 'TU', 'WE', 'TH', 'FR'] }))).toEqual(WEEKDAYS_10);
    expect(scheduleOfReminder({ trigger: { type: 'SCHEDULED_RELATIVE', offsetInSeconds: 600 } })).toBeUndefined();
    expect(scheduleOfReminder(trigger({ recurrenceRules: ['FREQ=MONTHLY;BYMONTHDAY=1;BYHOUR=9'] }))).toBeUndefined();
    expect(scheduleOfReminder('nonsense')).toBeUndefined();
  });

  test.each([
    ['en', '10', '10:00'],
    ['en', '3 pm', '15:00'],
    ['en', '7 30 in the evening', '19:30'],
    ['en', 'noon', '12:00'],
    ['de', '15 uhr 30', '15:30'],
    ['de', '7 uhr abends', '19:00'],
    ['fr', '15 h 30', '15:30'],
    ['fr', '8 heures du soir', '20:00'],
    ['es', 'las 7 y media de la tarde', '19:30'],
    ['es', 'la 1', '01:00'],
    ['it', '15 e 30', '15:30'],
    ['it', '7 e mezza di sera', '19:30'],
    ['it', '3 del pomeriggio', '15:00'],
    ['it', 'mezzogiorno', '12:00'],
    ['pt', 'as 3 da tarde', '15:00'],
    ['pt', '7 e meia da noite', '19:30'],
    ['pt', '15 horas', '15:00'],
    ['pt', 'a 1 da madrugada', '01:00'],
    ['ar', 'الساعه عشره', '10:00'],
    ['ar', 'العاشره صباحا', '10:00'],
    ['ar', 'الساعه 3 العصر', '15:00'],
    ['ar', 'الساعه سبعه ونص المسا', '19:30'],
    ['ar', 'الحاديه عشره الا ربع', '10:45'],
    ['ar', 'الساعه ٩ و15 الصبح', '09:15'],
    ['ar', 'الساعه الثانيه عشره الظهر', '12:00'],
    ['ja', '午前10時', '10:00'],
    ['ja', '午後3時半', '15:30'],
    ['ja', '15時30分', '15:30'],
    ['ja', '夜10時', '22:00'],
    ['ja', '夜中の1時', '01:00'],
    ['ja', '午後三時十五分', '15:15'],
    ['ja', '正午', '12:00'],
    ['nl', '10 uur', '10:00'],
    ['nl', 'half 4', '03:30'],
    ['nl', "half 4 's middags", '15:30'],
    ['nl', 'kwart voor 11', '10:45'],
    ['nl', 'kwart over negen', '09:15'],
    ['nl', "11 uur 's nachts", '23:00'],
    ['nl', "2 uur 's nachts", '02:00'],
    ['nl', '15 uur 30', '15:30'],
    ['hi', '10 बजे', '10:00'],
    ['hi', 'सुबह 10 बजे', '10:00'],
    ['hi', 'शाम 4 बजे', '16:00'],
    ['hi', 'साढे तीन बजे', '03:30'],
    ['hi', 'शाम साढे 4 बजे', '16:30'],
    ['hi', 'पौने 11 बजे', '10:45'],
    ['hi', 'रात 9 बजे', '21:00'],
    ['hi', 'रात 2 बजे', '02:00'],
    ['hi', '३ pm', '15:00'],
  ])('the resolver reads %s "%s" as AMAZON.TIME %s', (language, said, value) => {
    expect(timeValue(language, said)).toBe(value);
  });

  test('words that are no time fill no AMAZON.TIME slot', () => {
    expect(timeValue('en', 'morning')).toBeUndefined();
    expect(timeValue('de', 'morgens')).toBeUndefined();
    expect(timeValue('en', '25')).toBeUndefined();
    // "الظهر" alone is the back (مدرب الظهر), and "الصبح" a routine's name: no time without an hour.
    expect(timeValue('ar', 'الظهر')).toBeUndefined();
    expect(timeValue('ar', 'الصبح')).toBeUndefined();
    // 朝 alone is the morning routine; a Japanese hour needs its 時.
    expect(timeValue('ja', '朝')).toBeUndefined();
    expect(timeValue('ja', '10')).toBeUndefined();
    expect(timeValue('ja', '25時')).toBeUndefined();
    expect(timeValue('nl', "'s ochtends")).toBeUndefined();
    expect(timeValue('nl', 'half 4 30')).toBeUndefined();
    expect(timeValue('hi', 'सुबह')).toBeUndefined();
    expect(timeValue('hi', 'सुबह 10 बजे शाम')).toBeUndefined();
  });
});

describe('how a schedule is said, in each language', () => {
  const i18n = createI18n();
  test.each([
    ['en-US', WEEKDAYS_10, 'every weekday at 10 in the morning'],
    ['en-GB', { days: [1, 4], hour: 18, minute: 30 }, 'every Monday and Thursday at 6:30 in the evening'],
    ['en-US', { days: [0, 1, 2, 3, 4, 5, 6], hour: 12, minute: 0 }, 'every day at noon'],
    ['de-DE', WEEKDAYS_10, 'montags bis freitags um 10 Uhr'],
    ['de-DE', { days: [1, 3, 5], hour: 7, minute: 5 }, 'jeden Montag, Mittwoch und Freitag um 7 Uhr 5'],
    ['es-ES', { days: [0, 6], hour: 13, minute: 0 }, 'los sábados y domingos a la 1 de la tarde'],
    ['es-MX', { days: [2], hour: 22, minute: 30 }, 'los martes a las 10 y 30 de la noche'],
    ['fr-FR', { days: [0, 1, 2, 3, 4, 5, 6], hour: 1, minute: 0 }, 'tous les jours à 1 heure'],
    ['fr-CA', { days: [3], hour: 15, minute: 45 }, 'tous les mercredis à 15 heures 45'],
    ['it-IT', WEEKDAYS_10, 'dal lunedì al venerdì alle 10'],
    ['it-IT', { days: [1, 4], hour: 18, minute: 30 }, 'ogni lunedì e giovedì alle 18 e 30'],
    ['it-IT', { days: [0, 6], hour: 1, minute: 5 }, "il sabato e la domenica all'una e 5"],
    ['it-IT', { days: [0, 1, 2, 3, 4, 5, 6], hour: 0, minute: 0 }, 'tutti i giorni a mezzanotte'],
    ['pt-BR', WEEKDAYS_10, 'de segunda a sexta às 10 da manhã'],
    ['pt-BR', { days: [1, 4], hour: 18, minute: 30 }, 'toda segunda e toda quinta às 6 e 30 da noite'],
    ['pt-BR', { days: [3, 6], hour: 13, minute: 0 }, 'toda quarta e todo sábado à uma da tarde'],
    ['pt-BR', { days: [0, 6], hour: 12, minute: 0 }, 'aos sábados e domingos ao meio-dia'],
    ['ar-SA', { days: [0, 1, 2, 3, 4], hour: 10, minute: 0 }, 'كل يوم من الأحد إلى الخميس الساعة 10 صباحًا'],
    ['ar-SA', WEEKDAYS_10, 'أيام الاثنين، الثلاثاء، الأربعاء، الخميس والجمعة الساعة 10 صباحًا'],
    ['ar-SA', { days: [5, 6], hour: 13, minute: 0 }, 'أيام الجمعة والسبت الساعة الواحدة ظهرًا'],
    ['ar-SA', { days: [0, 4], hour: 14, minute: 30 }, 'أيام الأحد والخميس الساعة الثانية و30 ظهرًا'],
    ['ar-SA', { days: [3], hour: 15, minute: 45 }, 'أيام الأربعاء الساعة 3 و45 عصرًا'],
    ['ar-SA', { days: [0, 1, 2, 3, 4, 5, 6], hour: 19, minute: 0 }, 'كل يوم الساعة 7 مساءً'],
    ['ar-SA', { days: [0, 1, 2, 3, 4, 5, 6], hour: 12, minute: 0 }, 'كل يوم الساعة الثانية عشرة ظهرًا'],
    ['ar-SA', { days: [1], hour: 12, minute: 15 }, 'أيام الاثنين الساعة 12 و15 ظهرًا'],
    ['ar-SA', { days: [1], hour: 23, minute: 0 }, 'أيام الاثنين الساعة 11 ليلًا'],
    ['ar-SA', { days: [1], hour: 1, minute: 0 }, 'أيام الاثنين الساعة الواحدة بعد منتصف الليل'],
    ['ja-JP', WEEKDAYS_10, '平日の午前10時'],
    ['ja-JP', { days: [0, 1, 2, 3, 4, 5, 6], hour: 15, minute: 30 }, '毎日午後3時30分'],
    ['ja-JP', { days: [1, 3, 5], hour: 7, minute: 5 }, '毎週月曜、水曜と金曜の午前7時5分'],
    ['ja-JP', { days: [0, 6], hour: 22, minute: 0 }, '毎週土曜と日曜の夜10時'],
    ['ja-JP', { days: [2], hour: 12, minute: 0 }, '毎週火曜の正午'],
    ['nl-NL', WEEKDAYS_10, "elke werkdag om 10 uur 's ochtends"],
    ['nl-NL', { days: [1, 4], hour: 15, minute: 30 }, "elke maandag en donderdag om 3 uur 30 's middags"],
    ['nl-NL', { days: [0, 6], hour: 12, minute: 0 }, "elke zaterdag en zondag om 12 uur 's middags"],
    ['nl-NL', { days: [0, 1, 2, 3, 4, 5, 6], hour: 23, minute: 5 }, "elke dag om 11 uur 5 's nachts"],
    ['hi-IN', WEEKDAYS_10, 'सोमवार से शुक्रवार सुबह 10 बजे'],
    ['hi-IN', { days: [1, 4], hour: 18, minute: 30 }, 'हर सोमवार और गुरुवार शाम 6 बजकर 30 मिनट'],
    ['hi-IN', { days: [0, 6], hour: 12, minute: 0 }, 'हर शनिवार और रविवार दोपहर 12 बजे'],
  ] as const)('%s: %j is "%s"', (locale, schedule, said) => {
    expect(sayWhen(translatorFor(i18n, locale), { ...schedule, days: [...schedule.days] })).toBe(said);
  });
});
