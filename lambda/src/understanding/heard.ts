import { URGENCIES, symptomUrgency, toSafetyTopicId, toSymptomId, type SymptomId } from '../coach/safety-content';
import { understand, type Heard } from './matcher';

/**
 * What a safety question or a symptom report was about, from its slots: the value id
 * Alexa matched, if any, and the words as heard. Alexa's entity resolution decides first;
 * the matcher reads the words when it matched nothing (ER_SUCCESS_NO_MATCH) or matched
 * a value of the wrong kind for the intent, and it always gets to raise the urgency: a red
 * flag anywhere in the words is never answered more weakly than its listed words would be.
 */

export interface SlotReading {
  /** The id entity resolution matched, or undefined. */
  readonly id?: string;
  /** The words as heard, matched or not. */
  readonly words?: string;
}

const rank = (id: SymptomId): number => URGENCIES.indexOf(symptomUrgency(id));

/** The more urgent of a matched symptom and what the words say. */
function mostUrgent(matched: SymptomId, words: Heard): Heard {
  const heard: Heard = { kind: 'symptom', symptom: matched, urgency: symptomUrgency(matched), signs: [matched] };
  if (words.kind !== 'symptom' || rank(words.symptom) >= rank(matched)) return heard;
  return { ...words, signs: words.signs.includes(matched) ? words.signs : [...words.signs, matched] };
}

/** "It hurts", "a crushing pain in my chest", "I'm pregnant": a report, understood urgency first. */
export function heardReport(locale: string, symptom: SlotReading): Heard {
  const words = understand(locale, symptom.words, 'report');
  const matched = toSymptomId(symptom.id);
  return matched ? mostUrgent(matched, words) : words;
}

/**
 * "What if my arm tingles?", "is it safe to crack my back?": a question, by its topic or its
 * symptom slot. A matched topic is the answer unless the words hold an emergency sign.
 */
export function heardQuestion(locale: string, slots: { topic?: SlotReading; symptom?: SlotReading }): Heard {
  const said = [slots.symptom?.words, slots.topic?.words].filter(Boolean).join(' ');
  const words = understand(locale, said, 'question');
  const symptom = toSymptomId(slots.symptom?.id);
  if (symptom) return mostUrgent(symptom, words);
  const topic = toSafetyTopicId(slots.topic?.id);
  if (topic && !(words.kind === 'symptom' && words.urgency === 'emergency')) return { kind: 'topic', topic };
  return words;
}

/**
 * A red flag in words another intent's slots could not match ("I've got {routine}" heard
 * with "a crushing pain in my chest"), or undefined: carrier phrases overlap across
 * intents, and a red flag must not depend on which one Alexa picked.
 */
export function redFlagInOtherWords(locale: string, words: readonly string[]): SymptomId | undefined {
  if (words.length === 0) return undefined;
  const heard = understand(locale, words.join(' '), 'report');
  return heard.kind === 'symptom' && heard.urgency !== 'ease' ? heard.symptom : undefined;
}
