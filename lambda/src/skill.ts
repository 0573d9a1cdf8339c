import { DefaultApiClient, SkillBuilders, type RequestHandler } from 'ask-sdk-core';
import type { SkillHandler } from './handlers/skill-handler';
import { ResumeHandler, NextHandler, PauseHandler, PreviousHandler, RepeatHandler, StartOverHandler } from './handlers/routine-controls';
import { NoHandler, YesHandler } from './handlers/answers';
import { SkillErrorHandler } from './handlers/error';
import { FallbackHandler } from './handlers/fallback';
import { HelpHandler } from './handlers/help';
import { RoutineProgressHandler } from './handlers/progress-query';
import { LaunchHandler } from './handlers/launch';
import { ListRoutinesHandler, StartRoutineHandler } from './handlers/routine-choice';
import { RedFlagInOtherWordsHandler, ReportSymptomHandler, SafetyQuestionHandler, TriageAnswerHandler } from './handlers/safety';
import { SessionEndedHandler } from './handlers/session-ended';
import { NavigateHomeHandler, StopHandler } from './handlers/stop';
import { ReminderDeletedHandler, SilentRequestHandler, SkillDisabledHandler } from './handlers/system';
import {
  AutomationResumedHandler,
  CancelReminderHandler,
  ChangeReminderHandler,
  ListRemindersHandler,
  PermissionAnswerHandler,
  ReminderAnswerHandler,
  SetReminderHandler,
} from './handlers/reminders';
import { SetVerbosityHandler } from './handlers/verbosity';
import { SetPaceHandler } from './handlers/pace';
import { TouchHandler } from './handlers/touch';
import { turnContextInterceptor } from './interceptors/turn-context';
import { createI18n, type I18n } from './localization/i18n';
import { progressStore } from './stores/progress-store';
import type { RecordStore } from './stores/record-store';

interface SkillOptions {
  /** Where progress is kept; without one, progress lasts for the session only. */
  store?: RecordStore;
  /** Requests for any other skill id are refused when set. */
  skillId?: string;
  i18n?: I18n;
  /** The time budget of one call to Alexa's Reminders API (tests shorten it). */
  apiTimeoutMs?: number;
}

/** Order matters: the first handler that can handle a request answers it; the fallback comes last. */
export const REQUEST_HANDLERS: readonly SkillHandler[] = [
  LaunchHandler,
  // A red flag in words another intent could not match is answered as the red flag it is.
  RedFlagInOtherWordsHandler,
  // The one question about the other signs takes whatever comes next as its answer.
  TriageAnswerHandler,
  // Alexa hands the conversation back: the answer to the permission request, the routine offer done.
  PermissionAnswerHandler,
  AutomationResumedHandler,
  // Yes or no to a reminder question or a routine offer, before the yes and no of the routine.
  ReminderAnswerHandler,
  SetReminderHandler,
  ChangeReminderHandler,
  ListRemindersHandler,
  CancelReminderHandler,
  StartRoutineHandler,
  ListRoutinesHandler,
  RoutineProgressHandler,
  // Before the routine controls: a symptom or a safety question is answered even mid-stretch.
  ReportSymptomHandler,
  SafetyQuestionHandler,
  NextHandler,
  PreviousHandler,
  RepeatHandler,
  StartOverHandler,
  PauseHandler,
  ResumeHandler,
  YesHandler,
  NoHandler,
  SetVerbosityHandler,
  SetPaceHandler,
  HelpHandler,
  StopHandler,
  NavigateHomeHandler,
  // A touch on the screen: answered by the same functions as the words it stands for.
  TouchHandler,
  SessionEndedHandler,
  SkillDisabledHandler,
  ReminderDeletedHandler,
  FallbackHandler,
  SilentRequestHandler,
];

/**
 * The handlers as the SDK sees them: one, which hands the request to the first of
 * REQUEST_HANDLERS that can handle it. The SDK would ask each handler in turn with an
 * `await` (a promise and a trip through the microtask queue for every handler before the
 * one that answers); the checks are synchronous, so one loop asks them. The SDK runs the
 * request interceptors (the turn context) before any handler either way.
 */
export function firstThatCanHandle(handlers: readonly SkillHandler[]): RequestHandler {
  return {
    canHandle: () => true,
    handle(input) {
      const handler = handlers.find((h) => h.canHandle(input));
      // The last handlers take anything, so this is a broken registry, answered by the error handler.
      if (!handler) throw new Error('No handler can handle the request');
      return handler.handle(input);
    },
  };
}

export function buildSkill(options: SkillOptions = {}) {
  const i18n = options.i18n ?? createI18n();
  const store = options.store ? progressStore(options.store) : undefined;
  const builder = SkillBuilders.custom()
    .addRequestHandlers(firstThatCanHandle(REQUEST_HANDLERS))
    .addRequestInterceptors(turnContextInterceptor(i18n, store, { apiTimeoutMs: options.apiTimeoutMs }))
    .addErrorHandlers(SkillErrorHandler)
    .withApiClient(new DefaultApiClient())
    .withCustomUserAgent('upper-back-coach');
  if (options.skillId) builder.withSkillId(options.skillId);
  return builder.create();
}
