import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { SPEECH_START_SECONDS } from '../../lambda/src/coach/timeline';
import { estimateSpokenSeconds } from '../../lambda/src/speech/ssml';
import { isInRoutine } from '../lib/driver';
import { buildEnvelope, type RequestBody } from '../lib/envelopes';
import { resolverFor, type Resolution } from '../lib/resolver';

/**
 * What the load generator says: real conversations, each a person on an Echo, reacting to
 * what the skill answered. A conversation opens the skill, then either resumes the routine
 * it left last time (when the skill offers it) or starts one, goes on with "next" whenever
 * the skill waits (to move into position, or when a response was full),
 * asks a safety question on the way, and finishes it or stops part-way; a few only ask
 * what there is and change the instruction level. Session attributes travel from answer
 * to request as Alexa carries them; the request clock moves on by the length of what
 * Alexa said, as the dialog tests' driver does.
 */

const LOCALE = 'en-US';
const ROUTINES = ['the desk break', 'the gentle routine', 'morning mobility', 'the full upper back routine'];
const SAFETY_QUESTIONS = ['is it safe to crack my back', 'what if my arm tingles', 'should it hurt'];
/** Turns one conversation may take at most (the full routine with a question is under 40). */
export const MAX_TURNS = 60;

type Plan = 'finish' | 'stop part-way' | 'browse';

/** What one connection knows about the conversation it is having. */
export interface ConversationState {
  userId: string;
  sessionId: string;
  plan: Plan;
  routine: string;
  clock: number;
  turn: number;
  attributes?: Record<string, unknown>;
  /** The last request's intent, and whether a routine was under way before it. */
  lastIntent?: string;
  wasInRoutine: boolean;
  inRoutine: boolean;
  ended: boolean;
  nexts: number;
  asked: boolean;
  stopAfter: number;
}

/** What the generator counts while a phase runs. */
export interface ConversationCounts {
  conversations: number;
  /** Routines narrated to their end (a "next" answered with the routine's closing). */
  completions: number;
  /** Answers that are not a working skill: unparseable, no speech, the error handler, or a storage notice. */
  skillErrors: number;
  examples: string[];
}

export function newCounts(): ConversationCounts {
  return { conversations: 0, completions: 0, skillErrors: 0, examples: [] };
}

interface Phrases {
  failures: string[];
}

function failurePhrases(root: string): Phrases {
  const base = (JSON.parse(readFileSync(join(root, 'locales/en.json'), 'utf8')) as { base: Record<string, Record<string, string>> }).base;
  return { failures: [base.error!.generic!, base.storage!.saveFailed!, base.storage!.loadFailed!, base.recover!.apology!] };
}

/** A small seeded generator (mulberry32): the same seed gives the same mix of conversations. */
export function seededRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface ConversationSource {
  /** The body of a conversation's next request, or undefined when it is over. */
  next(state: ConversationState): string | undefined;
  /** A new conversation for the next user. */
  start(): ConversationState;
  /** Reads an answer into the conversation, counting what it shows. */
  record(state: ConversationState, status: number, body: string): void;
  counts: ConversationCounts;
}

export interface SourceOptions {
  root: string;
  /** How many different Alexa accounts the conversations come from. */
  users: number;
  /** `sequential`: every account in turn (fills the store); `random`: any account, so some talk on two devices at once. */
  pick: 'sequential' | 'random';
  seed: number;
  /** The first request's time (epoch ms); each conversation starts a little later. */
  start: number;
}

