import type { Translator } from '../localization/translator';
import type { RoutineId } from './catalog';
import type { Display } from './display';
import type { Speech } from '../speech/ssml';
import type { ProgressRecord } from './progress';
import type { SessionState } from './session';

/**
 * One request as the pure coach sees it: the language, the request's clock and the
 * user's time zone, the session state and the stored progress. Coach functions take a
 * turn and return a reply; handlers only pick which one to call.
 */
export interface CoachTurn {
  t: Translator;
  now: number;
  timeZone: string;
  state: SessionState;
  progress: ProgressRecord;
  /** What will be said before the reply (an apology, a notice, the first-use note): room a long narration must leave. */
  preamble?: { seconds: number; chars: number };
  /** The session was started by one of the user's Alexa Routines (the StartRoutine task): no habit offers. */
  automated?: boolean;
  /** The request can reach Alexa's APIs (it carries an access token): without them nothing can be set, so nothing is offered. */
  alexaApis?: boolean;
}

/**
 * The conversation handed to Alexa for a moment, the session waiting for the answer:
 * Alexa asks the user for the reminders permission (it answers with a
 * Connections.Response), or offers an Alexa Routine that starts `routine` on weekdays at
 * a time (the session resumes with a SessionResumedRequest).
 */
export type Handoff = { kind: 'remindersPermission' } | { kind: 'automation'; routine: RoutineId; hour: number; minute: number };

export interface CoachReply {
  state: SessionState;
  progress: ProgressRecord;
  speech: Speech;
  /** Present when the session stays open. */
  reprompt?: Speech;
  end: boolean;
  /** Said last, and only if the progress is safely stored ("I'll remember where you stopped"). */
  onceSaved?: Speech;
  /** Words that must come first (an emergency): storage notices are left out. */
  urgent?: boolean;
  /** What a screen shows, where the state does not say it (see display.ts). */
  display?: Display;
  /** Alexa takes over after these words (no reprompt, no screen): see Handoff. */
  handoff?: Handoff;
  /** A card in the Alexa app where the user can allow reminders (the fallback when asking by voice cannot be done). */
  permissionCard?: boolean;
}
