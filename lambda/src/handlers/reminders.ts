import type { HandlerInput } from 'ask-sdk-core';
import type { SkillHandler } from './skill-handler';
import {
  askForPermission,
  askToConfirm,
  askWhen,
  automationAnswered,
  backTo,
  closingOfferDeclined,
  offerAutomation,
  reminderSet,
  scheduleOf,
} from '../coach/reminder-flow';
import { daysFromIds, reminderIsOn, reminderSeparator, reminderRequest, sayWhen, scheduleOfReminder, timeFromSlot, type Schedule } from '../coach/reminders';
import { resumable, type AutomationQuestion, type ReminderQuestion, type Resumable } from '../coach/session';
import type { CoachReply } from '../coach/turn';
import { remindersApi, remindersGranted, type ReminderFault, type RemindersApi } from '../services/reminders';
import { Speech } from '../speech/ssml';
import { getTurnContext, hasTurnContext, type TurnContext } from '../voice/context';
import { respond } from '../voice/respond';
import { isIntent, isRequestType, resolvedSlotId, slotWords } from '../voice/slots';

/**
 * Stretch reminders by voice: "remind me to stretch every weekday at 10", "what reminders
 * do I have", "change my reminder to 11", "cancel my stretch reminder", the yes or no to
 * a reminder question or to the end-of-routine offers, and what comes back from Alexa when
 * it asked the user for the reminders permission (Connections.Response) or offered an
 * Alexa Routine (SessionResumedRequest). Each answer goes back to where the user was: the
 * menu, the resume offer, or the routine at rest.
 */

function whereFrom(turn: TurnContext): Resumable {
  return resumable(turn.state) ?? { kind: 'menu' };
}

/** The days and time the request names, on top of what the question already knew. */
function heardSchedule(input: HandlerInput, known?: Pick<ReminderQuestion, 'days' | 'time'>) {
  const days = daysFromIds([resolvedSlotId(input, 'days'), resolvedSlotId(input, 'moreDays')], getTurnContext(input).t.locale) ?? known?.days;
  const time = timeFromSlot(slotWords(input, 'time')) ?? known?.time;
  return { days, time };
}

function faultReply(turn: TurnContext, back: Resumable, fault: ReminderFault, read: boolean): CoachReply {
  const key = fault === 'timeout' && read ? 'timeoutRead' : fault === 'notFound' ? 'failed' : fault;
  // Refused: the permission is missing or was taken back; the card is where it is given again.
  return backTo(turn, back, new Speech().say(turn.t.text(`reminders.faults.${key}`)), { permissionCard: fault === 'denied' });
}

/** Without the permission nothing can be read or changed: say so, with the card that gives it. */
function noPermission(turn: TurnContext): CoachReply {
  return backTo(turn, whereFrom(turn), new Speech().say(turn.t.text('reminders.noPermission')), { permissionCard: true });
}

/** A local run without Alexa's API (nothing to call): as if it failed. */
function apiOf(input: HandlerInput): RemindersApi | undefined {
  return remindersApi(input, getTurnContext(input).apiTimeoutMs);
}

const forget = (turn: TurnContext) => ({ ...turn.progress, reminder: undefined });

/**
 * Where list, change and cancel start: the turn, where to go back to, and Alexa's reminders
 * API; or the answer when the permission is missing or there is no API to call.
 */
function readyToRead(input: HandlerInput): { turn: TurnContext; back: Resumable; api: RemindersApi } | { reply: CoachReply } {
  const turn = getTurnContext(input);
  const back = whereFrom(turn);
  if (!remindersGranted(input.requestEnvelope)) return { reply: noPermission(turn) };
  const api = apiOf(input);
  if (!api) return { reply: faultReply(turn, back, 'failed', true) };
  return { turn, back, api };
}

