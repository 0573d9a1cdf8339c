import type { RecordStore } from '../../lambda/src/stores/record-store';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Place } from '../../lambda/src/coach/place';
import { parseSessionState, type Playing } from '../../lambda/src/coach/session';
import { SPEECH_START_SECONDS, WAKE_WORD_SECONDS, type Segment } from '../../lambda/src/coach/timeline';
import { REMINDERS_SCOPE } from '../../lambda/src/coach/reminders';
import { buildSkill } from '../../lambda/src/skill';
import { estimateSpokenSeconds, ssmlToText } from '../../lambda/src/speech/ssml';
import { VIEWPORT_PROFILES } from '../../lambda/src/screens/viewports';
import { buildEnvelope, type RequestBody, type ScreenContext, type SlotFill } from './envelopes';
import { invocationPatterns, normalizeUtterance, oneShotRequests, resolverFor } from './resolver';
import { screenView, type ScreenView } from './screen-view';

/**
 * A person talking to the skill: text goes through the locale's interaction model,
 * becomes a real request envelope, and runs through the real skill in-process.
 * Session attributes carry from turn to turn; the clock is the request timestamp,
 * which moves on by the length of what Alexa said unless the caller sets it.
 * Used by the tests (with a validator on every response) and the local simulator.
 */

export interface Reply {
  /** What Alexa said, as plain words. */
  speech: string;
  reprompt: string;
  ssml: string;
  ended: boolean;
  envelope: ResponseEnvelope;
}

/** A moment inside a segment: just after it starts, halfway, or just before it ends. */
export type Moment = 'start' | 'middle' | 'end';

export interface ConversationOptions {
  locale?: string;
  userId?: string;
  /** The person Alexa recognises as the speaker (voice profiles); none by default. */
  personId?: string;
  /** The Echo the user talks to; each device has its own sessions. */
  deviceId?: string;
  store?: RecordStore;
  /** ISO time or epoch ms of the first request. */
  start?: string | number;
  skillId?: string;
  applicationId?: string;
  /** Called on every response before it is used; throw to reject it. */
  check?: (response: ResponseEnvelope, locale: string) => Promise<void>;
  /** Where the interaction models live (defaults to the working directory). */
  projectRoot?: string;
  /** Points the skill's Alexa API calls (the settings API for the time zone) at a local server. */
  apiEndpoint?: string;
  apiAccessToken?: string;
  /**
   * A device with a screen, by viewport profile (lambda/src/screens/viewports.ts: `hubLandscapeMedium`
   * is an Echo Show 8, `tvLandscapeXLarge` a Fire TV); without one, a speaker.
   */
  screen?: string;
  /** The APL version such a device reports (default 2024.2). */
  aplVersion?: string;
  /** Whether the user has allowed the skill's reminders (undefined: never asked, as for a new user). */
  remindersPermission?: 'GRANTED' | 'DENIED';
  /** The skill's time budget for one call to Alexa's Reminders API (tests shorten it). */
  apiTimeoutMs?: number;
}

/** The device a viewport profile stands for, as its requests describe it. */
export function screenDevice(profileId: string, aplVersion = '2024.2'): Omit<ScreenContext, 'visibleToken'> {
  const profile = VIEWPORT_PROFILES.find((p) => p.id === profileId);
  if (!profile) throw new Error(`No viewport profile "${profileId}" (there is: ${VIEWPORT_PROFILES.map((p) => p.id).join(', ')})`);
  const { width, height, touch } = profile.example;
  return {
    aplVersion,
    viewport: { shape: profile.shape === 'round' ? 'ROUND' : 'RECTANGLE', mode: profile.mode === 'tv' ? 'TV' : 'HUB', pixelWidth: width, pixelHeight: height, dpi: 160, touch },
  };
}

let sessionCounter = 0;

/** Whether session attributes the skill sent back hold a routine under way (also read by the load generator). */
/** The kind of session state some session attributes carry (see lambda/src/coach/session.ts). */
function stateKindOf(attributes: Record<string, unknown> | undefined): string | undefined {
  const state = attributes?.state;
  return typeof state === 'object' && state !== null ? String((state as { kind?: unknown }).kind) : undefined;
}

/** Whether a routine is under way and waiting for the user (not closing: the last response ends it). */
export function isInRoutine(attributes: Record<string, unknown> | undefined): boolean {
  const kind = stateKindOf(attributes);
  return kind === 'playing' || kind === 'waiting';
}

