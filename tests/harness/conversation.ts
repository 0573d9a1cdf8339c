import type { Place } from '../../lambda/src/coach/place';
import { parseSessionState, type Playing } from '../../lambda/src/coach/session';
import { SPEECH_START_SECONDS, WAKE_WORD_SECONDS, type Segment } from '../../lambda/src/coach/timeline';
import { SkillDriver, type ConversationOptions } from '../../scripts/lib/driver';
import { expectValidResponse } from './validate';

export type { ConversationOptions, Reply } from '../../scripts/lib/driver';

/** A moment inside a segment: just after it starts, halfway, or just before it ends. */
export type Moment = 'start' | 'middle' | 'end';

/**
 * The skill driver as tests use it: every response, in every dialog test, must pass
 * the response validator (the skill's own checks plus ssml-check-core).
 */
export class Conversation extends SkillDriver {
  constructor(options: ConversationOptions = {}) {
    super({ check: expectValidResponse, ...options });
  }

  /** The narration the last response started, as the session state keeps it. */
  playing(): Playing {
    const { state } = parseSessionState(this.sessionAttributes?.state);
    if (state.kind !== 'playing' && state.kind !== 'finishing') throw new Error(`the last response narrated nothing (${state.kind})`);
    return state;
  }

  /** The places of the last response's timeline that were narrated or moved to, in order. */
  narratedPlaces(): Place[] {
    const places: Place[] = [];
    for (const segment of this.playing().timeline.segments) {
      if (segment.kind !== 'setup' && segment.kind !== 'move') continue;
      const last = places[places.length - 1];
      if (!last || last.stretch !== segment.place.stretch || last.side !== segment.place.side) places.push(segment.place);
    }
    return places;
  }

  /**
   * The next request comes while the first segment that `find` picks is playing, as a user
   * cutting in with the wake word would send it: Alexa starts to speak a moment after the
   * response, and the request leaves once "Alexa, ..." has been said.
   */
  during(find: (segment: Segment) => boolean, moment: Moment): this {
    const { at, timeline } = this.playing();
    const index = timeline.segments.findIndex(find);
    const segment = timeline.segments[index];
    if (!segment) throw new Error('no such segment in the last response');
    const end = timeline.segments[index + 1]?.start ?? timeline.end;
    const offset = moment === 'start' ? Math.min(0.5, (end - segment.start) / 2) : moment === 'end' ? Math.max(end - 0.5, segment.start) - segment.start : (end - segment.start) / 2;
    const sentAt = this.clock;
    return this.after((at - sentAt) / 1000 + SPEECH_START_SECONDS + segment.start + offset + WAKE_WORD_SECONDS);
  }
}
