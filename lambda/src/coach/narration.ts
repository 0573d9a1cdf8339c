import type { ListKey, TextKey, Translator } from '../localization/translator';
import { Speech } from '../speech/ssml';
import type { RepsForm, RoutineId, Stretch, StretchId, TimedForm } from './catalog';
import { Script } from './timeline';

/**
 * Turns one side of a stretch into speech: getting into position, then the hold
 * or the reps in real time, then the release. The pauses of a side add up exactly to
 * its nominal seconds; cues are spoken on top, so a long sentence never shortens a
 * hold. What a stretch is for is said once the user is in it, at the start of the
 * hold, so the first movement starts soon after a routine is chosen.
 */

interface NarrationOptions {
  /** Returning users who asked for less talking hear one line instead of the full steps. */
  brief: boolean;
  /** Whether to say what the stretch is good for (the first time a user meets it). */
  withBenefit: boolean;
  /** False when the words just before already named the stretch. */
  withTitle?: boolean;
  /** Said as the hold starts, before anything else (how to cut in, the first time). */
  tip?: string;
}

/** Seconds to get into position after the setup, before the clock starts. */
export const SETTLE_SECONDS = 2;
/** Cues within this many seconds of each other crowd the hold; the later one is dropped. */
const MIN_CUE_GAP = 5;
/** The "last seconds" cue comes this long before the end of a hold. */
const LAST_SECONDS = 5;

interface Cue {
  at: number;
  text: string;
}

/** A field every stretch has words for. */
function stretchKey<Field extends 'name' | 'benefit' | 'brief' | 'during' | 'setup'>(stretch: Stretch, field: Field): `stretches.${StretchId}.${Field}` {
  return `stretches.${stretch.id}.${field}`;
}

/**
 * A field only some stretches have: `switch` (two-sided ones) and `rep` (repetition moves).
 * The type cannot tell which stretch has which; tests/unit/catalog.test.ts enumerates them
 * in every language.
 */
function stretchOnlyKey<Key extends TextKey | ListKey>(stretch: Stretch, field: 'switch' | 'rep'): Key {
  return `stretches.${stretch.id}.${field}` as Key;
}

