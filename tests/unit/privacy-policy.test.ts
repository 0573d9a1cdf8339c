import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { emptyProgress, readProgress } from '../../lambda/src/coach/progress';
import { DynamoDbStore } from '../../lambda/src/stores/dynamodb';
import { EXPIRY_ATTRIBUTE, RECORD_LIFETIME_DAYS } from '../../lambda/src/stores/expiry';
import { buildSkill } from '../../lambda/src/skill';
import { MemoryStore } from '../../lambda/src/stores/memory';
import { createLambdaHandler } from '../../lambda/src/voice/lambda-handler';
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
  days: /the days on which you stretched, for the last 60 days/,
  seen: /which stretches it has already explained to you/,
  brief: /whether you asked for shorter instructions/,
  pace: /whether you prefer to go one stretch at a time/,
  disclaimerHeard: /whether you have heard its note that it is not medical advice/,
  pauseTipHeard: /and how to interrupt it/,
  completedRoutines: /how many routines you have finished/,
  changedAt: /when you last changed each/,
  reminder: /the token Alexa gives it for that reminder/,
  reminderOffer: /when it last offered you a reminder at the end of a routine and whether you accepted/,
  routineOffered: /whether it has offered to add a routine to your Alexa routines/,
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

/** Each attribute of a stored DynamoDB item beside the record, and the words the policy uses for it. */
const STORED_BESIDE: Record<string, RegExp> = {
  id: /Under the account's identifier, and for each recognised person under the account's and the person's identifiers together/,
  attributes: /it stores one record/,
  revision: /a count of how many times the record has been saved/,
  writer: /a short random tag naming the last save/,
  [EXPIRY_ATTRIBUTE]: /the date on which the record will be deleted/,
  account: /on a person's record, the account's identifier/,
};

test('the policy names every attribute stored beside the record, for an account and for a recognised person', async () => {
  const tableName = `privacy-${randomUUID()}`;
  const store = new DynamoDbStore({ tableName, endpoint: process.env.DYNALITE_ENDPOINT, region: 'us-east-1', credentials: { accessKeyId: 'l', secretAccessKey: 'l' }, createTable: true });
  const client = new DynamoDBClient({ endpoint: process.env.DYNALITE_ENDPOINT, region: 'us-east-1', credentials: { accessKeyId: 'l', secretAccessKey: 'l' } });
  try {
    const now = Date.parse('2026-11-22T08:00:00Z');
    await store.write({ account: 'account' }, emptyProgress(), 0, now);
    await store.write({ account: 'account', person: 'person' }, emptyProgress(), 0, now);
    const { Items } = await client.send(new ScanCommand({ TableName: tableName }));
    const attributes = new Set((Items ?? []).flatMap((item) => Object.keys(item)));
    expect([...attributes].sort()).toEqual(Object.keys(STORED_BESIDE).sort());
    for (const [attribute, words] of Object.entries(STORED_BESIDE)) expect([attribute, words.test(policy)]).toEqual([attribute, true]);
  } finally {
    store.close();
    client.destroy();
  }
});

test('the policy states how long a record is kept: the period the stores apply and the table\'s time to live uses', () => {
  expect(policy).toContain(`A record is deleted ${RECORD_LIFETIME_DAYS} days after it was last changed`);
  const template = readFileSync(join(__dirname, '../../infrastructure/cfn-deployer/skill-stack.yaml'), 'utf8');
  expect(template).toMatch(new RegExp(`TimeToLiveSpecification:\\s+AttributeName: ${EXPIRY_ATTRIBUTE}\\s+Enabled: true`));
  expect(template).toContain(`sets expiresAt (epoch seconds) ${RECORD_LIFETIME_DAYS} days ahead`);
});

test('the policy says that disabling the skill deletes the people\'s records too', () => {
  expect(policy).toContain('together with the record of every person recognised on your account');
});

test('the policy names every field of the stored record, and nothing the record lacks', () => {
  expect([...readProgress.fields].sort()).toEqual(Object.keys(STORED).sort());
  for (const [field, words] of Object.entries(STORED)) expect([field, words.test(policy)]).toEqual([field, true]);
});

test('the policy names every field of the log line, and the log line holds no raw id', async () => {
  const lines: string[] = [];
  const handler = createLambdaHandler(buildSkill({ store: new MemoryStore() }), { log: (line) => lines.push(line) });
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
