import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { progressSchema } from '../../lambda/src/coach/progress';
import { buildSkill } from '../../lambda/src/skill';
import { MemoryStore } from '../../lambda/src/stores/memory';
import { createEntry } from '../../lambda/src/voice/entry';
import { buildEnvelope } from '../../scripts/lib/envelopes';

/**
 * docs/privacy.md tells users what the skill keeps and logs. It must not drift from the
 * code: every field of the stored record and of the log line has its sentence there, so a
 * new field fails this test until the policy says what it is.
 */

const policy = readFileSync(join(__dirname, '../../docs/privacy.md'), 'utf8').replace(/\s+/g, ' ');

/** Each stored field and the words the policy uses for it. */
const STORED: Record<string, RegExp> = {
  version: /one record/,
  unfinished: /where you stopped in an unfinished routine \(which routine, stretch and side\) and when/,
  lastRoutine: /the routine you chose last time/,
  days: /the days on which you stretched, for the last 60 days/,
  seen: /which stretches it has already explained to you/,
  brief: /whether you asked for shorter instructions/,
  disclaimerHeard: /whether you have heard its note that it is not medical advice/,
  completedRoutines: /how many routines you have finished/,
  changedAt: /when you last changed that/,
};

/** Each field of the log line and the words the policy uses for it. */
const LOGGED: Record<string, RegExp> = {
  event: /one log line/,
  requestType: /the kind of request/,
  intent: /the name of the command Alexa recognised/,
  locale: /the language/,
  user: /a short one-way tag made from the anonymous identifier/,
  newSession: /whether the request began a conversation/,
  sessionEnded: /or ended it/,
  outcome: /whether it worked/,
  latencyMs: /how long the answer took/,
};

test('the policy names every field of the stored record, and nothing the record lacks', () => {
  expect(Object.keys(progressSchema().shape).sort()).toEqual(Object.keys(STORED).sort());
  for (const [field, words] of Object.entries(STORED)) expect([field, words.test(policy)]).toEqual([field, true]);
});

test('the policy names every field of the log line, and the log line holds no raw id', async () => {
  const lines: string[] = [];
  const handler = createEntry(buildSkill({ store: new MemoryStore() }), { log: (line) => lines.push(line) });
  const turn = (newSession: boolean, requestCounter: number) =>
    buildEnvelope(
      { userId: 'amzn1.ask.account.PRIVATE', deviceId: 'amzn1.ask.device.PRIVATE', sessionId: 's', newSession, locale: 'en-US', timestamp: Date.parse('2026-11-22T08:00:00Z'), requestCounter },
      requestCounter === 1 ? { type: 'LaunchRequest' } : { type: 'IntentRequest', intent: 'AMAZON.HelpIntent' },
    );
  await handler(turn(true, 1));
  await handler(turn(false, 2));
  const fields = new Set(lines.flatMap((line) => Object.keys(JSON.parse(line) as Record<string, unknown>)));
  expect([...fields].sort()).toEqual(Object.keys(LOGGED).sort());
  for (const [field, words] of Object.entries(LOGGED)) expect([field, words.test(policy)]).toEqual([field, true]);
  expect(lines.join('\n')).not.toContain('PRIVATE');
});

test('the policy keeps logs as long as the stack does', () => {
  const template = readFileSync(join(__dirname, '../../infrastructure/cfn-deployer/skill-stack.yaml'), 'utf8');
  const days = /RetentionInDays: (\d+)/.exec(template)?.[1];
  expect(policy).toContain(`Logs are deleted after ${days} days`);
});
