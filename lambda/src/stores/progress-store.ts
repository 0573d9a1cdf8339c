import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { parseProgress, type ParsedProgress, type ProgressRecord } from '../coach/progress';

/**
 * The skill's view of storage: one progress record per user, parsed on the way in.
 * Failures are results, not exceptions, so a broken database costs the user their
 * saved place at worst, never the conversation.
 */
type LoadResult = ({ ok: true } & ParsedProgress) | { ok: false; error: unknown };
type SaveResult = { ok: true } | { ok: false; error: unknown };

export interface ProgressStore {
  load(envelope: RequestEnvelope): Promise<LoadResult>;
  save(envelope: RequestEnvelope, progress: ProgressRecord): Promise<SaveResult>;
  remove(envelope: RequestEnvelope): Promise<SaveResult>;
}

export function progressStore(adapter: PersistenceAdapter): ProgressStore {
  return {
    async load(envelope) {
      try {
        return { ok: true, ...parseProgress(await adapter.getAttributes(envelope)) };
      } catch (error) {
        return { ok: false, error };
      }
    },
    async save(envelope, progress) {
      try {
        await adapter.saveAttributes(envelope, { ...progress });
        return { ok: true };
      } catch (error) {
        return { ok: false, error };
      }
    },
    async remove(envelope) {
      try {
        await (adapter.deleteAttributes?.(envelope) ?? adapter.saveAttributes(envelope, {}));
        return { ok: true };
      } catch (error) {
        return { ok: false, error };
      }
    },
  };
}
