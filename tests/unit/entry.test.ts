import type { RequestEnvelope } from 'ask-sdk-model';
import { buildSkill } from '../../lambda/src/skill';
import { MemoryStore } from '../../lambda/src/stores/memory';
import type { Skill } from 'ask-sdk-core';
import { sessionAttributesOf } from '../../lambda/src/voice/context';
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

  describe('session attributes, which the SDK would copy with JSON and the skill never reads copied', () => {
    const turn = (requestCounter: number, body: Parameters<typeof buildEnvelope>[1], attributes?: Record<string, unknown>) =>
      buildEnvelope(
        { userId: USER, deviceId: 'd', sessionId: 's1', newSession: requestCounter === 1, locale: 'en-US', timestamp: Date.parse('2026-11-17T08:00:00Z') + requestCounter * 30_000, requestCounter, attributes },
        body,
      );

    test('the SDK gets the envelope without them, the skill finds them, and an answer that sets none sends them back', async () => {
      const seen: unknown[] = [];
      const answers = [{ kept: 'by the skill' }, {}];
      const fake = {
        invoke: async (request: RequestEnvelope) => {
          seen.push([request.session?.attributes, sessionAttributesOf(request)]);
          return { version: '1.0', response: {}, sessionAttributes: answers.shift() };
        },
        supports: () => true,
      } as unknown as Skill;
      const handler = createLambdaHandler(fake);
      const came = { state: { kind: 'menu' } };
      expect((await handler(turn(2, { type: 'LaunchRequest' }, came))).sessionAttributes).toEqual({ kept: 'by the skill' });
      expect((await handler(turn(3, { type: 'LaunchRequest' }, came))).sessionAttributes).toBe(came);
      expect(seen).toEqual([
        [undefined, came],
        [undefined, came],
      ]);
    });

    test('a routine through the Lambda handler goes exactly as through the skill itself', async () => {
      const says: Parameters<typeof buildEnvelope>[1][] = [
        { type: 'LaunchRequest' },
        { type: 'IntentRequest', intent: 'StartRoutineIntent', slots: { routine: { value: 'desk break', id: 'desk' } } },
        { type: 'IntentRequest', intent: 'AMAZON.PauseIntent' },
        { type: 'IntentRequest', intent: 'AMAZON.ResumeIntent' },
      ];
      const run = async (answer: (request: RequestEnvelope) => Promise<{ response: unknown; sessionAttributes?: Record<string, unknown> }>) => {
        let attributes: Record<string, unknown> | undefined;
        const out: unknown[] = [];
        for (const [index, body] of says.entries()) {
          const response = await answer(turn(index + 1, body, attributes && JSON.parse(JSON.stringify(attributes))));
          attributes = response.sessionAttributes;
          out.push([response.response, attributes]);
        }
        return out;
      };
      const skill = buildSkill({ store: new MemoryStore() });
      const handler = createLambdaHandler(buildSkill({ store: new MemoryStore() }));
      const direct = await run((request) => skill.invoke(request));
      expect(await run((request) => handler(request))).toEqual(direct);
      expect(JSON.stringify(direct)).toContain('"kind":"waiting"');
    });
  });
});
