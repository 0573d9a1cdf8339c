import { Speech } from '../speech/ssml';
import { aside } from './asides';
import { offerMenu } from './offers';
import { menu, waiting } from './session';
import type { CoachReply, CoachTurn } from './turn';

/**
 * Safety questions and reported symptoms, as pure functions of the turn. The ids
 * are the SafetyTopic and Symptom slot value ids of the interaction models; every
 * word lives in the locale files under `safety`, `symptoms` and `emergency`.
 */

/** `redFlag`: the topic is about a warning sign, so the answer says to tell us if it is happening now. */
type FollowUp = 'redFlag';
interface TopicInfo {
  followUp?: FollowUp;
}

const SAFETY_TOPICS = {
  'crack-safe': {},
  'crack-why': {},
  'crack-worse': {},
  'crack-often': {},
  'crack-someone': {},
  'stretch-vs-crack': {},
  'stretch-frequency': {},
  'hold-length': {},
  'warm-up': {},
  'should-hurt': {},
  numbness: { followUp: 'redFlag' },
  'shooting-pain': { followUp: 'redFlag' },
  injury: { followUp: 'redFlag' },
  'see-doctor': {},
  causes: {},
  posture: {},
  'heat-ice': {},
  painkiller: {},
  pregnancy: {},
  osteoporosis: {},
  surgery: {},
  disclaimer: {},
} as const satisfies Record<string, TopicInfo>;

export type SafetyTopicId = keyof typeof SAFETY_TOPICS;
export const SAFETY_TOPIC_IDS = Object.keys(SAFETY_TOPICS) as SafetyTopicId[];

/**
 * `emergency`: call the emergency number now. `prompt`: stop and get medical care soon.
 * `ease`: ease off, skip the stretch or go gentler.
 */
type Urgency = 'emergency' | 'prompt' | 'ease';