/** A sentence that opens with a stretch's name ("seated twist.") starts with a capital, as written text should. */
export function sentenceStart(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/**
 * The words for moving on to a stretch's second round, the other side or a lower spot:
 * straight on (`flowOn`), asking first (`next`, `reprompt`, `keepGoing`), picking it up
 * (`resume`), or offered after an aside (`offer`).
 */
export function secondRoundKeys(stretch: Stretch): Record<'next' | 'reprompt' | 'resume' | 'offer' | 'flowOn' | 'keepGoing', TextKey> {
  const round = stretch.secondRound === 'lower' ? ('Lower' as const) : ('Side' as const);
  return {
    next: `flow.next${round}`,
    reprompt: `flow.next${round}Reprompt`,
    resume: `flow.resume${round}`,
    offer: `asides.offer.next${round}`,
    flowOn: `flow.on${round}`,
    keepGoing: `flow.keepGoing${round}`,
  };
}

export function stretchName(t: Translator, stretchId: StretchId): string {
  return t.text(`stretches.${stretchId}.name`);
}

export function routineName(t: Translator, routine: RoutineId): string {
  return t.text(`routines.${routine}.name`);
}

/**
 * Cue points inside a timed hold or flow, in seconds from its start. A hold gets its
 * form tip up front; a flowing move gets it halfway, where it changes direction.
 */
function timedCues(t: Translator, stretch: Stretch, form: TimedForm): Cue[] {
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

/** What is said as the timed part starts: the start cue, what the stretch is for, its form tip. */
function holdOpening(t: Translator, stretch: Stretch, side: number, options: NarrationOptions, start: string, tip?: string): (string | undefined)[] {
  const benefit = options.withBenefit && side === 0 ? t.text(stretchKey(stretch, 'benefit')) : undefined;
  return [start, options.tip, benefit, tip];
}

function narrateTimed(t: Translator, stretch: Stretch, side: number, form: TimedForm, options: NarrationOptions, out: Script): void {
  const start = form.kind === 'hold' ? 'cues.holdStart' : 'cues.flowStart';
  // The form tip is said once per stretch: the second side has just heard it.
  const tip = form.kind === 'hold' && side === 0 ? t.text(stretchKey(stretch, 'during')) : undefined;
  out.mark('hold');
  out.speech.say(...holdOpening(t, stretch, side, options, t.text(start), tip));
  let elapsed = 0;
  for (const cue of timedCues(t, stretch, form)) {
    out.speech.pause(cue.at - elapsed);
    out.mark('cue').speech.say(cue.text);
    out.mark('hold');
    elapsed = cue.at;
  }
  out.speech.pause(form.seconds - elapsed);
  out.mark('transition').speech.say(t.text(form.kind === 'hold' ? 'cues.holdEnd' : 'cues.flowEnd'));
}

function narrateReps(t: Translator, stretch: Stretch, form: RepsForm, options: NarrationOptions, out: Script): void {
  const phrases = t.list(stretchOnlyKey<ListKey>(stretch, 'rep'));
  out.mark('hold');
  out.speech.say(...holdOpening(t, stretch, 0, options, t.text('cues.repsStart', { count: form.reps }), t.text(stretchKey(stretch, 'during'))));
  const halfway = Math.ceil(form.reps / 2);
  for (let rep = 1; rep <= form.reps; rep++) {
    if (rep === form.reps && form.reps > 1) out.speech.say(t.text('cues.lastRep'));
    else if (rep === halfway + 1 && form.reps >= 4) out.speech.say(t.text('cues.repsHalfway'));
    form.phaseSeconds.forEach((seconds, phase) => {
      out.speech.say(phrases[phase]).pause(seconds);
    });
  }
  out.mark('transition').speech.say(t.text('cues.repsEnd'));
}

/** How to get into position: the full steps, or one reminder line in brief mode. */
function narrateSetup(t: Translator, stretch: Stretch, side: number, options: NarrationOptions, out: Speech): void {
  if (side > 0) {
    out.say(t.text(stretchOnlyKey<TextKey>(stretch, 'switch')));
    return;
  }
  if (options.withTitle !== false) out.say(sentenceStart(t.text('narration.title', { name: stretchName(t, stretch.id) }), t.locale));
  if (options.brief) out.say(t.text(stretchKey(stretch, 'brief')));
  else out.say(...t.list(stretchKey(stretch, 'setup')));
}

/**
 * One side of a stretch, from getting into position to the release, with its segments
 * (setup, hold, cues, and the release as the start of a transition) not yet placed.
 * Narrated once per language, stretch (with the routine's timing), side and options: a
 * response that plays on narrates a dozen sides, and the words never change. Callers
 * append the script they get and never change it.
 */
export function narrateSide(t: Translator, stretch: Stretch, side: number, options: NarrationOptions): Script {
  const timing = stretch.form.kind === 'reps' ? 'reps' : stretch.form.seconds;
  const key = `side|${stretch.id}|${timing}|${side}|${options.brief}|${options.withBenefit}|${options.withTitle !== false}|${options.tip ?? ''}`;
  return t.memo(key, () => narrateFresh(t, stretch, side, options));
}

function narrateFresh(t: Translator, stretch: Stretch, side: number, options: NarrationOptions): Script {
  const out = new Script().mark('setup');
  narrateSetup(t, stretch, side, options, out.speech);
  out.speech.pause(SETTLE_SECONDS);
  if (stretch.form.kind === 'reps') narrateReps(t, stretch, stretch.form, options, out);
  else narrateTimed(t, stretch, side, stretch.form, options, out);
  return out;
}

/** One side of a stretch as speech alone. */
export function narrateStretch(t: Translator, stretch: Stretch, side: number, options: NarrationOptions): Speech {
  return new Speech().append(narrateSide(t, stretch, side, options).speech);
}
