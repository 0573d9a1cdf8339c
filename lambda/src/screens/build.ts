import { screenDocument, TIMELINE_SEQUENCER, type AplObject } from './document';
import { illustrationFor, illustrationName, type AvgGraphic } from './illustrations';
import type { FinishScreen, RoutineScreen, ScreenModel } from './model';

/**
 * The pure step from a screen model to what Alexa renders: the document (the shared layout
 * plus this response's illustrations and timeline) and its data source. No request, no
 * translator, no clock: the same model always gives the same JSON.
 */

export interface BuiltScreen {
  document: AplObject;
  datasources: { screen: AplObject };
}

/**
 * The token a screen is sent with, by its kind: the device reports it back while the
 * document is on screen, and ExecuteCommands must name it. A routine screen already
 * showing can be paused in place.
 */
export function screenToken(kind: ScreenModel['kind']): string {
  return `ubc.${kind}`;
}

const ms = (seconds: number): number => Math.max(0, Math.round(seconds * 1000));

function graphicsFor(names: readonly { stretchId: string; side: number }[]): Record<string, AvgGraphic> {
  const graphics: Record<string, AvgGraphic> = {};
  for (const { stretchId, side } of names) {
    const graphic = illustrationFor(stretchId, side);
    if (!graphic) throw new Error(`No illustration for ${stretchId} side ${side}`);
    graphics[illustrationName(stretchId, side)] = graphic;
  }
  return graphics;
}

/**
 * A hold's countdown: the clock shows `countdown` at the start and v from (duration - v)
 * seconds in, so it reaches 0 as the frame ends. The same hold gives the same ticks in every
 * response (a second each, dozens a routine), so they are made once and shared: the
 * documents built from them are only ever serialized, never changed.
 */
function countdownTicks(countdown: number, durationMs: number): readonly AplObject[] {
  const key = `${countdown}|${durationMs}`;
  let ticks = ticksMade.get(key);
  if (!ticks) {
    const made: AplObject[] = [];
    for (let value = Math.min(countdown, Math.ceil(durationMs / 1000)) - 1; value >= 0; value--) {
      made.push({ type: 'UbcTick', value, delay: durationMs - value * 1000 });
    }
    ticks = made.length ? made : [{ type: 'Idle', delay: durationMs }];
    if (ticksMade.size > 1000) ticksMade.clear();
    ticksMade.set(key, ticks);
  }
  return ticks;
}

const ticksMade = new Map<string, readonly AplObject[]>();

/**
 * The commands that play a routine screen's frames in step with the speech: each frame
 * shows at its offset; a frame with a countdown ticks once a second, each tick scheduled
 * from the frame's start (no drift), and reaches 0 exactly when the frame ends, with the
 * screen kept on (`screenLock`) while the hold runs. Frames without a countdown wait with
 * `Idle`. The routine's end, when the response has it, shows last. Run on their own
 * sequencer, so a pause sent to it stops them.
 */
export function timelineCommands(screen: RoutineScreen): AplObject[] {
  if (screen.paused) return [];
  const commands: AplObject[] = [];
  screen.frames.forEach((frame, index) => {
    const next = screen.frames[index + 1]?.at ?? screen.finish?.at ?? screen.end;
    // Whole milliseconds from the start of the speech, so that rounding never adds up over a long response.
    const duration = Math.max(0, ms(next) - ms(frame.at));
    const countdown = frame.countdown ?? -1;
    commands.push({ type: 'UbcFrame', index, countdown });
    const last = index === screen.frames.length - 1 && !screen.finish;
    if (countdown >= 0) {
      commands.push({ type: 'Parallel', screenLock: true, commands: countdownTicks(countdown, duration) });
    } else if (!last && duration > 0) {
      commands.push({ type: 'Idle', delay: duration });
    }
  });
  if (screen.finish) commands.push({ type: 'UbcFinish' });
  return commands;
}

/** The routine's end: the week, the streak, and the routines to choose another. */
function finishData(view: FinishScreen): AplObject {
  return {
    heading: view.heading,
    lines: [...view.lines],
    another: view.another,
    cards: view.cards.map((c) => ({ ...c })),
    stop: view.stop,
    say: view.say,
  };
}

function routineData(screen: RoutineScreen): AplObject {
  const frames = screen.frames.map((frame) => ({
    name: frame.name,
    phase: frame.phase,
    instruction: frame.instruction,
    position: frame.position,
    left: frame.left,
    picture: illustrationName(frame.stretchId, frame.side),
  }));
  return {
    kind: 'routine',
    title: screen.title,
    frames,
    pictures: [...new Set(frames.map((f) => f.picture))],
    countdown: screen.paused ? -1 : (screen.frames[0]?.countdown ?? -1),
    paused: Boolean(screen.paused),
    hasFinish: Boolean(screen.finish),
    ...(screen.finish ? { finish: finishData(screen.finish.view) } : {}),
    pausedLabel: screen.paused?.label ?? '',
    pausedSay: screen.paused?.say ?? '',
    controls: { ...screen.controls },
    say: screen.say,
  };
}

/** The data source for a model: the words, numbers and picture names the layout binds to. */
export function screenData(model: ScreenModel): AplObject {
  const common = { countdown: -1, paused: false, hasFinish: false };
  switch (model.kind) {
    case 'routine':
      return routineData(model);
    case 'menu':
      return { ...common, kind: 'menu', title: model.title, heading: model.heading, cards: model.cards.map((c) => ({ ...c })), touch: model.touch, say: model.say };
    case 'offer': {
      const picture = illustrationName(model.stretchId, model.side);
      return {
        ...common,
        kind: 'offer',
        title: model.title,
        heading: model.heading,
        detail: model.detail,
        picture,
        pictures: [picture],
        resume: model.resume,
        cards: model.cards.map((c) => ({ ...c })),
        say: model.say,
      };
    }
    case 'finish':
      return { ...common, kind: 'finish', title: model.title, hasFinish: true, finish: finishData(model) };
    case 'safety':
      return {
        ...common,
        kind: 'safety',
        title: model.title,
        heading: model.heading,
        text: model.text,
        resumeLabel: model.resume?.label ?? '',
        resumeSay: model.resume?.say ?? '',
        stopLabel: model.stop ?? '',
      };
    case 'emergency':
      return { ...common, kind: 'emergency', urgency: model.urgency, heading: model.heading, call: model.call, number: model.number, text: model.text, detail: model.detail ?? '' };
  }
}

/** Which illustrations a model shows. */
function picturesOf(model: ScreenModel): { stretchId: string; side: number }[] {
  if (model.kind === 'routine') {
    const seen = new Map<string, { stretchId: string; side: number }>();
    for (const frame of model.frames) seen.set(illustrationName(frame.stretchId, frame.side), frame);
    return [...seen.values()];
  }
  return model.kind === 'offer' ? [model] : [];
}

/** A screen model as an APL document and its data source, laid out in the locale's direction. */
export function buildScreen(model: ScreenModel, locale?: string): BuiltScreen {
  const timeline = model.kind === 'routine' ? timelineCommands(model) : [];
  return { document: screenDocument(graphicsFor(picturesOf(model)), timeline, locale), datasources: { screen: screenData(model) } };
}

/** The commands that stop a running routine screen's clock and show it paused, for ExecuteCommands. */
export function pauseCommands(): AplObject[] {
  return [{ type: 'UbcPause', sequencer: TIMELINE_SEQUENCER }];
}
