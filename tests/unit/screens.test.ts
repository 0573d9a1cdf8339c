import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ROUTINE_IDS, STRETCHES, routineStretches, type RoutineId } from '../../lambda/src/coach/catalog';
import type { Display } from '../../lambda/src/coach/display';
import { firstPlace, placeAfter, type Place } from '../../lambda/src/coach/place';
import { emptyProgress } from '../../lambda/src/coach/progress';
import { play } from '../../lambda/src/coach/routine-flow';
import { SAFETY_TOPIC_IDS, SYMPTOM_IDS, symptomUrgency } from '../../lambda/src/coach/safety';
import { menu } from '../../lambda/src/coach/session';
import type { Timeline } from '../../lambda/src/coach/timeline';
import type { CoachTurn } from '../../lambda/src/coach/turn';
import { createI18n, translatorFor } from '../../lambda/src/localization/i18n';
import type { Translator } from '../../lambda/src/localization/translator';
import {
  CONTROL_IDS,
  buildScreen,
  emergencyScreen,
  finishScreen,
  menuScreen,
  offerScreen,
  pauseInPlace,
  pausedScreen,
  renderDocument,
  routineScreen,
  safetyScreen,
  screenDirectives,
  screenToken,
  timelineCommands,
  type RoutineScreen,
  type ScreenModel,
} from '../../lambda/src/screens';
import { ROOT_ID, TIMELINE_SEQUENCER, USER_COMMAND_TYPES, baseDocument } from '../../lambda/src/screens/document';
import { illustrationFor, illustrationName, illustrations } from '../../lambda/src/screens/illustrations';
import { HEIGHT, WIDTH } from '../../lambda/src/screens/illustrations/kit';
import { aplVersionFor, isRightToLeft, screenDevice, supportsScreens } from '../../lambda/src/screens/lazy';
import { LAYOUT_CONDITIONS, VIEWPORT_PROFILES } from '../../lambda/src/screens/viewports';
import { playTimeline } from '../../scripts/lib/screen-view';
import { checkTypes, documentForm, shapeOf, validateWithSuggester } from '../harness/apl';

/**
 * The screens: every stretch has its drawings; every document and data source the skill can
 * send (every screen kind, stretch, locale and viewport profile, the routine screens from
 * the coach's own timelines) passes Amazon's validator with nothing reported and our own
 * type check; touches send exactly the spoken commands; the countdown reaches zero when
 * the spoken hold ends; and the largest directive stays well under Alexa's 120 KB
 * response limit.
 */

