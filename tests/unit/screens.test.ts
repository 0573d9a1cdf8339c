import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ROUTINE_IDS, STRETCHES, routineStretches, type RoutineId } from '../../lambda/src/coach/catalog';
import { SAFETY_TOPIC_IDS, SYMPTOM_IDS, symptomUrgency, symptomKey, topicKey } from '../../lambda/src/coach/safety';
import { createI18n, translatorFor } from '../../lambda/src/localization/i18n';
import type { Translator } from '../../lambda/src/localization/translator';
import {
  CONTROL_IDS,
  SCREEN_TOKEN,
  aplContext,
  buildScreen,
  emergencyScreen,
  finishScreen,
  menuScreen,
  offerScreen,
  pauseDirectives,
  renderDirectives,
  routineScreen,
  safetyScreen,
  supportsScreens,
  timelineCommands,
  type RoutineScreen,
  type ScreenModel,
  type Timeline,
  type TimelineSegment,
} from '../../lambda/src/screens';
import { ROOT_ID, TIMELINE_SEQUENCER, USER_COMMAND_TYPES, baseDocument } from '../../lambda/src/screens/document';
import { illustrationFor, illustrationName, illustrations } from '../../lambda/src/screens/illustrations';
import { HEIGHT, WIDTH } from '../../lambda/src/screens/illustrations/kit';
import { LAYOUT_CONDITIONS, VIEWPORT_PROFILES } from '../../lambda/src/screens/viewports';
import { checkTypes, validateWithSuggester } from '../harness/apl';

/**
 * The screens: every stretch has its drawings; every document and data source the skill can
 * send (every screen kind, stretch, locale and viewport profile) passes Amazon's validator
 * with nothing reported and our own type check; touches send exactly the spoken commands;
 * the countdown reaches zero when the spoken hold ends; and the largest directive stays
 * well under Alexa's 120 KB response limit.
 */

