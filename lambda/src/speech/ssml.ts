/**
 * The one place that writes SSML. Text from the locale files is plain words;
 * it is escaped here, and pauses are the only markup the skill adds.
 */

import { MAX_BREAK_SECONDS } from './limits';

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
 * unhurried coaching pace. Used to know whether a user spoke mid-stretch and to
 * tell users how long a routine takes; it never shortens a hold.
 */
export const WORDS_PER_SECOND = 2.6;

const BREAK_TIME = /\btime="(\d+(?:\.\d+)?)(ms|s)"/;

/**
 * One pass over the SSML, counting words between tags and adding up breaks, without
 * building the plain text: it runs on every turn, and the strings it would build are
 * most of what a warm request leaves for the garbage collector to sweep.
 */
export function estimateSpokenSeconds(ssml: string): number {
  let pauses = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < ssml.length; i++) {
    const code = ssml.charCodeAt(i);
    if (code === 60 /* < */) {
      const end = ssml.indexOf('>', i + 1);
      if (end > i + 1) {
        if (ssml.startsWith('<break', i)) {
          const time = BREAK_TIME.exec(ssml.slice(i, end));
          if (time) pauses += breakDuration(time[1], time[2]);
        }
        inWord = false;
        i = end;
        continue;
      }
    }
    if (code === 32 || code === 9 || code === 10 || code === 13) inWord = false;
    else if (!inWord) {
      inWord = true;
      words++;
    }
  }
  return pauses + words / WORDS_PER_SECOND;
}
