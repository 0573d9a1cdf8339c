import type { HandlerInput } from 'ask-sdk-core';
import type { Directive, Response } from 'ask-sdk-model';
import { isMaterialChange, type ProgressRecord } from '../coach/progress';
import { delayedBy, withSaid, type SessionState } from '../coach/session';
import type { CoachReply } from '../coach/turn';
import { loadScreens } from '../screens/lazy';
import { Speech } from '../speech/ssml';
import { REMINDERS_SCOPE } from '../coach/reminders';
import { getTurnContext, sessionAttributesToSend, type TurnContext } from './context';
import { handoffDirective } from './handoff';
import { writeProgress } from './persist';
import { sameJson } from '../coach/same-json';

/**
 * The one way a handler answers, in three steps: what to keep (pure), saving it, and
 * what to say and show (pure). The words depend on the save ("I'll remember where you
 * stopped" only when it worked, "I couldn't save your progress" once when it did not), so
 * the record is saved before the response is rendered; the session state goes out with
 * the response. Every spoken answer, errors included, goes through here.
 */
export async function respond(input: HandlerInput, reply: CoachReply): Promise<Response> {
  const context = getTurnContext(input);
  // The first-use note (see render) is heard with this answer, unless it is an urgent one.
  const progress = reply.progress.disclaimerHeard || reply.urgent ? reply.progress : { ...reply.progress, disclaimerHeard: true };
  await persist(input, progress, { tell: !reply.urgent, force: reply.end });
  const rendered = render(context, reply);
  context.state = rendered.state;
  context.notices = [];
  storeSessionAttributes(input);
  const builder = input.responseBuilder.speak(rendered.ssml);
  for (const directive of rendered.directives) builder.addDirective(directive);
  if (reply.handoff) builder.addDirective(handoffDirective(reply.handoff, context, skillIdOf(input)));
  if (reply.permissionCard) builder.withAskForPermissionsConsentCard([REMINDERS_SCOPE]);
  // A screen shown with a closing answer (a red flag) stays up: with shouldEndSession left
  // out, a device with a screen keeps the skill on screen for a while without listening.
  // A handoff to Alexa leaves it out too: the session waits for Alexa's answer, with no reprompt.
  if (rendered.reprompt === undefined) {
    if (!rendered.directives.length && !reply.handoff) builder.withShouldEndSession(true);
  } else builder.reprompt(rendered.reprompt).withShouldEndSession(false);
  return builder.getResponse();
}

interface Rendered {
  ssml: string;
  /** Undefined when the session ends. */
  reprompt: string | undefined;
  state: SessionState;
  /** What a device with a screen shows (APL); none for every other device. */
  directives: Directive[];
}

/**
 * What Alexa says, from the reply and the turn: notices and the first-use note before
 * the reply (none before an urgent answer: the note then waits for a calmer turn), the words that depend on a good save
 * after it, and the state to keep, its narration timed from where it really starts.
 * Then, on a device with a screen only, what it shows: the same reply, rendered by the
 * screens (loaded on first use, never for a device without one).
 */
export function render(context: TurnContext, reply: CoachReply): Rendered {
  // First use, whichever way the user came in: one sentence that this is not medical advice.
  // Never before safety advice: a red flag or the question about one is said first.
  const firstUseNote = reply.progress.disclaimerHeard || reply.urgent ? undefined : context.t.text('disclaimer');
  const before = new Speech().say(...(reply.urgent ? [] : context.notices), firstUseNote);
  const speech = new Speech().append(before).append(reply.speech);
  if (reply.onceSaved && progressIsStored(context)) speech.append(reply.onceSaved);
  const ssml = speech.toSsml();
  let reprompt: string | undefined;
  let state = reply.state;
  if (!reply.end && !reply.handoff) {
    reprompt = (reply.reprompt ?? reply.speech).toSsml();
    state = withSaid(delayedBy(reply.state, before.seconds), { speech: ssml, reprompt });
  }
  // Alexa takes over after the words (respond adds its directive): no screen of ours meanwhile.
  if (reply.handoff) return { ssml, reprompt, state, directives: [] };
  const directives = context.screen ? renderScreen(context, reply, state, before.seconds) : [];
  return { ssml, reprompt, state, directives };
}