/** The user's stretch reminder: the one whose token is kept, or the only one the skill has set, with its schedule. */
async function findReminder(
  api: RemindersApi,
  turn: TurnContext,
): Promise<{ ok: true; token: string | undefined; schedule?: Schedule; gone: boolean } | { ok: false; fault: ReminderFault }> {
  const kept = turn.progress.reminder?.token;
  if (kept) {
    const found = await api.get(kept);
    if (found.ok) return { ok: true, token: kept, schedule: scheduleOfReminder(found.value), gone: false };
    if (found.fault !== 'notFound') return found;
  }
  // None kept (or it is gone): the skill's only reminder for this account is the one meant.
  const listed = await api.list();
  if (!listed.ok) return listed;
  const on = listed.value.filter(reminderIsOn);
  const only = on.length === 1 ? (on[0] as { alertToken?: unknown }) : undefined;
  if (only && typeof only.alertToken === 'string') return { ok: true, token: only.alertToken, schedule: scheduleOfReminder(only), gone: false };
  return { ok: true, token: undefined, gone: Boolean(kept) };
}

/**
 * Sets (or, for a change or a user who has one already, changes) the reminder the question
 * names. Without the permission, Alexa asks for it first; once it is given, this runs again.
 */
async function setReminder(input: HandlerInput, turn: TurnContext, question: ReminderQuestion, granted: boolean): Promise<CoachReply> {
  const schedule = scheduleOf(question);
  if (!schedule) return askWhen(turn, question.action, question.days, question.back);
  if (!granted) return askForPermission(turn, question);
  const api = apiOf(input);
  if (!api) return faultReply(turn, question.back, 'failed', false);
  const { t } = turn;
  const request = reminderRequest(schedule, {
    now: turn.now,
    timeZone: turn.timeZone,
    locale: t.locale,
    text: t.text('reminders.spoken'),
    startTomorrow: question.action.kind === 'create' && question.action.startTomorrow,
  });
  // One stretch reminder per user: a new one replaces the one kept, which a change changes.
  const existing = question.action.kind === 'update' ? question.action.token : turn.progress.reminder?.token;
  if (existing) {
    const updated = await api.update(existing, request);
    if (updated.ok) return reminderSet(turn, question, schedule, existing, true);
    if (updated.fault !== 'notFound') return faultReply(turn, question.back, updated.fault, false);
  }
  const created = await api.create(request);
  if (!created.ok) return faultReply(turn, question.back, created.fault, false);
  return reminderSet(turn, question, schedule, created.value, false);
}

/** "Remind me to stretch every weekday at 10", "set a stretch reminder", or a time said when asked for one. */
export const SetReminderHandler: SkillHandler = {
  canHandle: (input) => isIntent(input, 'SetReminderIntent'),
  handle: (input) => {
    const turn = getTurnContext(input);
    const asked = turn.state.kind === 'reminder' && turn.state.step !== 'consent' ? turn.state : undefined;
    const { days, time } = heardSchedule(input, asked);
    const action = asked?.action ?? { kind: 'create' as const, startTomorrow: false };
    const back = whereFrom(turn);
    if (!time) return respond(input, askWhen(turn, action, days, back));
    return respond(input, askToConfirm(turn, action, { days: days ?? [0, 1, 2, 3, 4, 5, 6], ...time }, back));
  },
};

