import { setTimeout as sleep } from 'node:timers/promises';
import { stretchAt } from '../../lambda/src/coach/place';
import type { Segment, Timeline } from '../../lambda/src/coach/timeline';
import { estimateSpokenSeconds } from '../../lambda/src/speech/ssml';
import { speechSegments } from './render';

/**
 * Playing a reply in real time for `npm start --realtime`: the words at the pace the
 * skill assumes, every hold waited out with a countdown, and a way to cut in. A reply
 * that narrates the routine shows its timeline as it plays: a line at each segment
 * (which stretch and side, and what part of it), so a cut-in can be checked against it.
 */
export const INDENT = '       ';

/** "seated-twist, side 2: hold" */
export function segmentLabel(segment: Segment): string {
  const stretch = stretchAt(segment.place);
  const side = stretch.sides > 1 ? `, ${stretch.secondRound === 'lower' ? 'round' : 'side'} ${segment.place.side + 1}` : '';
  return `${stretch.id}${side}: ${segment.kind}`;
}

/** Prints each segment of the timeline once playback reaches its start. */
class TimelineMarks {
  private next = 0;
  elapsed = 0;

  constructor(private readonly timeline: Timeline | undefined) {}

  /** The segment playing now. */
  get current(): Segment | undefined {
    return this.timeline?.segments[this.next - 1];
  }

  /** Whether a segment not yet printed starts by `seconds`. */
  due(seconds: number): boolean {
    const segment = this.timeline?.segments[this.next];
    // Timelines are kept to a tenth of a second.
    return segment !== undefined && segment.start <= seconds + 0.051;
  }

  reach(seconds: number): void {
    this.elapsed = seconds;
    const segments = this.timeline?.segments ?? [];
    while (this.due(seconds)) {
      const segment = segments[this.next]!;
      if (process.stdout.isTTY) process.stdout.write('\r\x1b[K');
      console.log(`${INDENT}▸ ${segment.start.toFixed(1).padStart(6)} s  ${segmentLabel(segment)}`);
      this.next++;
    }
  }
}

/** Waits, resolving false if cut short. */
export async function wait(seconds: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return false;
  try {
    await sleep(seconds * 1000, undefined, { signal });
    return true;
  } catch {
    return false;
  }
}

function formatSeconds(seconds: number): string {
  return Number.isInteger(seconds) ? `${seconds}` : seconds.toFixed(1);
}

/** The progress line of a hold: counts down in place on a terminal, one line otherwise. */
async function holdWithCountdown(seconds: number, signal: AbortSignal, typing: () => boolean): Promise<boolean> {
  const label = `(hold ${formatSeconds(seconds)} s)`;
  if (!process.stdout.isTTY) {
    console.log(`${INDENT}${label}`);
    return wait(seconds, signal);
  }
  const width = 20;
  let left = seconds;
  while (left > 0) {
    if (!typing()) {
      const filled = Math.round(((seconds - left) / seconds) * width);
      const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
      process.stdout.write(`\r\x1b[K${INDENT}⏱  ${bar} ${Math.ceil(left)} s left of ${formatSeconds(seconds)} s`);
    }
    const step = Math.min(1, left);
    if (!(await wait(step, signal))) {
      process.stdout.write(`\r\x1b[K${INDENT}${label} cut in after ${formatSeconds(Math.round((seconds - left) * 10) / 10)} s\n`);
      return false;
    }
    left = Math.round((left - step) * 1000) / 1000;
  }
  process.stdout.write(`\r\x1b[K${INDENT}${label}\n`);
  return true;
}

/**
 * Prints the words as they would be spoken and waits out every pause, marking the
 * timeline's segments as they start. Resolves false if cut short, saying where.
 */
export async function playInRealTime(ssml: string, signal: AbortSignal, typing: () => boolean, timeline?: Timeline): Promise<boolean> {
  const marks = new TimelineMarks(timeline);
  const cutIn = () => {
    if (timeline) console.log(`${INDENT}[cut in ${marks.elapsed.toFixed(1)} s into the narration, during ${marks.current ? segmentLabel(marks.current) : 'its start'}]`);
    return false;
  };
  let first = true;
  let at = 0;
  marks.reach(0);
  for (const segment of speechSegments(ssml)) {
    if (segment.kind === 'text') {
      // The skill times the user from its own estimate of speaking time; keep to it.
      const words = segment.text.split(' ');
      const prefix = first ? 'Alexa: ' : INDENT;
      first = false;
      if (!process.stdout.isTTY || timeline) {
        // Word by word against the timeline, so each mark comes where its segment starts in the speech.
        let line: string[] = [];
        let lead = prefix;
        const flush = () => {
          if (line.length) console.log(`${lead}${line.join(' ')}`);
          if (line.length) lead = INDENT;
          line = [];
        };
        for (const word of words) {
          if (marks.due(at)) {
            flush();
            marks.reach(at);
          }
          line.push(word);
          const seconds = estimateSpokenSeconds(word);
          at += seconds;
          marks.elapsed = at;
          if (!(await wait(seconds, signal))) {
            flush();
            return cutIn();
          }
        }
        flush();
        continue;
      }
      // On a terminal the words appear as they would be spoken.
      process.stdout.write(prefix);
      for (const [i, word] of words.entries()) {
        process.stdout.write(i ? ` ${word}` : word);
        // A word at the skill's estimate for its script (a Japanese run without spaces at its morae).
        const seconds = estimateSpokenSeconds(word);
        at += seconds;
        if (!(await wait(seconds, signal))) {
          process.stdout.write('\n');
          return cutIn();
        }
      }
      process.stdout.write('\n');
    } else {
      if (first) console.log('Alexa:');
      first = false;
      marks.reach(at);
      const started = Date.now();
      const heard = await holdWithCountdown(segment.seconds, signal, typing);
      at += heard ? segment.seconds : (Date.now() - started) / 1000;
      marks.elapsed = at;
      if (!heard) return cutIn();
    }
  }
  if (first) console.log('Alexa: (silence)');
  return true;
}

