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
  /** A device with a screen; without one the device is a speaker (no APL, no viewport). */
  screen?: ScreenContext;
  /** The permissions the user has given the skill, by scope (`context.System.user.permissions.scopes`). */
  scopes?: Record<string, 'GRANTED' | 'DENIED'>;
}

/** A device with a screen as its requests describe it: APL support, the viewport, and the document on screen. */
export interface ScreenContext {
  /** The APL runtime's `maxVersion`. */
  aplVersion: string;
  viewport: {
    shape: 'RECTANGLE' | 'ROUND';
    mode: 'HUB' | 'TV';
    /** In pixels; at 160 dpi a pixel is a dp. */
    pixelWidth: number;
    pixelHeight: number;
    dpi: number;
    touch: boolean;
  };
  /** The token of the skill's document on screen, which a device reports with every request while it shows. */
  visibleToken?: string;
}

/** What a device with a screen adds to a request's context. */
function screenContext(screen: ScreenContext): Record<string, unknown> {
  const { viewport } = screen;
  const context: Record<string, unknown> = {
    Viewport: {
      experiences: [{ arcMinuteWidth: 246, arcMinuteHeight: 144, canRotate: false, canResize: false }],
      mode: viewport.mode,
      shape: viewport.shape,
      pixelWidth: viewport.pixelWidth,
      pixelHeight: viewport.pixelHeight,
      currentPixelWidth: viewport.pixelWidth,
      currentPixelHeight: viewport.pixelHeight,
      dpi: viewport.dpi,
      touch: viewport.touch ? ['SINGLE'] : [],
      keyboard: viewport.mode === 'TV' ? ['DIRECTION'] : [],
      video: { codecs: ['H_264_42', 'H_264_41'] },
    },
  };
  if (screen.visibleToken) {
    context['Alexa.Presentation.APL'] = { token: screen.visibleToken, version: 'AplRuntime-1', componentsVisibleOnScreen: [] };
  }
  return context;
}

export interface SlotFill {
  /** What the user said for the slot. */
  value: string;
  /** The resolved value id, or undefined for no match. */
  id?: string;
  slotType?: string;
  /** A built-in type (AMAZON.TIME): Alexa sends its value in its own form and no entity resolution. */
  builtIn?: boolean;
}

export type RequestBody =
  | { type: 'LaunchRequest' }
  | { type: 'IntentRequest'; intent: string; slots?: Record<string, SlotFill> }
  | { type: 'SessionEndedRequest'; reason?: 'USER_INITIATED' | 'ERROR' | 'EXCEEDED_MAX_REPROMPTS' }
  | { type: 'Alexa.Presentation.APL.UserEvent'; token: string; arguments: unknown[] }
  | { type: string; [key: string]: unknown };

function slotOf(name: string, fill: SlotFill): Slot {
  if (fill.builtIn) return { name, value: fill.value, confirmationStatus: 'NONE' } as Slot;
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
  } else if (body.type === 'Alexa.Presentation.APL.UserEvent') {
    // A touch: SendEvent's arguments, and what sent them, as a device reports it.
    request = { type: body.type, ...common, token: body.token, arguments: body.arguments, source: { type: 'TouchWrapper', handler: 'Press', id: '' }, components: {} };
  } else {
    request = { ...body, ...common };
  }
  const application = { applicationId };
  const user = { userId: context.userId };
  const scopes = context.scopes && Object.fromEntries(Object.entries(context.scopes).map(([scope, status]) => [scope, { status }]));
  // The system's user carries the permissions (the session's user is the same user without them).
  const systemUser = scopes ? { ...user, permissions: { scopes } } : user;
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
        user: systemUser,
        ...(context.personId === undefined ? {} : { person: { personId: context.personId } }),
        device: {
          deviceId: context.deviceId,
          supportedInterfaces: context.screen ? { 'Alexa.Presentation.APL': { runtime: { maxVersion: context.screen.aplVersion } } } : {},
        },
        apiEndpoint: context.apiEndpoint ?? 'https://api.amazonalexa.com',
        apiAccessToken: context.apiAccessToken ?? '',
      },
      ...(context.screen ? screenContext(context.screen) : {}),
    },
    request,
  } as unknown as RequestEnvelope;
}
