/**
 * Alexa's built-in slot types as the resolver reads them: AMAZON.TIME turns what was said
 * into the value Alexa sends ("10:00", "15:30", or a part of the day such as "MO"), for
 * each language the skill speaks, written as people type it (digits, "3 pm", "15 Uhr 30",
 * "10 heures du matin", "las 3 de la tarde"). Alexa understands far more; these are the
 * forms the tests and the simulator use. Words that are no time are no value: the sample
 * does not match, as Alexa would not fill the slot with them.
 */

interface TimeWords {
  /** Words after the hour that mean before noon, and after it. */
  am: string[];
  pm: string[];
  /** Words beside the hour that change nothing ("o'clock", "Uhr", "heures", "las"). */
  before: string[];
  after: string[];
  /** Whole phrases with a fixed value. */
  fixed: Record<string, string>;
  /** Words for half and quarter past. */
  minutes: Record<string, number>;
  /**
   * Words before the hour that shift it, in minutes: Dutch "half 4" is 3:30 (-30), "kwart
   * voor 4" 3:45; Hindi "साढ़े 3" is 3:30 (+30), "पौने 4" 3:45.
   */
  leading?: Record<string, number>;
  /** Hours said in words ("vier", "चार"), where people say them so; digits are always an hour. */
  hours?: Record<string, number>;
  /** Parts of the day that may come before the hour too (Hindi "शाम 4 बजे"). */
  partFirst?: boolean;
  /** Words for the night: 6 to 11 is the evening's, 12 is midnight, 1 to 5 the small hours ("11 uur 's nachts", "रात 9 बजे", "रात 2 बजे"). */
  night?: string[];
}

/**
 * Lower case, no accents, punctuation as spaces: what normalizeUtterance leaves. A part of
 * the day alone ("morgens", "le matin", "por la mañana") is left out where it is also one of
 * the routines' names: Alexa weighs the two readings, this resolver cannot.
 */
