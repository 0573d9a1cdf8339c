import type { HandlerInput } from 'ask-sdk-core';
import type { IntentRequest, Slot } from 'ask-sdk-model';

/** The intent name of an IntentRequest, or undefined for any other request. */
export function intentName(input: HandlerInput): string | undefined {
  const request = input.requestEnvelope.request;
  return request?.type === 'IntentRequest' ? (request as IntentRequest).intent?.name : undefined;
}

export function isIntent(input: HandlerInput, ...names: string[]): boolean {
  const name = intentName(input);
  return name !== undefined && names.includes(name);
}

/** A touch on the skill's screen (an APL `SendEvent`). */
export const TOUCH_REQUEST = 'Alexa.Presentation.APL.UserEvent';

/**
 * Requests that are part of a conversation and get a spoken answer: a launch, an intent, a
 * touch, and Alexa handing the conversation back (the answer to the permission request, the
 * session resumed after the Alexa Routines offer).
 */
export const CONVERSATION_REQUESTS: readonly string[] = ['LaunchRequest', 'IntentRequest', TOUCH_REQUEST, 'Connections.Response', 'SessionResumedRequest'];

/** The intents a reminder question takes as its answer; anything else leaves the question (see coach/session.ts leaveQuestion). */
export const REMINDER_ANSWERS: readonly string[] = ['AMAZON.YesIntent', 'AMAZON.NoIntent', 'SetReminderIntent', 'ChangeReminderIntent', 'AMAZON.FallbackIntent'];

/** Requests that carry Alexa's answer after a handoff (see coach/turn.ts Handoff). */
export const HANDOFF_ANSWERS: readonly string[] = ['Connections.Response', 'SessionResumedRequest'];

export function isRequestType(input: HandlerInput, ...types: string[]): boolean {
  const type = input.requestEnvelope.request?.type;
  return typeof type === 'string' && types.includes(type);
}

function slotOf(input: HandlerInput, name: string): Slot | undefined {
  const request = input.requestEnvelope.request;
  if (request?.type !== 'IntentRequest') return undefined;
  const slots = (request as IntentRequest).intent?.slots;
  return slots && typeof slots === 'object' ? slots[name] ?? undefined : undefined;
}

/**
 * The id Alexa's entity resolution matched for a slot (our language-neutral ids),
 * or undefined when the slot is empty or matched nothing.
 */
export function resolvedSlotId(input: HandlerInput, name: string): string | undefined {
  const authorities = slotOf(input, name)?.resolutions?.resolutionsPerAuthority;
  if (!Array.isArray(authorities)) return undefined;
  for (const authority of authorities) {
    if (authority?.status?.code !== 'ER_SUCCESS_MATCH') continue;
    const id = authority.values?.[0]?.value?.id;
    if (typeof id === 'string' && id) return id;
  }
  return undefined;
}

/** What the user said for the slot, matched or not, or undefined when they said nothing for it. */
export function slotWords(input: HandlerInput, name: string): string | undefined {
  const value = slotOf(input, name)?.value;
  return typeof value === 'string' && value.trim().length > 0 ? value : undefined;
}

/**
 * The words of every slot entity resolution matched to no value (ER_SUCCESS_NO_MATCH, or
 * no resolution at all), in any intent.
 */
export function unmatchedSlotWords(input: HandlerInput): string[] {
  const request = input.requestEnvelope.request;
  if (request?.type !== 'IntentRequest') return [];
  const slots = (request as IntentRequest).intent?.slots;
  if (!slots || typeof slots !== 'object') return [];
  const words: string[] = [];
  for (const name of Object.keys(slots)) {
    const value = slots[name]?.value;
    if (typeof value === 'string' && value.trim() && resolvedSlotId(input, name) === undefined) words.push(value);
  }
  return words;
}

/** Whether the user said something for the slot at all (matched or not). */
export function slotWasHeard(input: HandlerInput, name: string): boolean {
  const value = slotOf(input, name)?.value;
  return typeof value === 'string' && value.trim().length > 0;
}
