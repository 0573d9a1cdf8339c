import type { Translator } from '../localization/translator';
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
}

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
}
