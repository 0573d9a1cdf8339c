import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { expiryFor, hasExpired } from './expiry';
import { itemIdOf, type RecordKey, type RecordStore, type StoredRecord } from './record-store';
import { RevisionConflict, StoreError } from './store-error';

/** One entry per record, laid out like the DynamoDB item (id → attributes, revision, expiresAt, account). */
interface Entry {
  attributes: Record<string, unknown>;
  revision: number;
  expiresAt: number;
  account?: string;
}

type Entries = Record<string, unknown>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isMissingFile(error: unknown): boolean {
  // Checked by shape, not instanceof: fs errors can come from another realm (e.g. under jest's VM).
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT';
}

/**
 * An entry as this store writes it, or a bare record as it wrote them before records had
 * revisions (read as revision 0, never expiring until it is next written).
 */
function entryOf(value: unknown): Entry | undefined {
  if (!isPlainObject(value)) return undefined;
  if (isPlainObject(value.attributes) && typeof value.revision === 'number') return value as unknown as Entry;
  return { attributes: value, revision: 0, expiresAt: Number.POSITIVE_INFINITY };
}

/**
 * Local-development store: one JSON file holding every record, with the same rules as
 * DynamoDB (revisions, conditional writes, expiry applied on read). Reads tolerate a
 * missing or hand-mangled file (it reads as empty) because this file is meant to be
 * poked at by developers; writes go to a temp file that is renamed over the original so
 * a crash never leaves half a JSON document. Read-check-write cycles are serialised within
 * the process; two processes sharing one file are not coordinated.
 */
export class FileStore implements RecordStore {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly path: string) {}

  async read(key: RecordKey, now: number): Promise<StoredRecord | undefined> {
    const entries = await this.enqueue(() => this.readAll());
    return this.liveRecord(entries[itemIdOf(key)], now);
  }

  async write(key: RecordKey, record: Record<string, unknown>, expectedRevision: number, now: number): Promise<number> {
    const id = itemIdOf(key);
    return this.enqueue(async () => {
      const entries = await this.readAll();
      const entry = entryOf(entries[id]);
      // A writer that read nothing may write over an expired record; one that read a revision needs exactly that one.
      const current = entry && (expectedRevision > 0 || !hasExpired(entry.expiresAt, now)) ? entry.revision : 0;
      if (current !== expectedRevision) throw new RevisionConflict(this.liveRecord(entries[id], now));
      const revision = expectedRevision + 1;
      // Round-trip through JSON so the stored copy is detached from the caller's object.
      const stored: Entry = { attributes: JSON.parse(JSON.stringify(record)) as Record<string, unknown>, revision, expiresAt: expiryFor(now) };
      if (key.person !== undefined) stored.account = key.account;
      entries[id] = stored;
      await this.writeAll(entries);
      return revision;
    });
  }

  async removeAccount(account: string): Promise<void> {
    await this.enqueue(async () => {
      const entries = await this.readAll();
      const ids = Object.keys(entries).filter((id) => id === account || entryOf(entries[id])?.account === account);
      if (ids.length === 0) return;
      for (const id of ids) delete entries[id];
      await this.writeAll(entries);
    });
  }

  private liveRecord(value: unknown, now: number): StoredRecord | undefined {
    if (value === undefined) return undefined;
    const entry = entryOf(value);
    if (!entry) {
      console.warn(`FileStore: ignoring a record that is not an object in ${this.path}`);
      return undefined;
    }
    if (hasExpired(entry.expiresAt, now)) return undefined;
    return { record: JSON.parse(JSON.stringify(entry.attributes)) as Record<string, unknown>, revision: entry.revision };
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async readAll(): Promise<Entries> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if (isMissingFile(error)) return {};
      throw new StoreError('unavailable', `FileStore cannot read ${this.path}`, { cause: error });
    }
    try {
      const parsed: unknown = JSON.parse(text);
      if (isPlainObject(parsed)) return parsed;
    } catch {
      // Fall through to the warning below: garbage is treated like a missing file.
    }
    console.warn(`FileStore: ${this.path} is not a JSON object; reading it as empty`);
    return {};
  }

  private async writeAll(entries: Entries): Promise<void> {
    const tempPath = `${this.path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      await mkdir(dirname(this.path), { recursive: true });
      await writeFile(tempPath, `${JSON.stringify(entries, null, 2)}\n`, 'utf8');
      await rename(tempPath, this.path);
    } catch (error) {
      await rm(tempPath, { force: true }).catch(() => undefined);
      throw new StoreError('unavailable', `FileStore cannot write ${this.path}`, { cause: error });
    }
  }
}
