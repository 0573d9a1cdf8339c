import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { CoachReply } from '../coach/coaching';
import { isMaterialChange, type ProgressRecord } from '../coach/progress';
import { Speech } from '../speech/ssml';
import { getTurnContext, type SessionAttributes } from './context';
import { writeProgress } from './persist';

/**
 * The one way a handler answers: apply the new state and progress, save progress
 * when it changed (awaited, so a failure can still be told), then speak.
 */
export async function respond(input: HandlerInput, reply: CoachReply): Promise<Response> {
  const context = getTurnContext(input);
  // First use, whichever way the user came in: one sentence that this is not medical advice.
  const firstUseNote = reply.progress.disclaimerHeard ? undefined : context.t.text('disclaimer');
  if (firstUseNote) reply = { ...reply, progress: { ...reply.progress, disclaimerHeard: true } };
  const before = context.progress;
  const changed = progressChanged(before, reply.progress);
  const material = changed && isMaterialChange(before, reply.progress);
  context.state = reply.state;
  context.progress = reply.progress;
  if (changed && !material) context.storage = { ...context.storage, deferred: true };
  // A failed save is worth a sentence only when this turn moved the user's own progress on:
  // a brand-new user whose "heard the note" flag did not save has lost nothing to be told about.
  if (material || context.storage.unsaved || (reply.end && context.storage.deferred)) {
    await saveProgress(input, { tell: material && !reply.urgent });
  }

  const notices = reply.urgent ? [] : context.notices;
  const speech = new Speech().say(...notices, firstUseNote).append(reply.speech);
  if (reply.onceSaved && progressIsStored(input)) speech.append(reply.onceSaved);
  context.notices = [];
  const ssml = speech.toSsml();
  const builder = input.responseBuilder.speak(ssml);
  if (reply.end) {
    builder.withShouldEndSession(true);
    context.state = { ...context.state, lastSpeech: undefined };
  } else {
    const reprompt = (reply.reprompt ?? reply.speech).toSsml();
    builder.reprompt(reprompt).withShouldEndSession(false);
    // Mid-routine, "repeat" narrates the stretch again, so only the question is kept: a
    // stretch's whole speech would ride along in every request and response of the session.
    context.state = { ...context.state, lastSpeech: context.state.position ? { reprompt } : { speech: ssml, reprompt } };
  }
  storeSessionAttributes(input);
  return builder.getResponse();
}

/** Whether a turn changed the record; most turns hand back the very same object, which needs no comparing. */
function progressChanged(before: ProgressRecord, after: ProgressRecord): boolean {
  return after !== before && JSON.stringify(after) !== JSON.stringify(before);
}

/** Whether what we hold for the user is in the store now: a store, a good read, nothing left unsaved. */
function progressIsStored(input: HandlerInput): boolean {
  const { store, storage } = getTurnContext(input);
  return Boolean(store) && storage.mode === 'ok' && !storage.unsaved;
}

/** For requests Alexa wants no speech for (session ended, system events). */
export async function respondSilently(input: HandlerInput, progress?: ProgressRecord): Promise<Response> {
  const context = getTurnContext(input);
  const changed = progress !== undefined && progressChanged(context.progress, progress);
  if (progress) context.progress = progress;
  if (changed || context.storage.unsaved || context.storage.deferred) await saveProgress(input, { tell: false });
  return input.responseBuilder.getResponse();
}

/**
 * Writes the progress record when the store is readable (never after a failed read:
 * an empty record must not replace a good one). A failure leaves the record marked
 * unsaved, so the next turn tries again; with `tell`, the user hears about it, once per session.
 */
export async function saveProgress(input: HandlerInput, options: { tell?: boolean } = {}): Promise<void> {
  const context = getTurnContext(input);
  if (!context.store || context.storage.mode !== 'ok') return;
  const result = await writeProgress(input.requestEnvelope, context);
  context.storage = { ...context.storage, unsaved: !result.ok, deferred: result.ok ? false : context.storage.deferred };
  if (!result.ok && (options.tell ?? true) && !context.storage.warned) {
    context.notices.push(context.t.text('storage.saveFailed'));
    context.storage = { ...context.storage, warned: true };
  }
}

export function storeSessionAttributes(input: HandlerInput): void {
  // A request without a session (a malformed or out-of-session envelope) has nowhere to keep state.
  if (!input.requestEnvelope.session) return;
  const context = getTurnContext(input);
  const attributes: SessionAttributes = {
    state: context.state,
    progress: context.progress,
    timeZone: context.timeZone,
    storage: context.storage,
  };
  input.attributesManager.setSessionAttributes({ ...attributes });
}
