import type { Translator } from '../localization/translator';
import { Speech } from '../speech/ssml';
import type { RepsForm, Stretch, TimedForm } from './catalog';

/**
 * Turns one side of a stretch into speech: getting into position, then the hold
 * or the reps in real time. The pauses of a side add up exactly to its nominal
 * seconds; cues are spoken on top, so a long sentence never shortens a hold.
 */

export interface NarrationOptions {
  /** Returning users who asked for less talking hear one line instead of the full steps. */
  brief: boolean;
  /** Whether to say what the stretch is good for (new users, and on request). */
  withBenefit: boolean;
  /** False when the words just before already named the stretch. */
  withTitle?: boolean;
}

/** Seconds to get into position after the setup, before the clock starts. */
export const SETTLE_SECONDS = 2;
/** Cues within this many seconds of each other crowd the hold; the later one is dropped. */
const MIN_CUE_GAP = 5;
/** The "last seconds" cue comes this long before the end of a hold. */
export const LAST_SECONDS = 5;

interface Cue {
  at: number;
  text: string;
}

function stretchKey(stretch: Stretch, field: string): string {
  return `stretches.${stretch.id}.${field}`;
}

/** A sentence that opens with a stretch's name ("seated twist.") starts with a capital, as written text should. */
function sentenceStart(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** The words for moving on to a stretch's second round: the other side, or a lower spot. */
export function secondRoundKeys(stretch: Stretch): { next: string; reprompt: string; resume: string; offer: string } {
  return stretch.secondRound === 'lower'
    ? { next: 'flow.nextLower', reprompt: 'flow.nextLowerReprompt', resume: 'flow.resumeLower', offer: 'safety.offer.nextLower' }
    : { next: 'flow.nextSide', reprompt: 'flow.nextSideReprompt', resume: 'flow.resumeSide', offer: 'safety.offer.nextSide' };
}

export function stretchName(t: Translator, stretchId: string): string {
  return t.text(`stretches.${stretchId}.name`);
}

/**
 * Cue points inside a timed hold or flow, in seconds from its start. A hold gets its
 * form tip up front; a flowing move gets it halfway, where it changes direction.
 */
export function timedCues(t: Translator, stretch: Stretch, form: TimedForm): Cue[] {
  const s = form.seconds;
  const wanted: Cue[] = [];
  if (s >= 40) wanted.push({ at: Math.round(s / 4), text: t.text('cues.breathe') });
  const halfway = form.kind === 'flow' ? t.text(stretchKey(stretch, 'during')) : t.text('cues.halfway');
  if (s >= 20 || form.kind === 'flow') wanted.push({ at: Math.round(s / 2), text: halfway });
  if (s >= 15) wanted.push({ at: s - LAST_SECONDS, text: t.text('cues.lastSeconds', { count: LAST_SECONDS }) });
  const kept: Cue[] = [];
  for (const cue of wanted) {
    const previous = kept[kept.length - 1]?.at ?? 0;
    if (cue.at - previous >= MIN_CUE_GAP && s - cue.at >= LAST_SECONDS) kept.push(cue);
  }
  return kept;
}

function narrateTimed(t: Translator, stretch: Stretch, side: number, form: TimedForm, out: Speech): void {
  const start = form.kind === 'hold' ? 'cues.holdStart' : 'cues.flowStart';
  // The form tip is said once per stretch: the second side has just heard it.
  const tip = form.kind === 'hold' && side === 0 ? t.text(stretchKey(stretch, 'during')) : undefined;
  out.say(t.text(start), tip);
  let elapsed = 0;
  for (const cue of timedCues(t, stretch, form)) {
    out.pause(cue.at - elapsed).say(cue.text);
    elapsed = cue.at;
  }
  out.pause(form.seconds - elapsed);
  out.say(t.text(form.kind === 'hold' ? 'cues.holdEnd' : 'cues.flowEnd'));
}

function narrateReps(t: Translator, stretch: Stretch, form: RepsForm, out: Speech): void {
  const phrases = t.list(stretchKey(stretch, 'rep'));
  out.say(t.text('cues.repsStart', { count: form.reps }), t.text(stretchKey(stretch, 'during')));
  const halfway = Math.ceil(form.reps / 2);
  for (let rep = 1; rep <= form.reps; rep++) {
    if (rep === form.reps && form.reps > 1) out.say(t.text('cues.lastRep'));
    else if (rep === halfway + 1 && form.reps >= 4) out.say(t.text('cues.repsHalfway'));
    form.phaseSeconds.forEach((seconds, phase) => {
      out.say(phrases[phase]).pause(seconds);
    });
  }
  out.say(t.text('cues.repsEnd'));
}

/** How to get into position: the full steps, or one reminder line in brief mode. */
export function narrateSetup(t: Translator, stretch: Stretch, side: number, options: NarrationOptions): Speech {
  const out = new Speech();
  if (side > 0) return out.say(t.text(stretchKey(stretch, 'switch')));
  if (options.withTitle !== false) out.say(sentenceStart(t.text('narration.title', { name: stretchName(t, stretch.id) }), t.locale));
  if (options.withBenefit) out.say(t.text(stretchKey(stretch, 'benefit')));
  if (options.brief) out.say(t.text(stretchKey(stretch, 'brief')));
  else out.say(...t.list(stretchKey(stretch, 'setup')));
  return out;
}

/** One side of a stretch, from getting into position to the release. */
export function narrateStretch(t: Translator, stretch: Stretch, side: number, options: NarrationOptions): Speech {
  const out = narrateSetup(t, stretch, side, options).pause(SETTLE_SECONDS);
  if (stretch.form.kind === 'reps') narrateReps(t, stretch, stretch.form, out);
  else narrateTimed(t, stretch, side, stretch.form, out);
  return out;
}
