import type { RequestEnvelope } from 'ask-sdk-model';
import type { RecordKey } from './record-store';

/**
 * The Alexa user id that keys a persisted record. `context.System` is present on
 * every request (including ones outside a session, e.g. audio player events);
 * `session` is the fallback for hand-built test envelopes that omit `context`.
 */
export function userIdOf(envelope: RequestEnvelope): string {
  const userId = envelope.context?.System?.user?.userId ?? envelope.session?.user?.userId;
  if (!userId) {
    throw new Error('Cannot find a user id in the request envelope');
  }
  return userId;
}

/** The person Alexa recognised by voice (households with voice profiles), if any. */
export function personIdOf(envelope: RequestEnvelope): string | undefined {
  const personId = envelope.context?.System?.person?.personId;
  return typeof personId === 'string' && personId ? personId : undefined;
}

/** Whose progress this request is about: the recognised person on the account, or the account. */
export function recordKeyOf(envelope: RequestEnvelope): RecordKey {
  const person = personIdOf(envelope);
  return person === undefined ? { account: userIdOf(envelope) } : { account: userIdOf(envelope), person };
}
