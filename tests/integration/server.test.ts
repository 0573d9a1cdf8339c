import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { MemoryStore } from '../../lambda/src/stores/memory';
import type { RecordKey, StoredRecord } from '../../lambda/src/stores/record-store';
import { buildEnvelope, type RequestBody } from '../../scripts/lib/envelopes';
import { createServer } from '../../scripts/lib/server';

/**
 * `npm run serve` as Alexa reaches it: real request envelopes posted over HTTP to the
 * Express app on 127.0.0.1 at a random port, with and without signature verification.
 */

/** A store that counts reads, to tell whether the skill ran at all. */
class WatchedStore extends MemoryStore {
  reads = 0;

  override async read(key: RecordKey, now: number): Promise<StoredRecord | undefined> {
    this.reads++;
    return super.read(key, now);
  }
}

interface Running {
  url: string;
  store: WatchedStore;
  close(): Promise<void>;
}

const running: Running[] = [];

/** `verify` undefined leaves createServer's default. */
async function serve(verify?: boolean): Promise<Running> {
  const store = new WatchedStore();
  const app = createServer({ verify, store });
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    listening.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const handle: Running = {
    url: `http://127.0.0.1:${port}`,
    store,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
  running.push(handle);
  return handle;
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

let requestCounter = 0;

function envelope(body: RequestBody, session: { new: boolean; attributes?: Record<string, unknown> } = { new: true }): RequestEnvelope {
  return buildEnvelope(
    {
      userId: 'amzn1.ask.account.server-test',
      deviceId: 'amzn1.ask.device.server-test',
      sessionId: 'amzn1.echo-api.session.server-test',
      newSession: session.new,
      locale: 'en-US',
      // Now, so that only the missing signature can be why a request is refused.
      timestamp: Date.now(),
      attributes: session.attributes,
      requestCounter: ++requestCounter,
    },
    body,
  );
}

async function post(url: string, body: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}

function speechOf(response: ResponseEnvelope): string {
  const speech = response.response.outputSpeech;
  return speech?.type === 'SSML' ? speech.ssml : '';
}

describe('with verification off (--no-verify)', () => {
  test('a LaunchRequest envelope is answered with 200 and the welcome', async () => {
    const server = await serve(false);
    const response = await post(server.url, JSON.stringify(envelope({ type: 'LaunchRequest' })));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await response.json()) as ResponseEnvelope;
    expect(body.version).toBe('1.0');
    expect(speechOf(body)).toMatch(/^<speak>Welcome to Upper Back Coach\./);
    expect(body.response.shouldEndSession).toBe(false);
    expect(body.response.reprompt?.outputSpeech).toBeDefined();
  });

  test('a conversation carries on through the session attributes it returns', async () => {
    const server = await serve(false);
    const launch = (await (await post(server.url, JSON.stringify(envelope({ type: 'LaunchRequest' })))).json()) as ResponseEnvelope;
    const choose = envelope(
      { type: 'IntentRequest', intent: 'StartRoutineIntent', slots: { routine: { value: 'desk break', id: 'desk', slotType: 'RoutineName' } } },
      { new: false, attributes: launch.sessionAttributes },
    );
    const response = await post(server.url, JSON.stringify(choose));
    expect(response.status).toBe(200);
    const body = (await response.json()) as ResponseEnvelope;
    expect(speechOf(body)).toContain('Let&apos;s do the desk break, about');
    expect(speechOf(body)).toContain('<break time="');
    expect(body.response.shouldEndSession).toBe(false);
  });

  test('a body that is not a request envelope is refused with 400, not a 500', async () => {
    const server = await serve(false);
    expect((await post(server.url, 'this is not json')).status).toBe(400);
    expect((await post(server.url, JSON.stringify({ hello: 'world' }))).status).toBe(400);
    expect(server.store.reads).toBe(0);
  });
});

describe('with verification on (the default)', () => {
  test('an unsigned request is refused with 400 and never reaches the skill', async () => {
    const server = await serve(true);
    const response = await post(server.url, JSON.stringify(envelope({ type: 'LaunchRequest' })));
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/verification failed/i);
    expect(server.store.reads).toBe(0);
  });

  test('a signature whose certificate is not on Amazon’s host is refused with 400 (without fetching it)', async () => {
    const server = await serve(true);
    const response = await post(server.url, JSON.stringify(envelope({ type: 'LaunchRequest' })), {
      SignatureCertChainUrl: 'https://127.0.0.1:1/echo.api/echo-api-cert.pem',
      'Signature-256': 'bm90IGEgc2lnbmF0dXJl',
    });
    expect(response.status).toBe(400);
    expect(server.store.reads).toBe(0);
  });

  test('createServer() verifies when not told otherwise', async () => {
    const server = await serve();
    expect((await post(server.url, JSON.stringify(envelope({ type: 'LaunchRequest' })))).status).toBe(400);
    expect(server.store.reads).toBe(0);
  });
});

describe('other routes', () => {
  test.each([true, false])('GET /health answers 200 and says whether verification is on (%s)', async (verify) => {
    const server = await serve(verify);
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', verifySignature: verify, verifyTimestamp: verify });
  });

  test('anything else is 404', async () => {
    const server = await serve(false);
    expect((await fetch(`${server.url}/`)).status).toBe(404);
    expect((await fetch(`${server.url}/nope`, { method: 'POST', body: '{}' })).status).toBe(404);
  });
});
