import { ROUTINE_IDS, getRoutine, routineStretches, type Equipment, type RoutineId, type StretchId } from '../coach/catalog';
import { placeAfter, samePlace, stretchAt, type Place } from '../coach/place';
import { routineMinutes, secondsFrom } from '../coach/routine-length';
import { SAFETY_KEYS, TRIAGE_KEYS, symptomKey, symptomUrgency, topicKey, type SafetyTopicId, type SymptomId } from '../coach/safety';
import type { Segment, Timeline } from '../coach/timeline';
import type { Translator } from '../localization/translator';
import {
  CONTROL_IDS,
  type ControlId,
  type EmergencyScreen,
  type FinishScreen,
  type MenuScreen,
  type OfferScreen,
  type RoutineCard,
  type RoutineFrame,
  type RoutineScreen,
  type SafetyScreen,
} from './model';

/**
 * Screen models from what the coach knows: ids, places, a response's timeline, and the
 * words in the locale files (`screen.*`, and the stretch, routine, safety and symptom
 * words the speech uses). The builder never sees a translator; this is the one place that
 * reads words for a screen.
 */

/** A name as the first words of a line: "seated twist" → "Seated twist". */
function capitalized(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

const stretchTitle = (t: Translator, stretchId: StretchId): string => capitalized(t.text(`stretches.${stretchId}.name`), t.locale);
const routineTitle = (t: Translator, routine: RoutineId): string => capitalized(t.text(`routines.${routine}.name`), t.locale);

/** The pose in a few words, for this side or round. */
function instruction(t: Translator, stretchId: StretchId, side: number): string {
  const poses = t.list(`screen.poses.${stretchId}`);
  return poses[Math.min(side, poses.length - 1)] ?? '';
}

/** The buttons' words, made once per language (the builder copies what it sends). */
export function controlLabels(t: Translator): Readonly<Record<ControlId, string>> {
  return t.memo('screen|controls', () => Object.fromEntries(CONTROL_IDS.map((id) => [id, t.text(`screen.buttons.${id}`)])) as Record<ControlId, string>);
}

function minutesLeft(t: Translator, place: Place, brief: boolean): string {
  const seconds = secondsFrom(t, place, brief);
  return t.text('screen.left', { count: Math.max(1, Math.round(seconds / 60)) });
}

/**
 * What the screen does during a segment: getting into position (the words before a
 * stretch, its setup, and a move to the floor or a wall, which shows the stretch moved
 * to), the hold with its countdown (its cues included), the release (and a closing with
 * no summary to show), or what comes next (the question a response ends with shows the
 * place it goes on to).
 */
type Phase = 'setup' | 'hold' | 'transition' | 'prompt';

function phaseOfSegment(segment: Segment): { place: Place; phase: Phase } {
  switch (segment.kind) {
    case 'lead':
    case 'setup':
    case 'move':
      return { place: segment.place, phase: 'setup' };
    case 'hold':
    case 'cue':
      return { place: segment.place, phase: 'hold' };
    case 'transition':
    case 'closing':
      return { place: segment.place, phase: 'transition' };
    case 'prompt':
      return { place: placeAfter(segment.place) ?? segment.place, phase: 'prompt' };
  }
}

function phaseText(t: Translator, place: Place, phase: Phase): string {
  const stretch = stretchAt(place);
  switch (phase) {
    case 'setup':
      if (place.side > 0) return t.text(stretch.secondRound === 'lower' ? 'screen.round.lower' : 'screen.round.side');
      return t.text('screen.phase.setup');
    case 'hold':
      return t.text(`screen.phase.${stretch.form.kind}`);
    case 'transition':
    case 'prompt':
      return t.text(`screen.phase.${phase}`);
  }
}

/**
 * A frame for a place and phase, at `at`. What it shows depends on nothing else, so it is
 * made once per language and copied: a response that plays on shows a dozen frames.
 */
function frameAt(t: Translator, at: number, place: Place, phase: Phase, brief: boolean): RoutineFrame {
  const shown = t.memo(`screen|frame|${place.routine}|${place.stretch}|${place.side}|${phase}|${brief}`, () => {
    const stretchId = stretchAt(place).id;
    return {
      stretchId,
      side: place.side,
      name: stretchTitle(t, stretchId),
      phase: phaseText(t, place, phase),
      instruction: instruction(t, stretchId, place.side),
      position: t.text('screen.position', { number: place.stretch + 1, total: getRoutine(place.routine).steps.length }),
      left: minutesLeft(t, place, brief),
    };
  });
  return { at, ...shown };
}

/** Whether a segment is part of the hold at `place` (the hold itself, or a cue spoken inside it). */
const inHoldAt = (segment: Segment, place: Place): boolean => (segment.kind === 'hold' || segment.kind === 'cue') && samePlace(segment.place, place);

/** When the hold that starts at segment `start` ends: at the first later segment not inside it, or at the timeline's end. */
function holdEnd(timeline: Timeline, start: number, place: Place): number {
  for (let i = start + 1; i < timeline.segments.length; i++) if (!inHoldAt(timeline.segments[i]!, place)) return timeline.segments[i]!.start;
  return timeline.end;
}

export interface RoutineScreenInput {
  /** The response's timeline (at least one segment). */
  timeline: Timeline;
  /** Short instructions ("less talking"): the minutes left are measured the same way as spoken. */
  brief: boolean;
  /** Seconds said before the narration (the first-use note, a notice): its frames start that much later. */
  offset?: number;
  /** The response ends the routine: the week so far, for the screen its closing shows. */
  finish?: { daysThisWeek: number; streak: number };
}

/**
 * The routine screen for a response's timeline: each segment starts a frame, except where
 * nothing on screen would change. A hold is one frame from its start to the release, cues
 * included, so its countdown runs until the next part of the speech begins; the closing
 * of a routine switches to the routine's end (the week, the streak, another routine).
 */
export function routineScreen(t: Translator, input: RoutineScreenInput): RoutineScreen {
  const { timeline, brief } = input;
  const offset = input.offset ?? 0;
  const first = timeline.segments[0];
  if (!first) throw new Error('A routine screen needs a timeline with at least one segment');
  const routine = first.place.routine;
  const frames: RoutineFrame[] = [];
  let shown: { place: Place; phase: Phase } | undefined;
  let finishAt: number | undefined;
  timeline.segments.forEach((segment, i) => {
    const at = i === 0 ? 0 : segment.start + offset;
    if (segment.kind === 'closing' && input.finish) {
      finishAt ??= at;
      return;
    }
    const now = phaseOfSegment(segment);
    const { place, phase } = now;
    // The hold goes on through its cues; words that change nothing on screen start no frame.
    if (shown && samePlace(shown.place, place) && shown.phase === phase) return;
    const frame = frameAt(t, at, place, phase, brief);
    if (phase === 'hold') {
      const end = holdEnd(timeline, i, place);
      frame.countdown = Math.max(0, Math.ceil(end - segment.start - 1e-9));
    }
    frames.push(frame);
    shown = now;
  });
  return {
    kind: 'routine',
    title: routineTitle(t, routine),
    frames,
    end: timeline.end + offset,
    finish: finishAt !== undefined && input.finish ? { at: finishAt, view: finishScreen(t, { routine, ...input.finish, brief }) } : undefined,
    controls: controlLabels(t),
    say: t.text('screen.say'),
  };
}

/**
 * A routine with nothing playing (paused, or after anything said on the side): the place
 * "resume" goes on with, still, with resume in place of pause.
 */
export function pausedScreen(t: Translator, place: Place, brief: boolean): RoutineScreen {
  return {
    kind: 'routine',
    title: routineTitle(t, place.routine),
    frames: [frameAt(t, 0, place, 'setup', brief)],
    end: 0,
    paused: { label: t.text('screen.paused'), say: t.text('screen.pausedSay') },
    controls: controlLabels(t),
    say: t.text('screen.say'),
  };
}

/** What a routine needs, from its stretches' equipment: "Chair", "Mat, towel" (マット、タオル), "No equipment". */
function needs(t: Translator, routine: RoutineId): string {
  const kinds = [...new Set(routineStretches(routine).map((s) => s.equipment))].filter((e): e is Exclude<Equipment, 'none'> => e !== 'none');
  if (!kinds.length) return t.text('screen.menu.nothing');
  return capitalized(kinds.map((e) => t.text(`screen.equipment.${e}`)).join(t.text('screen.listSeparator')), t.locale);
}

/** The routines as cards, made once per language and instruction level (the builder copies what it sends). */
export function routineCards(t: Translator, brief: boolean): readonly RoutineCard[] {
  return t.memo(`screen|cards|${brief}`, () =>
    ROUTINE_IDS.map((id) => ({
      id,
      name: routineTitle(t, id),
      minutes: t.text('screen.menu.minutes', { count: routineMinutes(t, id, brief) }),
      needs: needs(t, id),
    })),
  );
}

export function menuScreen(t: Translator, brief: boolean): MenuScreen {
  return {
    kind: 'menu',
    title: t.text('screen.title'),
    heading: t.text('screen.menu.heading'),
    cards: routineCards(t, brief),
    touch: t.text('screen.menu.touch'),
    say: t.text('screen.menu.say'),
  };
}

/** The resume offer for a saved place in a routine. */
export function offerScreen(t: Translator, place: Place, brief: boolean): OfferScreen {
  const stretchId = stretchAt(place).id;
  return {
    kind: 'offer',
    title: t.text('screen.title'),
    heading: t.text('screen.offer.heading'),
    detail: t.text('screen.offer.detail', { stretch: stretchTitle(t, stretchId), routine: t.text(`routines.${place.routine}.name`) }),
    stretchId,
    side: place.side,
    resume: t.text('screen.offer.resume'),
    cards: routineCards(t, brief),
    say: t.text('screen.offer.say'),
  };
}

/** The end of a routine: days stretched in the last week, and the streak when it is worth saying (three days or more, as spoken). */
export function finishScreen(t: Translator, summary: { routine: RoutineId; daysThisWeek: number; streak: number; brief: boolean }): FinishScreen {
  const lines = [t.text('screen.finish.week', { count: summary.daysThisWeek })];
  if (summary.streak >= 3) lines.push(t.text('screen.finish.streak', { count: summary.streak }));
  return {
    kind: 'finish',
    title: t.text('screen.title'),
    heading: t.text('screen.finish.heading', { name: routineTitle(t, summary.routine) }),
    lines,
    another: t.text('screen.finish.another'),
    cards: routineCards(t, summary.brief),
    stop: t.text('screen.buttons.stop'),
    say: t.text('screen.finish.say'),
  };
}

/** A safety answer, as spoken but with the emergency number in digits; mid-routine with the way back to the stretch. */
/**
 * A safety answer as short readable text: a topic's answer, a sign's (asked about), or the
 * one question about the other signs (`question`: no way back on screen until it is answered).
 */
export function safetyScreen(
  t: Translator,
  answer: { topic?: SafetyTopicId; symptom?: SymptomId; question?: true; inRoutine: boolean },
): SafetyScreen {
  const number = t.text('screen.emergency.number');
  const text = answer.question
    ? t.text(TRIAGE_KEYS.companionAsk)
    : answer.topic
      ? t.text(topicKey(answer.topic), { number })
      : answer.symptom
        ? symptomAnswerText(t, answer.symptom, number)
        : t.text(SAFETY_KEYS.unknown);
  if (answer.question) return { kind: 'safety', title: t.text('screen.title'), heading: t.text('screen.safety.heading'), text };
  return {
    kind: 'safety',
    title: t.text('screen.title'),
    heading: t.text('screen.safety.heading'),
    text,
    resume: answer.inRoutine ? { label: t.text('screen.buttons.resume'), say: t.text('screen.safety.say') } : undefined,
    stop: answer.inRoutine ? t.text('screen.buttons.stop') : undefined,
  };
}

/** What a sign asked about means, and what to do if it happens (the words of safety.symptomAnswer). */
function symptomAnswerText(t: Translator, symptom: SymptomId, number: string): string {
  switch (symptomUrgency(symptom)) {
    case 'companion':
      return t.text(SAFETY_KEYS.followUpCompanion, { number });
    case 'emergency':
      return `${t.text(symptomKey(symptom))} ${t.text(SAFETY_KEYS.followUpEmergency, { number })}`;
    case 'prompt':
      return `${t.text(symptomKey(symptom))} ${t.text(SAFETY_KEYS.redFlag)}`;
    default:
      return t.text(symptomKey(symptom));
  }
}

/** A red flag: `emergency` (call now) or `prompt` (stop for today, see a doctor soon), with the symptom's spoken reason. */
export function emergencyScreen(t: Translator, flag: { urgency: 'emergency' | 'prompt'; symptom: SymptomId }): EmergencyScreen {
  const number = t.text('screen.emergency.number');
  const text = t.text(symptomKey(flag.symptom));
  if (flag.urgency === 'emergency') {
    return {
      kind: 'emergency',
      urgency: 'emergency',
      heading: t.text('screen.emergency.heading'),
      call: t.text('screen.emergency.call', { number }),
      number,
      text,
      detail: t.text('screen.emergency.detail'),
    };
  }
  return { kind: 'emergency', urgency: 'prompt', heading: t.text('screen.care.heading'), call: t.text('screen.care.net', { number }), number, text };
}