const ROOT = resolve(__dirname, '../..');
const LOCALES = readdirSync(join(ROOT, 'skill-package/interactionModels/custom'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace('.json', ''))
  .sort();
const i18n = createI18n();

type Json = Record<string, unknown>;

/** One side of a stretch spoken alone: setup, the hold with a cue halfway, the release, and the question after. */
function sideTimeline(stretchId: string, side: number, hold: number): Timeline {
  const segments: TimelineSegment[] = [
    { start: 0, kind: 'setup', stretchId, side },
    { start: 11.4, kind: 'hold', stretchId, side },
    { start: 11.4 + hold / 2, kind: 'cue', stretchId, side },
    { start: 11.4 + hold + 1.2, kind: 'closing', stretchId, side },
    { start: 11.4 + hold + 2.6, kind: 'prompt', stretchId, side },
  ];
  return { segments, end: 11.4 + hold + 7 };
}

/** The most a response may hold: 240 s of speech and pauses (the skill's cap, from Alexa's audio limit). */
const MAX_RESPONSE_SECONDS = 240;

/**
 * A routine told in keep-going mode: sides one after another, a new response whenever the
 * next side would pass the cap. Short setups and every hold in full make these the largest
 * responses the skill can send (most holds and pictures per response).
 */
function keepGoingTimelines(routine: RoutineId): Timeline[] {
  const timelines: Timeline[] = [];
  let segments: TimelineSegment[] = [];
  let at = 0;
  for (const stretch of routineStretches(routine)) {
    for (let side = 0; side < stretch.sides; side++) {
      const hold = stretch.form.kind === 'reps' ? stretch.form.reps * stretch.form.phaseSeconds.reduce((a, b) => a + b, 0) : stretch.form.seconds;
      if (at + 8 + hold > MAX_RESPONSE_SECONDS) {
        timelines.push({ segments, end: at });
        segments = [];
        at = 0;
      }
      segments.push({ start: at, kind: side ? 'transition' : 'setup', stretchId: stretch.id, side });
      segments.push({ start: at + 5, kind: 'hold', stretchId: stretch.id, side });
      segments.push({ start: at + 5 + hold / 2, kind: 'cue', stretchId: stretch.id, side });
      segments.push({ start: at + 6 + hold, kind: 'closing', stretchId: stretch.id, side });
      at += 8 + hold;
    }
  }
  timelines.push({ segments, end: at });
  return timelines;
}

function modelsFor(t: Translator): ScreenModel[] {
  const models: ScreenModel[] = [];
  for (const routine of ROUTINE_IDS) {
    routineStretches(routine).forEach((stretch, index) => {
      for (let side = 0; side < stretch.sides; side++) {
        const hold = stretch.form.kind === 'reps' ? 30 : stretch.form.seconds;
        models.push(routineScreen(t, { routine, brief: false, timeline: sideTimeline(stretch.id, side, hold) }));
        models.push(offerScreen(t, { routine, stretch: index, side }, true));
      }
    });
    const first = routineStretches(routine)[0]!;
    models.push(routineScreen(t, { routine, brief: true, paused: true, timeline: { segments: [{ start: 0, kind: 'setup', stretchId: first.id, side: 0 }], end: 3 } }));
    for (const timeline of keepGoingTimelines(routine)) models.push(routineScreen(t, { routine, brief: true, timeline }));
    models.push(finishScreen(t, { routine, daysThisWeek: 1, streak: 1, brief: false }), finishScreen(t, { routine, daysThisWeek: 5, streak: 4, brief: true }));
  }
  models.push(menuScreen(t, false), menuScreen(t, true));
  const number = t.text('emergency.number');
  for (const topic of SAFETY_TOPIC_IDS) {
    const text = t.text(topicKey(topic), { number });
    models.push(safetyScreen(t, { text, inRoutine: true }), safetyScreen(t, { text, inRoutine: false }));
  }
  for (const symptom of SYMPTOM_IDS) {
    const urgency = symptomUrgency(symptom);
    if (urgency !== 'ease') models.push(emergencyScreen(t, { urgency, text: t.text(symptomKey(symptom)) }));
  }
  return models;
}

const built = LOCALES.map((locale) => {
  const t = translatorFor(i18n, locale);
  return { locale, t, screens: modelsFor(t).map((model) => ({ model, ...buildScreen(model) })) };
});
const all = built.flatMap(({ locale, screens }) => screens.map((s) => ({ locale, ...s })));

/** Every string leaf of a value with its path. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

/** The shape of a data source: its keys and the types of its values, arrays by their first item. */
function shapeOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.length ? [shapeOf(value[0])] : [];
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shapeOf(v)]));
  return typeof value;
}

describe('illustrations', () => {
  test.each(STRETCHES.map((s) => [s.id, s] as const))('%s has a drawing for each side or round, inside the canvas', (id, stretch) => {
    for (let side = 0; side < stretch.sides; side++) {
      const graphic = illustrationFor(id, side);
      expect({ id, side, drawn: graphic !== undefined }).toEqual({ id, side, drawn: true });
      expect(graphic!.items.length).toBeGreaterThan(3);
      for (const [, pathData] of strings(graphic!.items).filter(([p]) => p.endsWith('pathData'))) {
        const numbers = (pathData.match(/-?\d*\.?\d+/g) ?? []).map(Number);
        // Every coordinate of the drawing stays on its canvas (arc flags and radii are small numbers too).
        for (const n of numbers) expect(n >= -1 && n <= Math.max(WIDTH, HEIGHT) + 1).toBe(true);
      }
    }
    if (stretch.sides === 2) expect(JSON.stringify(illustrationFor(id, 1)!.items)).not.toEqual(JSON.stringify(illustrationFor(id, 0)!.items));
  });

  test('a stretch without a drawing is caught: every catalogue stretch is in the set, and nothing else', () => {
    const expected = STRETCHES.flatMap((s) => (s.sides === 2 ? [illustrationName(s.id, 0), illustrationName(s.id, 1)] : [illustrationName(s.id, 0)]));
    expect([...illustrations().keys()].sort()).toEqual(expected.sort());
    expect(() => illustrationName('no-such-stretch', 0)).toThrow();
  });

  test('the committed gallery shows every drawing (npm run gallery)', () => {
    const gallery = readdirSync(join(ROOT, 'docs/gallery'));
    for (const name of illustrations().keys()) expect(gallery).toContain(`${name}.svg`);
    const index = readFileSync(join(ROOT, 'docs/gallery/index.html'), 'utf8');
    for (const name of illustrations().keys()) expect(index).toContain(name);
  });
});

