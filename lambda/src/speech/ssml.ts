/**
 * The one place that writes SSML. Text from the locale files is plain words;
 * it is escaped here, and pauses are the only markup the skill adds.
 */

import { MAX_BREAK_SECONDS } from './limits';
import { KANJI_MORAE, SPEAKING_RATES } from './speaking-rates';

export { MAX_BREAK_SECONDS };

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

function escapeSsml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

/** A pause of any length as a chain of breaks of at most ten seconds each. */
function pauseSsml(seconds: number): string {
  if (!(seconds > 0)) return '';
  const parts: string[] = [];
  let left = seconds;
  while (left > 0) {
    const chunk = Math.min(MAX_BREAK_SECONDS, left);
    parts.push(chunk === Math.floor(chunk) ? `<break time="${chunk}s"/>` : `<break time="${Math.round(chunk * 1000)}ms"/>`);
    left -= chunk;
  }
  return parts.join('');
}

/**
 * Builds the inside of a `<speak>` element from sentences and pauses. It keeps a running
 * estimate of how long it takes to say (`seconds`) and its length in characters, so a
 * narration can note where each part starts and stop before a response gets too long.
 */
export class Speech {
  private readonly parts: string[] = [];
  private spokenSeconds = 0;
  private chars = 0;

  private push(part: string): void {
    this.chars += this.parts.length ? part.length + 1 : part.length;
    this.parts.push(part);
    this.spokenSeconds += estimateSpokenSeconds(part);
  }

  say(...sentences: (string | undefined)[]): this {
    for (const sentence of sentences) {
      const trimmed = sentence?.trim();
      if (trimmed) this.push(escapeSsml(trimmed));
    }
    return this;
  }

  pause(seconds: number): this {
    const ssml = pauseSsml(seconds);
    if (ssml) this.push(ssml);
    return this;
  }

  /** SSML this module produced earlier (a stored prompt being repeated); never user or locale text. */
  raw(ssml: string): this {
    if (ssml.trim()) this.push(ssml);
    return this;
  }

  /** Another speech's parts after these; its length is already known, so nothing is measured again. */
  append(other: Speech): this {
    if (other.parts.length === 0) return this;
    this.chars += this.parts.length ? other.chars + 1 : other.chars;
    this.spokenSeconds += other.spokenSeconds;
    for (const part of other.parts) this.parts.push(part);
    return this;
  }

  isEmpty(): boolean {
    return this.parts.length === 0;
  }

  /** Estimated seconds to say it all, pauses included (see estimateSpokenSeconds). */
  get seconds(): number {
    return this.spokenSeconds;
  }

  /** Characters of `toSsml()`. */
  get length(): number {
    return this.chars;
  }

  /** SSML without the `<speak>` wrapper (ask-sdk adds it). */
  toSsml(): string {
    return this.parts.join(' ');
  }
}

export function speech(...sentences: (string | undefined)[]): Speech {
  return new Speech().say(...sentences);
}

/** A break's time="…" amount and unit, in seconds. */
function breakDuration(amount: string | undefined, unit: string | undefined): number {
  const value = Number(amount);
  return unit === 'ms' ? value / 1000 : value;
}

/** Every `<break>` duration in a piece of SSML, in seconds. */
export function breakSeconds(ssml: string): number[] {
  const found: number[] = [];
  for (const match of ssml.matchAll(/<break\b[^>]*\btime="(\d+(?:\.\d+)?)(ms|s)"[^>]*\/>/g)) found.push(breakDuration(match[1], match[2]));
  return found;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };

