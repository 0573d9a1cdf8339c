import { MemoryStore } from '../../lambda/src/stores/memory';
import { Conversation } from '../harness/conversation';
import { storedRecord } from '../harness/stores';
import { closedPortEndpoint, settingsApi, type SettingsApi, type SettingsBehaviour } from '../harness/servers';

/**
 * "Yesterday" is a day in the user's time zone, which the skill asks the Alexa
 * settings API for (GET /v2/devices/{deviceId}/settings/System.timeZone, answered
 * here by a local server). When the API fails in any way, UTC stands in and the
 * turn goes on as usual.
 */

const TOKEN = 'test-api-access-token';
const DEVICE_ID = 'amzn1.ask.device.test';

// 2026-11-17 01:00 in Los Angeles (PST, UTC-8) is 09:00 UTC the same day ...
const STOPPED_EARLY_MORNING_LA = '2026-11-17T09:00:00Z';
// ... and 23:30 that evening in Los Angeles is already the 18th in UTC.
const LATE_EVENING_LA = '2026-11-18T07:30:00Z';

let userCounter = 0;

describe('the time zone from the Alexa settings API', () => {
  let api: SettingsApi | undefined;
  let store: MemoryStore;
  let userId: string;

  beforeEach(() => {
    store = new MemoryStore();
    userId = `amzn1.ask.account.time-zone-${++userCounter}`;
  });
  afterEach(async () => {
    await api?.close();
    api = undefined;
  });

  async function withApi(behaviour: SettingsBehaviour): Promise<string> {
    api = await settingsApi(behaviour);
    return api.endpoint;
  }

  function sessionAt(at: string, apiEndpoint: string): Conversation {
    return new Conversation({ store, userId, start: at, apiEndpoint, apiAccessToken: TOKEN });
  }

  /** Starts the desk break, moves on to the chair backrest stretch and stops there. */
  async function stopAtChairBackrest(at: string, apiEndpoint: string): Promise<void> {
    const user = sessionAt(at, apiEndpoint);
    await user.says('open upper back coach');
    await user.says('one at a time');
    await user.says('start the desk break');
    await user.says('next');
    await user.after(5).says('stop');
  }

  test('23:30 in Los Angeles: a routine stopped at 01:00 that day was "earlier today", though UTC has moved on a day', async () => {
    const endpoint = await withApi({ timeZone: 'America/Los_Angeles' });
    await stopAtChairBackrest(STOPPED_EARLY_MORNING_LA, endpoint);
    const evening = await sessionAt(LATE_EVENING_LA, endpoint).says('open upper back coach');
    expect(evening.speech).toBe(
      'Welcome back to Upper Back Coach. Earlier today, you stopped at chair backrest stretch in your desk break. Shall we pick up there?',
    );
    expect(api?.calls[0]).toEqual({ path: `/v2/devices/${DEVICE_ID}/settings/System.timeZone`, authorization: `Bearer ${TOKEN}` });
  });

  test('east of UTC it goes the other way: 08:00 in Tokyo after stopping at 23:00 Tokyo time is "yesterday"', async () => {
    const endpoint = await withApi({ timeZone: 'Asia/Tokyo' });
    await stopAtChairBackrest('2026-11-17T14:00:00Z', endpoint); // 23:00 on the 17th in Tokyo
    const morning = await sessionAt('2026-11-17T23:00:00Z', endpoint).says('open upper back coach'); // 08:00 on the 18th
    expect(morning.speech).toContain('Yesterday, you stopped at chair backrest stretch');
  });

  test('days of stretching are local days: a routine at 23:30 in Los Angeles counts for that evening, not for UTC\'s tomorrow', async () => {
    const endpoint = await withApi({ timeZone: 'America/Los_Angeles' });
    const user = sessionAt('2026-11-17T07:30:00Z', endpoint); // 23:30 on the 16th in Los Angeles
    await user.says('open upper back coach');
    await user.says('start the desk break');
    await user.says('next');
    expect((await storedRecord(store, userId)).days).toEqual(['2026-11-16']);
  });

  test('the time zone is asked for once per session, not on every turn', async () => {
    const endpoint = await withApi({ timeZone: 'Europe/Berlin' });
    const user = sessionAt('2026-11-17T08:00:00Z', endpoint);
    await user.says('open upper back coach');
    await user.says('start the desk break');
    await user.says('next');
    await user.says('help');
    expect(api?.calls).toHaveLength(1);
  });

  test.each<[string, SettingsBehaviour]>([
    ['refuses access (403)', { status: 403 }],
    ['fails (500)', { status: 500 }],
    ['answers something that is not a time zone', { timeZone: 'Mars/Olympus_Mons' }],
    ['answers something that is not JSON', { body: '<html>oops</html>' }],
  ])('when the API %s, UTC stands in and the turn goes on', async (_case, behaviour) => {
    const endpoint = await withApi(behaviour);
    await stopAtChairBackrest(STOPPED_EARLY_MORNING_LA, endpoint);
    const evening = await sessionAt(LATE_EVENING_LA, endpoint).says('open upper back coach');
    // In UTC, 09:00 on the 17th seen from 07:30 on the 18th is yesterday.
    expect(evening.speech).toBe(
      'Welcome back to Upper Back Coach. Yesterday, you stopped at chair backrest stretch in your desk break. Shall we pick up there?',
    );
    expect(api?.calls.length).toBeGreaterThan(0);
  });

  test('when the API cannot be reached, UTC stands in and the turn goes on', async () => {
    const endpoint = await closedPortEndpoint();
    await stopAtChairBackrest(STOPPED_EARLY_MORNING_LA, endpoint);
    const evening = await sessionAt(LATE_EVENING_LA, endpoint).says('open upper back coach');
    expect(evening.speech).toContain('Yesterday, you stopped at chair backrest stretch');
  });

  test('when the API never answers, the skill stops waiting well within Alexa\'s 8 seconds and uses UTC', async () => {
    const endpoint = await withApi({ timeZone: 'America/Los_Angeles' });
    await stopAtChairBackrest(STOPPED_EARLY_MORNING_LA, endpoint);
    api!.behaviour = { hang: true };
    const evening = sessionAt(LATE_EVENING_LA, endpoint);
    const started = Date.now();
    const reply = await evening.says('open upper back coach');
    const elapsed = Date.now() - started;
    expect(reply.speech).toContain('Yesterday, you stopped at chair backrest stretch');
    expect(elapsed).toBeLessThan(3000); // a guard, not a measurement: the lookup gives up after 800 ms
    // The session goes on normally, with no second wait for the time zone.
    const next = Date.now();
    expect((await evening.says('yes')).speech).toMatch(/^Picking up with chair backrest stretch\./);
    expect(Date.now() - next).toBeLessThan(500);
  });

  test('without an API token (a local run) no call is made and UTC is used', async () => {
    const endpoint = await withApi({ timeZone: 'America/Los_Angeles' });
    const user = new Conversation({ store, userId, start: STOPPED_EARLY_MORNING_LA, apiEndpoint: endpoint });
    await user.says('open upper back coach');
    expect(api?.calls).toHaveLength(0);
  });
});
