import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DynamoDbStore } from '../../lambda/src/stores/dynamodb';
import { StoreError } from '../../lambda/src/stores/store-error';
import { Conversation } from '../harness/conversation';
import { keyFor } from '../harness/stores';

/**
 * A DynamoDB endpoint that throttles every call (as a table over its capacity does),
 * on 127.0.0.1. The SDK retries throttling with backoff; the store gives up inside its
 * timeout, and the user still gets a working session.
 */
const TURN_BUDGET_MS = 2500;

describe('a throttled DynamoDB', () => {
  let server: Server;
  let calls = 0;
  let endpoint = '';

  beforeAll(async () => {
    server = createServer((request, response) => {
      calls++;
      request.resume();
      request.on('end', () => {
        response.writeHead(400, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-errortype': 'ProvisionedThroughputExceededException' });
        response.end(JSON.stringify({ __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException', message: 'Rate exceeded' }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const storeOn = () =>
    new DynamoDbStore({ tableName: 'throttled', endpoint, region: 'us-east-1', credentials: { accessKeyId: 'l', secretAccessKey: 'l' } });

  test('the store reports throttling as its own kind of failure, after the SDK retried', async () => {
    const store = storeOn();
    calls = 0;
    try {
      const failure = await store.read(keyFor('amzn1.ask.account.throttled'), Date.parse('2026-11-16T08:00:00Z')).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(StoreError);
      expect((failure as StoreError).kind).toBe('throttled');
      expect(calls).toBeGreaterThan(1);
    } finally {
      store.close();
    }
  });

  test('the user is answered in budget, told progress is out of reach, and the routine runs', async () => {
    const store = storeOn();
    try {
      const user = new Conversation({ store, start: '2026-11-16T08:00:00Z' });
      const started = performance.now();
      const opened = await user.says('open upper back coach');
      expect(performance.now() - started).toBeLessThan(TURN_BUDGET_MS);
      expect(opened.speech).toContain("I couldn't reach your saved progress just now");
      expect((await user.says('start the desk break')).speech).toContain("Let's do the desk break, about");
      expect((await user.says('next')).ended).toBe(false);
    } finally {
      store.close();
    }
  });
});