describe('every screen in every locale passes Amazon’s APL validator with nothing reported', () => {
  const documents = new Map<string, Json>();
  for (const screen of all) documents.set(JSON.stringify(screen.document), screen.document);
  const shapes = new Map<string, Json>();
  for (const screen of all) shapes.set(JSON.stringify(shapeOf(screen.datasources)), screen.datasources);

  test('the screens cover every kind, and the documents differ only by their pictures and timeline', () => {
    expect(new Set(all.map((s) => s.model.kind))).toEqual(new Set(['routine', 'menu', 'offer', 'finish', 'safety', 'emergency']));
    const layout = JSON.stringify({ ...baseDocument(), graphics: undefined });
    for (const document of documents.values()) {
      const template = document.mainTemplate as { items: Json[] };
      const { onMount, ...root } = template.items[0]!;
      expect(JSON.stringify({ ...document, graphics: undefined, mainTemplate: { ...template, items: [root] } })).toEqual(layout);
      expect(onMount === undefined || (Array.isArray(onMount) && onMount.length === 1)).toBe(true);
    }
  });

  test(`each distinct document (${documents.size}) is valid, with only APL 1.6 types and nothing imported`, async () => {
    for (const document of documents.values()) {
      expect(document.import).toBeUndefined();
      expect(await validateWithSuggester(document)).toEqual([]);
      expect(checkTypes(document).unknown).toEqual([]);
    }
  }, 60_000);

  test(`each data source shape (${shapes.size}) is valid`, async () => {
    for (const datasources of shapes.values()) expect(await validateWithSuggester(baseDocument(), datasources)).toEqual([]);
  });

  test.each(LOCALES)('%s: every word is there, in full, and every picture named is in the document', (locale) => {
    for (const screen of all.filter((s) => s.locale === locale)) {
      const data = screen.datasources.screen;
      for (const [path, value] of strings(data)) {
        expect({ path, value: value.includes('{{') || /^screen\./.test(value) }).toEqual({ path, value: false });
        const mayBeEmpty = /^(pausedLabel|pausedSay|resumeLabel|resumeSay|stopLabel|detail)$/.test(path);
        if (!mayBeEmpty) expect({ path, empty: value.trim() === '' }).toEqual({ path, empty: false });
      }
      const graphics = Object.keys((screen.document.graphics ?? {}) as Json);
      for (const [path, picture] of strings(data).filter(([p]) => /picture/.test(p))) expect({ path, picture, found: graphics.includes(picture) }).toEqual({ path, picture, found: true });
      for (const card of (data.cards ?? []) as { id: string }[]) expect(ROUTINE_IDS).toContain(card.id);
    }
  });

  test('touches send exactly what the spoken commands would: ["next"] … ["stop"], and ["start", <routine id>]', () => {
    const { sendEvents } = checkTypes(baseDocument());
    const sent = new Set(sendEvents.map((args) => JSON.stringify(args)));
    expect(sent).toEqual(new Set([...CONTROL_IDS.map((id) => JSON.stringify([id])), JSON.stringify(['start', '${data.id}'])]));
  });

  test('the checks can fail: a misspelled component, command or property is reported', async () => {
    const document = JSON.parse(JSON.stringify(all[0]!.document)) as Json;
    const root = (document.mainTemplate as { items: Json[] }).items[0]!;
    const first = (root.items as Json[])[0]!;
    expect(await validateWithSuggester({ ...document, mainTemplate: { parameters: ['payload'], items: [{ ...root, items: [{ ...first, type: 'Containr' }] }] } })).not.toEqual([]);
    expect(await validateWithSuggester({ ...document, mainTemplate: { parameters: ['payload'], items: [{ ...root, widht: '10dp' }] } })).not.toEqual([]);
    expect(checkTypes({ ...document, mainTemplate: { items: [{ ...root, onMount: [{ type: 'SendEvnt' }] }] } }).unknown).toEqual(['/mainTemplate/items/0/onMount/0: command SendEvnt']);
  });
});