/** Plain words of a piece of SSML: tags removed, entities decoded (one pass: this runs on every turn). */
export function ssmlToText(ssml: string): string {
  return ssml
    .replace(/<[^>]+>|&(lt|gt|quot|apos|amp);/g, (match, entity: string | undefined) => (entity ? (ENTITIES[entity] ?? match) : ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Rough seconds Alexa takes to speak some SSML: the pauses plus the words at an
 * unhurried coaching pace, by script (speaking-rates.ts). Used to know whether a user
 * spoke mid-stretch and to tell users how long a routine takes; it never shortens a hold.
 */
export const WORDS_PER_SECOND = SPEAKING_RATES.latin.perSecond;

const BREAK_TIME = /\btime="(\d+(?:\.\d+)?)(ms|s)"/;

const LATIN_RATE = SPEAKING_RATES.latin.perSecond;
const DEVANAGARI_RATE = SPEAKING_RATES.devanagari.perSecond;
const ARABIC_RATE = SPEAKING_RATES.arabic.perSecond;
const MORA_RATE = SPEAKING_RATES.japanese.perSecond;

/** A word's script, as the one pass tells them apart: none yet, Latin (or any other), Devanagari, Arabic. */
const NO_WORD = 0;
const LATIN = 1;
const DEVANAGARI = 2;
const ARABIC = 3;

/** The script of a character that belongs to a word (Latin stands for every script counted like it). */
function wordScript(code: number): number {
  if (code < 0x0600) return LATIN;
  if (code <= 0x06ff || (code >= 0x0750 && code <= 0x077f) || (code >= 0x08a0 && code <= 0x08ff) || (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfeff)) return ARABIC;
  if ((code >= 0x0900 && code <= 0x097f) || (code >= 0xa8e0 && code <= 0xa8ff)) return DEVANAGARI;
  return LATIN;
}

/** Small kana, said with the kana before them as one mora (ゃ in きゃ). */
function isSmallKana(code: number): boolean {
  const kana = code >= 0x30a0 ? code - 0x60 : code;
  return kana === 0x3041 || kana === 0x3043 || kana === 0x3045 || kana === 0x3047 || kana === 0x3049 || kana === 0x3083 || kana === 0x3085 || kana === 0x3087 || kana === 0x308e || kana === 0x3095 || kana === 0x3096;
}

/**
 * Morae of a character written the Japanese way, or -1 for a character that is not: a kana
 * (and っ, ー) is one, a small kana none, a kanji KANJI_MORAE; Japanese punctuation and
 * full-width symbols none (they end a word, and their pause is in the rate).
 */
function japaneseMorae(code: number): number {
  if (code < 0x3000) return -1;
  if (code >= 0x3041 && code <= 0x30ff) return code === 0x30fb || isSmallKana(code) ? 0 : 1;
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff) || code === 0x3005 || code === 0x3006) return KANJI_MORAE;
  if (code <= 0x303f) return 0;
  if (code >= 0xff66 && code <= 0xff9f) return 1;
  if (code >= 0xff00 && code <= 0xffef) return (code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a) ? -1 : 0;
  return -1;
}

/**
 * One pass over the SSML, counting words between tags (by script) and the morae of
 * Japanese, and adding up breaks, without building the plain text: it runs on every turn,
 * and the strings it would build are most of what a warm request leaves for the garbage
 * collector to sweep.
 */
export function estimateSpokenSeconds(ssml: string): number {
  let pauses = 0;
  let latin = 0;
  let devanagari = 0;
  let arabic = 0;
  let morae = 0;
  let word = NO_WORD;
  for (let i = 0; i <= ssml.length; i++) {
    const code = i < ssml.length ? ssml.charCodeAt(i) : 32;
    // Most characters are letters of a Latin-script word: settle them first.
    if (code < 0x0600 && code > 32 && code !== 60) {
      if (word === NO_WORD) word = LATIN;
      continue;
    }
    let ends = code === 32 || code === 9 || code === 10 || code === 13;
    if (code === 60 /* < */) {
      const end = ssml.indexOf('>', i + 1);
      if (end > i + 1) {
        if (ssml.startsWith('<break', i)) {
          const time = BREAK_TIME.exec(ssml.slice(i, end));
          if (time) pauses += breakDuration(time[1], time[2]);
        }
        i = end;
        ends = true;
      }
    }
    const mora = ends ? -1 : japaneseMorae(code);
    if (ends || mora >= 0) {
      if (word === LATIN) latin++;
      else if (word === DEVANAGARI) devanagari++;
      else if (word === ARABIC) arabic++;
      word = NO_WORD;
      if (mora > 0) morae += mora;
      continue;
    }
    const script = wordScript(code);
    if (word === NO_WORD || script !== LATIN) word = script;
  }
  return pauses + (latin / LATIN_RATE + devanagari / DEVANAGARI_RATE + arabic / ARABIC_RATE + morae / MORA_RATE);
}
