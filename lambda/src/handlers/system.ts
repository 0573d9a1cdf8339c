import type { SkillHandler } from './skill-handler';
import { isStoreError } from '../stores/store-error';
import { getTurnContext } from '../voice/context';
import { CONVERSATION_REQUESTS, isRequestType } from '../voice/slots';

/**
 * Requests that expect no speech: Alexa reporting an error in our last response,
 * skill lifecycle events (a permission given or taken back among them: the next call to the
 * Reminders API says what it means), and any request type this skill does not use.
 */
export const SkillDisabledHandler: SkillHandler = {
  canHandle: (input) => isRequestType(input, 'AlexaSkillEvent.SkillDisabled'),
  handle: async (input) => {
    // The user removed the skill: their progress goes with it.
    const store = getTurnContext(input).store;
    const result = store ? await store.remove(input.requestEnvelope) : undefined;
    // Alexa does not resend the event, so a record left behind is only ever known from this log line
    // (which names the failure, never the user).
    if (result && !result.ok) console.error(JSON.stringify({ event: 'skillDisabledDeleteFailed', kind: storeErrorKind(result.error) }));
    return input.responseBuilder.getResponse();
  },
};

/**
 * A reminder the skill set was deleted (in the Alexa app, or because its permission went):
 * the account's record forgets its token, so nothing later acts on a reminder that is gone.
 * A person's record finds out the next time it reads the reminder (the API answers 404).
 */
export const ReminderDeletedHandler: SkillHandler = {
  canHandle: (input) => isRequestType(input, 'Reminders.ReminderDeleted'),
  handle: async (input) => {
    const { store, now } = getTurnContext(input);
    const body = (input.requestEnvelope.request as { body?: { alertTokens?: unknown } }).body;
    const tokens = Array.isArray(body?.alertTokens) ? body.alertTokens : [];
    if (!store || tokens.length === 0) return input.responseBuilder.getResponse();
    const loaded = await store.load(input.requestEnvelope, now);
    const token = loaded.ok && loaded.status !== 'newer' ? loaded.progress.reminder?.token : undefined;
    if (loaded.ok && token && tokens.includes(token)) {
      const saved = await store.save(input.requestEnvelope, { ...loaded.progress, reminder: undefined }, loaded.saved, now);
      if (!saved.ok) console.error(JSON.stringify({ event: 'reminderDeletedSaveFailed', kind: storeErrorKind(saved.error) }));
    }
    return input.responseBuilder.getResponse();
  },
};

function storeErrorKind(error: unknown): string {
  return isStoreError(error) ? error.kind : 'unknown';
}

export const SilentRequestHandler: SkillHandler = {
  canHandle: (input) => !isRequestType(input, ...CONVERSATION_REQUESTS),
  handle: (input) => input.responseBuilder.getResponse(),
};
