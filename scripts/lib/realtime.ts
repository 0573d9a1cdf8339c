import { setTimeout as sleep } from 'node:timers/promises';
import { WORDS_PER_SECOND } from '../../lambda/src/speech/ssml';
import { speechSegments } from './render';

/**
 * Playing a reply in real time for `npm start --realtime`: the words at the pace the
 * skill assumes, every hold waited out with a countdown, and a way to cut in.
 */
export const INDENT = '       ';

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

/** Prints the words as they would be spoken and waits out every pause. Resolves false if cut short. */
export async function playInRealTime(ssml: string, signal: AbortSignal, typing: () => boolean): Promise<boolean> {
  let first = true;
  for (const segment of speechSegments(ssml)) {
    if (segment.kind === 'text') {
      // The skill times the user from its own estimate of speaking time; keep to it.
      const words = segment.text.split(' ');
      const prefix = first ? 'Alexa: ' : INDENT;
      first = false;
      if (!process.stdout.isTTY) {
        console.log(`${prefix}${segment.text}`);
        if (!(await wait(words.length / WORDS_PER_SECOND, signal))) return false;
        continue;
      }
      // On a terminal the words appear as they would be spoken.
      process.stdout.write(prefix);
      for (const [i, word] of words.entries()) {
        process.stdout.write(i ? ` ${word}` : word);
        if (!(await wait(1 / WORDS_PER_SECOND, signal))) {
          process.stdout.write('\n');
          return false;
        }
      }
      process.stdout.write('\n');
    } else {
      if (first) console.log('Alexa:');
      first = false;
      if (!(await holdWithCountdown(segment.seconds, signal, typing))) return false;
    }
  }
  if (first) console.log('Alexa: (silence)');
  return true;
}

