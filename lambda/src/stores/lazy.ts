import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';

/**
 * A store whose module loads in the background. The DynamoDB store pulls in the AWS
 * SDK (most of a cold start), the file store the file system; loading them this way
 * starts at cold start, where init time is cheapest, and only for the store in use.
 */
export class LazyStore implements PersistenceAdapter {
  private readonly store: Promise<PersistenceAdapter & { close?: () => void }>;

  constructor(load: () => Promise<PersistenceAdapter & { close?: () => void }>) {
    this.store = load();
    // A failed load is reported by the first call that needs the store, not as an unhandled rejection.
    this.store.catch(() => undefined);
  }

  loaded(): Promise<PersistenceAdapter> {
    return this.store;
  }

  async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    return (await this.store).getAttributes(envelope);
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    return (await this.store).saveAttributes(envelope, attributes);
  }

  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    const store = await this.store;
    await (store.deleteAttributes ? store.deleteAttributes(envelope) : store.saveAttributes(envelope, {}));
  }

  async close(): Promise<void> {
    (await this.store).close?.();
  }
}
