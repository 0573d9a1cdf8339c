import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { CoachReply } from '../coach/coaching';
import { Speech } from '../speech/ssml';
import { getTurnContext, type SessionAttributes } from './context';

/**
 * The one way a handler answers: apply the new state and progress, save progress
 * when it changed (awaited, so a failure can still be told), then speak.
 */
export async function respond(input: HandlerInput, reply: CoachReply): Promise<Response> {
  const context = getTurnContext(input);
  // First use, whichever way the user came in: one sentence that this is not medical advice.
  const firstUseNote = reply.progress.disclaimerHeard ? undefined : context.t.text('disclaimer');
  if (firstUseNote) reply = { ...reply, progress: { ...reply.progress, disclaimerHeard: true } };
  const progressChanged = JSON.stringify(reply.progress) !== JSON.stringify(context.progress);
  context.state = reply.state;
  context.progress = reply.progress;
  if (progressChanged || context.storage.unsaved) await saveProgress(input);

  const speech = new Speech().say(...context.notices, firstUseNote).append(reply.speech);
  context.notices = [];
  const ssml = speech.toSsml();
  const builder = input.responseBuilder.speak(ssml);
  if (reply.end) {
    builder.withShouldEndSession(true);
    context.state = { ...context.state, lastSpeech: undefined };
  } else {
    const reprompt = (reply.reprompt ?? reply.speech).toSsml();
    builder.reprompt(reprompt).withShouldEndSession(false);
    context.state = { ...context.state, lastSpeech: { speech: ssml, reprompt } };
  }
  storeSessionAttributes(input);
  return builder.getResponse();
}

/** For requests Alexa wants no speech for (session ended, system events). */
export async function respondSilently(input: HandlerInput): Promise<Response> {
  const context = getTurnContext(input);
  if (context.storage.unsaved) await saveProgress(input);
  return input.responseBuilder.getResponse();
}

/** Writes the progress record when the store is readable; says so once if it fails. */
export async function saveProgress(input: HandlerInput): Promise<void> {
  const context = getTurnContext(input);
  if (!context.store || context.storage.mode !== 'ok') return;
  const result = await context.store.save(input.requestEnvelope, context.progress);
  context.storage = { ...context.storage, unsaved: !result.ok };
  if (!result.ok && !context.storage.warned) {
    context.notices.push(context.t.text('storage.saveFailed'));
    context.storage = { ...context.storage, warned: true };
  }
}

export function storeSessionAttributes(input: HandlerInput): void {
  const context = getTurnContext(input);
  const attributes: SessionAttributes = {
    state: context.state,
    progress: context.progress,
    timeZone: context.timeZone,
    storage: context.storage,
  };
  input.attributesManager.setSessionAttributes({ ...attributes });
}
