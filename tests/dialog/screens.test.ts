import type { ResponseEnvelope } from 'ask-sdk-model';
import { routineStretches } from '../../lambda/src/coach/catalog';
import { placeAfter, samePlace, type Place } from '../../lambda/src/coach/place';
import { SPEECH_START_SECONDS, WAKE_WORD_SECONDS, type Segment, type SegmentKind } from '../../lambda/src/coach/timeline';
import { illustrationName } from '../../lambda/src/screens/illustrations';
import * as screensDoor from '../../lambda/src/screens/lazy';
import { VIEWPORT_PROFILES } from '../../lambda/src/screens/viewports';
import { MemoryStore } from '../../lambda/src/stores/memory';
import type { ScreenView } from '../../scripts/lib/screen-view';
import { Conversation } from '../harness/conversation';
import { ALL_LOCALES } from '../harness/languages';

/**
 * On a device with a screen (an Echo Show 8 unless said otherwise): each answer shows what
 * it says, a routine screen follows its response's timeline, a touch does exactly what the
 * same words do, and every document sent passes Amazon's validator (the conversation's
 * check, tests/harness/validate.ts). A device without a screen gets what it always got.
 */

interface Language {
  locale: string;
  open: string;
  startDesk: string;
  resume: string;
  stop: string;
  question: string;
  redFlag: string;
  /** The emergency number on screen, in digits. */
  number: string;
  /** How the routine's end shows the first day of the week ("1" unless the language says it in words). */
  firstDay?: string;
}

const LANGUAGES: Language[] = [
  {
    locale: 'en-US',
    open: 'open upper back coach',
    startDesk: 'start the desk break',
    resume: 'resume',
    stop: 'stop',
    question: 'is it safe to crack my back',
    redFlag: 'i have chest pain',
    number: '911',
  },
  {
    locale: 'de-DE',
    open: 'öffne lockerer rücken',
    startDesk: 'starte die schreibtischpause',
    resume: 'fortsetzen',
    stop: 'stopp',
    question: 'ist rückenknacken gefährlich',
    redFlag: 'ich habe schmerzen in der brust',
    number: '112',
  },
  {
    locale: 'es-ES',
    open: 'abre espalda en forma',
    startDesk: 'empieza la rutina de oficina',
    resume: 'continuar',
    stop: 'para',
    question: 'es seguro crujirme la espalda',
    redFlag: 'tengo dolor en el pecho',
    number: '112',
  },
  {
    locale: 'fr-CA',
    open: 'ouvre objectif dos',
    startDesk: 'lance la pause bureau',
    resume: 'reprendre',
    stop: 'stop',
    question: 'est-ce que je peux faire craquer mon dos',
    redFlag: "j'ai mal à la poitrine",
    number: '911',
  },
  {
    locale: 'it-IT',
    open: 'apri schiena sciolta',
    startDesk: 'avvia la pausa scrivania',
    resume: 'continua',
    stop: 'stop',
    question: 'posso scrocchiarmi la schiena',
    redFlag: 'mi fa male il petto',
    number: '112',
  },
  {
    locale: 'pt-BR',
    open: 'abrir costas em dia',
    startDesk: 'começa a pausa no escritório',
    resume: 'continuar',
    stop: 'pare',
    question: 'posso estalar as costas',
    redFlag: 'tô com dor no peito',
    // Spoken "SAMU, no 192"; the screen shows the digits.
    number: '192',
  },
  {
    locale: 'ar-SA',
    open: 'افتحي مدرب الظهر',
    startDesk: 'ابدئي استراحة المكتب',
    resume: 'متابعة',
    stop: 'إيقاف',
    question: 'هل طقطقة الظهر آمنة',
    redFlag: 'صدري يعورني',
    number: '997',
    firstDay: 'يوم إطالة واحد',
  },
  {
    locale: 'ja-JP',
    open: '背中ほぐしコーチを開いて',
    startDesk: 'デスク休憩コースを始めて',
    resume: '再開',
    stop: '終了',
    question: '背中を鳴らしても大丈夫',
    redFlag: '胸が痛い',
    // Said 119番; shown in digits.
    number: '119',
  },
];

