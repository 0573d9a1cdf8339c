import { Speech } from '../speech/ssml';
import { aside } from './asides';
import { routineName } from './narration';
import { sayAt, sayWhen, type Schedule } from './reminders';
import { automationQuestion, reminderQuestion, type AutomationQuestion, type ReminderAction, type ReminderQuestion, type Resumable } from './session';
import type { CoachReply, CoachTurn } from './turn';

/**
 * The conversation about a stretch reminder and the Alexa Routines offer, as replies: the
 * questions (when? shall I set it?), the answers once Alexa's APIs have answered, and the
 * way back to where the user was. The calls to the APIs are the handlers' (handlers/reminders.ts).
 */

const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];

/** The schedule of a question that has its time; days default to every day ("remind me at 3 pm"). */
export function scheduleOf(question: Pick<ReminderQuestion, 'days' | 'time'>): Schedule | undefined {
  return question.time && { days: question.days ?? EVERY_DAY, hour: question.time.hour, minute: question.time.minute };
}

/** The question a reminder or routine offer is waiting on, said again (a reprompt, or after words not understood). */
export function reminderReprompt(turn: CoachTurn, state: ReminderQuestion | AutomationQuestion): Speech | undefined {
  const { t } = turn;
  if (state.kind === 'automation') {
    if (state.step !== 'offer') return undefined;
    return new Speech().say(t.text('automation.offerReprompt', { name: routineName(t, state.routine), at: sayAt(t, state.hour, state.minute) }));
  }
  const schedule = scheduleOf(state);
  switch (state.step) {
    case 'offer':
      return schedule && new Speech().say(t.text('reminders.offerReprompt', { at: sayAt(t, schedule.hour, schedule.minute) }));
    case 'time':
      return new Speech().say(t.text(state.action.kind === 'update' ? 'reminders.askChangeReprompt' : 'reminders.askTimeReprompt'));
    case 'confirm':
      return schedule && new Speech().say(t.text(state.action.kind === 'update' ? 'reminders.confirmChangeReprompt' : 'reminders.confirmReprompt', { when: sayWhen(t, schedule) }));
    case 'consent':
      return undefined;
  }
}

/** Says `lead`, and goes back to where the user was with its question ("Which routine?", "Say continue to go back to ..."). */
export function backTo(turn: CoachTurn, back: Resumable, lead: Speech, extras: Partial<Pick<CoachReply, 'permissionCard' | 'progress'>> = {}): CoachReply {
  const reply = aside({ ...turn, state: back, progress: extras.progress ?? turn.progress }, lead);
  return extras.permissionCard ? { ...reply, permissionCard: true } : reply;
}

/**
 * No to the offer a routine's closing made (a reminder, or the Alexa Routine): it stood in
 * for "would you like another routine?", so no ends the session as no to that did. The
 * offer was noted as made when the closing was heard (habit.ts offerHeard).
 */
export function closingOfferDeclined(turn: CoachTurn, question: ReminderQuestion | AutomationQuestion): CoachReply {
  return { state: question.back, progress: turn.progress, speech: new Speech().say(turn.t.text('stop.goodbye')), end: true };
}

/** "When would you like it?" (a new reminder), or "What time should your reminder be?" (a change). */
export function askWhen(turn: CoachTurn, action: ReminderAction, days: readonly number[] | undefined, back: Resumable, lead: Speech = new Speech()): CoachReply {
  const { t } = turn;
  const state = reminderQuestion('time', action, days, undefined, back);
  const key = action.kind === 'update' ? 'reminders.askChange' : 'reminders.askTime';
  return { state, progress: turn.progress, speech: lead.say(t.text(key)), reprompt: reminderReprompt(turn, state), end: false };
}

/** The days and time said back before anything is set or changed: "A stretch reminder every weekday at 10 in the morning. Shall I set it?" */
export function askToConfirm(turn: CoachTurn, action: ReminderAction, schedule: Schedule, back: Resumable, lead: Speech = new Speech()): CoachReply {
  const { t } = turn;
  const state = reminderQuestion('confirm', action, schedule.days, schedule, back);
  const key = action.kind === 'update' ? 'reminders.confirmChange' : 'reminders.confirm';
  return { state, progress: turn.progress, speech: lead.say(t.text(key, { when: sayWhen(t, schedule) })), reprompt: reminderReprompt(turn, state), end: false };
}

/** Alexa asks for the reminders permission (AskFor); the question waits, with what to set, for its answer. */
export function askForPermission(turn: CoachTurn, question: ReminderQuestion): CoachReply {
  const state = reminderQuestion('consent', question.action, question.days, question.time, question.back);
  return { state, progress: turn.progress, speech: new Speech().say(turn.t.text('reminders.askPermission')), end: false, handoff: { kind: 'remindersPermission' } };
}

/** The reminder is set (or changed): the days and the time said back, then on where the user was. */
export function reminderSet(turn: CoachTurn, question: ReminderQuestion, schedule: Schedule, token: string, changed: boolean): CoachReply {
  const { t } = turn;
  let progress = { ...turn.progress, reminder: { token } };
  if (question.action.kind === 'create') {
    // A reminder set (from the end-of-routine offer or asked for) ends the offers for good.
    progress = { ...progress, reminderOffer: { at: turn.now, accepted: true } };
  }
  const words = t.text(changed ? 'reminders.changed' : 'reminders.set', { when: sayWhen(t, schedule) });
  return backTo(turn, question.back, new Speech().say(words), { progress });
}

/** The Alexa Routines offer, made by Alexa itself: the session resumes when the user has answered it. */
export function offerAutomation(turn: CoachTurn, question: AutomationQuestion): CoachReply {
  const state = automationQuestion('pending', question.routine, question, question.back);
  return {
    state,
    progress: turn.progress,
    speech: new Speech().say(turn.t.text('answer.ok')),
    end: false,
    handoff: { kind: 'automation', routine: question.routine, hour: question.hour, minute: question.minute },
  };
}

/** What became of the routine offer, then on where the user was. */
export function automationAnswered(turn: CoachTurn, question: AutomationQuestion, outcome: 'created' | 'exists' | 'rejected' | 'failed'): CoachReply {
  const { t } = turn;
  const words = t.text(`automation.${outcome}`, { name: routineName(t, question.routine), at: sayAt(t, question.hour, question.minute) });
  return backTo(turn, question.back, new Speech().say(words));
}
