import type { HandlerInput } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import type { CoachTurn } from '../coach/turn';
import { emptyProgress, readProgress, type ProgressRecord } from '../coach/progress';
import { INVALID, boolean, object, oneOf, optional, integer, string, type Reader } from '../coach/reader';
import { menu, parseSessionState, storeSessionState, type SessionState } from '../coach/session';
import type { ScreenDevice } from '../screens/lazy';
import type { ProgressStore, SavedRecord } from '../stores/progress-store';
import { sameJson } from '../coach/same-json';

/**
 * Everything a handler needs for one request, built once by the context interceptor:
 * the user's language, the request's clock, the session state and the stored progress.
 */
export interface TurnContext extends CoachTurn {
  /** The record as the turn found it, before anything this turn (hearing included) changed it. */
  progressBefore: ProgressRecord;
  /** Spoken before the reply: an apology for lost state, a storage problem. */
  notices: string[];
  storage: StorageStatus;
  store: ProgressStore | undefined;
  /** The device's screen, when it can show ours; undefined on every other device (which then gets speech alone). */
  screen: ScreenDevice | undefined;
  /** The time budget of one call to Alexa's Reminders API. */
  apiTimeoutMs: number;
}

/**
 * `ok`: loaded and writable. `none`: no store configured, progress lives for the session.
 * `unreadable`: the read failed, so we never write: an empty record must not replace a good one.
 */
type StorageStatus = {
  mode: 'ok' | 'none' | 'unreadable';
  /** A write failed: the next turn tries again. */
  unsaved: boolean;
  /** Only minor changes are waiting (see isMaterialChange): written with the next write or at the end. */
  deferred?: boolean;
  warned: boolean;
  /** The record as stored when this session last read or wrote it: its revision, the base of a merge, and whose it is. */
  saved?: SavedRecord;
};

export interface SessionAttributes {
  state: SessionState;
  progress: ProgressRecord;
  timeZone: string;
  storage: StorageStatus;
  /** Started by one of the user's Alexa Routines (see CoachTurn). */
  automated?: boolean;
}

/**
 * The attributes as they travel (sessionAttributesToSend): the state in its compact form,
 * read by parseSessionState, and the record as stored (the merge base,
 * `storage.saved.progress`) left out when it is the session's progress itself, as it is
 * after every good save: it then travels once, not twice, and is read once.
 */
type SentAttributes = Omit<SessionAttributes, 'state' | 'storage'> & {
  state: unknown;
  storage: Omit<StorageStatus, 'saved'> & { saved?: Omit<SavedRecord, 'progress'> & { progress?: ProgressRecord } };
};

const readSentAttributes: Reader<SentAttributes> = object<SentAttributes>({
  // Read by parseSessionState; but always there, as we send it.
  state: (raw) => (raw === undefined ? INVALID : raw),
  progress: readProgress,
  timeZone: string,
  automated: optional(boolean),
  storage: object({
    mode: oneOf(['ok', 'none', 'unreadable']),
    unsaved: boolean,
    deferred: optional(boolean),
    warned: boolean,
    saved: optional(object({ revision: integer(0), progress: optional(readProgress), person: optional(string) })),
  }),
});

const CONTEXT_KEY = 'coachTurn';

export function setTurnContext(input: HandlerInput, context: TurnContext): void {
  input.attributesManager.getRequestAttributes()[CONTEXT_KEY] = context;
}

export function getTurnContext(input: HandlerInput): TurnContext {
  const context: unknown = input.attributesManager.getRequestAttributes()[CONTEXT_KEY];
  if (!context) throw new Error('Turn context missing: the context interceptor did not run');
  return context as TurnContext;
}

export function hasTurnContext(input: HandlerInput): boolean {
  return Boolean(input.attributesManager?.getRequestAttributes()[CONTEXT_KEY]);
}

/**
 * Session attributes taken out of their envelope before ask-sdk sees it (see
 * createLambdaHandler): the SDK copies an envelope's attributes with JSON on every request,
 * a copy the skill never reads, and on a routine's turn that copy was the largest single cost
 * of a warm request (about 20 µs and 3 KiB, Node 24).
 */
const detached = new WeakMap<RequestEnvelope, unknown>();

/** The envelope as the SDK gets it, without its session attributes, which sessionAttributesOf then finds. */
export function detachSessionAttributes(envelope: RequestEnvelope): RequestEnvelope {
  const session = envelope.session;
  if (!session?.attributes) return envelope;
  const without = { ...envelope, session: { ...session, attributes: undefined } };
  detached.set(without, session.attributes);
  return without;
}

/** The attributes the request came with: taken out by detachSessionAttributes, or still in the envelope. */
export function sessionAttributesOf(envelope: RequestEnvelope): unknown {
  return detached.has(envelope) ? detached.get(envelope) : envelope.session?.attributes;
}

/** Reads what the previous turn left in the session, if it is ours and intact. */
export function readSessionAttributes(raw: unknown): { attributes?: SessionAttributes; recovered: boolean } {
  if (raw === undefined || raw === null || (typeof raw === 'object' && Object.keys(raw).length === 0)) {
    return { recovered: false };
  }
  const sent = readSentAttributes(raw);
  if (sent === INVALID) return { recovered: true };
  const { state, recovered } = parseSessionState(sent.state);
  const { progress, storage } = sent;
  const saved = storage.saved && { ...storage.saved, progress: storage.saved.progress ?? progress };
  return { attributes: { ...sent, state, storage: { ...storage, saved } }, recovered };
}

export function freshAttributes(timeZone: string, storage: StorageStatus, progress: ProgressRecord = emptyProgress()): SessionAttributes {
  return { state: menu(), progress, timeZone, storage };
}

/** The attributes as Alexa carries them to the next request (the state in its compact form, the merge base only when it differs). */
export function sessionAttributesToSend(attributes: SessionAttributes): Record<string, unknown> {
  const { storage, progress } = attributes;
  // A save hands back the record it wrote, so the same object is the common case (sameJson answers that first).
  const saved = storage.saved && sameJson(storage.saved.progress, progress) ? { ...storage.saved, progress: undefined } : storage.saved;
  return { ...attributes, state: storeSessionState(attributes.state), storage: { ...storage, saved } };
}

