import { SkillDriver, type ConversationOptions } from '../../scripts/lib/driver';
import { expectValidResponse } from './validate';

export type { ConversationOptions, Moment, Reply } from '../../scripts/lib/driver';

/**
 * The skill driver as tests use it: every response, in every dialog test, must pass
 * the response validator (the skill's own checks plus ssml-check-core).
 */
export class Conversation extends SkillDriver {
  constructor(options: ConversationOptions = {}) {
    super({ check: expectValidResponse, ...options });
  }
}
