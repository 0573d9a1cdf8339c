import { GetItemCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { emptyProgress } from '../../lambda/src/coach/progress';
import { fromAttributeMap } from '../../lambda/src/stores/attribute-value';
import { DynamoDbStore } from '../../lambda/src/stores/dynamodb';
import { SkillDriver } from '../lib/driver';
import { createProgressTable, localClient } from '../lib/dynalite';

/**
 * Storage cost per session: a user runs the desk break against a real DynamoDB API
 * (dynalite) and every call the SDK client sends is counted, turn by turn.
 * Target: one read per session, one write per change of place, where the place is
 * the saved place (stretch and side) that the next session would offer to resume.
 */

export interface StorageTurn {
  session: number;
  said: string;
  intent: string;
  place: string;
  placeChanged: boolean;
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
  placeChanges: number;
  /** Writes on turns where the place did not change: what was said, and which fields changed. */
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

function unmarshallRecord(attributes: Record<string, AttributeValue>): Record<string, unknown> {
  return fromAttributeMap(attributes);
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

  type Say = (text: string, cutIn?: (driver: SkillDriver) => void) => Promise<boolean>;
  const runSession = async (session: number, start: number, script: (say: Say) => Promise<void>) => {
    const driver = new SkillDriver({ store, userId, start, projectRoot: options.root });
    /** One turn: `text` said (or, as ":end", Alexa closing the session), optionally cutting into the response. */
    const say: Say = async (text, cutIn) => {
      const before = { ...counts };
      cutIn?.(driver);
      const attributesBefore = driver.sessionAttributes;
      const ended = text === ':end' ? await driver.sessionEnds() : undefined;
      const reply = ended ? undefined : await driver.says(text);
      const delta = (name: string) => (counts[name] ?? 0) - (before[name] ?? 0);
      // Alexa keeps no session attributes after the session ends: what was saved is in the store.
      const progress = reply ? progressOf(reply.envelope.sessionAttributes) : await storedProgress(attributesBefore);
      const place = savedPlace(progress);
      const known = ['GetItemCommand', 'PutItemCommand', 'DeleteItemCommand'];
      const all = Object.keys(counts).reduce((sum, name) => sum + delta(name), 0);
      turns.push({
        session,
        said: text,
        intent: intentOf(driver),
        place,
        placeChanged: place !== savedPlace(lastProgress),
        changed: changedFields(lastProgress, progress),
        reads: delta('GetItemCommand'),
        writes: delta('PutItemCommand'),
        deletes: delta('DeleteItemCommand'),
        other: all - known.reduce((sum, name) => sum + delta(name), 0),
      });
      lastProgress = progress;
      // Done when the session closed or the routine is closing (the skill then offers another).
      return !reply || reply.ended || !driver.inRoutine;
    };
    await script(say);
  };

  /** The record as the store now holds it (after a session ended), or the last one carried if it cannot be read. */
  const storedProgress = async (fallback: unknown): Promise<Progress> => {
    const reader = localClient(options.endpoint);
    try {
      const { Item } = await reader.send(new GetItemCommand({ TableName: tableName, Key: { id: { S: userId } } }));
      const attributes = Item?.attributes?.M;
      return attributes ? (unmarshallRecord(attributes) as Progress) : progressOf(fallback);
    } finally {
      reader.destroy();
    }
  };

  const day = 86_400_000;
  const first = Date.parse('2026-11-17T08:00:00Z');
  // Halfway through the seated twist's first side, in the response that narrates it.
  const inSeatedTwist = (driver: SkillDriver) =>
    driver.during((segment) => segment.kind === 'hold' && segment.place.stretch === 2 && segment.place.side === 0, 'middle');
  // Session 1: a new user starts the desk break, cuts in with a safety question mid-stretch, and stops.
  await runSession(1, first, async (say) => {
    await say('open upper back coach');
    await say('start the desk break');
    if (options.hasSafety) await say('is it safe to crack my back', inSeatedTwist);
    await say('stop', options.hasSafety ? undefined : inSeatedTwist);
  });
  // Session 2, the next day: the skill offers to pick up where they stopped; they finish the routine,
  // which counts once its last hold has been heard (here when Alexa closes the session after the closing).
  await runSession(2, first + day, async (say) => {
    await say('open upper back coach');
    let ended = await say('yes');
    for (let guard = 0; !ended && guard < 40; guard++) ended = await say('keep going');
    await say(':end');
  });

  const sessions: StorageSession[] = [1, 2].map((session) => {
    const own = turns.filter((turn) => turn.session === session);
    return {
      session,
      description:
        session === 1
          ? `new user: open, start the desk break${options.hasSafety ? ', a safety question in the seated twist' : ''}, stop`
          : 'next day: open, resume, keep going to the end, the session closes',
      turns: own.length,
      reads: own.reduce((sum, turn) => sum + turn.reads, 0),
      writes: own.reduce((sum, turn) => sum + turn.writes, 0),
      placeChanges: own.filter((turn) => turn.placeChanged).length,
      extraWrites: own
        .filter((turn) => turn.writes > 0 && !turn.placeChanged)
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
