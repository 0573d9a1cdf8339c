import type { Translator } from '../localization/translator';
import { Speech } from '../speech/ssml';
import type { RoutineId } from './catalog';
import { routineName } from './narration';
import type { ProgressRecord } from './progress';
import { roundedTime, sayAt, type Schedule } from './reminders';
import { automationQuestion, menu, reminderQuestion, type ClosingOffer, type SessionState } from './session';
import type { CoachTurn } from './turn';

/**
 * The offers a routine's end makes to help the stretching become a habit: a daily
 * reminder at this time, or, once, adding the routine to the user's Alexa Routines. At
 * most one per routine's end, in place of "would you like another routine?", and skipped
 * by answering no or by saying anything else.
 */

/** A declined (or unanswered) reminder offer is made again only after this long. */
export const OFFER_AGAIN_AFTER_MS = 7 * 86_400_000;

const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];

/**
 * The offer for a routine that ends at `endsAt`, if any: a reminder to a user who has none,
 * never said yes to one, and was not offered one in the last week; otherwise the Alexa
 * Routines offer, if never made. None in a session an Alexa Routine started (the habit is
 * there), nor when the request cannot reach Alexa's APIs.
 */
export function closingOffer(turn: CoachTurn, progress: ProgressRecord, endsAt: number): ClosingOffer | undefined {
  if (turn.automated || !turn.alexaApis) return undefined;
  const time = roundedTime(endsAt, turn.timeZone);
  const offer = progress.reminderOffer;
  if (!progress.reminder && !offer?.accepted && (!offer || endsAt - offer.at >= OFFER_AGAIN_AFTER_MS)) return { kind: 'reminder', ...time };
  if (!progress.routineOffered) return { kind: 'automation', ...time };
  return undefined;
}

/** The schedule a reminder offer proposes: every day at the routine's time. */
export function offeredSchedule(offer: ClosingOffer): Schedule {
  return { days: EVERY_DAY, hour: offer.hour, minute: offer.minute };
}

/** The words of the offer, said last in the closing, and its reprompt. */
export function closingQuestion(t: Translator, offer: ClosingOffer, routine: RoutineId): { question: string; reprompt: string } {
  const at = sayAt(t, offer.hour, offer.minute);
  if (offer.kind === 'reminder') return { question: t.text('reminders.offer', { at }), reprompt: t.text('reminders.offerReprompt', { at }) };
  const name = routineName(t, routine);
  return { question: t.text('automation.offer', { name, at }), reprompt: t.text('automation.offerReprompt', { name, at }) };
}

/** Where an offer goes back to: the menu, its question "another routine?". */
function afterOffer(t: Translator): SessionState {
  const another = new Speech().say(t.text('finish.another')).toSsml();
  return menu({ speech: another, reprompt: another });
}

/**
 * Once the closing has been heard, its offer is the open question, and the record notes it
 * was made (so it is not made again too soon, whatever the answer).
 */
export function offerHeard(t: Translator, offer: ClosingOffer, routine: RoutineId, progress: ProgressRecord, now: number): { state: SessionState; progress: ProgressRecord } {
  const back = afterOffer(t) as Extract<SessionState, { kind: 'menu' }>;
  if (offer.kind === 'reminder') {
    const schedule = offeredSchedule(offer);
    return {
      state: reminderQuestion('offer', { kind: 'create', startTomorrow: true }, schedule.days, schedule, back),
      progress: { ...progress, reminderOffer: { at: now, accepted: false } },
    };
  }
  return { state: automationQuestion('offer', routine, offer, back), progress: { ...progress, routineOffered: true } };
}