describe('viewport profiles', () => {
  const resources = baseDocument().resources as { when?: string; dimensions?: Record<string, string>; booleans?: Record<string, boolean>; description: string }[];

  /** Evaluates the document's own `when` conditions for a viewport: comparisons joined by &&. */
  function holds(condition: string, viewport: Record<string, string | number>): boolean {
    const body = /^\$\{(.*)\}$/.exec(condition)?.[1];
    if (!body) throw new Error(`not an expression: ${condition}`);
    return body.split('&&').every((clause) => {
      const match = /^\s*(\S+)\s*(==|!=|>=|<=|>|<)\s*(\S+)\s*$/.exec(clause);
      if (!match) throw new Error(`cannot read ${clause}`);
      const value = (token: string): string | number =>
        token.startsWith('viewport.') ? viewport[token.slice(9)]! : token.startsWith("'") ? token.slice(1, -1) : Number(token);
      const [a, b] = [value(match[1]!), value(match[3]!)];
      switch (match[2]) {
        case '==': return a === b;
        case '!=': return a !== b;
        case '>=': return a >= b;
        case '<=': return a <= b;
        case '>': return a > b;
        default: return a < b;
      }
    });
  }

  const px = (size: string | undefined): number => Number(/^(\d+)dp$/.exec(size ?? '')?.[1] ?? NaN);

  test.each(VIEWPORT_PROFILES.map((p) => [p.id, p] as const))('%s gets its own sizes, and the routine screen fits', (_id, profile) => {
    const viewport = { width: profile.example.width, height: profile.example.height, shape: profile.shape, mode: profile.mode };
    const matched = resources.filter((r) => r.when !== undefined && holds(r.when, viewport));
    expect(matched.map((r) => r.description)).toEqual(profile.layout === 'medium' ? [] : [profile.layout]);
    const sizes = { ...resources[0]!.dimensions, ...matched[0]?.dimensions };
    const flags = { ...resources[0]!.booleans, ...matched[0]?.booleans };
    expect(flags.ubcTouch).toBe(profile.example.touch);
    expect(LAYOUT_CONDITIONS).toBeDefined();
    const [pad, gap, small, name, body, count, picture, button] = ['ubcPad', 'ubcGap', 'ubcSmall', 'ubcName', 'ubcBody', 'ubcCount', 'ubcPictureHeight', 'ubcButtonHeight'].map((k) => px(sizes[k]));
    // Readable: nothing under 18 dp on the small round screen, and bigger from a sofa.
    expect(small).toBeGreaterThanOrEqual(profile.layout === 'round' ? 18 : 20);
    if (profile.mode === 'tv') expect(body).toBeGreaterThanOrEqual(28);
    const line = 1.25;
    // Buttons below, or the line that says them; the words beside the picture at their longest (a name on two lines).
    const controls = flags.ubcTouch ? gap! + button! + pad! : gap! + small! * line + pad!;
    const height = flags.ubcStacked
      ? pad! + small! * line + name! * line + 100 + count! * line + 2 * body! * line + controls
      : pad! + small! * line + Math.max(picture!, small! * line + 2 * name! * line + body! * line + 2 * body! * line + gap! + count! * line) + controls;
    expect({ profile: profile.id, fits: height <= profile.example.height }).toEqual({ profile: profile.id, fits: true });
  });
});

