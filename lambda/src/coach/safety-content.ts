/**
 * The safety content as data: which topics the skill answers, which symptoms it knows and
 * how urgent each one is. The ids are the SafetyTopic and Symptom slot value ids of the
 * interaction models; what people say for each one is in `understanding/vocabulary/`, and
 * every word the skill says about it is in the locale files under `safety.topics.<id>` and
 * `symptoms.items.<id>`. What the skill does with them is in `safety.ts`.
 */

/** `redFlag`: the topic is about a warning sign, so the answer says to tell us if it is happening now. */
export type FollowUp = 'redFlag';
export interface TopicInfo {
  followUp?: FollowUp;
  /**
   * A condition to check with a professional first: reported with discomfort ("I had
   * surgery and this hurts"), its answer comes before the discomfort one.
   */
  condition?: true;
}

export const SAFETY_TOPICS = {
  'crack-safe': {},
  'crack-why': {},
  'crack-worse': {},
  'crack-often': {},
  'crack-someone': {},
  'stretch-vs-crack': {},
  'stretch-frequency': {},
  'hold-length': {},
  'warm-up': {},
  /** "I don't feel anything", "no pain at all": nothing wrong, and how to get a little more from a stretch. */
  'feel-little': {},
  'should-hurt': {},
  numbness: { followUp: 'redFlag' },
  'shooting-pain': { followUp: 'redFlag' },
  injury: { followUp: 'redFlag', condition: true },
  'see-doctor': {},
  causes: {},
  posture: {},
  'heat-ice': {},
  painkiller: {},
  pregnancy: { condition: true },
  osteoporosis: { condition: true },
  surgery: { condition: true },
  disclaimer: {},
} as const satisfies Record<string, TopicInfo>;

export type SafetyTopicId = keyof typeof SAFETY_TOPICS;
export const SAFETY_TOPIC_IDS = Object.keys(SAFETY_TOPICS) as SafetyTopicId[];

/**
 * Most urgent first. `emergency`: call the emergency number now, whatever else was said.
 * `companion`: alarming only in company (people sweat when they move): one question about
 * the signs it would come with, chest pain or pressure, pain in the arm or jaw, trouble
 * breathing; yes or no answer is an emergency. `prompt`: stop and get medical care soon.
 * `ease`: ease off, skip the stretch or go gentler.
 */
export const URGENCIES = ['emergency', 'companion', 'prompt', 'ease'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const SYMPTOMS = {
  /** "Call an ambulance", "I think I'm having a heart attack": the user says it is one. */
  emergency: 'emergency',
  'chest-pain': 'emergency',
  breathless: 'emergency',
  'radiating-pain': 'emergency',
  /** A cold sweat, sweating, nausea. */
  'sweating-nausea': 'companion',
  /** About to faint or pass out (having passed out is `emergency`). */
  faint: 'companion',
  numbness: 'prompt',
  tingling: 'prompt',
  weakness: 'prompt',
  'shooting-pain': 'prompt',
  dizzy: 'prompt',
  fever: 'prompt',
  'bladder-bowel': 'prompt',
  'weight-loss': 'prompt',
  pain: 'ease',
  discomfort: 'ease',
} as const satisfies Record<string, Urgency>;

export type SymptomId = keyof typeof SYMPTOMS;
export const SYMPTOM_IDS = Object.keys(SYMPTOMS) as SymptomId[];

export function toSafetyTopicId(id: string | undefined): SafetyTopicId | undefined {
  return id !== undefined && Object.hasOwn(SAFETY_TOPICS, id) ? (id as SafetyTopicId) : undefined;
}

export function toSymptomId(id: string | undefined): SymptomId | undefined {
  return id !== undefined && Object.hasOwn(SYMPTOMS, id) ? (id as SymptomId) : undefined;
}

/** An unrecognised symptom is treated as discomfort: stop the stretch and ease off. */
export function symptomUrgency(id: SymptomId | undefined): Urgency {
  return id ? SYMPTOMS[id] : 'ease';
}

export const topicKey = (id: SafetyTopicId) => `safety.topics.${id}` as const;
export const symptomKey = (id: SymptomId) => `symptoms.items.${id}` as const;