/**
 * The session attributes as Alexa carries them to the next request: JSON, and read-only here.
 * The skill reads them as they are, without copying (coach/reader.ts), so a handler that
 * changed what it read would change the merge base beside it: frozen, it fails the test.
 */
function carried(attributes: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  return attributes && (deepFreeze(JSON.parse(JSON.stringify(attributes))) as Record<string, unknown>);
}

function deepFreeze(value: unknown): unknown {
  if (value && typeof value === 'object') for (const inner of Object.values(Object.freeze(value))) deepFreeze(inner);
  return value;
}

export class SkillDriver {
  readonly locale: string;
  readonly userId: string;
  /** Who Alexa recognises in the next request; may change between requests, as recognition does. */
  personId: string | undefined;
  readonly deviceId: string;
  clock: number;
  private readonly skill;
  private readonly applicationId?: string;
  private readonly check: (response: ResponseEnvelope, locale: string) => Promise<void>;
  private readonly projectRoot?: string;
  private readonly api: { apiEndpoint?: string; apiAccessToken?: string };
  private sessionId = '';
  private attributes: Record<string, unknown> | undefined;
  private inSession = false;
  private requestCounter = 0;
  private pendingGap: number | undefined;
  private readonly screen: Omit<ScreenContext, 'visibleToken'> | undefined;
  /** The reminders permission as the next request reports it; Alexa changes it when the user answers its question. */
  remindersPermission: 'GRANTED' | 'DENIED' | undefined;
  /** The token of the skill's document on the device's screen, which the device reports with each request. */
  visibleToken: string | undefined;
  last: Reply | undefined;
  readonly requests: RequestEnvelope[] = [];

  constructor(options: ConversationOptions = {}) {
    this.locale = options.locale ?? 'en-US';
    this.userId = options.userId ?? `amzn1.ask.account.test-${++sessionCounter}`;
    this.personId = options.personId;
    this.deviceId = options.deviceId ?? 'amzn1.ask.device.test';
    this.clock = typeof options.start === 'number' ? options.start : Date.parse(options.start ?? '2026-11-17T08:00:00Z');
    this.skill = buildSkill({ store: options.store, skillId: options.skillId, apiTimeoutMs: options.apiTimeoutMs });
    this.remindersPermission = options.remindersPermission;
    this.applicationId = options.applicationId;
    this.check = options.check ?? (async () => undefined);
    this.projectRoot = options.projectRoot;
    this.api = { apiEndpoint: options.apiEndpoint, apiAccessToken: options.apiAccessToken };
    this.screen = options.screen ? screenDevice(options.screen, options.aplVersion) : undefined;
  }

  /** What the last response shows on the screen, if it carries an APL directive. */
  get screenShown(): ScreenView | undefined {
    return this.last && screenView(this.last.envelope);
  }

  /** Sets the time of the next request. */
  at(time: string | number): this {
    this.clock = typeof time === 'number' ? time : Date.parse(time);
    this.pendingGap = 0;
    return this;
  }

  /** The next request comes this many seconds after the last response started playing (to barge in mid-speech). */
  after(seconds: number): this {
    this.pendingGap = seconds;
    return this;
  }

  get sessionOpen(): boolean {
    return this.inSession;
  }

  get sessionAttributes(): Record<string, unknown> | undefined {
    return this.attributes;
  }

  /** The kind of session state the last response left (see lambda/src/coach/session.ts), if the session is open. */
  get stateKind(): string | undefined {
    return stateKindOf(this.attributes);
  }

  /** Whether a routine is under way and waiting for the user (not closing: the last response ends it). */
  get inRoutine(): boolean {
    return isInRoutine(this.attributes);
  }

  /** The narration the last response started, as the session state keeps it. */
  playing(): Playing {
    const { state } = parseSessionState(this.attributes?.state);
    if (state.kind !== 'playing' && state.kind !== 'finishing') throw new Error(`the last response narrated nothing (${state.kind})`);
    return state;
  }

  /** The places of the last response's timeline that were narrated or moved to, in order. */
  narratedPlaces(): Place[] {
    const places: Place[] = [];
    for (const segment of this.playing().timeline.segments) {
      if (segment.kind !== 'setup' && segment.kind !== 'move') continue;
      const last = places[places.length - 1];
      if (!last || last.stretch !== segment.place.stretch || last.side !== segment.place.side) places.push(segment.place);
    }
    return places;
  }

