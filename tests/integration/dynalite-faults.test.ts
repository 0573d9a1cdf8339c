import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';
import { DynamoDbStore } from '../../lambda/src/stores/dynamodb';
import { Conversation } from '../harness/conversation';
import { storedRecord } from '../harness/stores';

/**
 * DynamoDB going wrong under a live session: a real dynalite on 127.0.0.1 behind a
 * TCP proxy that can slow every packet down or drop the connection. The user must
 * always get an answer within a turn budget far under Alexa's 8 s, hear once when
 * progress could not be saved, and never lose what was saved before.
 */

const TURN_BUDGET_MS = 2500;
const SAVE_FAILED = "I couldn't save your progress just now";

class FaultyProxy {
  delayMs = 0;
  down = false;
  private readonly sockets = new Set<Socket>();
  private constructor(private readonly server: Server) {}

  static async start(targetPort: number): Promise<FaultyProxy> {
    let proxy: FaultyProxy | undefined;
    const server = createServer((client) => {
      const p = proxy!;
      if (p.down) return client.destroy();
      const upstream = connect(targetPort, '127.0.0.1');
      p.sockets.add(client).add(upstream);
      const relay = (from: Socket, to: Socket) =>
        from.on('data', (chunk) => setTimeout(() => to.writable && to.write(chunk), p.delayMs));
      relay(client, upstream);
      relay(upstream, client);
      const close = () => {
        client.destroy();
        upstream.destroy();
      };
      client.on('close', close).on('error', close);
      upstream.on('close', close).on('error', close);
    });
    proxy = new FaultyProxy(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get endpoint(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Stops answering: open connections are cut and new ones refused. */
  goDown(): void {
    this.down = true;
    for (const socket of this.sockets) socket.destroy();
  }

  async close(): Promise<void> {
    this.goDown();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

describe('DynamoDB faults mid-session (dynalite behind a proxy)', () => {
  let database: ReturnType<typeof dynalite>;
  let proxy: FaultyProxy;
  let store: DynamoDbStore;

  beforeEach(async () => {
    database = dynalite({ createTableMs: 0, deleteTableMs: 0 });
    await new Promise<void>((resolve) => database.listen(0, '127.0.0.1', resolve));
    proxy = await FaultyProxy.start((database.address() as AddressInfo).port);
    store = new DynamoDbStore({
      tableName: 'faults',
      endpoint: proxy.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      createTable: true,
      timeoutMs: 400,
    });
  });

  afterEach(async () => {
    store.close();
    await proxy.close();
    await new Promise<void>((resolve) => database.close(() => resolve()));
  });

  /** Cut in halfway through the first hold of the last response. */
  const duringHold = (user: Conversation) => user.during((segment) => segment.kind === 'hold', 'middle');

  async function timedSay(user: Conversation, text: string) {
    const started = performance.now();
    const reply = await user.says(text);
    return { reply, ms: performance.now() - started };
  }

  test('the database stops mid-session: every turn is answered in budget, the user is told once', async () => {
    const user = new Conversation({ store, start: '2026-11-16T08:00:00Z' });
    await user.says('open upper back coach');
    await user.says('start the desk break');
    proxy.goDown();
    const turns = [await timedSay(duringHold(user), 'next'), await timedSay(duringHold(user), 'next'), await timedSay(user, 'help')];
    for (const { reply, ms } of turns) {
      expect(reply.ended).toBe(false);
      expect(ms).toBeLessThan(TURN_BUDGET_MS);
    }
    expect(turns[0]!.reply.speech).toContain(SAVE_FAILED);
    expect(turns.filter((t) => t.reply.speech.includes(SAVE_FAILED))).toHaveLength(1);
    expect(turns[1]!.reply.speech).toMatch(/seated twist|Sit up for a moment/);
  });

  test('a slowed database: past the timeout the turn still comes back in budget, and the earlier record is intact', async () => {
    const user = new Conversation({ store, userId: 'amzn1.ask.account.slow', start: '2026-11-16T08:00:00Z' });
    await user.says('ask upper back coach to start the desk break');
    const saved = await storedRecord(store, 'amzn1.ask.account.slow');
    expect(saved).toMatchObject({ unfinished: { routine: 'desk', stretch: 0 } });

    proxy.delayMs = 1500;
    const tomorrow = new Conversation({ store, userId: 'amzn1.ask.account.slow', start: '2026-11-17T08:00:00Z' });
    const { reply, ms } = await timedSay(tomorrow, 'open upper back coach');
    expect(ms).toBeLessThan(TURN_BUDGET_MS);
    expect(reply.speech).toContain("I couldn't reach your saved progress just now");
    await tomorrow.says('start the gentle routine');
    await tomorrow.says('stop');

    proxy.delayMs = 0;
    expect(await storedRecord(store, 'amzn1.ask.account.slow')).toEqual(saved);
  });

  test('a database a little slow but inside the timeout: nothing is lost and nothing is said', async () => {
    proxy.delayMs = 40;
    const user = new Conversation({ store, userId: 'amzn1.ask.account.bit-slow', start: '2026-11-16T08:00:00Z' });
    await user.says('ask upper back coach to start the desk break');
    const reply = await duringHold(user).says('next');
    expect(reply.speech).not.toContain(SAVE_FAILED);
    expect(await storedRecord(store, 'amzn1.ask.account.bit-slow')).toMatchObject({ unfinished: { stretch: 1 } });
  });
});
