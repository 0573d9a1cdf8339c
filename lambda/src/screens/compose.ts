import { ROUTINE_IDS, getRoutine, getStretch, routineStretches, type Equipment, type RoutineId } from '../coach/catalog';
import { routineMinutes, secondsFrom } from '../coach/routine-length';
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
  type Timeline,
  type TimelineSegment,
} from './model';

/**
 * Screen models from what the coach knows: ids, positions, a timeline, and the words in
 * the locale files (`screen.*`, and the stretch and routine names the speech uses). The
 * builder never sees a translator; this is the one place that reads words for a screen.
 */

/** A name as the first words of a line: "seated twist" → "Seated twist". */
function capitalized(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

const stretchTitle = (t: Translator, stretchId: string): string => capitalized(t.text(`stretches.${stretchId}.name`), t.locale);
const routineTitle = (t: Translator, routine: RoutineId): string => capitalized(t.text(`routines.${routine}.name`), t.locale);

/** The pose in a few words, for this side or round. */
function instruction(t: Translator, stretchId: string, side: number): string {
  const poses = t.list(`screen.poses.${stretchId}`);
  return poses[Math.min(side, poses.length - 1)] ?? '';
}

export function controlLabels(t: Translator): Record<ControlId, string> {
  return Object.fromEntries(CONTROL_IDS.map((id) => [id, t.text(`screen.buttons.${id}`)])) as Record<ControlId, string>;
}

function minutesLeft(t: Translator, routine: RoutineId, stretch: number, side: number, brief: boolean): string {
  const seconds = secondsFrom(t, { routine, stretch, side }, brief);
  return t.text('screen.left', { count: Math.max(1, Math.round(seconds / 60)) });
}

function phaseOf(t: Translator, segment: TimelineSegment): string {
  const stretch = getStretch(segment.stretchId);
  switch (segment.kind) {
    case 'setup':
      if (segment.side > 0) return t.text(stretch.secondRound === 'lower' ? 'screen.round.lower' : 'screen.round.side');
      return t.text('screen.phase.setup');
    case 'hold':
    case 'cue':
      return t.text(`screen.phase.${stretch.form.kind}`);
    case 'transition':
      if (segment.side > 0) return t.text(stretch.secondRound === 'lower' ? 'screen.round.lower' : 'screen.round.side');
      return t.text('screen.phase.transition');
    case 'closing':
      return t.text('screen.phase.closing');
    case 'prompt':
      return t.text('screen.phase.prompt');
  }
}

export interface RoutineScreenInput {
  routine: RoutineId;
  timeline: Timeline;
  /** Short instructions ("less talking"): the minutes left are measured the same way as spoken. */
  brief: boolean;
  /** The routine is paused: no clock runs. */
  paused?: boolean;
}

/**
 * The routine screen for a response's timeline. Each segment starts a frame, except a cue
 * inside a hold, which keeps the hold's frame: the countdown of a hold runs from the hold's
 * start to the end of its last cue, that is until the next part of the speech begins.
 */
export function routineScreen(t: Translator, input: RoutineScreenInput): RoutineScreen {
  const { routine, timeline, brief } = input;
  const stretches = routineStretches(routine);
  const total = getRoutine(routine).steps.length;
  const frames: RoutineFrame[] = [];
  let index = 0;
  timeline.segments.forEach((segment, i) => {
    const found = stretches.findIndex((s, k) => k >= index && s.id === segment.stretchId);
    if (found < 0) throw new Error(`Stretch ${segment.stretchId} is not in routine ${routine} from position ${index}`);
    index = found;
    const previous = frames[frames.length - 1];
    const isCueInHold = segment.kind === 'cue' && previous?.countdown !== undefined && previous.stretchId === segment.stretchId && previous.side === segment.side;
    const nextStart = timeline.segments.slice(i + 1).find((s) => s.kind !== 'cue' || s.stretchId !== segment.stretchId || s.side !== segment.side)?.start ?? timeline.end;
    if (isCueInHold) return;
    const frame: RoutineFrame = {
      at: segment.start,
      stretchId: segment.stretchId,
      side: segment.side,
      name: stretchTitle(t, segment.stretchId),
      phase: phaseOf(t, segment),
      instruction: instruction(t, segment.stretchId, segment.side),
      position: t.text('screen.position', { number: index + 1, total }),
      left: minutesLeft(t, routine, index, segment.side, brief),
    };
    if ((segment.kind === 'hold' || segment.kind === 'cue') && !input.paused) frame.countdown = Math.max(0, Math.ceil(nextStart - segment.start - 1e-9));
    frames.push(frame);
  });
  return {
    kind: 'routine',
    title: routineTitle(t, routine),
    frames,
    end: timeline.end,
    paused: input.paused ? { label: t.text('screen.paused'), say: t.text('screen.pausedSay') } : undefined,
    controls: controlLabels(t),
    say: t.text('screen.say'),
  };
}

/** What a routine needs, from its stretches' equipment: "Chair", "Mat, towel", "No equipment". */
function needs(t: Translator, routine: RoutineId): string {
  const kinds = [...new Set(routineStretches(routine).map((s) => s.equipment))].filter((e): e is Exclude<Equipment, 'none'> => e !== 'none');
  if (!kinds.length) return t.text('screen.menu.nothing');
  return capitalized(kinds.map((e) => t.text(`screen.equipment.${e}`)).join(', '), t.locale);
}

export function routineCards(t: Translator, brief: boolean): RoutineCard[] {
  return ROUTINE_IDS.map((id) => ({
    id,
    name: routineTitle(t, id),
    minutes: t.text('screen.menu.minutes', { count: routineMinutes(t, id, brief) }),
    needs: needs(t, id),
  }));
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
export function offerScreen(t: Translator, place: { routine: RoutineId; stretch: number; side: number }, brief: boolean): OfferScreen {
  const stretchId = routineStretches(place.routine)[place.stretch]?.id;
  if (!stretchId) throw new Error(`Position outside routine ${place.routine}`);
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

/** A safety answer, as spoken; mid-routine with the way back to the stretch. */
export function safetyScreen(t: Translator, answer: { text: string; inRoutine: boolean }): SafetyScreen {
  return {
    kind: 'safety',
    title: t.text('screen.title'),
    heading: t.text('screen.safety.heading'),
    text: answer.text,
    resume: answer.inRoutine ? { label: t.text('screen.buttons.resume'), say: t.text('screen.safety.say') } : undefined,
    stop: answer.inRoutine ? t.text('screen.buttons.stop') : undefined,
  };
}

/** A red flag: `emergency` (call now) or `prompt` (stop for today, see a doctor soon); `text` is the spoken reason. */
export function emergencyScreen(t: Translator, flag: { urgency: 'emergency' | 'prompt'; text: string }): EmergencyScreen {
  const number = t.text('screen.emergency.number');
  if (flag.urgency === 'emergency') {
    return {
      kind: 'emergency',
      urgency: 'emergency',
      heading: t.text('screen.emergency.heading'),
      call: t.text('screen.emergency.call', { number }),
      number,
      text: flag.text,
      detail: t.text('screen.emergency.detail'),
    };
  }
  return { kind: 'emergency', urgency: 'prompt', heading: t.text('screen.care.heading'), call: t.text('screen.care.net', { number }), number, text: flag.text };
}