  /**
   * The next request comes while the first segment that `find` picks is playing, as a user
   * cutting in with the wake word would send it: Alexa starts to speak a moment after the
   * response, and the request leaves once "Alexa, ..." has been said.
   */
  during(find: (segment: Segment) => boolean, moment: Moment, mode: 'voice' | 'touch' = 'voice'): this {
    const { at, timeline } = this.playing();
    const index = timeline.segments.findIndex(find);
    const segment = timeline.segments[index];
    if (!segment) throw new Error('no such segment in the last response');
    const end = timeline.segments[index + 1]?.start ?? timeline.end;
    const length = end - segment.start;
    const offset = moment === 'start' ? Math.min(0.5, length / 2) : moment === 'end' ? Math.max(length - 0.5, 0) : length / 2;
    // A touch leaves at once; words leave once "Alexa, ..." has been said.
    const wakeWord = mode === 'voice' ? WAKE_WORD_SECONDS : 0;
    return this.after((at - this.clock) / 1000 + SPEECH_START_SECONDS + segment.start + offset + wakeWord);
  }

  /**
   * The user touches the screen: a button or card whose SendEvent sends `args` (["next"],
   * ["start", "desk"]), as the device sends it, naming the document on screen.
   */
  async touch(...args: string[]): Promise<Reply> {
    if (!this.screen) throw new Error('a speaker has no screen to touch (give the conversation a screen)');
    if (!this.visibleToken) throw new Error('nothing of the skill is on the screen to touch');
    return this.send({ type: 'Alexa.Presentation.APL.UserEvent', token: this.visibleToken, arguments: args });
  }

  /** The user speaks. "open upper back coach" and "ask upper back coach to ..." start a session like on a device. */
  async says(text: string): Promise<Reply> {
    const resolver = resolverFor(this.locale, this.projectRoot);
    const utterance = normalizeUtterance(text);
    const patterns = invocationPatterns(this.locale.split('-')[0] ?? 'en', resolver.invocationName);
    if (patterns.launch.test(utterance)) return this.launch();
    const requests = oneShotRequests(patterns, utterance);
    if (requests) {
      this.endSessionLocally();
      const { intent, slots } = resolver.resolveBest(requests);
      return this.intent(intent, slots);
    }
    const { intent, slots } = resolver.resolve(utterance);
    return this.intent(intent, slots);
  }

  async launch(): Promise<Reply> {
    this.endSessionLocally();
    return this.send({ type: 'LaunchRequest' });
  }

  /** One of the user's Alexa Routines opens the skill with a custom task (`name` as Alexa sends it, with the skill's id in front). */
  async launchTask(name: string, input: Record<string, unknown>, version = '1'): Promise<Reply> {
    this.endSessionLocally();
    return this.send({ type: 'LaunchRequest', task: { name, version, input } });
  }

  /** The directive the last response handed the conversation to Alexa with, if any (Connections.SendRequest or StartConnection). */
  get handoff(): { type: string; [key: string]: unknown } | undefined {
    return this.last?.envelope.response.directives?.find((d) => d.type.startsWith('Connections.')) as { type: string; [key: string]: unknown } | undefined;
  }

  /**
   * Alexa asked the user for a permission (after an AskFor) and answers the skill with a
   * Connections.Response: ACCEPTED (the permission is granted from now on), DENIED, or
   * NOT_ANSWERED; `code` other than 200 when Alexa could not ask (a device without the flow).
   */
  async permissionAnswer(status: 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED', code = '200'): Promise<Reply> {
    const asked = this.handoff as { name?: string; token?: string; payload?: { permissionScope?: string } } | undefined;
    if (!asked || asked.name !== 'AskFor') throw new Error('the last response asked for no permission');
    if (status === 'ACCEPTED' && code === '200') this.remindersPermission = 'GRANTED';
    if (status === 'DENIED' && code === '200') this.remindersPermission = 'DENIED';
    return this.send({
      type: 'Connections.Response',
      name: 'AskFor',
      status: { code, message: code === '200' ? 'OK' : 'Internal error' },
      token: asked.token ?? '',
      payload: { permissionScope: asked.payload?.permissionScope, status },
    });
  }

  /**
   * The task the skill started (Connections.StartConnection with RESUME_SESSION) is over and
   * the session resumes: `code` 200 with the task's result, or an error code with a reason.
   */
  async sessionResumed(code: string, result?: Record<string, unknown>): Promise<Reply> {
    const started = this.handoff as { type: string; token?: string } | undefined;
    if (!started || started.type !== 'Connections.StartConnection') throw new Error('the last response started no connection');
    return this.send({
      type: 'SessionResumedRequest',
      cause: { type: 'ConnectionCompleted', token: started.token, status: { code, message: code === '200' ? 'OK' : 'Error' }, result: result ?? null },
    });
  }

