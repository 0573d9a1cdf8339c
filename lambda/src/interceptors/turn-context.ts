import type { HandlerInput, RequestInterceptor } from 'ask-sdk-core';
import type { I18n } from '../localization/i18n';
import { settle } from '../coach/hearing';
import { leaveQuestion } from '../coach/session';
import { translatorFor } from '../localization/i18n';
import { Speech } from '../speech/ssml';
import { screenDevice } from '../screens/lazy';
import { REMINDERS_TIMEOUT_MS } from '../services/reminders';
import { lookUpTimeZone } from '../services/time-zone';
import type { ProgressStore } from '../stores/progress-store';
import { freshAttributes, readSessionAttributes, sessionAttributesOf, setTurnContext, type SessionAttributes } from '../voice/context';
import { CONVERSATION_REQUESTS, HANDOFF_ANSWERS, intentName, REMINDER_ANSWERS, TOUCH_REQUEST } from '../voice/slots';

/** The request's own clock. A missing or broken timestamp is the only case where the server's clock stands in. */
function requestTime(timestamp: unknown): number {
  const parsed = typeof timestamp === 'string' ? Date.parse(timestamp) : NaN;
  return Number.isFinite(parsed) ? parsed : Date.now();
}

/**
 * Builds the turn context. Stored progress is read once per session, at its first
 * request, and then travels in the session attributes. A response still playing when
 * the request came is settled first, so every handler sees where the user really is.
 */
/** Whether the request can answer an open reminder question or routine offer (else the question is left, see leaveQuestion). */
function answersAQuestion(input: HandlerInput): boolean {
  const type = String(input.requestEnvelope.request?.type);
  if (HANDOFF_ANSWERS.includes(type) || type === 'SessionEndedRequest') return true;
  const intent = intentName(input);
  return intent !== undefined && REMINDER_ANSWERS.includes(intent);
}

export function turnContextInterceptor(i18n: I18n, store: ProgressStore | undefined, options: { apiTimeoutMs?: number } = {}): RequestInterceptor {
  return {
    async process(input: HandlerInput) {
      const envelope = input.requestEnvelope;
      const request = envelope.request;
      const t = translatorFor(i18n, typeof request?.locale === 'string' ? request.locale : undefined);
      const now = requestTime(request?.timestamp);
      const notices: string[] = [];
      const { attributes, recovered } = readSessionAttributes(sessionAttributesOf(envelope));
      if (recovered) notices.push(t.text('recover.apology'));
      // Skill events and system requests carry no conversation: nothing to load for them.
      const conversational = CONVERSATION_REQUESTS.includes(String(request?.type));
      const session =
        attributes ??
        (conversational
          ? await loadSession(input, store, now, notices, () => t.text('storage.loadFailed'))
          : freshAttributes('UTC', { mode: store ? 'ok' : 'none', unsaved: false, warned: false }));
      // What the user heard of the last response, from this request's timestamp (see coach/hearing.ts);
      // a touch acts on what the screen showed.
      const mode = request?.type === TOUCH_REQUEST ? 'touch' : 'voice';
      const heard = settle({ t, now, timeZone: session.timeZone, state: session.state, progress: session.progress }, mode);
      // A reminder question or a routine offer is left when the user says something else.
      if (!answersAQuestion(input)) heard.state = leaveQuestion(heard.state);
      // Said before any reply (respond() adds them): a long narration leaves room for them.
      const before = new Speech().say(...notices, session.progress.disclaimerHeard ? undefined : t.text('disclaimer'));
      const preamble = { seconds: before.seconds, chars: before.length };
      const screen = screenDevice(envelope);
      const apiTimeoutMs = options.apiTimeoutMs ?? REMINDERS_TIMEOUT_MS;
      const system = envelope.context?.System;
      const alexaApis = Boolean(system?.apiEndpoint && system.apiAccessToken);
      setTurnContext(input, { ...session, ...heard, preamble, progressBefore: session.progress, notices, store, screen, apiTimeoutMs, alexaApis });
    },
  };
}

async function loadSession(
  input: HandlerInput,
  store: ProgressStore | undefined,
  now: number,
  notices: string[],
  loadFailedNotice: () => string,
): Promise<SessionAttributes> {
  const [timeZone, loaded] = await Promise.all([lookUpTimeZone(input), store?.load(input.requestEnvelope, now)]);
  if (!store || !loaded) return freshAttributes(timeZone, { mode: 'none', unsaved: false, warned: false });
  // A record from a newer deploy is treated like one we could not read: never overwritten.
  if (!loaded.ok || loaded.status === 'newer') {
    notices.push(loadFailedNotice());
    return freshAttributes(timeZone, { mode: 'unreadable', unsaved: false, warned: true });
  }
  // A damaged record was read as the nearest good one; marking it unsaved writes that back at the first response.
  const needsRewrite = loaded.status === 'repaired' || loaded.status === 'reset';
  return freshAttributes(timeZone, { mode: 'ok', unsaved: needsRewrite, warned: false, saved: loaded.saved }, loaded.progress);
}
