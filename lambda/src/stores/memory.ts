import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { userIdOf } from './user-id';

/**
 * In-process store for tests and local runs. Records are deep-copied on the way
 * in and out so a handler mutating its attributes cannot change what is stored
 * without calling saveAttributes (the same behaviour as a real database).
 */
export class MemoryStore implements PersistenceAdapter {
  private readonly records = new Map<string, Record<string, unknown>>();

  async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    const record = this.records.get(userIdOf(envelope));
    return record ? structuredClone(record) : {};
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    this.records.set(userIdOf(envelope), structuredClone(attributes));
  }

  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    this.records.delete(userIdOf(envelope));
  }
}
