import type { RequestEnvelope, Slot } from 'ask-sdk-model';

/**
 * Request envelopes shaped as Alexa sends them, for tests and the local simulator.
 * Slot values carry entity resolution the way Alexa fills it: ER_SUCCESS_MATCH with
 * our id, or ER_SUCCESS_NO_MATCH when the words matched no value.
 */

export const APPLICATION_ID = 'amzn1.ask.skill.upper-back-coach-local';

export interface EnvelopeContext {
  userId: string;
  /** The person Alexa recognised by voice (a household with voice profiles); absent when no one was. */
  personId?: string;
  deviceId: string;
  sessionId: string;
  newSession: boolean;
  locale: string;
  timestamp: number;
  attributes?: Record<string, unknown>;
  applicationId?: string;
  requestCounter: number;
  /** Where the skill reaches Alexa's APIs; with an empty token (the default) it makes no call. */
  apiEndpoint?: string;
  apiAccessToken?: string;
}

export interface SlotFill {
  /** What the user said for the slot. */
  value: string;
  /** The resolved value id, or undefined for no match. */
  id?: string;
  slotType?: string;
}

export type RequestBody =
  | { type: 'LaunchRequest' }
  | { type: 'IntentRequest'; intent: string; slots?: Record<string, SlotFill> }
  | { type: 'SessionEndedRequest'; reason?: 'USER_INITIATED' | 'ERROR' | 'EXCEEDED_MAX_REPROMPTS' }
  | { type: string; [key: string]: unknown };

function slotOf(name: string, fill: SlotFill): Slot {
  const authority = `amzn1.er-authority.echo-sdk.${APPLICATION_ID}.${fill.slotType ?? name}`;
  return {
    name,
    value: fill.value,
    confirmationStatus: 'NONE',
    resolutions: {
      resolutionsPerAuthority: [
        fill.id
          ? { authority, status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: fill.value, id: fill.id } }] }
          : { authority, status: { code: 'ER_SUCCESS_NO_MATCH' } },
      ],
    },
  } as Slot;
}

export function buildEnvelope(context: EnvelopeContext, body: RequestBody): RequestEnvelope {
  const applicationId = context.applicationId ?? APPLICATION_ID;
  const common = {
    requestId: `amzn1.echo-api.request.${context.sessionId}.${context.requestCounter}`,
    timestamp: new Date(context.timestamp).toISOString(),
    locale: context.locale,
  };
  let request: Record<string, unknown>;
  if (body.type === 'IntentRequest' && 'intent' in body && typeof body.intent === 'string') {
    const slots = body.slots as Record<string, SlotFill> | undefined;
    request = {
      type: 'IntentRequest',
      ...common,
      dialogState: 'STARTED',
      intent: {
        name: body.intent,
        confirmationStatus: 'NONE',
        slots: Object.fromEntries(Object.entries(slots ?? {}).map(([name, fill]) => [name, slotOf(name, fill)])),
      },
    };
  } else {
    request = { ...body, ...common };
  }
  const application = { applicationId };
  const user = { userId: context.userId };
  return {
    version: '1.0',
    session: {
      new: context.newSession,
      sessionId: context.sessionId,
      application,
      user,
      attributes: context.attributes ?? {},
    },
    context: {
      System: {
        application,
        user,
        ...(context.personId === undefined ? {} : { person: { personId: context.personId } }),
        device: { deviceId: context.deviceId, supportedInterfaces: {} },
        apiEndpoint: context.apiEndpoint ?? 'https://api.amazonalexa.com',
        apiAccessToken: context.apiAccessToken ?? '',
      },
    },
    request,
  } as unknown as RequestEnvelope;
}