export function conversationSource(options: SourceOptions): ConversationSource {
  const resolver = resolverFor(LOCALE, options.root);
  const resolved = new Map<string, Resolution>();
  const resolve = (said: string): Resolution => {
    let resolution = resolved.get(said);
    if (!resolution) {
      resolution = resolver.resolve(said);
      resolved.set(said, resolution);
    }
    return resolution;
  };
  const { failures } = failurePhrases(options.root);
  const random = seededRandom(options.seed);
  const counts = newCounts();
  let conversationNumber = 0;
  let requestNumber = 0;

  const say = (state: ConversationState, said: string): string => {
    const { intent, slots } = resolve(said);
    state.lastIntent = intent;
    return body(state, { type: 'IntentRequest', intent, slots });
  };

  const body = (state: ConversationState, request: RequestBody): string => {
    state.wasInRoutine = state.inRoutine;
    state.turn++;
    const envelope = buildEnvelope(
      {
        userId: state.userId,
        deviceId: `amzn1.ask.device.load-${state.sessionId}`,
        sessionId: state.sessionId,
        newSession: state.turn === 1,
        locale: LOCALE,
        timestamp: state.clock,
        attributes: state.attributes,
        requestCounter: ++requestNumber,
      },
      request,
    );
    return JSON.stringify(envelope);
  };

  return {
    counts,

    start() {
      const number = conversationNumber++;
      counts.conversations++;
      const user = options.pick === 'sequential' ? number % options.users : Math.floor(random() * options.users);
      const roll = random();
      const plan: Plan = roll < 0.6 ? 'finish' : roll < 0.9 ? 'stop part-way' : 'browse';
      return {
        userId: `amzn1.ask.account.load-${user}`,
        sessionId: `amzn1.echo-api.session.load-${number}`,
        plan,
        routine: ROUTINES[Math.floor(random() * ROUTINES.length)]!,
        clock: options.start + number * 7_000,
        turn: 0,
        wasInRoutine: false,
        inRoutine: false,
        ended: false,
        nexts: 0,
        asked: false,
        stopAfter: 2 + Math.floor(random() * 4),
      };
    },

    next(state) {
      if (state.turn >= MAX_TURNS || (state.turn > 0 && state.ended)) return undefined;
      if (state.turn === 0) {
        state.lastIntent = 'LaunchRequest';
        return body(state, { type: 'LaunchRequest' });
      }
      if (state.plan === 'browse') {
        const script = ['what routines are there', random() < 0.5 ? 'less talking' : 'more detail', 'stop'];
        return say(state, script[state.turn - 1] ?? 'stop');
      }
      if (!state.inRoutine) {
        // Right after the launch: take up the routine offered, if any; "yes" at the plain menu just asks again.
        if (state.turn === 1) return say(state, 'yes');
        if (state.nexts === 0 && state.turn <= 3) return say(state, `start ${state.routine}`);
        return say(state, 'stop'); // the routine is over (or never started): "would you like another?" "stop"
      }
      // In a routine (not its closing response, which leaves it): a stop here leaves it part-way.
      if (state.plan === 'stop part-way' && state.nexts >= state.stopAfter) return say(state, 'stop');
      if (!state.asked && state.nexts >= 1) {
        state.asked = true;
        return say(state, SAFETY_QUESTIONS[Math.floor(random() * SAFETY_QUESTIONS.length)]!);
      }
      state.nexts++;
      return say(state, 'next');
    },

    record(state, status, text) {
      let envelope: ResponseEnvelope | undefined;
      try {
        envelope = JSON.parse(text) as ResponseEnvelope;
      } catch {
        envelope = undefined;
      }
      const ssml = envelope?.response?.outputSpeech?.type === 'SSML' ? envelope.response.outputSpeech.ssml : undefined;
      const failed = status !== 200 || !envelope || !ssml || failures.some((phrase) => ssml.includes(phrase));
      if (failed) {
        counts.skillErrors++;
        if (counts.examples.length < 5) counts.examples.push(`${status} after ${state.lastIntent}: ${(ssml ?? text).slice(0, 160)}`);
        state.ended = true;
        return;
      }
      state.ended = envelope!.response.shouldEndSession !== false;
      state.attributes = state.ended ? undefined : envelope!.sessionAttributes;
      state.inRoutine = isInRoutine(state.attributes);
      if (state.lastIntent === 'AMAZON.NextIntent' && state.wasInRoutine && !state.inRoutine) counts.completions++;
      // The person answers two seconds after Alexa stops speaking (which starts a moment after the answer is sent).
      state.clock += Math.round((SPEECH_START_SECONDS + estimateSpokenSeconds(ssml!) + 2) * 1000);
    },
  };
}