const ECHO_SHOW_8 = 'hubLandscapeMedium';

/** Every locale the skill is published in. */
const LOCALE_ROWS = ALL_LOCALES.map((id) => ({ id }));

let userCount = 0;
function onScreen(locale: string, options: { store?: MemoryStore; screen?: string; userId?: string; start?: number; aplVersion?: string } = {}): Conversation {
  return new Conversation({ locale, screen: ECHO_SHOW_8, userId: `amzn1.ask.account.screens-${++userCount}`, ...options });
}

/** What the last answer shows, as a RenderDocument (failing the test otherwise). */
function rendered(user: Conversation): Extract<ScreenView, { directive: 'RenderDocument' }> {
  const view = user.screenShown;
  if (view?.directive !== 'RenderDocument') throw new Error(`expected a RenderDocument, got ${view?.directive ?? 'no screen'}`);
  return view;
}

const pictureOf = (place: Place): string => illustrationName(routineStretches(place.routine)[place.stretch]!.id, place.side);
const desk = (stretch: number, side: number): Place => ({ routine: 'desk', stretch, side });
const segmentOf = (kind: SegmentKind, place: Place) => (s: Segment) => s.kind === kind && s.place.stretch === place.stretch && s.place.side === place.side;

/**
 * The routine screen of the last answer follows its timeline, later by what was said before
 * the narration: at every segment it shows the side that segment is about (a move: the
 * stretch moved to; the question at the end: what it goes on to); each hold and release
 * starts a frame at its second, and so does each setup not led into by words about the same
 * side; a hold's countdown runs to its release; a closing shows the routine's end.
 */
function expectScreenFollowsTimeline(user: Conversation): void {
  const view = rendered(user);
  expect(view.kind).toBe('routine');
  const { timeline, at } = user.playing();
  const offset = (at - user.clock) / 1000;
  const { segments } = timeline;
  // The session keeps the timeline in tenths of a second; the screen was built from it unrounded.
  const near = (a: number, b: number) => Math.abs(a - b) <= 0.051;
  const shownAt = (seconds: number) => view.frames.filter((f) => f.at <= seconds + 0.051).at(-1);
  const startsAt = (seconds: number) => view.frames.find((f) => near(f.at, seconds));
  segments.forEach((segment, i) => {
    const seconds = i === 0 ? 0 : segment.start + offset;
    if (segment.kind === 'closing') return void expect(near(view.finishAt ?? NaN, seconds)).toBe(true);
    const place = segment.kind === 'prompt' ? (placeAfter(segment.place) ?? segment.place) : segment.place;
    const label = `${segment.kind} at ${segment.start} s`;
    expect({ label, picture: shownAt(seconds)?.picture }).toEqual({ label, picture: pictureOf(place) });
    const previous = segments[i - 1];
    const ledIn = previous?.kind === 'lead' && samePlace(previous.place, segment.place);
    const firstHold = segment.kind === 'hold' && previous?.kind !== 'cue';
    if (segment.kind === 'transition' || firstHold || (segment.kind === 'setup' && !ledIn)) expect({ label, starts: startsAt(seconds) !== undefined }).toEqual({ label, starts: true });
    if (firstHold) {
      const release = segments.slice(i + 1).find((s) => s.kind !== 'hold' && s.kind !== 'cue')!;
      expect(Math.abs(startsAt(seconds)!.countdown! - (release.start - segment.start))).toBeLessThan(1.1);
    }
  });
  for (const frame of view.frames.slice(1)) expect(segments.some((s) => near(s.start + offset, frame.at))).toBe(true);
  if (!segments.some((s) => s.kind === 'closing')) expect(view.finishAt).toBeUndefined();
}

