import type { RequestEnvelope } from 'ask-sdk-model';

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
