import { getDeviceId, type HandlerInput } from 'ask-sdk-core';
import { FALLBACK_TIME_ZONE, isValidTimeZone } from '../coach/calendar';

/** The settings API answers in well under a second; past this, UTC is good enough for "yesterday". */
const TIME_ZONE_TIMEOUT_MS = 800;

/**
 * The device's time zone from the Alexa settings API. Any failure (no permission,
 * no API endpoint in a local run, a slow network) falls back to UTC rather than
 * holding up the user's turn.
 */
export async function lookUpTimeZone(input: HandlerInput, timeoutMs = TIME_ZONE_TIMEOUT_MS): Promise<string> {
  const factory = input.serviceClientFactory;
  const system = input.requestEnvelope.context?.System;
  if (!factory || !system?.apiAccessToken || !system.apiEndpoint) return FALLBACK_TIME_ZONE;
  let timer: NodeJS.Timeout | undefined;
  try {
    const deviceId = getDeviceId(input.requestEnvelope);
    if (!deviceId) return FALLBACK_TIME_ZONE;
    const timeout = new Promise<string>((resolve) => {
      timer = setTimeout(() => resolve(FALLBACK_TIME_ZONE), timeoutMs);
    });
    const zone = await Promise.race([factory.getUpsServiceClient().getSystemTimeZone(deviceId), timeout]);
    return isValidTimeZone(zone) ? zone : FALLBACK_TIME_ZONE;
  } catch {
    return FALLBACK_TIME_ZONE;
  } finally {
    if (timer) clearTimeout(timer);
  }
}