describe.each(LANGUAGES)('$locale on an Echo Show', (language) => {
  test('touch alone plays the desk break from start to finish: the menu, the routine screens, the routine’s end, stop', async () => {
    const store = new MemoryStore();
    const user = onScreen(language.locale, { store });
    await user.says(language.open);
    const menu = rendered(user);
    expect(menu.kind).toBe('menu');
    expect((menu.data.cards as { id: string }[]).map((c) => c.id)).toEqual(['desk', 'morning', 'gentle', 'full']);

    await user.touch('start', 'desk');
    expectScreenFollowsTimeline(user);
    let responses = 1;
    while (user.stateKind === 'playing') {
      await user.touch('next');
      expectScreenFollowsTimeline(user);
      responses++;
    }
    // One "go" after choosing it, in every language (the hands-free rule).
    expect([user.stateKind, responses]).toEqual(['finishing', 2]);
    const end = rendered(user);
    expect(end.data.finish).toMatchObject({ lines: [expect.stringContaining(language.firstDay ?? '1')] });

    const goodbye = await user.touch('stop');
    expect(goodbye.ended).toBe(true);
    expect(goodbye.envelope.response.directives).toBeUndefined();
    // The routine counted: the next launch offers no place to pick up, and shows the menu.
    const tomorrow = onScreen(language.locale, { store, userId: user.userId, start: user.clock + 86_400_000 });
    await tomorrow.says(language.open);
    expect(rendered(tomorrow).kind).toBe('menu');
  });

  test('voice and touch interleave, each acting on the place the screen or the words were at', async () => {
    const user = onScreen(language.locale);
    await user.says(language.open);
    await user.says(language.startDesk);
    // Touch pause in the middle of the first hold: the screen showing stops its clock in place.
    await user.during(segmentOf('hold', desk(0, 0)), 'middle', 'touch').touch('pause');
    expect(user.screenShown).toMatchObject({ directive: 'ExecuteCommands', token: 'ubc.routine' });
    expect(user.sessionAttributes?.state).toMatchObject({ kind: 'waiting', place: desk(0, 0), stage: 'during' });

    await user.says(language.resume);
    expect(user.narratedPlaces()[0]).toEqual(desk(0, 0));
    expectScreenFollowsTimeline(user);
    // Touch next while the chair stretch's setup shows: on to its second height.
    await user.during(segmentOf('setup', desk(1, 0)), 'middle', 'touch').touch('next');
    expect(user.narratedPlaces()[0]).toEqual(desk(1, 1));
    // Back, said while that second height's setup plays: the first height again.
    await user.during(segmentOf('setup', desk(1, 1)), 'middle').says(backWord(language));
    expect(user.narratedPlaces()[0]).toEqual(desk(1, 0));
    expectScreenFollowsTimeline(user);

    const goodbye = await user.during(segmentOf('hold', desk(1, 0)), 'middle', 'touch').touch('stop');
    expect(goodbye.ended).toBe(true);
  });

  test('a safety question mid-stretch shows its answer, with the way back to the stretch', async () => {
    const user = onScreen(language.locale);
    await user.says(language.open);
    await user.says(language.startDesk);
    const answer = await user.during(segmentOf('hold', desk(0, 0)), 'middle').says(language.question);
    const view = rendered(user);
    expect(view.kind).toBe('safety');
    expect(answer.speech.startsWith(String(view.data.text))).toBe(true);
    expect(view.data.resumeLabel).not.toBe('');

    await user.touch('resume');
    expect(user.narratedPlaces()[0]).toEqual(desk(0, 0));
    expectScreenFollowsTimeline(user);
  });

  test(`a red flag shows the emergency screen with ${language.number}, and it stays up`, async () => {
    const user = onScreen(language.locale);
    await user.says(language.open);
    await user.says(language.startDesk);
    const reply = await user.during(segmentOf('hold', desk(0, 0)), 'middle').says(language.redFlag);
    const view = rendered(user);
    expect(view.data).toMatchObject({ kind: 'emergency', urgency: 'emergency', number: language.number });
    expect(String(view.data.call)).toContain(language.number);
    expect(reply.speech).toContain(String(view.data.text));
    // Left out, the session keeps the screen up without listening; the speaker's answer closes it.
    expect(reply.envelope.response.shouldEndSession).toBeUndefined();
  });
});

