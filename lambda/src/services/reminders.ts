import type { HandlerInput } from 'ask-sdk-core';
import type { RequestEnvelope, services } from 'ask-sdk-model';
import { REMINDERS_SCOPE, type ReminderRequest } from '../coach/reminders';

/**
 * Alexa's Reminders API (`/v1/alerts/reminders` at the request's `apiEndpoint`, with its
 * `apiAccessToken`), through ask-sdk-core's reminder service client. Each call has a time
 * budget, and every way it can fail becomes one of a few faults the skill has words for;
 * nothing here throws. Only the reminder handlers import this module, so a routine's
 * requests never load it.
 */

/**
 * `denied`: Alexa refused (401, 403: no permission, or it was revoked); `rejected`: it
 * would not take the request (400); `notFound`: no such reminder (404: deleted in the Alexa
 * app); `throttled`: too many calls (429); `failed`: any other answer or no connection;
 * `timeout`: no answer within the time budget.
 */
export type ReminderFault = 'denied' | 'rejected' | 'notFound' | 'throttled' | 'failed' | 'timeout';

export type ApiResult<T> = { ok: true; value: T } | { ok: false; fault: ReminderFault };

/**
 * Per call. Alexa waits 8 s for the whole answer, and storage takes its own share: a turn's
 * calls (up to three: read, list, then change or delete) share twice this between them.
 */
export const REMINDERS_TIMEOUT_MS = 2000;

export interface RemindersApi {
  /** Sets a reminder; its token. */
  create(request: ReminderRequest): Promise<ApiResult<string>>;
  get(token: string): Promise<ApiResult<unknown>>;
  /** Every reminder this skill has set for the user (on any of their devices). */
  list(): Promise<ApiResult<unknown[]>>;
  update(token: string, request: ReminderRequest): Promise<ApiResult<void>>;
  remove(token: string): Promise<ApiResult<void>>;
}

/** Whether the user has granted the skill the reminders permission, as this request says (the access token is there either way). */
export function remindersGranted(envelope: RequestEnvelope): boolean {
  const scopes = envelope.context?.System?.user?.permissions?.scopes;
  return scopes?.[REMINDERS_SCOPE]?.status === 'GRANTED';
}

function faultOf(error: unknown): ReminderFault {
  const status = typeof error === 'object' && error !== null ? (error as { statusCode?: unknown }).statusCode : undefined;
  if (status === 401 || status === 403) return 'denied';
  if (status === 400) return 'rejected';
  if (status === 404) return 'notFound';
  if (status === 429) return 'throttled';
  return 'failed';
}

const TIMED_OUT = Symbol('timeout');

/**
 * The API for this request, or undefined when the request carries no way to reach it (no
 * endpoint or token: a local run without the fake API).
 */
export function remindersApi(input: HandlerInput, timeoutMs: number = REMINDERS_TIMEOUT_MS): RemindersApi | undefined {
  const system = input.requestEnvelope.context?.System;
  const factory = input.serviceClientFactory;
  if (!factory || !system?.apiEndpoint || !system.apiAccessToken) return undefined;
  const client = factory.getReminderManagementServiceClient();
  const deadline = Date.now() + 2 * timeoutMs;

  async function call<T>(operation: string, run: () => Promise<T>): Promise<ApiResult<T>> {
    let timer: NodeJS.Timeout | undefined;
    // The wall clock, not the request's: this is time spent waiting within the turn.
    const budget = Math.min(timeoutMs, deadline - Date.now());
    if (budget <= 0) return fail(operation, 'timeout');
    try {
      const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
        timer = setTimeout(() => resolve(TIMED_OUT), budget);
      });
      const answer = await Promise.race([run(), timeout]);
      if (answer === TIMED_OUT) return fail(operation, 'timeout');
      return { ok: true, value: answer as T };
    } catch (error) {
      return fail(operation, faultOf(error), error);
    } finally {
      if (timer) clearTimeout(timer);
    }
  }

  return {
    create: (request) =>
      call('create', async () => {
        const answer = await client.createReminder(asSdkRequest(request));
        if (typeof answer?.alertToken !== 'string' || !answer.alertToken) throw new Error('No alertToken in the answer');
        return answer.alertToken;
      }),
    get: (token) => call('get', () => client.getReminder(token)),
    list: () =>
      call('list', async () => {
        const answer = await client.getReminders();
        return Array.isArray(answer?.alerts) ? (answer.alerts as unknown[]) : [];
      }),
    update: (token, request) =>
      call('update', async () => {
        await client.updateReminder(token, asSdkRequest(request));
      }),
    remove: (token) => call('delete', () => client.deleteReminder(token)),
  };
}

/** The body as the SDK types it (a compile-time check that ours has its shape). */
function asSdkRequest(request: ReminderRequest): services.reminderManagement.ReminderRequest {
  return request;
}

/** A fault is logged with the call and the status, never the user or the token. */
function fail(operation: string, fault: ReminderFault, error?: unknown): { ok: false; fault: ReminderFault } {
  const status = typeof error === 'object' && error !== null ? (error as { statusCode?: unknown }).statusCode : undefined;
  if (fault !== 'notFound') console.error(JSON.stringify({ event: 'remindersFailed', operation, fault, status: typeof status === 'number' ? status : undefined }));
  return { ok: false, fault };
}
