import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import type { RequestEnvelope } from 'ask-sdk-model';
import { hearingAt } from '../../lambda/src/coach/hearing';
import { isValidPlace, placeAfter, type Place } from '../../lambda/src/coach/place';
import { parseSessionState, type SessionState } from '../../lambda/src/coach/session';
import { heardSeconds } from '../../lambda/src/coach/timeline';
import { buildSkill } from '../../lambda/src/skill';
import { MemoryStore } from '../../lambda/src/stores/memory';
import { createLambdaHandler } from '../../lambda/src/voice/lambda-handler';
import { buildEnvelope } from '../../scripts/lib/envelopes';
import type { InteractionModel } from '../../scripts/lib/resolver';
import { Conversation } from '../harness/conversation';
import { validateResponse } from '../harness/validate';

/**
 * Random conversations and random envelopes against the real skill. Seeded, so a
 * failure replays: FC_SEED=<seed> npx jest tests/property. Turn counts are printed
 * with the results for the README.
 */
const SEED = Number(process.env.FC_SEED ?? 20261121);
const RUNS = Number(process.env.FC_RUNS ?? 500);
/** Hundreds of conversations take seconds: past jest's 5 s default on a busy machine. */
const PROPERTY_TIMEOUT_MS = 120_000;

const MODEL_DIR = 'skill-package/interactionModels/custom';
const LOCALES = readdirSync(MODEL_DIR).map((f) => f.replace('.json', ''));
const models = new Map(LOCALES.map((l) => [l, JSON.parse(readFileSync(`${MODEL_DIR}/${l}.json`, 'utf8')) as InteractionModel]));

/** Sample utterances of a locale with their slot placeholders filled by a real value (or nonsense). */
function utterancesOf(locale: string): string[] {
  const lm = models.get(locale)!.interactionModel.languageModel;
  const values = new Map((lm.types ?? []).map((t) => [t.name, t.values.map((v) => v.name.value)]));
  const out: string[] = [];
  for (const intent of lm.intents) {
    const types = new Map((intent.slots ?? []).map((s) => [s.name, s.type]));
    for (const sample of intent.samples ?? []) {
      out.push(sample.replace(/\{(\w+)\}/g, (_m, slot: string) => values.get(types.get(slot) ?? '')?.[0] ?? 'banana'));
    }
  }
  return out;
}

const EXTRA = ['open upper back coach', 'yes', 'no', 'stop', 'help', 'next', 'go back', 'repeat', 'pause', 'resume', 'purple elephant'];
const turnArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...EXTRA) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
);

let turns = 0;
let envelopes = 0;

afterAll(() => {
  console.log(`property tests: ${turns} conversation turns, ${envelopes} malformed envelopes (seed ${SEED})`);
});

describe('random conversations', () => {
  test('every turn answers validly, the place stays inside the routine, and the place survives a session boundary', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...LOCALES),
        fc.array(fc.oneof(turnArb, fc.constant('@sample')), { minLength: 3, maxLength: 14 }),
        fc.array(fc.nat(), { minLength: 14, maxLength: 14 }),
        fc.array(fc.integer({ min: 0, max: 240 }), { minLength: 14, maxLength: 14 }),
        async (locale, said, picks, gaps) => {
          const samples = utterancesOf(locale);
          const store = new MemoryStore();
          const user = new Conversation({ locale, store });
          await user.says(`open ${models.get(locale)!.interactionModel.languageModel.invocationName}`);
          for (const [i, text] of said.entries()) {
            const utterance = text === '@sample' ? samples[picks[i]! % samples.length]! : text;
            if (!user.sessionOpen) await user.launch();
            else await user.after(gaps[i]!).says(utterance);
            turns++;
            const { state, recovered } = parseSessionState((user.sessionAttributes as { state?: unknown } | undefined)?.state);
            expect(recovered).toBe(false);
            if (state.kind === 'waiting' || state.kind === 'offer') expect(isValidPlace(state.place)).toBe(true);
          }
          // The session ends after the reprompts; the next launch offers the place cut off, or
          // the one after a place heard to the end, as the last response's timeline says.
          const last = parseSessionState((user.sessionAttributes as { state?: unknown } | undefined)?.state).state;
          const endedAt = user.sessionOpen ? await endSession(user) : undefined;
          const place = endedAt === undefined ? undefined : placeToOffer(last, endedAt);
          const next = new Conversation({ locale, store, userId: user.userId, start: user.clock + 3_600_000 });
          await next.launch();
          turns++;
          const offered = parseSessionState((next.sessionAttributes as { state?: unknown } | undefined)?.state).state;
          if (place) expect(offered).toMatchObject({ kind: 'offer', place });
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  }, PROPERTY_TIMEOUT_MS);
});