/** "Back" in each language, as the models have it. */
function backWord(language: Language): string {
  return { 'en-US': 'go back', 'de-DE': 'zurück', 'es-ES': 'atrás', 'fr-CA': 'retour', 'it-IT': 'indietro', 'pt-BR': 'voltar', 'ar-SA': 'رجوع', 'ja-JP': '戻って' }[language.locale]!;
}

/** Every `textAlign` a document holds, expressions included. */
function alignments(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(alignments);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => (key === 'textAlign' && typeof item === 'string' ? [item] : alignments(item)));
}

describe('ar-SA: the screens read right to left', () => {
  const arabic = LANGUAGES.find((language) => language.locale === 'ar-SA')!;

  test('every document is laid out from the right (APL 1.7), in Arabic, with no text held to the left; other locales keep their 1.6 document', async () => {
    const user = onScreen('ar-SA');
    await user.says(arabic.open);
    const menu = rendered(user).document;
    await user.says(arabic.startDesk);
    const routine = rendered(user);
    for (const document of [menu, routine.document]) {
      expect(document).toMatchObject({ version: '1.7', environment: { lang: 'ar-SA', layoutDirection: 'RTL' } });
      expect(alignments(document).filter((align) => /left|right/.test(align))).toEqual([]);
      expect(alignments(document)).toEqual(expect.arrayContaining(['start']));
    }
    // The numbers stay digits the Arabic text reads around: the position, and the countdown the timeline sets.
    expect(String((routine.data.frames as { position: string }[])[0]!.position)).toBe('التمرين 1 من 5');
    expect(routine.frames.some((frame) => (frame.countdown ?? 0) > 0)).toBe(true);

    const english = onScreen('en-US');
    await english.says('open upper back coach');
    expect(rendered(english).document).toMatchObject({ version: '1.6' });
    expect(rendered(english).document).not.toHaveProperty('environment');
  });

  test('a device whose APL runtime is older than 1.7 gets no Arabic screen (it could not lay it out from the right): its answers are a speaker’s', async () => {
    const old = onScreen('ar-SA', { aplVersion: '1.6' });
    const speaker = new Conversation({ locale: 'ar-SA', userId: old.userId });
    for (const said of [arabic.open, arabic.startDesk, 'توقف مؤقت']) {
      const [a, b] = [await old.says(said), await speaker.says(said)];
      expect(a.envelope).toEqual(b.envelope);
      expect(a.envelope.response.directives).toBeUndefined();
    }
    // The same runtime in English still gets its screen.
    const english = onScreen('en-US', { aplVersion: '1.6' });
    await english.says('open upper back coach');
    expect(rendered(english).kind).toBe('menu');
  });
});

