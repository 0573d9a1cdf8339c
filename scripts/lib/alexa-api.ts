import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for Alexa's APIs on 127.0.0.1, for the tests and the local simulator: the
 * device time zone (GET /v2/devices/{deviceId}/settings/System.timeZone) and the
 * Reminders API (/v1/alerts/reminders). It checks what Alexa checks (the bearer token,
 * and a reminder's body: a recurring SCHEDULED_ABSOLUTE trigger with local times, a time
 * zone, a valid RRULE, words to say in a locale), keeps the reminders it was given, and
 * replays the faults the skill must survive: 401/403 (no permission), 400, 404, 429, 5xx
 * and no answer at all. Every problem it found in a request is kept in `problems`, so a
 * test can ask that there were none.
 */

/** How the reminders paths answer: normally, with a status, or not at all. */
export type RemindersBehaviour = 'normal' | { status: number } | { hang: true };

export interface StoredReminder {
  alertToken: string;
  createdTime: string;
  updatedTime: string;
  status: 'ON' | 'COMPLETED';
  version: string;
  /** The body as the skill sent it (trigger, alertInfo, pushNotification). */
  request: Record<string, unknown>;
}

export interface AlexaApiCall {
  method: string;
  path: string;
  authorization: string | undefined;
  body: unknown;
}

export interface FakeAlexaApi {
  endpoint: string;
  /** The bearer token the skill must send (set in the request envelopes as `apiAccessToken`). */
  readonly token: string;
  timeZone: string;
  reminders: RemindersBehaviour;
  /** Reminders held, by token: a test can delete one behind the skill's back, as the Alexa app would. */
  readonly held: Map<string, StoredReminder>;
  readonly calls: AlexaApiCall[];
  /** What was wrong with requests the skill made (an empty list when every request was well formed). */
  readonly problems: string[];
  close(): Promise<void>;
}

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/;
const DAY = '(?:MO|TU|WE|TH|FR|SA|SU)';
const RRULE = new RegExp(`^FREQ=(?:DAILY|WEEKLY;BYDAY=${DAY}(?:,${DAY})*);BYHOUR=(?:[01]?\\d|2[0-3]);BYMINUTE=[0-5]?\\d;BYSECOND=0$`);

