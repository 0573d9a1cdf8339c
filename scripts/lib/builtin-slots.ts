// A cycle (the resolver reads times through this module), safe: normalizeUtterance is called only once a language's words are first read.
import { normalizeUtterance } from './resolver';

/**
 * Alexa's built-in slot types as the resolver reads them: AMAZON.TIME turns what was said
 * into the value Alexa sends ("10:00", "15:30", or a part of the day such as "MO"), for
 * each language the skill speaks, written as people type it (digits, "3 pm", "15 Uhr 30",
 * "10 heures du matin", "las 3 de la tarde", "15 e 30", "3 da tarde", "الساعة عشرة الصبح",
 * "العاشرة والنصف صباحًا", "午後3時半", "half 4 's middags", "शाम साढ़े 4 बजे"). Alexa
 * understands far more; these are the forms the tests and the simulator use. Words that are
 * no time are no value: the sample does not match, as Alexa would not fill the slot with them.
 * One reader serves every language: each says which of the fields below it uses.
 */

interface TimeWords {
  /** Words for the part of the day that mean before noon, and after it (after the hour, or before it with `partFirst`). */
  am: string[];
  pm: string[];
  /**
   * Words for the night: 6 to 11 is the evening's, 12 is midnight, 1 to 5 the small hours
   * ("11 uur 's nachts", "रात 9 बजे", "रात 2 बजे", 夜10時, 夜中の1時).
   */
  night?: string[];
  /** Parts of the day that may come before the hour too (Hindi "शाम 4 बजे", Japanese 午後3時). */
  partFirst?: boolean;
  /** Words beside the hour that change nothing ("o'clock", "Uhr", "heures", "las"). */
  before: string[];
  after: string[];
  /** Whole phrases with a fixed value. */
  fixed: Record<string, string>;
  /** Words for the minutes after the hour, half and quarter past; a negative number is before the hour ("إلا ربع", a quarter to). */
  minutes: Record<string, number>;
  /**
   * Words before the hour that shift it, in minutes: Dutch "half 4" is 3:30 (-30), "kwart
   * voor 4" 3:45; Hindi "साढ़े 3" is 3:30 (+30), "पौने 4" 3:45.
   */
  leading?: Record<string, number>;
  /** Hours said in words ("vier", "चार", "عشرة", "العاشرة"), where people say them so; digits are always an hour. */
  hours?: Record<string, number>;
  /** The word that joins minutes in digits to the hour: "y" in "las 7 y 30", "و" written onto them in "10 و30". */
  and?: { word: string; attached: boolean };
  /**
   * A language written without spaces (Japanese), whose hour and minutes in numbers each take
   * their word: 午後3時30分, 夜10時半. Its part of the day comes only before the hour.
   */
  unspaced?: { hour: string; minute: string };
  /** Numbers may be written in kanji as well as digits: 三時, 十時十五分 (up to 59). */
  kanjiNumbers?: boolean;
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
    and: { word: 'y', attached: false },
  },
  it: {
    am: ['di mattina', 'della mattina'],
    pm: ['di pomeriggio', 'del pomeriggio', 'di sera', 'della sera'],
    before: [],
    after: ['in punto'],
    fixed: { mezzogiorno: '12:00', mezzanotte: '00:00', 'di pomeriggio': 'AF', 'nel pomeriggio': 'AF', 'di sera': 'EV', 'la sera': 'EV', 'di notte': 'NI' },
    minutes: { 'e mezza': 30, 'e mezzo': 30, 'e un quarto': 15, 'e tre quarti': 45 },
    and: { word: 'e', attached: false },
  },
  pt: {
    am: ['da manha', 'da madrugada'],
    pm: ['da tarde', 'da noite'],
    before: ['as', 'a'],
    after: ['horas', 'hora', 'h', 'em ponto'],
    fixed: { 'meio dia': '12:00', 'ao meio dia': '12:00', 'meia noite': '00:00', 'a meia noite': '00:00', 'de tarde': 'AF', 'a tarde': 'AF', 'de noite': 'NI', 'a noite': 'NI' },
    minutes: { 'e meia': 30, 'e quinze': 15 },
    and: { word: 'e', attached: false },
  },
  ar: {
    am: ['صباحًا', 'الصبح', 'الصباح', 'في الصباح', 'بالصباح', 'فجرًا', 'الفجر'],
    pm: ['ظهرًا', 'الظهر', 'بعد الظهر', 'عصرًا', 'العصر', 'بالعصر', 'مساءً', 'المساء', 'المسا', 'في المساء', 'بالليل', 'في الليل', 'الليل', 'ليلًا'],
    before: ['الساعة', 'في الساعة', 'على الساعة', 'عند الساعة'],
    after: [],
    fixed: {
      'منتصف الليل': '00:00',
      'نص الليل': '00:00',
      العصر: 'AF',
      'بعد الظهر': 'AF',
      المغرب: 'EV',
      المساء: 'EV',
      'في المساء': 'EV',
      بالليل: 'NI',
      'في الليل': 'NI',
    },
    minutes: { ونص: 30, والنص: 30, ونصف: 30, والنصف: 30, وربع: 15, والربع: 15, وثلث: 20, والثلث: 20, 'إلا ربع': -15, 'إلا ربعًا': -15, 'إلا ثلث': -20 },
    // Saudis say the hour as a number (عشرة), and in Modern Standard Arabic as its ordinal (العاشرة).
    hours: {
      واحدة: 1, الواحدة: 1, وحدة: 1, الوحدة: 1,
      ثنتين: 2, اثنتين: 2, اثنين: 2, الثانية: 2,
      ثلاث: 3, ثلاثة: 3, الثالثة: 3,
      أربع: 4, أربعة: 4, الرابعة: 4,
      خمس: 5, خمسة: 5, الخامسة: 5,
      ست: 6, ستة: 6, السادسة: 6,
      سبع: 7, سبعة: 7, السابعة: 7,
      ثمان: 8, ثمانية: 8, ثمنية: 8, الثامنة: 8,
      تسع: 9, تسعة: 9, التاسعة: 9,
      عشر: 10, عشرة: 10, العاشرة: 10,
      إحدعش: 11, احدعش: 11, حدعش: 11, 'إحدى عشر': 11, 'إحدى عشرة': 11, 'الحادية عشر': 11, 'الحادية عشرة': 11,
      اثنعش: 12, ثنعش: 12, 'اثنا عشر': 12, 'اثني عشر': 12, 'اثنتا عشرة': 12, 'الثانية عشر': 12, 'الثانية عشرة': 12,
    },
    and: { word: 'و', attached: true },
  },
  // Katakana is read as hiragana and full-width digits as ASCII (foldScripts). 朝 alone is the
  // morning routine's name, so only 朝 before an hour is a time; 昼 is noon's side (昼1時 is 13:00).
  ja: {
    am: ['午前', '朝', '朝の', '明け方', '明け方の'],
    pm: ['午後', '昼', '昼の', '夕方', '夕方の'],
    night: ['夜', '夜の', '夜中の', '深夜', '深夜の'],
    partFirst: true,
    before: [],
    after: ['ちょうど'],
    fixed: { 正午: '12:00', お昼: '12:00', 真夜中: '00:00', 午前中: 'MO', 午前: 'MO', 午後: 'AF', 夕方: 'EV', 夜: 'NI' },
    minutes: { 半: 30 },
    unspaced: { hour: '時', minute: '分' },
    kanjiNumbers: true,
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
  // Written as people spell them; normalizeUtterance folds them as it folds what is heard (साढ़े as साढे, पाँच as पांच).
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

/** A word as normalizeUtterance leaves what is heard (no accents, Arabic's variant letters folded, kana voicing and Devanagari's vowel signs kept), so the lists above can be written as people spell them. */
const fold = (text: string) => normalizeUtterance(text);

/** Every word of a language's lists folded once: "الساعة" as "الساعه", "صباحًا" as "صباحا", "साढ़े" as "साढे". */
function folded(words: TimeWords): TimeWords {
  const keys = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).map(([k, v]) => [fold(k), v]));
  return {
    ...words,
    am: words.am.map(fold),
    pm: words.pm.map(fold),
    night: words.night?.map(fold),
    before: words.before.map(fold),
    after: words.after.map(fold),
    fixed: keys(words.fixed),
    minutes: keys(words.minutes),
    leading: words.leading && keys(words.leading),
    hours: words.hours && keys(words.hours),
    and: words.and && { ...words.and, word: fold(words.and.word) },
    unspaced: words.unspaced && { hour: fold(words.unspaced.hour), minute: fold(words.unspaced.minute) },
  };
}