const TIME_WORDS: Record<string, TimeWords> = {
  en: {
    am: ['am', 'a m', 'in the morning', 'this morning'],
    pm: ['pm', 'p m', 'in the afternoon', 'in the evening', 'at night', 'tonight', 'this afternoon', 'this evening'],
    before: [],
    after: ["o'clock", 'oclock', 'o clock'],
    fixed: { noon: '12:00', midday: '12:00', midnight: '00:00', 'in the morning': 'MO', 'in the afternoon': 'AF', 'in the evening': 'EV', 'at night': 'NI' },
    minutes: { 'thirty': 30, 'fifteen': 15, 'forty five': 45 },
  },
  de: {
    am: ['morgens', 'vormittags', 'am morgen', 'am vormittag', 'fruh'],
    pm: ['nachmittags', 'abends', 'am nachmittag', 'am abend', 'nachts'],
    before: [],
    after: ['uhr'],
    fixed: { mittag: '12:00', mittags: '12:00', mitternacht: '00:00', nachmittags: 'AF', abends: 'EV', nachts: 'NI' },
    minutes: {},
  },
  fr: {
    am: ['du matin'],
    pm: ["de l'apres midi", 'de l apres midi', 'du soir'],
    before: [],
    after: ['heures', 'heure', 'h'],
    fixed: { midi: '12:00', minuit: '00:00', "l'apres midi": 'AF', 'le soir': 'EV', 'la nuit': 'NI' },
    minutes: { 'et demie': 30, 'et quart': 15 },
  },
  es: {
    am: ['de la manana', 'por la manana'],
    pm: ['de la tarde', 'de la noche', 'por la tarde', 'por la noche'],
    before: ['las', 'la'],
    after: ['en punto'],
    fixed: { mediodia: '12:00', 'el mediodia': '12:00', medianoche: '00:00', 'la medianoche': '00:00', 'la tarde': 'AF', 'por la tarde': 'AF', 'la noche': 'NI', 'por la noche': 'NI' },
    minutes: { 'y media': 30, 'y cuarto': 15 },
  },
  nl: {
    am: ["'s ochtends", 's ochtends', "'s morgens", 's morgens', 'in de ochtend', "'s ochtends vroeg"],
    pm: ["'s middags", 's middags', "'s avonds", 's avonds', 'in de middag', 'in de avond'],
    night: ["'s nachts", 's nachts'],
    before: [],
    after: ['uur'],
    fixed: { middernacht: '00:00', "'s middags": 'AF', 's middags': 'AF', "'s avonds": 'EV', 's avonds': 'EV', "'s nachts": 'NI', 's nachts': 'NI' },
    minutes: {},
    // "half 4" is half an hour before 4.
    leading: { half: -30, 'kwart over': 15, 'kwart voor': -15 },
    hours: { een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12 },
  },
  // As normalizeUtterance leaves Devanagari: no nukta (साढ़े as साढे), a chandrabindu as an anusvara (पाँच as पांच).
  hi: {
    am: ['सुबह', 'सुबह के', 'सवेरे', 'am', 'a m'],
    pm: ['दोपहर', 'दोपहर के', 'दिन के', 'शाम', 'शाम के', 'शाम को', 'pm', 'p m'],
    night: ['रात', 'रात के', 'रात को'],
    before: [],
    after: ['बजे', 'बजकर', 'बजके'],
    fixed: { 'आधी रात': '00:00', 'दोपहर 12 बजे': '12:00', डेढ: '01:30', 'डेढ बजे': '01:30', ढाई: '02:30', 'ढाई बजे': '02:30', दोपहर: 'AF', 'दोपहर को': 'AF', शाम: 'EV', 'शाम को': 'EV', रात: 'NI', 'रात को': 'NI' },
    minutes: {},
    leading: { साढे: 30, सवा: 15, पौने: -15 },
    hours: { एक: 1, दो: 2, तीन: 3, चार: 4, पांच: 5, छह: 6, छः: 6, छे: 6, सात: 7, आठ: 8, नौ: 9, दस: 10, ग्यारह: 11, बारह: 12 },
    partFirst: true,
  },
};

/** Digits as Alexa may write them in Devanagari (० to ९) read as 0 to 9. */
const DIGIT = '[0-9\u0966-\u096f]';
const westernDigits = (text: string) => text.replace(/[\u0966-\u096f]/g, (d) => String(d.charCodeAt(0) - 0x0966));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (words: string[]) => words.map(escape).sort((a, b) => b.length - a.length).join('|');
const two = (n: number) => String(n).padStart(2, '0');

/**
 * The regular expression source of a time said in a language: `capture` gives the named
 * groups timeValue reads (hour, minutes in digits, minutes in words, "y" and minutes, the
 * part of the day after the hour or before it, a word before the hour that shifts it);
 * without it, one group-free source a sample's slot can use.
 */
function timeSource(words: TimeWords, capture: boolean): string {
  const g = (name: string) => (capture ? `(?<${name}>` : '(?:');
  const before = words.before.length ? `(?:(?:${anyOf(words.before)}) )?` : '';
  const after = words.after.length ? `(?: (?:${anyOf(words.after)}))?` : '';
  const minuteWords = Object.keys(words.minutes);
  // A group that never matches when the language has no minute words.
  const minutes = `(?: ${g('digits')}${DIGIT}{2}|${DIGIT})| ${g('words')}${minuteWords.length ? anyOf(minuteWords) : '(?!)'})|(?: y ${g('y')}${DIGIT}{1,2})))?`;
  const parts = anyOf([...words.am, ...words.pm, ...(words.night ?? [])]);
  const part = `(?: ${g('part')}${parts}))?`;
  const partFirst = words.partFirst ? `(?:${g('first')}${parts}) )?` : '';
  const leadingWords = Object.keys(words.leading ?? {});
  const leading = leadingWords.length ? `(?:${g('leading')}${anyOf(leadingWords)}) )?` : '';
  const hourWords = Object.keys(words.hours ?? {});
  const hour = `${g('hour')}${DIGIT}{1,2}${hourWords.length ? `|${anyOf(hourWords)}` : ''})`;
  // es: "las 7 y media de la tarde"; fr: "15 h 30"; de: "15 uhr 30 abends"; en: "7 30 pm"; nl: "half 4 's middags"; hi: "शाम साढ़े 4 बजे".
  return `${partFirst}${before}${leading}${hour}${after}${minutes}${after}${part}`;
}

