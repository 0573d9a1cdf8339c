import { ROUTINES, STRETCHES, getStretch, routineStretches } from '../../lambda/src/coach/catalog';
import { hearingAt } from '../../lambda/src/coach/hearing';
import type { Place } from '../../lambda/src/coach/place';
import { postureChange } from '../../lambda/src/coach/posture-change';
import { parseSessionState, playing, storeSessionState } from '../../lambda/src/coach/session';
import {
  SPEECH_START_SECONDS,
  Script,
  WAKE_WORD_SECONDS,
  heardSeconds,
  readTimeline,
  segmentAt,
  storeTimeline,
  type Timeline,
} from '../../lambda/src/coach/timeline';

const desk = (stretch: number, side = 0): Place => ({ routine: 'desk', stretch, side });

/** Two sides of the chair stretch, as a narration would lay them out. */
function twoSides(): Timeline {
  const script = new Script().mark('lead', desk(1));
  script.speech.say('Next up.');
  for (const side of [0, 1]) {
    const part = new Script().mark('setup');
    part.speech.say('Sit tall, and lean back.').pause(2);
    part.mark('hold').speech.say('Hold it.').pause(10);
    part.mark('cue').speech.say('Five more.');
    part.mark('hold').speech.pause(5);
    part.mark('transition').speech.say('And release.');
    script.append(part, desk(1, side));
  }
  script.mark('prompt', desk(1, 1)).speech.say('Shall I keep going?');
  return script.timeline();
}

