import type { RequestEnvelope } from 'ask-sdk-model';
import { APPLICATION_ID } from '../../scripts/lib/envelopes';
import { Conversation } from '../harness/conversation';
import { CountingStore, FaultyStore, STORE_BACKENDS, type StoreUnderTest } from '../harness/stores';

/** "Alexa, disable upper back coach": the skill event arrives outside any session, and the user's record goes. */

function skillDisabledEvent(userId: string, persistence: 'PERSISTED' | 'NOT_PERSISTED' = 'NOT_PERSISTED'): RequestEnvelope {
  const timestamp = '2026-11-20T10:00:00Z';
  return {
    version: '1.0',
    context: {
      System: {
        application: { applicationId: APPLICATION_ID },
        user: { userId },
        apiEndpoint: 'https://api.amazonalexa.com',
        apiAccessToken: '',
      },
    },
    request: {
      type: 'AlexaSkillEvent.SkillDisabled',
      requestId: 'amzn1.echo-api.request.skill-disabled',
      timestamp,
      eventCreationTime: timestamp,
      eventPublishingTime: timestamp,
      body: { userInformationPersistenceStatus: persistence },
    },
  } as unknown as RequestEnvelope;
}

let userCounter = 0;

describe.each(STORE_BACKENDS)('the SkillDisabled event with the %s', (_name, createBackend) => {
  let backend: StoreUnderTest;
  beforeEach(() => {
    backend = createBackend();
  });
  afterEach(() => backend.dispose());

  test.each(['NOT_PERSISTED', 'PERSISTED'] as const)(
    'deletes that user\'s record (%s) and no one else\'s; a later launch starts fresh',
    async (persistence) => {
      const leaving = `amzn1.ask.account.disabled-${++userCounter}`;
      const staying = `amzn1.ask.account.staying-${userCounter}`;
      for (const userId of [leaving, staying]) {
        const user = new Conversation({ store: backend.store, userId, skillId: APPLICATION_ID });
        await user.says('open upper back coach');
        await user.says('start the desk break');
        await user.after(4).says('stop');
      }
      expect(await backend.stored(leaving)).toMatchObject({ unfinished: { routine: 'desk' } });

      const event = new Conversation({ store: backend.store, skillId: APPLICATION_ID });
      const response = await event.sendRaw(skillDisabledEvent(leaving, persistence));
      expect(response.response.outputSpeech).toBeUndefined();
      expect(response.response.shouldEndSession).toBeUndefined();

      expect(await backend.stored(leaving)).toEqual({});
      expect(await backend.stored(staying)).toMatchObject({ unfinished: { routine: 'desk' } });
      const again = new Conversation({ store: backend.store, userId: leaving });
      expect((await again.says('open upper back coach')).speech).toMatch(/^Welcome to Upper Back Coach\./);
    },
  );

  test('deletes the records of every person recognised on that account too, and no one else\'s', async () => {
    const leaving = `amzn1.ask.account.disabled-${++userCounter}`;
    const staying = `amzn1.ask.account.staying-${userCounter}`;
    const people = [undefined, 'amzn1.ask.person.ana', 'amzn1.ask.person.ben'];
    for (const userId of [leaving, staying]) {
      for (const personId of people) {
        const user = new Conversation({ store: backend.store, userId, personId, skillId: APPLICATION_ID });
        await user.says('ask upper back coach to start the desk break');
        await user.after(4).says('stop');
      }
    }
    for (const personId of people) expect(await backend.stored(leaving, personId)).toMatchObject({ unfinished: { routine: 'desk' } });

    await new Conversation({ store: backend.store, skillId: APPLICATION_ID }).sendRaw(skillDisabledEvent(leaving));

    for (const personId of people) {
      expect(await backend.stored(leaving, personId)).toEqual({});
      expect(await backend.stored(staying, personId)).toMatchObject({ unfinished: { routine: 'desk' } });
    }
  });
});

describe('the SkillDisabled event', () => {
  test('deletes without reading first, and writes nothing', async () => {
    const store = new CountingStore();
    await new Conversation({ store }).sendRaw(skillDisabledEvent('amzn1.ask.account.counted'));
    expect(store).toMatchObject({ reads: 0, deletes: 1 });
    expect(store.writes).toHaveLength(0);
  });

  test('a store that fails to delete still gets an empty, valid response (Alexa does not retry on our error)', async () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const store = new FaultyStore();
      store.failWrites = true;
      const response = await new Conversation({ store }).sendRaw(skillDisabledEvent('amzn1.ask.account.unlucky'));
      expect(store.attempts.deletes).toBe(1);
      expect(response.response.outputSpeech).toBeUndefined();
      // The failure is logged for operators, without the user id.
      expect(logged).toHaveBeenCalledTimes(1);
      expect(String(logged.mock.calls[0]?.[0])).toBe('{"event":"skillDisabledDeleteFailed","kind":"unavailable"}');
    } finally {
      logged.mockRestore();
    }
  });
});