/** The AMAZON.TIME value of normalized words in a language, or undefined when they say no time. */
export function timeValue(language: string, said: string): string | undefined {
  const words = Object.hasOwn(TIME_WORDS, language) ? TIME_WORDS[language] : undefined;
  if (!words) return undefined;
  const text = westernDigits(said.trim());
  if (Object.hasOwn(words.fixed, text)) return words.fixed[text];
  const found = new RegExp(`^${timeSource(words, true)}$`).exec(text)?.groups;
  if (!found) return undefined;
  let hour = /^\d+$/.test(found.hour!) ? Number(found.hour) : (words.hours?.[found.hour!] ?? NaN);
  let minute = found.digits !== undefined ? Number(found.digits) : found.words !== undefined ? (words.minutes[found.words] ?? 0) : found.y !== undefined ? Number(found.y) : 0;
  if (found.part !== undefined && found.first !== undefined) return undefined;
  const period = found.part ?? found.first;
  const pm = period !== undefined && (words.pm.includes(period) || (words.night?.includes(period) === true && hour >= 6 && hour < 12));
  if (pm && hour < 12) hour += 12;
  if (period && !pm && hour === 12) hour = 0;
  if (found.leading !== undefined) {
    if (minute !== 0 || hour > 23) return undefined;
    // Half 4 is 3:30; a quarter to midnight 23:45.
    minute = words.leading![found.leading]!;
    if (minute < 0) [hour, minute] = [(hour + 23) % 24, minute + 60];
  }
  if (!(hour <= 23) || minute > 59) return undefined;
  return `${two(hour)}:${two(minute)}`;
}

/**
 * What a sample's slot of a built-in type may match, as a regular expression source with
 * no groups: only words that are a value of the type, so that a sample such as
 * "{days} a {time}" splits "de lunes a viernes a las 10" where Alexa would.
 */
export function builtInSource(type: string, language: string): string | undefined {
  const words = type === 'AMAZON.TIME' ? TIME_WORDS[language] : undefined;
  if (!words) return undefined;
  return `(?:${anyOf(Object.keys(words.fixed))}|${timeSource(words, false)})`;
}

/** Example phrases of a built-in type in a language, with the value each gives: for checking samples that take one. */
export function builtInExamples(type: string, language: string): { phrase: string; value: string }[] {
  if (type !== 'AMAZON.TIME') return [];
  const examples: Record<string, string[]> = {
    en: ['10', '10 am', '3 pm', '7 30 in the evening', 'noon'],
    de: ['10 uhr', '15 uhr', '7 uhr 30', 'mittags'],
    fr: ['10 heures', '15 h 30', '8 heures du matin', 'midi'],
    es: ['10', '3 de la tarde', '7 y media de la tarde', 'mediodia'],
    nl: ['10 uur', '3 uur', "3 uur 's middags", 'half 4', '15 uur 30', 'middernacht'],
    hi: ['10 बजे', 'सुबह 10 बजे', 'शाम 4 बजे', 'साढे तीन बजे', '3 pm', 'आधी रात'],
  };
  return (examples[language] ?? []).map((phrase) => ({ phrase, value: timeValue(language, phrase)! }));
}

/** Whether a slot type is one of Alexa's built-in types the resolver reads. */
export function isBuiltInType(type: string): boolean {
  return type === 'AMAZON.TIME';
}

/** The value of a built-in slot type, or undefined. */
export function builtInValue(type: string, language: string, said: string): string | undefined {
  return type === 'AMAZON.TIME' ? timeValue(language, said) : undefined;
}