const FOLDED = new Map<string, TimeWords>();
function timeWords(language: string): TimeWords | undefined {
  const words = Object.hasOwn(TIME_WORDS, language) ? TIME_WORDS[language] : undefined;
  if (!words) return undefined;
  if (!FOLDED.has(language)) FOLDED.set(language, folded(words));
  return FOLDED.get(language);
}

/** Digits as Alexa may write them in Arabic (٠ to ٩) or Devanagari (० to ९) read as 0 to 9. */
const DIGIT = '[0-9\u0660-\u0669\u0966-\u096f]';
const westernDigits = (text: string) =>
  text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[\u0966-\u096f]/g, (d) => String(d.charCodeAt(0) - 0x0966));

/** A number as a Japanese writer may type it in kanji, up to 59 (十, 三十, 二十三). */
const KANJI_DIGITS = '〇一二三四五六七八九';
const KANJI_NUMBER = `[〇零${KANJI_DIGITS.slice(1)}十]{1,3}`;

/** The value of an hour or minutes written in digits (after westernDigits) or kanji; NaN when it is neither. */
function numberOf(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const digit = (c: string) => (c === '零' ? 0 : KANJI_DIGITS.indexOf(c));
  const ten = text.indexOf('十');
  if (ten < 0) return text.length === 1 && digit(text) >= 0 ? digit(text) : NaN;
  const tens = ten === 0 ? 1 : ten === 1 ? digit(text[0]!) : -1;
  const rest = text.slice(ten + 1);
  const ones = rest === '' ? 0 : rest.length === 1 ? digit(rest) : -1;
  return tens > 0 && ones >= 0 ? tens * 10 + ones : NaN;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (words: string[]) => words.map(escape).sort((a, b) => b.length - a.length).join('|');
const two = (n: number) => String(n).padStart(2, '0');

/**
 * The regular expression source of a time said in a language: `capture` gives the named
 * groups timeValue reads (`first`: a part of the day before the hour; `leading`: a word
 * before the hour that shifts it; `hour`; the minutes as `digits`, as `words`, or in digits
 * after the language's `and`; `part`: the part of the day after the hour); without it, one
 * group-free source a sample's slot can use.
 */
function timeSource(words: TimeWords, capture: boolean): string {
  const g = (name: string) => (capture ? `(?<${name}>` : '(?:');
  // Words are separated by a space, or by nothing in a language written without spaces.
  const sep = words.unspaced ? '' : ' ';
  const number = `${DIGIT}{1,2}${words.kanjiNumbers ? `|${KANJI_NUMBER}` : ''}`;
  const hourWord = words.unspaced ? escape(words.unspaced.hour) : '';
  const minuteWord = words.unspaced ? escape(words.unspaced.minute) : '';
  const before = words.before.length ? `(?:(?:${anyOf(words.before)})${sep})?` : '';
  const after = words.after.length ? `(?:${sep}(?:${anyOf(words.after)}))?` : '';
  const minuteWords = Object.keys(words.minutes);
  const and = words.and ? `|(?:${sep}${escape(words.and.word)}${words.and.attached ? '' : ' '}${g('and')}${DIGIT}{1,2}))` : '';
  const minutes = `(?:${sep}${g('digits')}${number})${minuteWord}${minuteWords.length ? `|${sep}${g('words')}${anyOf(minuteWords)})` : ''}${and})?`;
  const parts = anyOf([...words.am, ...words.pm, ...(words.night ?? [])]);
  const partFirst = words.partFirst ? `(?:${g('first')}${parts})${sep})?` : '';
  const part = words.unspaced ? '' : `(?:${sep}${g('part')}${parts}))?`;
  const leadingWords = Object.keys(words.leading ?? {});
  const leading = leadingWords.length ? `(?:${g('leading')}${anyOf(leadingWords)})${sep})?` : '';
  const hourWords = Object.keys(words.hours ?? {});
  const hour = `${g('hour')}${number}${hourWords.length ? `|${anyOf(hourWords)}` : ''})${hourWord}`;
  // es: "las 7 y media de la tarde"; fr: "15 h 30"; de: "15 uhr 30 abends"; en: "7 30 pm"; it: "15 e 30";
  // pt: "as 3 e meia da tarde"; ar: "الساعة عشرة ونص الصبح"; ja: "午後3時半"; nl: "half 4 's middags"; hi: "शाम साढ़े 4 बजे".
  return `${partFirst}${before}${leading}${hour}${after}${minutes}${after}${part}`;
}