/**
 * What a device with a screen shows for the reply. A screen that cannot be built costs the
 * screen, never the words: the answer (an emergency's above all) is still said, and the
 * failure is logged.
 */
function renderScreen(context: TurnContext, reply: CoachReply, state: SessionState, offset: number): Directive[] {
  try {
    const request = { t: context.t, device: context.screen!, state, display: reply.display, end: reply.end, brief: reply.progress.brief, offset };
    return loadScreens().screenDirectives(request) as unknown as Directive[];
  } catch (error) {
    console.error(JSON.stringify({ event: 'screenFailed', name: error instanceof Error ? error.name : 'unknown', message: error instanceof Error ? error.message : undefined }));
    return [];
  }
}

/** Whether a turn changed the record; most turns hand back the very same object, which sameJson answers first. */
function progressChanged(before: ProgressRecord, after: ProgressRecord): boolean {
  return !sameJson(after, before);
}

/** Whether what we hold for the user is in the store now: a store, a good read, nothing left unsaved. */
function progressIsStored(context: TurnContext): boolean {
  return Boolean(context.store) && context.storage.mode === 'ok' && !context.storage.unsaved;
}

/**
 * Keeps the record: written now when the change is material (see isMaterialChange), when
 * an earlier write failed, or when the session ends with minor changes waiting; minor
 * changes alone wait for the next write. `tell`: a failed write is told, once a session.
 */
async function persist(input: HandlerInput, progress: ProgressRecord, options: { tell: boolean; force: boolean }): Promise<void> {
  const context = getTurnContext(input);
  const changed = progressChanged(context.progressBefore, progress);
  const material = changed && isMaterialChange(context.progressBefore, progress);
  context.progress = progress;
  if (changed && !material) context.storage = { ...context.storage, deferred: true };
  // A failed save is worth a sentence only when this turn moved the user's own progress on:
  // a brand-new user whose "heard the note" flag did not save has lost nothing to be told about.
  if (material || context.storage.unsaved || (options.force && context.storage.deferred)) {
    await saveProgress(input, { tell: material && options.tell });
  }
}

/** For requests Alexa wants no speech for (session ended, system events): the record is kept, nothing said. */
export async function respondSilently(input: HandlerInput, progress?: ProgressRecord): Promise<Response> {
  const context = getTurnContext(input);
  await persist(input, progress ?? context.progress, { tell: false, force: true });
  return input.responseBuilder.getResponse();
}

/**
 * Writes the progress record when the store is readable (never after a failed read:
 * an empty record must not replace a good one). A failure leaves the record marked
 * unsaved, so the next turn tries again; with `tell`, the user hears about it, once per session.
 */
async function saveProgress(input: HandlerInput, options: { tell: boolean }): Promise<void> {
  const context = getTurnContext(input);
  if (!context.store || context.storage.mode !== 'ok') return;
  const result = await writeProgress(input.requestEnvelope, context);
  context.storage = { ...context.storage, unsaved: !result.ok, deferred: result.ok ? false : context.storage.deferred };
  if (!result.ok && options.tell && !context.storage.warned) {
    context.notices.push(context.t.text('storage.saveFailed'));
    context.storage = { ...context.storage, warned: true };
  }
}

function skillIdOf(input: HandlerInput): string {
  const envelope = input.requestEnvelope;
  return envelope.context?.System?.application?.applicationId ?? envelope.session?.application?.applicationId ?? '';
}

function storeSessionAttributes(input: HandlerInput): void {
  // A request without a session (a malformed or out-of-session envelope) has nowhere to keep state.
  if (!input.requestEnvelope.session) return;
  const { state, progress, timeZone, storage, automated } = getTurnContext(input);
  input.attributesManager.setSessionAttributes(sessionAttributesToSend({ state, progress, timeZone, storage, ...(automated ? { automated } : {}) }));
}
