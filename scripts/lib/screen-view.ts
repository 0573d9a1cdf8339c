import type { ResponseEnvelope } from 'ask-sdk-model';

/**
 * What a response shows on a screen, read back from its APL directive the way a device
 * would play it: the screen's kind and words from the data source, and for a routine the
 * frames with the second each one shows, from the commands its timeline runs (the
 * `UbcFrame`, `Idle`, tick and `UbcFinish` commands of lambda/src/screens/build.ts). Used by
 * the simulator (`--screen`) and the dialog tests.
 */

type Json = Record<string, unknown>;

export interface FrameView {
  /** Seconds from the start of the speech. */
  at: number;
  name: string;
  phase: string;
  instruction: string;
  position: string;
  left: string;
  picture: string;
  /** Seconds on the clock when the frame shows; absent when no hold runs. */
  countdown?: number;
}

export type ScreenView =
  | {
      directive: 'RenderDocument';
      token: string;
      /** routine, menu, offer, finish, safety or emergency. */
      kind: string;
      /** The data source the document binds to (`payload.screen`). */
      data: Json;
      document: Json;
      datasources: Json;
      /** A routine's frames in the order they show (empty for other kinds). */
      frames: FrameView[];
      /** When a routine screen turns into the routine's end, in seconds. */
      finishAt?: number;
      /** The JSON size of the directive, in bytes. */
      bytes: number;
    }
  | { directive: 'ExecuteCommands'; token: string; commands: Json[] };

/** Plays a timeline's commands: when each frame shows, each countdown value appears and the routine's end shows, in ms from the start. */
export function playTimeline(commands: readonly Json[]): {
  /** [ms, frame index, seconds on the clock (-1: none)] */
  frames: [number, number, number][];
  /** [ms, seconds on the clock] */
  ticks: [number, number][];
  locked: boolean[];
  finishedAt?: number;
} {
  let now = 0;
  const frames: [number, number, number][] = [];
  const ticks: [number, number][] = [];
  const locked: boolean[] = [];
  let finishedAt: number | undefined;
  for (const command of commands) {
    if (command.type === 'UbcFrame') {
      frames.push([now, command.index as number, command.countdown as number]);
      if ((command.countdown as number) >= 0) ticks.push([now, command.countdown as number]);
    } else if (command.type === 'Idle') now += command.delay as number;
    else if (command.type === 'Parallel') {
      locked.push(command.screenLock === true);
      const children = command.commands as Json[];
      for (const child of children) if (child.type === 'UbcTick') ticks.push([now + (child.delay as number), child.value as number]);
      now += Math.max(...children.map((c) => c.delay as number));
    } else if (command.type === 'UbcFinish') finishedAt = now;
    else throw new Error(`a timeline command this reader does not know: ${String(command.type)}`);
  }
  return { frames, ticks, locked, finishedAt };
}

/** The commands a document runs when it shows: the timeline on its root's onMount. */
function timelineOf(document: Json): Json[] {
  const root = ((document.mainTemplate as { items?: Json[] } | undefined)?.items ?? [])[0];
  const onMount = (root?.onMount ?? []) as Json[];
  return onMount.flatMap((command) => (command.type === 'Sequential' ? (command.commands as Json[]) : [command]));
}

/** The screen a response shows, if it carries an APL directive. */
export function screenView(envelope: ResponseEnvelope): ScreenView | undefined {
  const directive = (envelope.response.directives ?? []).find((d) => d.type.startsWith('Alexa.Presentation.APL.')) as Json | undefined;
  if (!directive) return undefined;
  if (directive.type === 'Alexa.Presentation.APL.ExecuteCommands') {
    return { directive: 'ExecuteCommands', token: String(directive.token), commands: directive.commands as Json[] };
  }
  const document = directive.document as Json;
  const datasources = directive.datasources as Json;
  const data = datasources.screen as Json;
  const played = playTimeline(timelineOf(document));
  const frameData = (data.frames ?? []) as Omit<FrameView, 'at' | 'countdown'>[];
  const frames = frameData.map((frame, index) => {
    // A screen at rest shows its first frame from the start, with no clock.
    const [at, , countdown] = played.frames.find(([, i]) => i === index) ?? [0, index, -1];
    return { ...frame, at: at / 1000, ...(countdown >= 0 ? { countdown } : {}) };
  });
  return {
    directive: 'RenderDocument',
    token: String(directive.token),
    kind: String(data.kind),
    data,
    document,
    datasources,
    frames,
    finishAt: played.finishedAt === undefined ? undefined : played.finishedAt / 1000,
    bytes: Buffer.byteLength(JSON.stringify(directive)),
  };
}

