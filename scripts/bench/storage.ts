import { GetItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { emptyProgress } from '../../lambda/src/coach/progress';
import { DynamoDbStore } from '../../lambda/src/stores/dynamodb';
import { SkillDriver } from '../lib/driver';
import { createProgressTable, localClient } from '../lib/dynalite';

/**
 * Storage cost per session: a user runs the desk break against a real DynamoDB API
 * (dynalite) and every call the SDK client sends is counted, turn by turn.
 * Target: one read per session, one write per position change, where the position is
 * the saved place (stretch and side) that the next session would offer to resume.
 */

export interface StorageTurn {
  session: number;
  said: string;
  intent: string;
  position: string;
  positionChanged: boolean;
  /** Fields of the stored record this turn changed. */
  changed: string[];
  reads: number;
  writes: number;
  deletes: number;
  other: number;
}

export interface StorageSession {
  session: number;
  description: string;
  turns: number;
  reads: number;
  writes: number;
  positionChanges: number;
  /** Writes on turns where the position did not change: what was said, and which fields changed. */
  extraWrites: string[];
}

export interface StorageReport {
  turns: StorageTurn[];
  sessions: StorageSession[];
  itemBytes: number;
}

type Counts = Record<string, number>;

/** Counts every command the client sends, by name (GetItemCommand, PutItemCommand, ...). */
function countCalls(client: DynamoDBClient, counts: Counts): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const name = context.commandName ?? 'unknown';
      counts[name] = (counts[name] ?? 0) + 1;
      return next(args);
    },
    { step: 'initialize', name: 'benchCallCounter' },
  );
}

type Progress = Record<string, unknown> & { unfinished?: { routine?: unknown; stretch?: unknown; side?: unknown; at?: unknown } };

/** The progress record the turn left (the store saves exactly this), as the session attributes carry it. */
function progressOf(attributes: unknown): Progress {
  const progress = (attributes as { progress?: unknown } | undefined)?.progress;
  return typeof progress === 'object' && progress !== null ? (progress as Progress) : {};
}

/** The saved place (progress.unfinished): where the next session would offer to resume. */
function savedPlace(progress: Progress): string {
  const place = progress.unfinished;
  if (!place) return '-';
  return `${String(place.routine)} ${Number(place.stretch) + 1}/${Number(place.side) + 1}`;
}

/** Which fields of the record a turn changed, the saved place counted apart from its timestamp. */
function changedFields(before: Progress, after: Progress): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => key !== 'unfinished');
  const changed = keys.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  if (savedPlace(before) !== savedPlace(after)) changed.push('saved place');
  else if (JSON.stringify(before.unfinished?.at) !== JSON.stringify(after.unfinished?.at)) changed.push('unfinished.at');
  return changed;
}

function intentOf(driver: SkillDriver): string {
  const request = driver.requests[driver.requests.length - 1]?.request;
  if (!request) return '?';
  return request.type === 'IntentRequest' ? request.intent.name : request.type;
}

/** DynamoDB's item size: attribute names plus values; the JSON form is a slight over-estimate. */
function approximateItemBytes(item: unknown): number {
  return Buffer.byteLength(JSON.stringify(item), 'utf8');
}

export async function measureStorage(options: { endpoint: string; root: string; hasSafety: boolean }): Promise<StorageReport> {
  const tableName = 'bench-progress';
  await createProgressTable(options.endpoint, tableName);
  const client = localClient(options.endpoint);
  const counts: Counts = {};
  countCalls(client, counts);
  const store = new DynamoDbStore({ client, tableName });
  const userId = 'amzn1.ask.account.bench-storage';
  const turns: StorageTurn[] = [];
  // What the store holds between turns (and between sessions); a new user starts from the empty record.
  let lastProgress: Progress = { ...emptyProgress() };

  const runSession = async (session: number, start: number, script: (say: (text: string) => Promise<boolean>) => Promise<void>) => {
    const driver = new SkillDriver({ store, userId, start, projectRoot: options.root });
    const say = async (text: string): Promise<boolean> => {
      const before = { ...counts };
      const reply = await driver.says(text);
      const delta = (name: string) => (counts[name] ?? 0) - (before[name] ?? 0);
      const progress = progressOf(reply.envelope.sessionAttributes);
      const position = savedPlace(progress);
      const known = ['GetItemCommand', 'PutItemCommand', 'DeleteItemCommand'];
      const all = Object.keys(counts).reduce((sum, name) => sum + delta(name), 0);
      turns.push({
        session,
        said: text,
        intent: intentOf(driver),
        position,
        positionChanged: position !== savedPlace(lastProgress),
        changed: changedFields(lastProgress, progress),
        reads: delta('GetItemCommand'),
        writes: delta('PutItemCommand'),
        deletes: delta('DeleteItemCommand'),
        other: all - known.reduce((sum, name) => sum + delta(name), 0),
      });
      lastProgress = progress;
      // Done when the session closed or the routine is over (the skill then offers another).
      return reply.ended || !driver.inRoutine;
    };
    await script(say);
  };

  const day = 86_400_000;
  const first = Date.parse('2026-11-17T08:00:00Z');
  // Session 1: a new user starts the desk break, asks a safety question mid-stretch, and stops partway.
  await runSession(1, first, async (say) => {
    await say('open upper back coach');
    await say('start the desk break');
    await say('next');
    await say('next');
    if (options.hasSafety) await say('is it safe to crack my back');
    await say('stop');
  });
  // Session 2, the next day: the skill offers to pick up where they stopped; they finish the routine.
  await runSession(2, first + day, async (say) => {
    await say('open upper back coach');
    let ended = await say('yes');
    for (let guard = 0; !ended && guard < 40; guard++) ended = await say('next');
  });

  const sessions: StorageSession[] = [1, 2].map((session) => {
    const own = turns.filter((turn) => turn.session === session);
    return {
      session,
      description:
        session === 1
          ? `new user: open, start the desk break, two steps${options.hasSafety ? ', a safety question' : ''}, stop`
          : 'next day: open, resume, finish the routine',
      turns: own.length,
      reads: own.reduce((sum, turn) => sum + turn.reads, 0),
      writes: own.reduce((sum, turn) => sum + turn.writes, 0),
      positionChanges: own.filter((turn) => turn.positionChanged).length,
      extraWrites: own
        .filter((turn) => turn.writes > 0 && !turn.positionChanged)
        .map((turn) => `"${turn.said}" (${turn.changed.join(', ') || 'nothing changed'})`),
    };
  });

  const inspector = localClient(options.endpoint);
  const { Item } = await inspector.send(new GetItemCommand({ TableName: tableName, Key: { id: { S: userId } } }));
  inspector.destroy();
  store.close();
  client.destroy();
  return { turns, sessions, itemBytes: approximateItemBytes(Item ?? {}) };
}
