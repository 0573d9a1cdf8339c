import type { RequestEnvelope } from 'ask-sdk-model';
import { buildSkill } from '../../lambda/src/skill';
import { MemoryStore } from '../../lambda/src/stores/memory';
import { WrongSkillError, createLambdaHandler, hashId } from '../../lambda/src/voice/lambda-handler';
import { buildEnvelope } from '../../scripts/lib/envelopes';

const USER = 'amzn1.ask.account.SECRET-USER-ID';
const envelope = (applicationId?: string) =>
  buildEnvelope(
    { userId: USER, deviceId: 'amzn1.ask.device.SECRET-DEVICE', sessionId: 's1', newSession: true, locale: 'en-US', timestamp: Date.parse('2026-11-17T08:00:00Z'), requestCounter: 1, applicationId },
    { type: 'LaunchRequest' },
  );

describe('the Lambda handler', () => {
  test('logs one JSON line per request with type, latency and outcome, and no raw ids', async () => {
    const lines: string[] = [];
    const handler = createLambdaHandler(buildSkill({ store: new MemoryStore() }), { log: (l) => lines.push(l) });
    const response = await handler(envelope());
    expect(response.response.outputSpeech).toBeDefined();
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(line).toMatchObject({ event: 'request', requestType: 'LaunchRequest', locale: 'en-US', outcome: 'ok', sessionEnded: false });
    expect(typeof line.latencyMs).toBe('number');
    expect(line.user).toMatch(/^[0-9a-f]{12}$/);
    expect(lines[0]).not.toContain('SECRET');
  });

  test('the same user gets the same log tag every time, and users who differ by one character get different tags', () => {
    const tags = new Set<string | undefined>();
    for (let i = 0; i < 2000; i++) tags.add(hashId(`amzn1.ask.account.AF${i.toString(36).padStart(6, '0')}XYZ`));
    expect(tags.size).toBe(2000);
    expect(hashId(USER)).toBe(hashId(`${USER}`.slice(0)));
    expect(hashId('amzn1.ask.account.A')).not.toBe(hashId('amzn1.ask.account.B'));
    expect(hashId('')).toBeUndefined();
    expect(hashId(42)).toBeUndefined();
  });

  test('an envelope too broken for the SDK still gets an answer, never a rejection', async () => {
    const lines: string[] = [];
    const handler = createLambdaHandler(buildSkill(), { log: (l) => lines.push(l) });
    const broken = { version: '1.0', request: { type: 'IntentRequest', locale: 'en-US' } } as unknown as RequestEnvelope;
    const response = await handler(broken);
    expect(response.response).toBeDefined();
    expect(JSON.parse(lines[0]!).outcome).toMatch(/^(ok|failed)/);
  });

  test('with SKILL_ID set, a request for another skill is refused', async () => {
    const lines: string[] = [];
    const handler = createLambdaHandler(buildSkill(), { skillId: 'amzn1.ask.skill.ours', log: (l) => lines.push(l) });
    await expect(handler(envelope('amzn1.ask.skill.someone-else'))).rejects.toThrow(WrongSkillError);
    expect(JSON.parse(lines[0]!).outcome).toBe('refused');
    const ours = await handler(envelope('amzn1.ask.skill.ours'));
    expect(ours.response.outputSpeech).toBeDefined();
  });
});