describe('the countdown follows the speech', () => {
  const t = translatorFor(i18n, 'en-US');

  /** Plays a timeline: when each frame shows and each countdown value appears, in ms from the start. */
  function play(commands: Json[]): { frames: [number, number][]; ticks: [number, number][]; locked: boolean[] } {
    let now = 0;
    const frames: [number, number][] = [];
    const ticks: [number, number][] = [];
    const locked: boolean[] = [];
    for (const command of commands) {
      if (command.type === 'UbcFrame') {
        frames.push([now, command.index as number]);
        if ((command.countdown as number) >= 0) ticks.push([now, command.countdown as number]);
      } else if (command.type === 'Idle') now += command.delay as number;
      else if (command.type === 'Parallel') {
        locked.push(command.screenLock === true);
        const children = command.commands as Json[];
        for (const child of children) if (child.type === 'UbcTick') ticks.push([now + (child.delay as number), child.value as number]);
        now += Math.max(...children.map((c) => c.delay as number));
      } else throw new Error(`unexpected ${String(command.type)}`);
    }
    return { frames, ticks, locked };
  }

  test('one side: frames change at their offsets; the clock counts down each second and reaches 0 when the hold ends', () => {
    const screen = routineScreen(t, { routine: 'desk', brief: false, timeline: sideTimeline('seated-twist', 0, 20) });
    expect(screen.frames.map((f) => f.phase)).toEqual(['Get into position', 'Hold', 'Release slowly', 'Up next']);
    const { frames, ticks, locked } = play(timelineCommands(screen));
    expect(frames.map(([at]) => at)).toEqual(screen.frames.map((f) => Math.round(f.at * 1000)));
    const hold = screen.frames[1]!;
    const holdEnd = screen.frames[2]!.at;
    // 21.2 s from the hold's start to the release: 22 on the clock, then 21 at 0.2 s ... 0 at 21.2 s.
    expect(hold.countdown).toBe(22);
    expect(ticks[0]).toEqual([11_400, 22]);
    expect(ticks[ticks.length - 1]).toEqual([Math.round(holdEnd * 1000), 0]);
    for (let i = 1; i < ticks.length; i++) {
      expect(ticks[i]![1]).toBe(ticks[i - 1]![1] - 1);
      if (i > 1) expect(ticks[i]![0] - ticks[i - 1]![0]).toBe(1000);
    }
    expect(locked).toEqual([true]);
    const document = buildScreen(screen).document;
    const onMount = ((document.mainTemplate as { items: Json[] }).items[0]!.onMount as Json[])[0]!;
    expect(onMount).toMatchObject({ type: 'Sequential', sequencer: TIMELINE_SEQUENCER });
    expect(USER_COMMAND_TYPES).toEqual(expect.arrayContaining(['UbcFrame', 'UbcTick', 'UbcPause']));
  });

  test('several stretches in one response: name, picture and instruction change at each segment start', () => {
    const timeline: Timeline = {
      segments: [
        { start: 0, kind: 'setup', stretchId: 'seated-twist', side: 1 },
        { start: 6, kind: 'hold', stretchId: 'seated-twist', side: 1 },
        { start: 26, kind: 'transition', stretchId: 'chest-opener', side: 0 },
        { start: 36, kind: 'hold', stretchId: 'chest-opener', side: 0 },
        { start: 51, kind: 'setup', stretchId: 'cross-body-arm', side: 0 },
      ],
      end: 60,
    };
    const screen = routineScreen(t, { routine: 'desk', brief: false, timeline });
    const data = buildScreen(screen).datasources.screen as { frames: { name: string; picture: string; position: string }[]; pictures: string[] };
    expect(data.frames.map((f) => f.name)).toEqual(['Seated twist', 'Seated twist', 'Chest opener', 'Chest opener', 'Cross body arm stretch']);
    expect(data.frames.map((f) => f.position)).toEqual(['Stretch 3 of 5', 'Stretch 3 of 5', 'Stretch 4 of 5', 'Stretch 4 of 5', 'Stretch 5 of 5']);
    expect(data.pictures).toEqual(['ubc_seated_twist_2', 'ubc_chest_opener', 'ubc_cross_body_arm']);
    expect(screen.frames[0]!.instruction).toBe('Turn to the left, hips facing forward');
    const { frames } = play(timelineCommands(screen));
    expect(frames).toEqual([[0, 0], [6000, 1], [26_000, 2], [36_000, 3], [51_000, 4]]);
  });

  test('paused: no clock runs and resume replaces pause', () => {
    const screen = routineScreen(t, { routine: 'gentle', brief: false, paused: true, timeline: sideTimeline('side-reach', 0, 20) });
    expect(timelineCommands(screen)).toEqual([]);
    expect(buildScreen(screen).datasources.screen).toMatchObject({ paused: true, countdown: -1, pausedLabel: 'Paused' });
  });
});

