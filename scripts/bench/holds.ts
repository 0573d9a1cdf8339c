import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { estimateSpokenSeconds } from '../../lambda/src/speech/ssml';

/**
 * Hold accuracy: each segment's SSML is rendered with espeak-ng, which honours
 * <break> exactly, and sox measures the audio. A hold runs from the end of the
 * settle pause (the first break, when the user is in position) to the end of the
 * last break, so it includes the cues spoken during the hold; its nominal length
 * is the catalogue's seconds for that stretch in that routine.
 */

const run = promisify(execFile);

export interface HoldSegment {
  label: string;
  ssml: string;
  nominalSeconds: number;
}

export interface HoldRow {
  label: string;
  nominalSeconds: number;
  /** Sum of the hold's <break>s in the SSML. */
  breakSeconds: number;
  /** The hold's breaks rendered one by one between two words: how exactly the renderer keeps silence. */
  silenceSeconds: number;
  /** The hold as heard: breaks plus the cues spoken inside it. */
  heardSeconds: number;
  /** The whole response as rendered, and the skill's own estimate of it (used to detect barge-in). */
  segmentSeconds: number;
  estimatedSeconds: number;
}

export type HoldReport = { available: true; voice: string; rows: HoldRow[]; notes: string[] } | { available: false; reason: string };

type Token = { kind: 'text'; text: string } | { kind: 'break'; seconds: number; raw: string };

const BREAK = /<break\s+time="(\d+(?:\.\d+)?)(ms|s)"\s*\/>/g;

/** Splits flat SSML into text and breaks; other tags are dropped (their words are kept). */
function tokenize(ssml: string): { tokens: Token[]; droppedTags: boolean } {
  const body = ssml.replace(/^\s*<speak>/, '').replace(/<\/speak>\s*$/, '');
  const tokens: Token[] = [];
  let droppedTags = false;
  let last = 0;
  const pushText = (text: string) => {
    const plain = text.replace(/<[^>]+>/g, () => {
      droppedTags = true;
      return ' ';
    });
    if (plain.trim()) tokens.push({ kind: 'text', text: plain });
  };
  for (const match of body.matchAll(BREAK)) {
    pushText(body.slice(last, match.index));
    const value = Number(match[1]);
    tokens.push({ kind: 'break', seconds: match[2] === 'ms' ? value / 1000 : value, raw: match[0] });
    last = (match.index ?? 0) + match[0].length;
  }
  pushText(body.slice(last));
  return { tokens, droppedTags };
}

const toSsml = (tokens: readonly Token[]): string =>
  `<speak>${tokens.map((token) => (token.kind === 'text' ? token.text : ` ${token.raw} `)).join('')}</speak>`;

async function available(command: string, args: string[]): Promise<boolean> {
  try {
    await run(command, args);
    return true;
  } catch {
    return false;
  }
}

export async function measureHolds(segments: readonly HoldSegment[], tmpDir: string, voice = 'en-us'): Promise<HoldReport> {
  if (!(await available('espeak-ng', ['--version']))) {
    return { available: false, reason: 'espeak-ng is not installed (apt-get install -y espeak-ng sox)' };
  }
  if (!(await available('soxi', ['--version'])) && !(await available('sox', ['--version']))) {
    return { available: false, reason: 'sox is not installed (apt-get install -y sox)' };
  }
  let counter = 0;
  const duration = async (ssml: string): Promise<number> => {
    const wav = join(tmpDir, `hold-${++counter}.wav`);
    await run('espeak-ng', ['-v', voice, '-m', '-w', wav, ssml]);
    const { stdout } = await run('soxi', ['-D', wav]);
    return Number(stdout.trim());
  };

  // Each break alone between two words, less the two words: how long the renderer stays silent for it.
  // (Breaks are measured one at a time: espeak-ng merges adjacent breaks, and a break after a full
  // stop replaces the sentence pause instead of adding to it.)
  const silences = new Map<string, Promise<number>>();
  let wordsOnly: Promise<number> | undefined;
  const breakSilence = async (token: Extract<Token, { kind: 'break' }>): Promise<number> => {
    wordsOnly ??= duration('<speak>one two</speak>');
    if (!silences.has(token.raw)) silences.set(token.raw, duration(`<speak>one ${token.raw} two</speak>`));
    return (await silences.get(token.raw)!) - (await wordsOnly);
  };

  const notes: string[] = [];
  const rows: HoldRow[] = [];
  for (const segment of segments) {
    const { tokens, droppedTags } = tokenize(segment.ssml);
    if (droppedTags) notes.push(`${segment.label}: tags other than <break> were dropped before rendering.`);
    const breaks = tokens.flatMap((token, index) => (token.kind === 'break' ? [index] : []));
    const settle = breaks[0];
    const end = breaks[breaks.length - 1];
    if (settle === undefined || end === undefined || breaks.length < 2) {
      notes.push(`${segment.label}: no hold found (fewer than two breaks).`);
      continue;
    }
    const holdTokens = tokens.slice(settle + 1, end + 1);
    const holdBreaks = holdTokens.filter((token): token is Extract<Token, { kind: 'break' }> => token.kind === 'break');
    // Rendered one after the other: two renders at once would only compete for the same CPU.
    const untilSettled = await duration(toSsml(tokens.slice(0, settle + 1)));
    const untilReleased = await duration(toSsml(tokens.slice(0, end + 1)));
    if (holdTokens.some((token, i) => token.kind === 'break' && holdTokens[i + 1]?.kind === 'break')) {
      notes.push(`${segment.label}: adjacent breaks; espeak-ng keeps only the longest of them, so "heard" is short here.`);
    }
    let silence = 0;
    for (const token of holdBreaks) silence += await breakSilence(token);
    const whole = await duration(segment.ssml);
    rows.push({
      label: segment.label,
      nominalSeconds: segment.nominalSeconds,
      breakSeconds: holdBreaks.reduce((sum, token) => sum + token.seconds, 0),
      silenceSeconds: silence,
      heardSeconds: untilReleased - untilSettled,
      segmentSeconds: whole,
      estimatedSeconds: estimateSpokenSeconds(segment.ssml),
    });
  }
  return { available: true, voice, rows, notes };
}
