import type { RequestEnvelope } from 'ask-sdk-model';
import type { SaveResult } from '../stores/progress-store';
import type { TurnContext } from './context';

/**
 * Writes the turn's progress over the record the session last read or wrote. When
 * another session had written meanwhile, what was saved is the merge of both, and the
 * session goes on with that (another device's unfinished place, its finished routines).
 */
export async function writeProgress(envelope: RequestEnvelope, context: TurnContext): Promise<SaveResult> {
  if (!context.store) return { ok: false, error: new Error('No store') };
  const result = await context.store.save(envelope, context.progress, context.storage.saved, context.now);
  if (result.ok) {
    context.progress = result.saved.progress;
    context.storage = { ...context.storage, saved: result.saved };
  }
  return result;
}