describe('a timeline', () => {
  test('each segment starts where the speech before it ends, and appended parts take their place', () => {
    const timeline = twoSides();
    expect(timeline.segments.map((s) => [s.kind, s.place.side])).toEqual([
      ['lead', 0], ['setup', 0], ['hold', 0], ['cue', 0], ['hold', 0], ['transition', 0],
      ['setup', 1], ['hold', 1], ['cue', 1], ['hold', 1], ['transition', 1], ['prompt', 1],
    ]);
    const starts = timeline.segments.map((s) => s.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    // "Next up." is two words; the first setup starts after them.
    expect(timeline.segments[1]!.start).toBeCloseTo(2 / 2.6, 10);
  });

  test('a segment with nothing said in it yet is replaced by the next one', () => {
    const script = new Script().mark('lead', desk(0)).mark('setup', desk(0));
    script.speech.say('Shoulder rolls.');
    expect(script.timeline().segments.map((s) => s.kind)).toEqual(['setup']);
  });

  test('segmentAt: the segment playing at a second, none after the end', () => {
    const timeline = twoSides();
    const hold = timeline.segments[2]!;
    expect(segmentAt(timeline, hold.start)).toBe(hold);
    expect(segmentAt(timeline, hold.start - 0.01)).toBe(timeline.segments[1]);
    expect(segmentAt(timeline, timeline.end - 0.01)?.kind).toBe('prompt');
    expect(segmentAt(timeline, timeline.end)).toBeUndefined();
  });

  test('heardSeconds: less the delays before Alexa speaks and the wake word, less a margin that grows; all of it once the narration is over', () => {
    const timeline = twoSides();
    const lag = SPEECH_START_SECONDS + WAKE_WORD_SECONDS;
    expect(heardSeconds(timeline, 0)).toBe(0);
    const early = heardSeconds(timeline, (lag + 10) * 1000);
    const late = heardSeconds(timeline, (lag + 40) * 1000);
    expect(early).toBeLessThan(10);
    expect(10 - early).toBeLessThan(40 - late); // the margin grows with the time elapsed
    expect(heardSeconds(timeline, (lag + timeline.end) * 1000)).toBe(Infinity);
  });

  test('heardSeconds for a touch: what the screen showed, less only the start of the speech and half a second, however late', () => {
    const timeline = twoSides();
    for (const at of [10, 40]) expect(heardSeconds(timeline, (SPEECH_START_SECONDS + at) * 1000, 'touch')).toBeCloseTo(at - 0.5, 6);
    expect(heardSeconds(timeline, 0, 'touch')).toBe(0);
    // The same moment spoken is placed earlier: the wake word, and the estimate's drift.
    expect(heardSeconds(timeline, (SPEECH_START_SECONDS + 40) * 1000)).toBeLessThan(heardSeconds(timeline, (SPEECH_START_SECONDS + 40) * 1000, 'touch') - WAKE_WORD_SECONDS);
    expect(heardSeconds(timeline, (SPEECH_START_SECONDS + timeline.end) * 1000, 'touch')).toBe(Infinity);
  });

  test('kept in the session to a tenth of a second, and read back the same', () => {
    const timeline = twoSides();
    const read = readTimeline(storeTimeline(timeline), 'desk');
    expect(read.segments.map((s) => [s.kind, s.place])).toEqual(timeline.segments.map((s) => [s.kind, s.place]));
    read.segments.forEach((s, i) => expect(Math.abs(s.start - timeline.segments[i]!.start)).toBeLessThanOrEqual(0.05));
    const state = playing('playing', 'desk', 1000, timeline, 1, 500);
    expect(parseSessionState(JSON.parse(JSON.stringify(storeSessionState(state))))).toEqual({
      state: { ...state, timeline: read },
      recovered: false,
    });
  });

  test('a stored timeline naming a place outside the routine is not trusted', () => {
    const state = storeSessionState(playing('playing', 'desk', 1000, twoSides(), 1, 500));
    if (state.kind !== 'playing') throw new Error('stored as playing');
    const menu = { state: { kind: 'menu', said: undefined }, recovered: true };
    const withSegments = (segments: unknown) => ({ ...state, timeline: { ...state.timeline, segments } });
    const [kind, start, , side] = state.timeline.segments;
    expect(parseSessionState(withSegments([kind, start, 42, side]))).toEqual(menu);
    for (const garbled of ['0.0.1.0', ['lead', 0, 1, 0], [0, 0, 1], [0, 0, 1, 2], [0, -1, 1, 0], [0, 0.5, 1, 0], []]) {
      expect(parseSessionState(withSegments(garbled))).toEqual(menu);
    }
    expect(parseSessionState(withSegments([99, 0, 1, 0]))).toEqual(menu);
  });
});

describe('what was heard', () => {
  const timeline = twoSides();
  const at = (kind: string, side: number) => timeline.segments.find((s) => s.kind === kind && s.place.side === side)!.start + 0.1;

  test.each([
    ['lead', 0, 'ahead'],
    ['setup', 0, 'during'],
    ['hold', 1, 'during'],
    ['cue', 1, 'during'],
    ['transition', 0, 'done'],
    ['prompt', 1, 'done'],
  ])('in the %s of side %i the user is %s', (kind, side, stage) => {
    const heard = hearingAt({ timeline, body: undefined }, at(kind, side));
    expect(heard.stage).toBe(stage);
    expect(heard.place).toEqual(desk(1, kind === 'lead' ? 0 : side));
  });

  test('after the whole narration, the last place was heard to the end', () => {
    expect(hearingAt({ timeline, body: undefined }, Infinity)).toEqual({ place: desk(1, 1), stage: 'done', body: 1 });
  });

  test('a move after a side: that side is done, and the body is at the place moved to', () => {
    const full = (stretch: number, side = 0): Place => ({ routine: 'full', stretch, side });
    const script = new Script();
    const part = new Script().mark('setup');
    part.speech.say('Thread the needle, other side.').pause(2);
    part.mark('hold').speech.pause(10);
    part.mark('transition').speech.say('And release.');
    script.append(part, full(5, 1));
    script.mark('move', full(6)).speech.say('You will need your foam roller.').pause(10).say('Say ready.');
    const moved = script.timeline();
    expect(hearingAt({ timeline: moved, body: 5 }, Infinity)).toEqual({ place: full(5, 1), stage: 'done', body: 6 });
  });

  test('a move alone (a routine that starts on the floor): the place moved to, not started', () => {
    const script = new Script().mark('lead', { routine: 'morning', stretch: 0, side: 0 });
    script.speech.say("Let's do morning mobility.");
    script.mark('move', { routine: 'morning', stretch: 0, side: 0 }).speech.say('Get down onto your mat.').pause(10);
    expect(hearingAt({ timeline: script.timeline(), body: undefined }, Infinity)).toEqual({
      place: { routine: 'morning', stretch: 0, side: 0 },
      stage: 'ahead',
      body: 0,
    });
  });
});

describe('moves that take time', () => {
  test.each([
    ['shoulder-rolls', 'chair-back-extension', undefined],
    ['seated-twist', 'chest-opener', undefined],
    ['shoulder-rolls', 'doorway-chest-stretch', 'doorway'],
    ['doorway-chest-stretch', 'wall-slides', 'wall'],
    ['wall-slides', 'wall-lean-extension', undefined],
    ['seated-twist', 'cat-cow', 'floor'],
    ['cat-cow', 'thread-the-needle', undefined],
    ['shoulder-blade-reach', 'towel-extension', 'towel'],
    ['thread-the-needle', 'foam-roller-extension', 'foamRoller'],
    ['bridge', 'chest-opener', 'up'],
  ] as const)('%s then %s: %s', (from, to, change) => {
    expect(postureChange(getStretch(from), getStretch(to))).toBe(change);
  });

  test('starting somewhere unknown, the floor and fetched things take time; a chair or standing does not', () => {
    expect(postureChange(undefined, getStretch('cat-cow'))).toBe('floor');
    expect(postureChange(undefined, getStretch('doorway-chest-stretch'))).toBe('doorway');
    expect(postureChange(undefined, getStretch('shoulder-rolls'))).toBeUndefined();
    expect(postureChange(undefined, getStretch('seated-twist'))).toBeUndefined();
  });

  test('the same stretch (its other side) never needs a move, whatever it is', () => {
    for (const stretch of STRETCHES) expect(postureChange(stretch, stretch)).toBeUndefined();
  });

  test.each(ROUTINES.map((r) => [r.id, r] as const))('the %s routine: its moves are where the catalogue says', (_id, routine) => {
    const stretches = routineStretches(routine.id);
    const moves = stretches.map((s, i) => postureChange(i === 0 ? undefined : stretches[i - 1], s)).filter(Boolean);
    expect(moves).toEqual({ desk: [], gentle: [], morning: ['floor', 'towel'], full: ['doorway', 'wall', 'floor', 'foamRoller'] }[routine.id]);
  });
});