describe('directives', () => {
  const t = translatorFor(i18n, 'en-US');

  test.each([
    [undefined, false],
    ['1.0', false],
    ['1.5', false],
    ['1.6', true],
    ['1.9', true],
    ['2022.1', true],
    ['2024.3', true],
    ['two', false],
  ] as const)('APL %s: screens %s', (version, supported) => {
    expect(supportsScreens(version)).toBe(supported);
    expect(renderDirectives(menuScreen(t, false), version).length).toBe(supported ? 1 : 0);
  });

  test('RenderDocument carries the token, document and data; a pause on a showing screen is ExecuteCommands', () => {
    const [directive] = renderDirectives(menuScreen(t, false), '2023.1');
    expect(directive).toMatchObject({ type: 'Alexa.Presentation.APL.RenderDocument', token: SCREEN_TOKEN });
    expect(pauseDirectives('2023.1', undefined)).toEqual([]);
    const [pause] = pauseDirectives('2023.1', SCREEN_TOKEN);
    expect(pause).toMatchObject({ type: 'Alexa.Presentation.APL.ExecuteCommands', token: SCREEN_TOKEN });
    expect(checkTypes(baseDocument(), pause!.commands).unknown).toEqual([]);
    expect(JSON.stringify(baseDocument())).toContain(`"id":"${ROOT_ID}"`);
  });

  test('reads the APL version and the visible document from a request envelope', () => {
    const envelope = {
      context: {
        System: { device: { supportedInterfaces: { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2023.2' } } } } },
        'Alexa.Presentation.APL': { token: SCREEN_TOKEN, version: 'x' },
      },
    };
    expect(aplContext(envelope)).toEqual({ maxVersion: '2023.2', visibleToken: SCREEN_TOKEN });
    expect(aplContext({ context: { System: { device: { supportedInterfaces: {} } } } })).toEqual({ maxVersion: undefined, visibleToken: undefined });
    expect(aplContext(undefined)).toEqual({ maxVersion: undefined, visibleToken: undefined });
  });

  test('the largest RenderDocument stays well under Alexa’s 120 KB response limit', () => {
    let largest = { bytes: 0, what: '' };
    for (const screen of all) {
      const bytes = Buffer.byteLength(JSON.stringify({ type: 'Alexa.Presentation.APL.RenderDocument', token: SCREEN_TOKEN, document: screen.document, datasources: screen.datasources }));
      if (bytes > largest.bytes) largest = { bytes, what: `${screen.locale} ${screen.model.kind} ${(screen.model as RoutineScreen).title ?? ''}` };
    }
    if (process.env.SCREEN_SIZES) console.log(largest);
    expect(largest.bytes).toBeLessThan(60_000);
  });
});

describe('cold start', () => {
  /** Files reached from the Lambda entry by static imports (type-only imports and require() excluded). */
  function staticImports(file: string, seen = new Set<string>()): Set<string> {
    if (seen.has(file)) return seen;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^'"]*?from\s+'(\.[^']+)'/gm)) {
      const target = resolve(dirname(file), match[1]!);
      const candidates = [`${target}.ts`, join(target, 'index.ts'), target];
      const found = candidates.find((c) => {
        try {
          return readFileSync(c) !== undefined && c.endsWith('.ts');
        } catch {
          return false;
        }
      });
      if (found) staticImports(found, seen);
    }
    return seen;
  }

  test('nothing on the launch path imports the screens, except the lazy loader', () => {
    const reached = [...staticImports(join(ROOT, 'lambda/src/index.ts'))].map((f) => f.slice(ROOT.length + 1));
    expect(reached.length).toBeGreaterThan(10);
    expect(reached.filter((f) => f.startsWith('lambda/src/screens/') && f !== 'lambda/src/screens/lazy.ts')).toEqual([]);
    expect(readFileSync(join(ROOT, 'lambda/src/screens/lazy.ts'), 'utf8')).not.toMatch(/^import (?!type)/m);
  });
});