/** "Change my reminder to 11", "move my reminder to weekdays": the reminder's days and time, with what changes, said back first. */
export const ChangeReminderHandler: SkillHandler = {
  canHandle: (input) => isIntent(input, 'ChangeReminderIntent'),
  handle: async (input) => {
    const ready = readyToRead(input);
    if ('reply' in ready) return respond(input, ready.reply);
    const { turn, back, api } = ready;
    const heard = heardSchedule(input);
    const found = await findReminder(api, turn);
    if (!found.ok) return respond(input, faultReply(turn, back, found.fault, true));
    if (!found.token) {
      // Nothing to change: a time said is a new reminder, to be confirmed like any.
      const lead = new Speech().say(turn.t.text(found.gone ? 'reminders.gone' : 'reminders.nothingToChange'));
      const reply = heard.time
        ? askToConfirm(turn, { kind: 'create', startTomorrow: false }, { days: heard.days ?? [0, 1, 2, 3, 4, 5, 6], ...heard.time }, back, lead)
        : askWhen(turn, { kind: 'create', startTomorrow: false }, heard.days, back, lead);
      return respond(input, { ...reply, progress: forget(turn) });
    }
    const current = found.schedule;
    const progress = { ...turn.progress, reminder: { token: found.token } };
    const action = { kind: 'update' as const, token: found.token };
    const time = heard.time ?? (heard.days && current ? { hour: current.hour, minute: current.minute } : undefined);
    const days = heard.days ?? current?.days;
    if (!time) return respond(input, { ...askWhen({ ...turn, progress }, action, days, back), progress });
    return respond(input, { ...askToConfirm({ ...turn, progress }, action, { days: days ?? [0, 1, 2, 3, 4, 5, 6], ...time }, back), progress });
  },
};

/** "What reminders do I have": the skill's reminders for this account, said with their days and times. */
export const ListRemindersHandler: SkillHandler = {
  canHandle: (input) => isIntent(input, 'ListRemindersIntent'),
  handle: async (input) => {
    const ready = readyToRead(input);
    if ('reply' in ready) return respond(input, ready.reply);
    const { turn, back, api } = ready;
    const { t } = turn;
    const listed = await api.list();
    if (!listed.ok) return respond(input, faultReply(turn, back, listed.fault, true));
    const on = listed.value.filter(reminderIsOn) as { alertToken?: unknown }[];
    const kept = turn.progress.reminder?.token;
    // The one kept was deleted in the Alexa app: forgotten.
    const progress = kept && !on.some((r) => r.alertToken === kept) ? forget(turn) : turn.progress;
    const said = on.map((r) => {
      const schedule = scheduleOfReminder(r);
      return schedule ? sayWhen(t, schedule) : t.text('reminders.oneOff');
    });
    const words =
      said.length === 0
        ? t.text('reminders.listNone')
        : said.length === 1
          ? t.text('reminders.listOne', { when: said[0]! })
          : t.text('reminders.listMany', { count: said.length, list: said.join(reminderSeparator(t.locale)) });
    return respond(input, backTo(turn, back, new Speech().say(words), { progress }));
  },
};

/** "Cancel my stretch reminder": deleted, and said which one it was. */
export const CancelReminderHandler: SkillHandler = {
  canHandle: (input) => isIntent(input, 'CancelReminderIntent'),
  handle: async (input) => {
    const ready = readyToRead(input);
    if ('reply' in ready) return respond(input, ready.reply);
    const { turn, back, api } = ready;
    const { t } = turn;
    const found = await findReminder(api, turn);
    if (!found.ok) return respond(input, faultReply(turn, back, found.fault, true));
    if (!found.token) {
      const words = t.text(found.gone ? 'reminders.gone' : 'reminders.nothingToCancel');
      return respond(input, backTo(turn, back, new Speech().say(words), { progress: forget(turn) }));
    }
    const removed = await api.remove(found.token);
    // Deleted meanwhile: what the user wanted.
    if (!removed.ok && removed.fault !== 'notFound') return respond(input, faultReply(turn, back, removed.fault, false));
    const words = found.schedule ? t.text('reminders.cancelled', { when: sayWhen(t, found.schedule) }) : t.text('reminders.cancelledPlain');
    return respond(input, backTo(turn, back, new Speech().say(words), { progress: forget(turn) }));
  },
};