/** Lets Alexa close the session (as after the reprompts); returns when the closing request was sent. */
async function endSession(user: Conversation): Promise<number> {
  await user.sessionEnds();
  return user.clock;
}

/** The place a session left in `state` should be offered at when it ends at `endedAt` (epoch ms). */
function placeToOffer(state: SessionState, endedAt: number): Place | undefined {
  if (state.kind === 'waiting') return state.stage === 'done' ? placeAfter(state.place) : state.place;
  if (state.kind !== 'playing' && state.kind !== 'finishing') return undefined;
  const heard = hearingAt(state, heardSeconds(state.timeline, endedAt - state.at));
  return heard.stage === 'done' ? placeAfter(heard.place) : heard.place;
}

const jsonValue = fc.jsonValue({ maxDepth: 3 });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

describe('random malformed envelopes', () => {
  const handler = createLambdaHandler(buildSkill({ store: new MemoryStore() }));
  test('never reject, and answer with a valid response or an empty one where Alexa expects none', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          'LaunchRequest',
          'IntentRequest',
          'Alexa.Presentation.APL.UserEvent',
          'SessionEndedRequest',
          'System.ExceptionEncountered',
          'AlexaSkillEvent.SkillDisabled',
          'Weird.Request',
        ),
        maybe(fc.constantFrom('AMAZON.NextIntent', 'StartRoutineIntent', 'SafetyQuestionIntent', 'NoSuchIntent', 'AMAZON.YesIntent')),
        maybe(fc.oneof(fc.constantFrom('en-US', 'de-DE', 'ja-JP', 'xx', ''), fc.string())),
        maybe(fc.oneof(fc.constant('2026-11-17T08:00:00Z'), fc.string(), fc.constant('not a date'))),
        maybe(jsonValue),
        maybe(jsonValue),
        fc.boolean(),
        async (type, intent, locale, timestamp, attributes, slots, dropSession) => {
          const base = buildEnvelope(
            { userId: 'amzn1.ask.account.fuzz', deviceId: 'd', sessionId: 's', newSession: false, locale: 'en-US', timestamp: 0, requestCounter: 1 },
            { type: 'LaunchRequest' },
          ) as unknown as Record<string, unknown>;
          const envelope = {
            ...base,
            session: dropSession ? undefined : { ...(base.session as object), attributes },
            // A touch's SendEvent arguments are whatever the slots were: any JSON.
            request: { type, requestId: 'r', timestamp, locale, intent: intent ? { name: intent, slots } : undefined, arguments: slots },
          } as unknown as RequestEnvelope;
          const response = await handler(envelope);
          envelopes++;
          const spoken = type === 'LaunchRequest' || type === 'IntentRequest' || type === 'Alexa.Presentation.APL.UserEvent';
          if (spoken) expect(await validateResponse(response, 'en-US')).toEqual([]);
          else expect(response.response.outputSpeech).toBeUndefined();
        },
      ),
      { seed: SEED, numRuns: RUNS * 4 },
    );
  }, PROPERTY_TIMEOUT_MS);
});