export const SYMPTOMS = {
  /** "Call an ambulance", "I think I'm having a heart attack": the user says it is one. */
  emergency: 'emergency',
  'chest-pain': 'emergency',
  breathless: 'emergency',
  'radiating-pain': 'emergency',
  'sweating-nausea': 'emergency',
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

export const topicKey = (id: SafetyTopicId): string => `safety.topics.${id}`;
export const symptomKey = (id: SymptomId): string => `symptoms.items.${id}`;

/** Every fixed key this module speaks, so a test can check each language has them all. */
export const SAFETY_KEYS = {
  emergencyNumber: 'emergency.number',
  unknown: 'safety.unknown',
  redFlag: 'safety.followUp.redFlag',
  offerMenu: 'safety.offer.menu',
  emergencyStop: 'symptoms.emergency.stop',
  emergencyCall: 'symptoms.emergency.call',
  promptStop: 'symptoms.prompt.stop',
  promptSafetyNet: 'symptoms.prompt.safetyNet',
  routineEnded: 'symptoms.routineEnded',
  goodbye: 'symptoms.goodbye',
  easeStop: 'symptoms.ease.stop',
  easeUnsure: 'symptoms.ease.unsure',
  easeOfferSkip: 'symptoms.ease.offerSkip',
  easeOfferSkipOrGentle: 'symptoms.ease.offerSkipOrGentle',
  easeRepromptSkip: 'symptoms.ease.repromptSkip',
  easeRepromptSkipOrGentle: 'symptoms.ease.repromptSkipOrGentle',
  easeOutside: 'symptoms.ease.outside',
} as const;

/** Every key the safety content needs in each language. */
export function safetyContentKeys(): string[] {
  return [...SAFETY_TOPIC_IDS.map(topicKey), ...SYMPTOM_IDS.map(symptomKey), ...Object.values(SAFETY_KEYS)];
}

function emergencyNumber(turn: CoachTurn): string {
  return turn.t.text(SAFETY_KEYS.emergencyNumber);
}

/** The answer alone, without the offer that follows it. */
export function topicAnswer(turn: CoachTurn, topic: SafetyTopicId | undefined): Speech {
  const { t } = turn;
  if (!topic) return new Speech().say(t.text(SAFETY_KEYS.unknown));
  const info: TopicInfo = SAFETY_TOPICS[topic];
  const answer = new Speech().say(t.text(topicKey(topic), { number: emergencyNumber(turn) }));
  if (info.followUp === 'redFlag') answer.say(t.text(SAFETY_KEYS.redFlag));
  return answer;
}

/** A short answer, then back to the routine or on to the menu, with another question welcome. */
export function answerSafetyQuestion(turn: CoachTurn, topic: SafetyTopicId | undefined): CoachReply {
  // Asking whether this is medical advice is answered with the disclaimer, so the first-use note is not said twice.
  const progress = topic === 'disclaimer' ? { ...turn.progress, disclaimerHeard: true } : turn.progress;
  const answered: CoachTurn = { ...turn, progress };
  const lead = topicAnswer(answered, topic);
  const display = { kind: 'safety', topic } as const;
  // In a routine, or instead of answering "shall we pick up there?": the same question again.
  if (turn.state.kind !== 'menu') return { ...aside(answered, lead), display };
  return { ...offerMenu(answered, lead.say(turn.t.text(SAFETY_KEYS.offerMenu)), true), display };
}

/** Red flags end the routine: nothing to resume later, and the session closes. */
function endRoutine(turn: CoachTurn, speech: Speech): CoachReply {
  return { state: menu(), progress: { ...turn.progress, unfinished: undefined }, speech, end: true };
}

function redFlag(turn: CoachTurn, symptom: SymptomId, urgency: 'emergency' | 'prompt'): CoachReply {
  const { t } = turn;
  const number = emergencyNumber(turn);
  const speech = new Speech();
  if (urgency === 'emergency') {
    speech.say(t.text(SAFETY_KEYS.emergencyStop), t.text(symptomKey(symptom)), t.text(SAFETY_KEYS.emergencyCall, { number }));
  } else {
    speech.say(t.text(SAFETY_KEYS.promptStop), t.text(symptomKey(symptom)), t.text(SAFETY_KEYS.promptSafetyNet, { number }));
  }
  if (turn.state.kind === 'waiting') speech.say(t.text(SAFETY_KEYS.routineEnded));
  speech.say(t.text(SAFETY_KEYS.goodbye));
  // Nothing is said before the advice to stop and get help: no storage notice, and for an
  // emergency not even the first-use note.
  const reply = { ...endRoutine(turn, speech), urgent: true, display: { kind: 'redFlag', urgency, symptom } as const };
  if (urgency === 'emergency') return { ...reply, progress: { ...reply.progress, disclaimerHeard: true } };
  return reply;
}

function ease(turn: CoachTurn, symptom: SymptomId | undefined): CoachReply {
  const { t, state } = turn;
  const advice = new Speech();
  if (symptom) advice.say(t.text(symptomKey(symptom)));
  else advice.say(t.text(SAFETY_KEYS.easeUnsure));
  if (state.kind !== 'waiting') return offerMenu(turn, advice.say(t.text(SAFETY_KEYS.easeOutside)), true);

  const gentleAlready = state.place.routine === 'gentle';
  const offer = t.text(gentleAlready ? SAFETY_KEYS.easeOfferSkip : SAFETY_KEYS.easeOfferSkipOrGentle);
  const reprompt = t.text(gentleAlready ? SAFETY_KEYS.easeRepromptSkip : SAFETY_KEYS.easeRepromptSkipOrGentle);
  return {
    state: waiting(state.place, state.stage, state.body, state.startedAt, 'skip'),
    progress: turn.progress,
    speech: new Speech().say(t.text(SAFETY_KEYS.easeStop)).append(advice).say(offer),
    reprompt: new Speech().say(reprompt),
    end: false,
  };
}

/** A reported symptom stops the current stretch at once; what follows depends on its urgency. */
export function respondToSymptom(turn: CoachTurn, symptom: SymptomId | undefined): CoachReply {
  const urgency = symptomUrgency(symptom);
  if (symptom && urgency !== 'ease') return redFlag(turn, symptom, urgency);
  return ease(turn, symptom);
}