/** Yes or no to a reminder question (the end-of-routine offer, "shall I set it?") or to the Alexa Routines offer. */
export const ReminderAnswerHandler: SkillHandler = {
  canHandle: (input) => {
    if (!isIntent(input, 'AMAZON.YesIntent', 'AMAZON.NoIntent') || !hasTurnContext(input)) return false;
    const { state } = getTurnContext(input);
    return (state.kind === 'reminder' && state.step !== 'consent') || (state.kind === 'automation' && state.step === 'offer');
  },
  handle: async (input) => {
    const turn = getTurnContext(input);
    const { t } = turn;
    const state = turn.state as ReminderQuestion | AutomationQuestion;
    const yes = isIntent(input, 'AMAZON.YesIntent');
    // No to a closing's offer is no to "another routine?", which it stood in for: goodbye.
    if (!yes && state.step === 'offer') return respond(input, closingOfferDeclined(turn, state));
    if (state.kind === 'automation') return respond(input, offerAutomation(turn, state));
    if (!yes) return respond(input, backTo(turn, state.back, new Speech().say(t.text('reminders.notSet'))));
    if (state.step === 'time') return respond(input, askWhen(turn, state.action, state.days, state.back));
    return respond(input, await setReminder(input, turn, state, remindersGranted(input.requestEnvelope)));
  },
};

/** The payload of a Connections.Response, without trusting its shape. */
function connectionAnswer(input: HandlerInput): { name: unknown; code: unknown; status: unknown } {
  const request = input.requestEnvelope.request as { name?: unknown; status?: { code?: unknown }; payload?: { status?: unknown } };
  return { name: request.name, code: request.status?.code, status: request.payload?.status };
}

/**
 * Alexa's answer to the permission request: accepted, the reminder is set as agreed;
 * denied or not answered, how to allow it later, with the card for it; a failed request
 * (a device that cannot ask by voice), the card alone. Then back to where the user was.
 */
export const PermissionAnswerHandler: SkillHandler = {
  canHandle: (input) => isRequestType(input, 'Connections.Response') && connectionAnswer(input).name === 'AskFor',
  handle: async (input) => {
    const turn = getTurnContext(input);
    const { t } = turn;
    const answer = connectionAnswer(input);
    const question = turn.state.kind === 'reminder' && turn.state.step === 'consent' ? turn.state : undefined;
    const back = question?.back ?? whereFrom(turn);
    if (String(answer.code) !== '200') return respond(input, backTo(turn, back, new Speech().say(t.text('reminders.permissionCard')), { permissionCard: true }));
    if (answer.status === 'ACCEPTED') {
      if (question) return respond(input, await setReminder(input, turn, question, true));
      return respond(input, askWhen(turn, { kind: 'create', startTomorrow: false }, undefined, back));
    }
    const key = answer.status === 'DENIED' ? 'reminders.permissionDenied' : 'reminders.permissionNotAnswered';
    return respond(input, backTo(turn, back, new Speech().say(t.text(key)), { permissionCard: true }));
  },
};

/** The Alexa Routines offer is over: the session resumes, and the skill says what happened. */
export const AutomationResumedHandler: SkillHandler = {
  canHandle: (input) => isRequestType(input, 'SessionResumedRequest'),
  handle: (input) => {
    const turn = getTurnContext(input);
    const cause = (input.requestEnvelope.request as { cause?: { status?: { code?: unknown }; result?: unknown } }).cause;
    const result = cause?.result as { offerAutomationResponse?: { reason?: unknown }; reason?: unknown } | undefined;
    const reason = result?.offerAutomationResponse?.reason ?? result?.reason;
    const code = String(cause?.status?.code ?? '');
    const outcome = code === '200' ? 'created' : reason === 'AUTOMATION_ALREADY_ENABLED' ? 'exists' : reason === 'REJECTED_BY_CUSTOMER' ? 'rejected' : 'failed';
    if (turn.state.kind === 'automation') return respond(input, automationAnswered(turn, turn.state, outcome));
    // Resumed without the offer in the session: nothing to say but where the user is.
    return respond(input, backTo(turn, whereFrom(turn), new Speech()));
  },
};