  /** An intent by name; slots as `{ routine: 'desk' }` (resolved ids) or full fills. */
  async intent(name: string, slots: Record<string, string | SlotFill> = {}): Promise<Reply> {
    const fills = Object.fromEntries(
      Object.entries(slots).map(([slot, fill]) => [slot, typeof fill === 'string' ? { value: fill, id: fill } : fill]),
    );
    return this.send({ type: 'IntentRequest', intent: name, slots: fills });
  }

  /** Alexa closes the session (the user said nothing after the reprompt, or left). */
  async sessionEnds(reason: 'USER_INITIATED' | 'EXCEEDED_MAX_REPROMPTS' | 'ERROR' = 'EXCEEDED_MAX_REPROMPTS'): Promise<ResponseEnvelope> {
    const envelope = this.envelope({ type: 'SessionEndedRequest', reason });
    const response = await this.skill.invoke(envelope);
    this.inSession = false;
    this.attributes = undefined;
    this.visibleToken = undefined;
    return response;
  }

  async send(body: RequestBody): Promise<Reply> {
    const envelope = this.envelope(body);
    const response = await this.skill.invoke(envelope);
    await this.check(response, this.locale);
    return this.record(response);
  }

  /** Sends an envelope as given (for malformed-request tests); validates what comes back. */
  async sendRaw(envelope: RequestEnvelope): Promise<ResponseEnvelope> {
    const response = await this.skill.invoke(envelope);
    await this.check(response, this.locale);
    return response;
  }

  private envelope(body: RequestBody): RequestEnvelope {
    this.advanceClock();
    const newSession = !this.inSession;
    if (newSession) {
      this.sessionId = `amzn1.echo-api.session.${++sessionCounter}`;
      this.attributes = undefined;
      this.inSession = true;
    }
    const envelope = buildEnvelope(
      {
        userId: this.userId,
        personId: this.personId,
        deviceId: this.deviceId,
        sessionId: this.sessionId,
        newSession,
        locale: this.locale,
        timestamp: this.clock,
        attributes: carried(this.attributes),
        applicationId: this.applicationId,
        requestCounter: ++this.requestCounter,
        ...this.api,
        scopes: this.remindersPermission && { [REMINDERS_SCOPE]: this.remindersPermission },
        screen: this.screen && { ...this.screen, visibleToken: this.visibleToken },
      },
      body,
    );
    this.requests.push(envelope);
    return envelope;
  }

  /** By default the user answers two seconds after Alexa finishes speaking (which starts a moment after the answer is sent). */
  private advanceClock(): void {
    if (!this.last) return;
    const gap = this.pendingGap ?? SPEECH_START_SECONDS + estimateSpokenSeconds(this.last.ssml) + 2;
    this.clock += Math.round(gap * 1000);
    this.pendingGap = undefined;
  }

  private endSessionLocally(): void {
    this.inSession = false;
    this.attributes = undefined;
    this.visibleToken = undefined;
  }

  private record(envelope: ResponseEnvelope): Reply {
    const response = envelope.response;
    const speech = response.outputSpeech?.type === 'SSML' ? response.outputSpeech.ssml : '';
    const reprompt = response.reprompt?.outputSpeech?.type === 'SSML' ? response.reprompt.outputSpeech.ssml : '';
    // A response handing the conversation to Alexa (asking for a permission, offering a
    // routine) leaves shouldEndSession out: the session waits for Alexa's answer.
    const handedOff = response.directives?.some((d) => d.type.startsWith('Connections.')) ?? false;
    const ended = response.shouldEndSession !== false && !handedOff;
    this.attributes = ended ? undefined : envelope.sessionAttributes;
    this.inSession = !ended;
    // The screen shows the document sent; a session that ends takes the skill off the screen,
    // unless the response left shouldEndSession out to keep its screen up (a red flag).
    const rendered = response.directives?.find((d) => d.type === 'Alexa.Presentation.APL.RenderDocument') as { token?: string } | undefined;
    if (rendered) this.visibleToken = rendered.token;
    else if (response.shouldEndSession === true) this.visibleToken = undefined;
    this.last = { speech: ssmlToText(speech), reprompt: ssmlToText(reprompt), ssml: speech, ended, envelope };
    return this.last;
  }
}
