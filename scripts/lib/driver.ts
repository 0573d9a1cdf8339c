import type { RecordStore } from '../../lambda/src/stores/record-store';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { buildSkill } from '../../lambda/src/skill';
import { estimateSpokenSeconds, ssmlToText } from '../../lambda/src/speech/ssml';
import { buildEnvelope, type RequestBody, type SlotFill } from './envelopes';
import { invocationPatterns, normalizeUtterance, oneShotRequests, resolverFor } from './resolver';

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
}

let sessionCounter = 0;

/** Whether session attributes the skill sent back hold a routine under way (also read by the load generator). */
export function isInRoutine(attributes: Record<string, unknown> | undefined): boolean {
  const state = attributes?.state;
  return typeof state === 'object' && state !== null && 'position' in state && (state as { position?: unknown }).position !== undefined;
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
  last: Reply | undefined;
  readonly requests: RequestEnvelope[] = [];

  constructor(options: ConversationOptions = {}) {
    this.locale = options.locale ?? 'en-US';
    this.userId = options.userId ?? `amzn1.ask.account.test-${++sessionCounter}`;
    this.personId = options.personId;
    this.deviceId = options.deviceId ?? 'amzn1.ask.device.test';
    this.clock = typeof options.start === 'number' ? options.start : Date.parse(options.start ?? '2026-11-17T08:00:00Z');
    this.skill = buildSkill({ store: options.store, skillId: options.skillId });
    this.applicationId = options.applicationId;
    this.check = options.check ?? (async () => undefined);
    this.projectRoot = options.projectRoot;
    this.api = { apiEndpoint: options.apiEndpoint, apiAccessToken: options.apiAccessToken };
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

  /** Whether a routine is under way in the open session (its place is in the session state). */
  get inRoutine(): boolean {
    return isInRoutine(this.attributes);
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
        attributes: this.attributes,
        applicationId: this.applicationId,
        requestCounter: ++this.requestCounter,
        ...this.api,
      },
      body,
    );
    this.requests.push(envelope);
    return envelope;
  }

  /** By default the user answers two seconds after Alexa finishes speaking. */
  private advanceClock(): void {
    if (!this.last) return;
    const gap = this.pendingGap ?? estimateSpokenSeconds(this.last.ssml) + 2;
    this.clock += Math.round(gap * 1000);
    this.pendingGap = undefined;
  }

  private endSessionLocally(): void {
    this.inSession = false;
    this.attributes = undefined;
  }

  private record(envelope: ResponseEnvelope): Reply {
    const response = envelope.response;
    const speech = response.outputSpeech?.type === 'SSML' ? response.outputSpeech.ssml : '';
    const reprompt = response.reprompt?.outputSpeech?.type === 'SSML' ? response.reprompt.outputSpeech.ssml : '';
    const ended = response.shouldEndSession !== false;
    this.attributes = ended ? undefined : envelope.sessionAttributes;
    this.inSession = !ended;
    this.last = { speech: ssmlToText(speech), reprompt: ssmlToText(reprompt), ssml: speech, ended, envelope };
    return this.last;
  }
}