const ROOT = resolve(__dirname, '../..');
const LOCALES = readdirSync(join(ROOT, 'skill-package/interactionModels/custom'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace('.json', ''))
  .sort();
const i18n = createI18n();

type Json = Record<string, unknown>;

const NOW = Date.parse('2026-11-17T08:00:00Z');

/** A turn for the coach: a user who has heard the notes, on full or short instructions, straight through or one at a time. */
function turnFor(t: Translator, brief: boolean, pace: 'flow' | 'step'): CoachTurn {
  return { t, now: NOW, timeZone: 'UTC', state: menu(), progress: { ...emptyProgress(), brief, pace, disclaimerHeard: true, pauseTipHeard: true } };
}

interface Narration {
  timeline: Timeline;
  finish?: Extract<Display, { kind: 'finish' }>;
}

function narrationOf(reply: ReturnType<typeof play>): Narration {
  if (reply.state.kind !== 'playing' && reply.state.kind !== 'finishing') throw new Error('not a narration');
  return { timeline: reply.state.timeline, finish: reply.display?.kind === 'finish' ? reply.display : undefined };
}

/** A routine as the coach narrates it, response after response, answering each question by going on. */
function routineNarrations(t: Translator, routine: RoutineId, brief: boolean, pace: 'flow' | 'step'): Narration[] {
  const turn = turnFor(t, brief, pace);
  const narrations: Narration[] = [];
  let from: Place | undefined = firstPlace(routine);
  let body: number | undefined;
  while (from && narrations.length < 60) {
    const narration = narrationOf(play(turn, from, { body, startedAt: NOW }));
    narrations.push(narration);
    const last = narration.timeline.segments[narration.timeline.segments.length - 1]!;
    if (last.kind === 'move') [from, body] = [last.place, last.place.stretch];
    else if (last.kind === 'prompt') [from, body] = [placeAfter(last.place), last.place.stretch];
    else from = undefined;
  }
  return narrations;
}

/** The desk break's seated twist, first side. */
const seatedTwist = (): Place => ({ routine: 'desk', stretch: 2, side: 0 });

const routineModel = (t: Translator, n: Narration, brief: boolean) => routineScreen(t, { timeline: n.timeline, brief, finish: n.finish });

function modelsFor(t: Translator): ScreenModel[] {
  const models: ScreenModel[] = [];
  for (const routine of ROUTINE_IDS) {
    for (const brief of [false, true]) {
      // Straight through on both instruction levels; one at a time (every side alone) on full instructions.
      for (const pace of brief ? (['flow'] as const) : (['flow', 'step'] as const)) {
        for (const n of routineNarrations(t, routine, brief, pace)) models.push(routineModel(t, n, brief));
      }
    }
    routineStretches(routine).forEach((stretch, index) => {
      for (let side = 0; side < stretch.sides; side++) {
        const place = { routine, stretch: index, side };
        models.push(offerScreen(t, place, true), pausedScreen(t, place, false));
      }
    });
    models.push(finishScreen(t, { routine, daysThisWeek: 1, streak: 1, brief: false }), finishScreen(t, { routine, daysThisWeek: 5, streak: 4, brief: true }));
  }
  models.push(menuScreen(t, false), menuScreen(t, true));
  for (const topic of [...SAFETY_TOPIC_IDS, undefined]) models.push(safetyScreen(t, { topic, inRoutine: true }), safetyScreen(t, { topic, inRoutine: false }));
  for (const symptom of SYMPTOM_IDS) {
    const urgency = symptomUrgency(symptom);
    if (urgency === 'emergency' || urgency === 'prompt') models.push(emergencyScreen(t, { urgency, symptom }));
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
  for (const screen of all) if (!documents.has(documentForm(screen.document))) documents.set(documentForm(screen.document), screen.document);
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

  test(`each distinct document (${documents.size} of ${all.length} screens) is valid, with only APL 1.6 types and nothing imported`, async () => {
    for (const screen of all) expect(checkTypes(screen.document).unknown).toEqual([]);
    for (const document of documents.values()) {
      expect(document.import).toBeUndefined();
      expect(await validateWithSuggester(document)).toEqual([]);
    }
  }, 60_000);

  test(`each data source shape (${shapes.size}) is valid`, async () => {
    for (const datasources of shapes.values()) expect(await validateWithSuggester(baseDocument(), datasources)).toEqual([]);
  });

  test.each(LOCALES)('%s: every word is there, in full, and every picture named is in the document', (locale) => {
    // Problems are collected and compared once: a matcher per string would make this the slowest test here.
    const problems: string[] = [];
    for (const screen of all.filter((s) => s.locale === locale)) {
      const data = screen.datasources.screen;
      const graphics = Object.keys((screen.document.graphics ?? {}) as Json);
      for (const [path, value] of strings(data)) {
        if (value.includes('{{') || /^screen\./.test(value)) problems.push(`${path}: ${value}`);
        const mayBeEmpty = /^(pausedLabel|pausedSay|resumeLabel|resumeSay|stopLabel|detail)$/.test(path);
        if (!mayBeEmpty && value.trim() === '') problems.push(`${path}: empty`);
        if (/picture/.test(path) && !graphics.includes(value)) problems.push(`${path}: ${value} is not in the document`);
      }
      const cards = [...((data.cards ?? []) as { id: string }[]), ...(((data.finish as Json | undefined)?.cards ?? []) as { id: string }[])];
      for (const card of cards) if (!(ROUTINE_IDS as readonly string[]).includes(card.id)) problems.push(`card ${card.id}`);
    }
    expect(problems).toEqual([]);
  });

  test('a routine’s needs are listed the way its language writes a list: “Mat, towel”, “マット、タオル”', () => {
    const needs = (locale: string) => menuScreen(translatorFor(i18n, locale), false).cards.map((card) => card.needs);
    const listed = (locale: string) => needs(locale).filter((text) => text.includes(translatorFor(i18n, locale).text('screen.listSeparator')));
    expect(listed('en-US').length).toBeGreaterThan(0);
    expect(listed('ja-JP')).toEqual(listed('en-US').map(() => expect.stringMatching(/^[^,\s]+(、[^,\s]+)+$/)));
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

describe('the routine screen follows the response’s timeline', () => {
  const t = translatorFor(i18n, 'en-US');

  test('one side: a frame per part of the speech; the clock counts down each second, its cues included, and reaches 0 when the hold ends', () => {
    const { timeline } = narrationOf(play(turnFor(t, false, 'step'), seatedTwist(), { body: 2, startedAt: NOW }));
    expect(timeline.segments.filter((s) => s.kind === 'cue').length).toBeGreaterThan(0);
    const screen = routineScreen(t, { timeline, brief: false });
    expect(screen.frames.map((f) => [f.name, f.phase, f.side])).toEqual([
      ['Seated twist', 'Get into position', 0],
      ['Seated twist', 'Hold', 0],
      ['Seated twist', 'Release slowly', 0],
      // The question after a side shows what it goes on to.
      ['Seated twist', 'Up next', 1],
    ]);
    const hold = timeline.segments.find((s) => s.kind === 'hold')!;
    const release = timeline.segments.find((s) => s.kind === 'transition')!;
    expect(screen.frames.map((f) => f.at)).toEqual([0, hold.start, release.start, timeline.segments.find((s) => s.kind === 'prompt')!.start]);
    expect(screen.frames[1]!.countdown).toBe(Math.ceil(release.start - hold.start));
    const { frames, ticks, locked } = playTimeline(timelineCommands(screen));
    expect(frames.map(([at]) => at)).toEqual(screen.frames.map((f) => Math.round(f.at * 1000)));
    expect(ticks[0]).toEqual([Math.round(hold.start * 1000), screen.frames[1]!.countdown]);
    expect(ticks[ticks.length - 1]).toEqual([Math.round(release.start * 1000), 0]);
    for (let i = 1; i < ticks.length; i++) {
      expect(ticks[i]![1]).toBe(ticks[i - 1]![1] - 1);
      if (i > 1) expect(ticks[i]![0] - ticks[i - 1]![0]).toBe(1000);
    }
    expect(locked).toEqual([true]);
    const document = buildScreen(screen).document;
    const onMount = ((document.mainTemplate as { items: Json[] }).items[0]!.onMount as Json[])[0]!;
    expect(onMount).toMatchObject({ type: 'Sequential', sequencer: TIMELINE_SEQUENCER });
    expect(USER_COMMAND_TYPES).toEqual(expect.arrayContaining(['UbcFrame', 'UbcTick', 'UbcPause', 'UbcFinish']));
  });

  test('keep going: name, picture, place and countdown change at the segments, side after side and stretch after stretch', () => {
    const [narration] = routineNarrations(t, 'desk', false, 'flow');
    const { timeline } = narration!;
    const screen = routineScreen(t, { timeline, brief: false });
    const starts = timeline.segments.map((s) => s.start);
    // Every frame starts with a segment; every setup, first hold and release of a side starts one.
    for (const frame of screen.frames.slice(1)) expect(starts).toContain(frame.at);
    const changes = timeline.segments.filter((s, i) => s.kind === 'setup' || s.kind === 'transition' || (s.kind === 'hold' && timeline.segments[i - 1]?.kind !== 'cue'));
    for (const segment of changes.slice(1)) expect(screen.frames.map((f) => f.at)).toContain(segment.start);
    const data = buildScreen(screen).datasources.screen as { frames: { name: string; picture: string; position: string }[]; pictures: string[] };
    // The pictures of the sides narrated, and of what the question at the end goes on to.
    const picture = (p: Place) => illustrationName(routineStretches('desk')[p.stretch]!.id, p.side);
    const shown = timeline.segments.filter((s) => s.kind === 'setup').map((s) => picture(s.place));
    const prompt = timeline.segments.at(-1)!;
    expect(prompt.kind).toBe('prompt');
    expect(data.pictures).toEqual([...new Set([...shown, picture(placeAfter(prompt.place)!)])]);
    expect(new Set(data.frames.map((f) => f.position)).size).toBeGreaterThan(2);
    for (const frame of screen.frames.filter((f) => f.countdown !== undefined)) expect(['Hold', 'Keep moving', 'Follow the rounds']).toContain(frame.phase);
    expect(screen.frames.filter((f) => f.countdown !== undefined).length).toBe(timeline.segments.filter((s, i) => s.kind === 'hold' && timeline.segments[i - 1]?.kind !== 'cue').length);
  });

  test('a move shows the stretch moved to and getting into position; the routine’s end shows from its closing words', () => {
    const narrations = routineNarrations(t, 'full', false, 'flow');
    const moving = narrations.find((n) => n.timeline.segments.at(-1)!.kind === 'move')!;
    const move = moving.timeline.segments.at(-1)!;
    const frame = routineScreen(t, { timeline: moving.timeline, brief: false }).frames.at(-1)!;
    expect([frame.stretchId, frame.phase, frame.at]).toEqual([routineStretches('full')[move.place.stretch]!.id, 'Get into position', move.start]);

    const last = narrations.at(-1)!;
    expect(last.finish).toMatchObject({ kind: 'finish', routine: 'full' });
    const closing = last.timeline.segments.find((s) => s.kind === 'closing')!;
    const screen = routineScreen(t, { timeline: last.timeline, brief: false, finish: last.finish });
    expect(screen.finish).toMatchObject({ at: closing.start, view: { kind: 'finish', heading: 'Full upper back routine: done' } });
    expect(playTimeline(timelineCommands(screen)).finishedAt).toBe(Math.round(closing.start * 1000));
    expect(buildScreen(screen).datasources.screen).toMatchObject({ hasFinish: true, finish: { heading: 'Full upper back routine: done' } });
  });

  test('words said before the narration (the first-use note) start its frames later; the first shows from the start', () => {
    const { timeline } = narrationOf(play(turnFor(t, false, 'step'), seatedTwist(), { body: 2, startedAt: NOW }));
    const plain = routineScreen(t, { timeline, brief: false });
    const later = routineScreen(t, { timeline, brief: false, offset: 4.2 });
    expect(later.frames.map((f) => f.at)).toEqual(plain.frames.map((f, i) => (i === 0 ? 0 : f.at + 4.2)));
    expect(later.end).toBeCloseTo(plain.end + 4.2);
  });

  test('at rest: no clock runs, resume replaces pause', () => {
    const screen = pausedScreen(t, { routine: 'gentle', stretch: 1, side: 0 }, false);
    expect(timelineCommands(screen)).toEqual([]);
    expect(buildScreen(screen).datasources.screen).toMatchObject({ paused: true, countdown: -1, pausedLabel: 'Paused' });
  });
});

describe('directives', () => {
  const t = translatorFor(i18n, 'en-US');
  const withApl = (maxVersion: unknown, token?: string) => ({
    context: {
      System: { device: { supportedInterfaces: { 'Alexa.Presentation.APL': { runtime: { maxVersion } } } } },
      ...(token ? { 'Alexa.Presentation.APL': { token, version: 'APL_WEB_RENDERER_GANDALF' } } : {}),
    },
  });

  test.each([
    [undefined, false],
    ['1.0', false],
    ['1.5', false],
    ['1.6', true],
    ['1.9', true],
    ['2022.1', true],
    ['2024.3', true],
    ['two', false],
    [16, false],
  ] as const)('APL %s: screens %s', (version, supported) => {
    expect(supportsScreens(version)).toBe(supported);
    expect(screenDevice(withApl(version)) !== undefined).toBe(supported);
  });

  test('a locale written right to left needs APL 1.7 (layoutDirection); the others 1.6', () => {
    expect([isRightToLeft('ar-SA'), isRightToLeft('en-US'), isRightToLeft('de-DE'), isRightToLeft(undefined), isRightToLeft('??')]).toEqual([true, false, false, false, false]);
    expect([aplVersionFor('ar-SA'), aplVersionFor('fr-CA')]).toEqual(['1.7', '1.6']);
    const inLocale = (maxVersion: string, locale: string) => ({ ...withApl(maxVersion), request: { locale } });
    expect(screenDevice(inLocale('1.6', 'ar-SA'))).toBeUndefined();
    expect(screenDevice(inLocale('1.7', 'ar-SA'))).toEqual({ maxVersion: '1.7' });
    expect(screenDevice(inLocale('1.6', 'en-US'))).toEqual({ maxVersion: '1.6' });
  });

  test('reads the APL version and the visible document from a request envelope; a speaker has no screen', () => {
    expect(screenDevice(withApl('2023.2', screenToken('routine')))).toEqual({ maxVersion: '2023.2', visibleToken: 'ubc.routine' });
    expect(screenDevice(withApl('2023.2'))).toEqual({ maxVersion: '2023.2' });
    expect(screenDevice({ context: { System: { device: { supportedInterfaces: {} } } } })).toBeUndefined();
    expect(screenDevice(undefined)).toBeUndefined();
  });

  test('RenderDocument carries its kind’s token; a routine coming to rest while its screen shows is paused in place', () => {
    expect(renderDocument(menuScreen(t, false))).toMatchObject({ type: 'Alexa.Presentation.APL.RenderDocument', token: 'ubc.menu' });
    const state = { kind: 'waiting', place: seatedTwist(), stage: 'during', body: 2, question: 'go', startedAt: NOW } as const;
    const request = (visibleToken?: string) => ({ t, device: { maxVersion: '2023.2', visibleToken }, state, display: undefined, end: false, brief: false, offset: 0 });
    expect(screenDirectives(request(screenToken('routine')))).toEqual([pauseInPlace()]);
    expect(pauseInPlace()).toMatchObject({ type: 'Alexa.Presentation.APL.ExecuteCommands', token: 'ubc.routine' });
    expect(screenDirectives(request(screenToken('safety')))).toEqual([renderDocument(pausedScreen(t, seatedTwist(), false))]);
    expect(checkTypes(baseDocument(), pauseInPlace().commands).unknown).toEqual([]);
    expect(JSON.stringify(baseDocument())).toContain(`"id":"${ROOT_ID}"`);
  });

  test('the largest RenderDocument stays well under Alexa’s 120 KB response limit', () => {
    let largest = { bytes: 0, what: '' };
    for (const screen of all) {
      const bytes = Buffer.byteLength(JSON.stringify(renderDocument(screen.model)));
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
