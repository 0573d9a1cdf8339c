import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { StoreError } from './store-error';
import { userIdOf } from './user-id';

type RecordsByUser = Record<string, Record<string, unknown>>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isMissingFile(error: unknown): boolean {
  // Checked by shape, not instanceof: fs errors can come from another realm (e.g. under jest's VM).
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT';
}

/**
 * Local-development store: one JSON file holding {userId: record}. Reads
 * tolerate a missing or hand-mangled file (it reads as empty) because this
 * file is meant to be poked at by developers; writes go to a temp file that is
 * renamed over the original so a crash never leaves half a JSON document.
 */
export class FileStore implements PersistenceAdapter {
  /** Serialises read-modify-write cycles so concurrent saves in one process do not drop each other. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly path: string) {}

  async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    const userId = userIdOf(envelope);
    const records = await this.enqueue(() => this.readAll());
    const record = records[userId];
    if (record === undefined) return {};
    if (!isPlainObject(record)) {
      console.warn(`FileStore: ignoring a record that is not an object in ${this.path}`);
      return {};
    }
    return record;
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    const userId = userIdOf(envelope);
    await this.enqueue(async () => {
      const records = await this.readAll();
      // Round-trip through JSON so the stored copy is detached from the caller's object.
      records[userId] = JSON.parse(JSON.stringify(attributes)) as Record<string, unknown>;
      await this.writeAll(records);
    });
  }

  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    const userId = userIdOf(envelope);
    await this.enqueue(async () => {
      const records = await this.readAll();
      if (!(userId in records)) return;
      delete records[userId];
      await this.writeAll(records);
    });
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async readAll(): Promise<RecordsByUser> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if (isMissingFile(error)) return {};
      throw new StoreError('unavailable', `FileStore cannot read ${this.path}`, { cause: error });
    }
    try {
      const parsed: unknown = JSON.parse(text);
      if (isPlainObject(parsed)) return parsed as RecordsByUser;
    } catch {
      // Fall through to the warning below: garbage is treated like a missing file.
    }
    console.warn(`FileStore: ${this.path} is not a JSON object; reading it as empty`);
    return {};
  }

  private async writeAll(records: RecordsByUser): Promise<void> {
    const tempPath = `${this.path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      await mkdir(dirname(this.path), { recursive: true });
      await writeFile(tempPath, `${JSON.stringify(records, null, 2)}\n`, 'utf8');
      await rename(tempPath, this.path);
    } catch (error) {
      await rm(tempPath, { force: true }).catch(() => undefined);
      throw new StoreError('unavailable', `FileStore cannot write ${this.path}`, { cause: error });
    }
  }
}