/** What is wrong with a reminder request body, as Alexa would reject it (400); empty when nothing is. */
export function reminderBodyProblems(body: unknown): string[] {
  const problems: string[] = [];
  const at = (value: unknown, ...path: string[]): unknown =>
    path.reduce<unknown>((current, key) => (current && typeof current === 'object' ? (current as Record<string, unknown>)[key] : undefined), value);
  const requestTime = at(body, 'requestTime');
  if (typeof requestTime !== 'string' || !LOCAL_DATE_TIME.test(requestTime)) problems.push(`requestTime ${JSON.stringify(requestTime)} is no local date and time`);
  if (at(body, 'trigger', 'type') !== 'SCHEDULED_ABSOLUTE') problems.push('trigger.type is not SCHEDULED_ABSOLUTE');
  const zone = at(body, 'trigger', 'timeZoneId');
  // Optional: without it, Alexa uses the device's time zone.
  try {
    if (zone !== undefined && (typeof zone !== 'string' || !zone)) throw new Error();
    if (zone !== undefined) new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    problems.push(`trigger.timeZoneId ${JSON.stringify(zone)} is no time zone`);
  }
  const start = at(body, 'trigger', 'recurrence', 'startDateTime');
  // A trailing Z (or any offset) is refused: the time is local to timeZoneId.
  if (typeof start !== 'string' || !LOCAL_DATE_TIME.test(start)) problems.push(`recurrence.startDateTime ${JSON.stringify(start)} is no local date and time`);
  const rules = at(body, 'trigger', 'recurrence', 'recurrenceRules');
  if (!Array.isArray(rules) || rules.length !== 1 || typeof rules[0] !== 'string' || !RRULE.test(rules[0])) {
    problems.push(`recurrence.recurrenceRules ${JSON.stringify(rules)} is not one daily or weekly RRULE with a time`);
  }
  if (at(body, 'trigger', 'recurrence', 'freq') !== undefined || at(body, 'trigger', 'recurrence', 'byDay') !== undefined) problems.push('recurrence uses the deprecated freq/byDay');
  const content = at(body, 'alertInfo', 'spokenInfo', 'content');
  if (!Array.isArray(content) || content.length === 0) problems.push('alertInfo.spokenInfo.content is empty');
  else {
    for (const entry of content) {
      const locale = at(entry, 'locale');
      const text = at(entry, 'text');
      if (typeof locale !== 'string' || !/^[a-z]{2}-[A-Z]{2}$/.test(locale)) problems.push(`spoken content locale ${JSON.stringify(locale)}`);
      if (typeof text !== 'string' || !text.trim() || /[<>]/.test(text)) problems.push(`spoken content text ${JSON.stringify(text)}`);
    }
  }
  const push = at(body, 'pushNotification', 'status');
  if (push !== 'ENABLED' && push !== 'DISABLED') problems.push(`pushNotification.status ${JSON.stringify(push)}`);
  return problems;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) {
    response.writeHead(status).end();
    return;
  }
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/** Alexa's error body for a status. */
function errorBody(status: number): { code: string; message: string } {
  const codes: Record<number, string> = { 400: 'INVALID_REQUEST', 401: 'UNAUTHORIZED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 429: 'TOO_MANY_REQUESTS' };
  return { code: codes[status] ?? 'INTERNAL_SERVER_ERROR', message: `status ${status}` };
}

export async function fakeAlexaApi(options: { timeZone?: string; token?: string; clock?: () => number } = {}): Promise<FakeAlexaApi> {
  const token = options.token ?? `fake-api-token-${randomUUID()}`;
  const clock = options.clock ?? (() => Date.now());
  const held = new Map<string, StoredReminder>();
  const calls: AlexaApiCall[] = [];
  const problems: string[] = [];
  const state = { timeZone: options.timeZone ?? 'America/New_York', reminders: 'normal' as RemindersBehaviour };

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = (request.url ?? '').split('?')[0] ?? '';
    const method = request.method ?? 'GET';
    const text = await readBody(request);
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    const authorization = request.headers.authorization;
    calls.push({ method, path, authorization, body });
    if (authorization !== `Bearer ${token}`) {
      problems.push(`${method} ${path}: Authorization ${JSON.stringify(authorization)} is not the request's bearer token`);
      return send(response, 401, errorBody(401));
    }
    if (method === 'GET' && /^\/v2\/devices\/[^/]+\/settings\/System\.timeZone$/.test(path)) return send(response, 200, state.timeZone);
    const reminder = /^\/v1\/alerts\/reminders(?:\/([^/]+))?\/?$/.exec(path);
    if (!reminder) return send(response, 404, errorBody(404));
    const behaviour = state.reminders;
    if (typeof behaviour === 'object' && 'hang' in behaviour) return; // no answer: the skill's time budget runs out
    if (typeof behaviour === 'object') return send(response, behaviour.status, errorBody(behaviour.status));
    const alertToken = reminder[1] && decodeURIComponent(reminder[1]);
    const now = new Date(clock()).toISOString();
    const shown = (r: StoredReminder) => ({ alertToken: r.alertToken, createdTime: r.createdTime, updatedTime: r.updatedTime, status: r.status, version: r.version, ...r.request, href: `/v1/alerts/reminders/${r.alertToken}` });
    if (!alertToken) {
      if (method === 'GET') {
        const alerts = [...held.values()].map(shown);
        return send(response, 200, { totalCount: String(alerts.length), alerts, links: {} });
      }
      if (method !== 'POST') return send(response, 405, errorBody(405));
      const wrong = reminderBodyProblems(body);
      if (wrong.length) {
        problems.push(...wrong.map((p) => `POST ${path}: ${p}`));
        return send(response, 400, errorBody(400));
      }
      const created: StoredReminder = { alertToken: randomUUID(), createdTime: now, updatedTime: now, status: 'ON', version: '1', request: body as Record<string, unknown> };
      held.set(created.alertToken, created);
      return send(response, 200, { alertToken: created.alertToken, createdTime: now, updatedTime: now, status: 'ON', version: '1', href: `/v1/alerts/reminders/${created.alertToken}` });
    }
    const found = held.get(alertToken);
    if (!found) return send(response, 404, errorBody(404));
    if (method === 'GET') return send(response, 200, shown(found));
    if (method === 'DELETE') {
      held.delete(alertToken);
      return send(response, 200);
    }
    if (method === 'PUT') {
      const wrong = reminderBodyProblems(body);
      if (wrong.length) {
        problems.push(...wrong.map((p) => `PUT ${path}: ${p}`));
        return send(response, 400, errorBody(400));
      }
      const updated = { ...found, updatedTime: now, version: String(Number(found.version) + 1), request: body as Record<string, unknown> };
      held.set(alertToken, updated);
      return send(response, 200, { alertToken, createdTime: found.createdTime, updatedTime: now, status: 'ON', version: updated.version, href: `/v1/alerts/reminders/${alertToken}` });
    }
    return send(response, 405, errorBody(405));
  }

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      problems.push(`the fake API failed: ${String(error)}`);
      if (!response.headersSent) send(response, 500, errorBody(500));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    token,
    get timeZone() {
      return state.timeZone;
    },
    set timeZone(zone: string) {
      state.timeZone = zone;
    },
    get reminders() {
      return state.reminders;
    },
    set reminders(next: RemindersBehaviour) {
      state.reminders = next;
    },
    held,
    calls,
    problems,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