const seconds = (value: number): string => `${value.toFixed(1).padStart(6)} s`;
const cardsLine = (cards: unknown): string =>
  ((cards ?? []) as { id: string; name: string; minutes: string; needs: string }[]).map((c) => `${c.name} (${c.minutes}, ${c.needs}) [start ${c.id}]`).join('; ');

/** What a screen shows, as lines for the terminal; without touch, what it says to say instead of its buttons. */
export function describeScreen(view: ScreenView, touch = true): string[] {
  if (view.directive === 'ExecuteCommands') return ['[screen: the routine showing stops its clock where it is, and shows resume (ExecuteCommands)]'];
  const { data } = view;
  switch (view.kind) {
    case 'routine': {
      if (data.paused) {
        const frame = view.frames[0]!;
        return [`[screen: routine, ${String(data.pausedLabel)}: ${frame.name} (${frame.position}) · ${frame.phase} · ${frame.instruction} · picture ${frame.picture}]`, touch ? '  touch: back, resume, repeat, next, stop' : `  ${String(data.pausedSay)}`];
      }
      const end = view.frames.length ? `, ${view.frames.length} frames` : '';
      const lines = [`[screen: routine · ${String(data.title)}${end}]`];
      for (const frame of view.frames) {
        const clock = frame.countdown === undefined ? '' : ` · countdown ${frame.countdown} s`;
        lines.push(`  ${seconds(frame.at)}  ${frame.name} · ${frame.phase}${clock} · ${frame.position} · ${frame.left} · picture ${frame.picture}`);
      }
      if (view.finishAt !== undefined) {
        const finish = data.finish as Json;
        lines.push(`  ${seconds(view.finishAt)}  the routine's end: ${String(finish.heading)} · ${(finish.lines as string[]).join(' · ')}`);
      }
      lines.push(touch ? '  touch: back, pause, repeat, next, stop' : `  ${String(data.say)}`);
      return lines;
    }
    case 'menu':
      return [`[screen: menu · ${String(data.heading)}]`, `  cards: ${cardsLine(data.cards)}`, ...(touch ? [] : [`  ${String(data.say)}`])];
    case 'offer': {
      const choices = touch ? `  touch: ${String(data.resume)} [resume]; ${cardsLine(data.cards)}` : `  ${String(data.say)}`;
      return [`[screen: offer · ${String(data.heading)} · ${String(data.detail)} · picture ${String(data.picture)}]`, choices];
    }
    case 'finish': {
      const finish = data.finish as Json;
      const choices = touch ? `  cards: ${cardsLine(finish.cards)}; ${String(finish.stop)} [stop]` : `  ${String(finish.say)}`;
      return [`[screen: finish · ${String(finish.heading)} · ${(finish.lines as string[]).join(' · ')}]`, choices];
    }
    case 'safety': {
      const buttons = !data.resumeLabel ? [] : touch ? [`  touch: ${String(data.resumeLabel)} [resume]; ${String(data.stopLabel)} [stop]`] : [`  ${String(data.resumeSay)}`];
      return [`[screen: safety · ${String(data.heading)} · ${String(data.text)}]`, ...buttons];
    }
    case 'emergency':
      return [`[screen: ${data.urgency === 'emergency' ? 'emergency, red' : 'stop for today'} · ${String(data.heading)} · ${String(data.call)} · ${String(data.text)}]`];
    default:
      return [`[screen: ${view.kind}]`];
  }
}