describe('en-US: what each answer shows', () => {
  const { locale, open, startDesk } = LANGUAGES[0]!;

  test('a new user’s one-shot: the first-use note comes first, and the routine’s frames start that much later', async () => {
    const user = onScreen(locale);
    await user.says('ask upper back coach to start the desk break');
    expect(user.playing().at - user.clock).toBeGreaterThan(2000);
    expectScreenFollowsTimeline(user);
  });

  test('a touch acts on the side the screen showed; the same moment spoken acts on the side before it (doing a few seconds again beats skipping)', async () => {
    const next = async (mode: 'voice' | 'touch') => {
      const user = onScreen(locale);
      await user.says(open);
      await user.says(startDesk);
      const { at, timeline } = user.playing();
      const setup = timeline.segments.find(segmentOf('setup', desk(2, 0)))!;
      // One second into the seated twist's setup, which the screen shows from its first word.
      const touched = (at - user.clock) / 1000 + SPEECH_START_SECONDS + setup.start + 1;
      if (mode === 'touch') await user.after(touched).touch('next');
      else await user.after(touched + WAKE_WORD_SECONDS).says('next');
      return user.narratedPlaces()[0];
    };
    expect(await next('touch')).toEqual(desk(2, 1));
    expect(await next('voice')).toEqual(desk(2, 0));
  });

  test('a sign to see a doctor soon shows the stop-for-today screen, with the emergency number as a safety net', async () => {
    const user = onScreen(locale);
    await user.says(open);
    await user.says(startDesk);
    await user.during(segmentOf('hold', desk(0, 0)), 'middle').says('my arm is numb');
    expect(rendered(user).data).toMatchObject({ kind: 'emergency', urgency: 'prompt', heading: 'Stop for today', call: 'Chest pain or trouble breathing: call 911' });
  });

  test('discomfort: the routine screen stops where it is, and next, touched, skips the stretch', async () => {
    const user = onScreen(locale);
    await user.says(open);
    await user.says(startDesk);
    await user.during(segmentOf('hold', desk(2, 0)), 'middle').says('it hurts');
    // The routine screen showing stops where it is.
    expect(user.screenShown).toMatchObject({ directive: 'ExecuteCommands', commands: [{ type: 'UbcPause' }] });
    // Asked about on the side, the routine is still at rest there.
    await user.says('how much longer');
    expect(user.screenShown).toMatchObject({ directive: 'ExecuteCommands' });
    await user.touch('next');
    expect(user.narratedPlaces()[0]).toEqual(desk(3, 0));
  });

  test('pause said while an answer shows brings the routine back on screen, at rest; said while the routine shows, it stops it in place', async () => {
    const user = onScreen(locale);
    await user.says(open);
    await user.says(startDesk);
    await user.during(segmentOf('hold', desk(1, 0)), 'middle').says('is it safe to crack my back');
    await user.says('pause');
    expect(rendered(user).data).toMatchObject({ kind: 'routine', paused: true, pausedLabel: 'Paused' });
    expect(rendered(user).frames[0]!.picture).toBe(pictureOf(desk(1, 0)));
    await user.says('resume');
    await user.during(segmentOf('hold', desk(1, 0)), 'middle').says('pause');
    expect(user.screenShown).toMatchObject({ directive: 'ExecuteCommands', commands: [{ type: 'UbcPause' }] });
  });

  test('the next day: the resume offer shows the stretch, and its button picks up there', async () => {
    const store = new MemoryStore();
    const first = onScreen(locale, { store });
    await first.says(open);
    await first.says(startDesk);
    await first.during(segmentOf('hold', desk(2, 0)), 'middle', 'touch').touch('stop');
    const again = onScreen(locale, { store, userId: first.userId, start: first.clock + 86_400_000 });
    await again.says(open);
    expect(rendered(again).data).toMatchObject({ kind: 'offer', picture: pictureOf(desk(2, 0)), detail: 'Seated twist, in your desk break' });
    await again.touch('resume');
    expect(again.narratedPlaces()[0]).toEqual(desk(2, 0));
  });

  test('touches the skill does not know are answered as words not understood, keeping the place', async () => {
    const user = onScreen(locale);
    await user.says(open);
    expect((await user.touch('dance')).speech).toMatch(/^Sorry, I didn't catch that/);
    expect(rendered(user).kind).toBe('menu');
    expect((await user.touch()).speech).toMatch(/^Sorry, I didn't catch that/);
    expect((await user.touch('start', 'yoga')).speech).toMatch(/^I don't have that routine\. You can do a desk break/);
    await user.says(startDesk);
    const reply = await user.during(segmentOf('hold', desk(0, 0)), 'middle', 'touch').touch('constructor');
    expect(reply.speech).toMatch(/^Sorry, I didn't catch that\. Say continue to go back to the shoulder rolls/);
    expect(user.sessionAttributes?.state).toMatchObject({ kind: 'waiting', place: desk(0, 0) });
  });

  test('a screen that cannot be built costs the screen, never the words: a red flag is still said, and the session closes as on a speaker', async () => {
    const failing = jest.spyOn(screensDoor, 'loadScreens').mockReturnValue({
      screenDirectives: () => {
        throw new Error('a screen bug');
      },
    } as never);
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const user = onScreen(locale);
      await user.says(open);
      await user.says(startDesk);
      const reply = await user.during(segmentOf('hold', desk(0, 0)), 'middle').says('i have chest pain');
      expect(reply.speech).toMatch(/^Stop now\. Chest pain or pressure needs help right away\. Call 911 now/);
      expect(reply.envelope.response.directives).toBeUndefined();
      expect(reply.envelope.response.shouldEndSession).toBe(true);
      expect(errors).toHaveBeenCalledWith(expect.stringContaining('"event":"screenFailed"'));
    } finally {
      failing.mockRestore();
      errors.mockRestore();
    }
  });

  test.each(VIEWPORT_PROFILES.map((p) => [p.example.name, p.id] as const))('%s gets the same screens: the menu and the routine', async (_name, profile) => {
    const user = onScreen(locale, { screen: profile });
    await user.says(open);
    expect(rendered(user).kind).toBe('menu');
    await user.says(startDesk);
    expectScreenFollowsTimeline(user);
  });

  test('a device whose APL runtime is older than 1.6 gets no screen: its answers are a speaker’s', async () => {
    const old = onScreen(locale, { aplVersion: '1.4' });
    const speaker = new Conversation({ locale, userId: old.userId });
    for (const said of [open, startDesk, 'pause']) {
      const [a, b] = [await old.says(said), await speaker.says(said)];
      expect(a.envelope).toEqual(b.envelope);
      expect(a.envelope.response.directives).toBeUndefined();
    }
  });

  test('the largest response with a document, over every routine in every locale on full and short instructions, is under half of Alexa’s 120 KB', async () => {
    let largest = { bytes: 0, what: '' };
    for (const { id: profileLocale } of LOCALE_ROWS) {
      for (const routine of ['desk', 'morning', 'gentle', 'full']) {
        for (const brief of [false, true]) {
          const user = onScreen(profileLocale);
          await user.launch();
          if (brief) await user.intent('SetVerbosityIntent', { verbosity: 'brief' });
          const measure = (envelope: ResponseEnvelope) => {
            const bytes = Buffer.byteLength(JSON.stringify(envelope));
            if (envelope.response.directives?.length && bytes > largest.bytes) largest = { bytes, what: `${profileLocale} ${routine}${brief ? ', short instructions' : ''}` };
          };
          measure((await user.intent('StartRoutineIntent', { routine })).envelope);
          while (user.stateKind === 'playing') measure((await user.touch('next')).envelope);
          expect(user.stateKind).toBe('finishing');
        }
      }
    }
    if (process.env.SCREEN_SIZES) console.log(largest);
    expect(largest.bytes).toBeLessThan(60_000);
  }, 60_000);
});

describe('a device without a screen gets exactly what it always got; a touch says and keeps exactly what its words do', () => {
  /**
   * A step: the words, the touch that stands for them (none for a question or a symptom),
   * and the hold of the routine it cuts into, halfway through (as "Alexa, ..." would, or a
   * touch at that moment); without one, it answers the last response once heard.
   */
  type Step = { say: string; touch?: string[]; inHold?: Place };
  const CONVERSATIONS: { locale: string; days: Step[][] }[] = [
    {
      locale: 'en-US',
      days: [
        [
          { say: 'open upper back coach' },
          { say: 'start the desk break', touch: ['start', 'desk'] },
          { say: 'pause', touch: ['pause'], inHold: desk(0, 0) },
          { say: 'resume', touch: ['resume'] },
          { say: 'go back', touch: ['back'], inHold: desk(1, 1) },
          { say: 'repeat', touch: ['repeat'], inHold: desk(1, 0) },
          { say: 'next', touch: ['next'], inHold: desk(1, 0) },
          { say: 'is it safe to crack my back', inHold: desk(2, 0) },
          { say: 'resume', touch: ['resume'] },
          { say: 'stop', touch: ['stop'], inHold: desk(2, 1) },
        ],
        [
          { say: 'open upper back coach' },
          { say: 'resume', touch: ['resume'] },
          { say: 'it hurts', inHold: desk(2, 1) },
          { say: 'next', touch: ['next'] },
          { say: 'i have chest pain', inHold: desk(3, 0) },
        ],
        [
          { say: 'open upper back coach' },
          { say: 'start the full routine', touch: ['start', 'full'] },
          { say: 'next', touch: ['next'] },
          { say: 'next', touch: ['next'] },
          { say: 'pause', touch: ['pause'] },
          { say: 'my arm is numb' },
        ],
      ],
    },
    {
      locale: 'de-DE',
      days: [
        [
          { say: 'öffne lockerer rücken' },
          { say: 'starte die schreibtischpause', touch: ['start', 'desk'] },
          { say: 'weiter', touch: ['next'], inHold: desk(0, 0) },
          { say: 'pause', touch: ['pause'], inHold: desk(1, 0) },
          { say: 'fortsetzen', touch: ['resume'] },
          { say: 'stopp', touch: ['stop'], inHold: desk(1, 0) },
        ],
      ],
    },
  ];

  test.each(CONVERSATIONS.map((c) => [c.locale, c] as const))('%s', async (locale, { days }) => {
    const stores = { speaker: new MemoryStore(), voice: new MemoryStore(), touch: new MemoryStore() };
    let start = Date.parse('2026-11-17T08:00:00Z');
    for (const day of days) {
      const userId = `amzn1.ask.account.same-${locale}`;
      const speaker = new Conversation({ locale, store: stores.speaker, userId, start });
      const voice = onScreen(locale, { store: stores.voice, userId, start });
      const touch = onScreen(locale, { store: stores.touch, userId, start });
      for (const step of day) {
        // All three at the same request time (so the times kept are the same), well inside the hold for words and touch alike.
        if (step.inHold) for (const user of [speaker, voice, touch]) user.during(segmentOf('hold', step.inHold), 'middle');
        const a = await speaker.says(step.say);
        const b = await voice.says(step.say);
        const c = step.touch ? await touch.touch(...step.touch) : await touch.says(step.say);
        const spoken = (reply: typeof a) => {
          const { outputSpeech, reprompt, card } = reply.envelope.response;
          return { outputSpeech, reprompt, card, attributes: reply.envelope.sessionAttributes };
        };
        // The speaker's response has only what it always had.
        expect({ step: step.say, keys: Object.keys(a.envelope.response).filter((k) => !['outputSpeech', 'reprompt', 'shouldEndSession'].includes(k)) }).toEqual({ step: step.say, keys: [] });
        expect({ step: step.say, ...spoken(b) }).toEqual({ step: step.say, ...spoken(a) });
        expect({ step: step.say, ...spoken(c) }).toEqual({ step: step.say, ...spoken(a) });
        const redFlag = (b.envelope.response.directives?.[0] as { token?: string } | undefined)?.token === 'ubc.emergency';
        for (const onScreenReply of [b, c]) {
          // Same session ending, except a red flag, whose screen stays up: shouldEndSession left out.
          expect(onScreenReply.envelope.response.shouldEndSession).toBe(redFlag ? undefined : a.envelope.response.shouldEndSession);
          if (!onScreenReply.ended || redFlag) expect(onScreenReply.envelope.response.directives?.length).toBe(1);
        }
      }
      start = speaker.clock + 86_400_000;
    }
    // And what each kept for tomorrow is the same.
    const saved = async (store: MemoryStore) => JSON.stringify((await store.read({ account: `amzn1.ask.account.same-${locale}` }, start))?.record);
    expect(await saved(stores.speaker)).toMatch(/"days":\["2026-11-17"/);
    expect(await saved(stores.voice)).toEqual(await saved(stores.speaker));
    expect(await saved(stores.touch)).toEqual(await saved(stores.speaker));
  });
});