/** The AMAZON.TIME value of normalized words in a language, or undefined when they say no time. */
export function timeValue(language: string, said: string): string | undefined {
  const words = timeWords(language);
  if (!words) return undefined;
  const text = westernDigits(said.trim());
  if (Object.hasOwn(words.fixed, text)) return words.fixed[text];
  const found = new RegExp(`^${timeSource(words, true)}$`).exec(text)?.groups;
  if (!found) return undefined;
  // One part of the day, before the hour or after it: never both.
  if (found.part !== undefined && found.first !== undefined) return undefined;
  let hour = words.hours && Object.hasOwn(words.hours, found.hour!) ? words.hours[found.hour!]! : numberOf(found.hour!);
  let minute =
    found.digits !== undefined ? numberOf(found.digits) : found.words !== undefined ? (words.minutes[found.words] ?? 0) : found.and !== undefined ? Number(found.and) : 0;
  const period = found.part ?? found.first;
  const night = period !== undefined && words.night?.includes(period) === true;
  const pm = period !== undefined && (words.pm.includes(period) || (night && hour >= 6 && hour < 12));
  if (pm && hour < 12) hour += 12;
  // Midnight: 12 in the morning or at night.
  if (period !== undefined && !pm && hour === 12) hour = 0;
  if (!(hour <= 23) || !(minute <= 59)) return undefined;
  if (found.leading !== undefined) {
    // "half 4 30" says the minutes twice.
    if (minute !== 0) return undefined;
    minute = words.leading![found.leading]!;
  }
  // Half 4 is 3:30, a quarter to ten 9:45, a quarter to midnight 23:45.
  if (minute < 0) [hour, minute] = [(hour + 23) % 24, minute + 60];
  return `${two(hour)}:${two(minute)}`;
}

/**
 * What a sample's slot of a built-in type may match, as a regular expression source with
 * no groups: only words that are a value of the type, so that a sample such as
 * "{days} a {time}" splits "de lunes a viernes a las 10" where Alexa would.
 */
export function builtInSource(type: string, language: string): string | undefined {
  const words = type === 'AMAZON.TIME' ? timeWords(language) : undefined;
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
    it: ['10', '15', '15 e 30', '7 e mezza di sera', 'mezzogiorno'],
    pt: ['10', '3 da tarde', '7 e meia da noite', '15 horas', 'meio dia'],
    ar: ['الساعه عشره', 'العاشره صباحا', '3 العصر', 'الساعه 7 ونص المسا', 'منتصف الليل'],
    ja: ['10時', '午前10時', '午後3時', '15時30分', '夜9時半', '正午'],
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
