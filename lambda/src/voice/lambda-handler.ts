import type { Skill } from 'ask-sdk-core';
import type { Context } from 'aws-lambda';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { detachSessionAttributes, sessionAttributesOf } from './context';
import { CONVERSATION_REQUESTS } from './slots';

/**
 * The Lambda handler around the skill: it refuses requests for another skill (SKILL_ID),
 * writes one structured log line per request (no raw user or device ids), hands the SDK the
 * envelope without its session attributes (which the SDK would copy for nothing, see
 * detachSessionAttributes), and is the last net so that a request for this skill always
 * gets a response, even when the envelope is too broken for the SDK to dispatch.
 */

type LogLine = (line: string) => void;

interface LambdaHandlerOptions {
  log?: LogLine;
  /** When set, requests whose application id is another skill's are refused. */
  skillId?: string;
}

/** Thrown for a request meant for another skill: Lambda reports the invocation as failed, and Alexa gets nothing. */
export class WrongSkillError extends Error {
  override readonly name = 'WrongSkillError';
}

/**
 * A short, stable tag for an id, so logs can follow a user without naming them.
 * Two 32-bit FNV-1a lanes, not SHA-256: Alexa's ids are long random strings, so
 * neither can be reversed, and an unkeyed SHA-256 joins logs to stored records no
 * less than this does. node:crypto, though, costs a cold start about 4 ms to load
 * (npm run bench), and the skill needs it for nothing else.
 */
export function hashId(id: unknown): string | undefined {
  if (typeof id !== 'string' || !id) return undefined;
  let low = 0x811c9dc5;
  let high = 0x050c5d1f;
  for (let i = 0; i < id.length; i++) {
    const code = id.charCodeAt(i);
    low = Math.imul(low ^ code, 0x01000193);
    high = Math.imul(high ^ code, 0x01000193) ^ (low >>> 15);
  }
  return ((high >>> 0).toString(16).padStart(8, '0') + (low >>> 0).toString(16).padStart(8, '0')).slice(0, 12);
}

function field(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (!current || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

const SPOKEN_REQUESTS = new Set(CONVERSATION_REQUESTS);

function isEmptyObject(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  for (const key in value) if (Object.hasOwn(value, key)) return false;
  return true;
}

/** What Alexa gets when even the skill's error handler could not answer. */
function lastResortResponse(requestType: unknown): ResponseEnvelope {
  if (!SPOKEN_REQUESTS.has(String(requestType))) return { version: '1.0', response: {} };
  return {
    version: '1.0',
    response: {
      outputSpeech: { type: 'SSML', ssml: '<speak>Sorry, something went wrong. Please try again in a moment.</speak>' },
      shouldEndSession: true,
    },
  };
}

/** The application id a request names, where Alexa puts it (the context, or the session of older envelopes). */
function applicationIdOf(event: unknown): unknown {
  return field(event, 'context', 'System', 'application', 'applicationId') ?? field(event, 'session', 'application', 'applicationId');
}

export function createLambdaHandler(skill: Skill, options: LambdaHandlerOptions = {}) {
  const log = options.log ?? (() => undefined);
  // The Lambda context is optional so that tests and the web service can call the entry without one.
  return async (event: RequestEnvelope, context?: Context): Promise<ResponseEnvelope> => {
    const started = performance.now();
    const requestType = field(event, 'request', 'type');
    const line = {
      event: 'request',
      requestType: typeof requestType === 'string' ? requestType : 'unknown',
      intent: field(event, 'request', 'intent', 'name'),
      locale: field(event, 'request', 'locale'),
      user: hashId(field(event, 'context', 'System', 'user', 'userId') ?? field(event, 'session', 'user', 'userId')),
      newSession: field(event, 'session', 'new'),
    };
    const finish = (outcome: string, response?: ResponseEnvelope) => {
      const latencyMs = Math.round((performance.now() - started) * 100) / 100;
      const ended = response?.response?.shouldEndSession;
      log(JSON.stringify({ ...line, outcome, sessionEnded: ended === undefined ? undefined : ended !== false, latencyMs }));
    };
    if (options.skillId && applicationIdOf(event) !== options.skillId) {
      finish('refused');
      throw new WrongSkillError('The request is for another skill');
    }
    try {
      const envelope = detachSessionAttributes(event);
      const response = await skill.invoke(envelope, context);
      // An answer that set no attributes (one made without the turn, by the error handler's last
      // resort) sends back what came, as the SDK's own copy would have.
      const carried = sessionAttributesOf(envelope);
      if (carried !== undefined && isEmptyObject(response.sessionAttributes)) response.sessionAttributes = carried as Record<string, unknown>;
      finish('ok', response);
      return response;
    } catch (error) {
      finish(`failed: ${error instanceof Error ? error.name : 'unknown'}`);
      return lastResortResponse(requestType);
    }
  };
}
