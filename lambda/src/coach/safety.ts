import { Speech } from '../speech/ssml';
import { offerMenu, offerResume, type CoachReply, type CoachTurn } from './coaching';
import { getStretch } from './catalog';
import { secondRoundKeys, stretchName } from './narration';
import { advancePosition, currentStretchId, isMidStretch, type Position } from './session';
import {
  SAFETY_TOPICS,
  SAFETY_TOPIC_IDS,
  SYMPTOM_IDS,
  symptomKey,
  symptomUrgency,
  topicKey,
  type SafetyTopicId,
  type SymptomId,
  type TopicInfo,
} from './safety-content';

export * from './safety-content';

/**
 * Safety questions and reported symptoms, as pure functions of the turn: the dialogue
 * around the content in `safety-content.ts`. Every word lives in the locale files under
 * `safety`, `symptoms` and `emergency`.
 */

/** Every fixed key this module speaks, so a test can check each language has them all. */
export const SAFETY_KEYS = {
  emergencyNumber: 'emergency.number',
  unknown: 'safety.unknown',
  redFlag: 'safety.followUp.redFlag',
  followUpEmergency: 'safety.followUp.emergency',
  followUpCompanion: 'safety.followUp.companion',
  offerBack: 'safety.offer.back',
  offerNext: 'safety.offer.next',
  offerNextSide: 'safety.offer.nextSide',
  offerNextLower: 'safety.offer.nextLower',
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

/**
 * Words the session state machine will speak: the one question a sign alarming only in
 * company gets (`symptoms.companion`), and a shorter "I can't answer that" to say before
 * what can be done at this point of the routine. Here so every language is checked to
 * have them.
 */
export const TRIAGE_KEYS = {
  companionStop: 'symptoms.companion.stop',
  companionAsk: 'symptoms.companion.ask',
  companionReprompt: 'symptoms.companion.reprompt',
  companionTogether: 'symptoms.companion.together',
  companionNo: 'symptoms.companion.no',
  companionWhenToCheck: 'symptoms.companion.whenToCheck',
  companionUnsure: 'symptoms.companion.unsure',
  unknownShort: 'safety.unknownShort',
  examplesShort: 'safety.examplesShort',
} as const;

/** Every key the safety content needs in each language. */
export function safetyContentKeys(): string[] {
  return [...SAFETY_TOPIC_IDS.map(topicKey), ...SYMPTOM_IDS.map(symptomKey), ...Object.values(SAFETY_KEYS), ...Object.values(TRIAGE_KEYS)];
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

/**
 * After an answer mid-routine, "continue" goes back to where the user was: the same
 * segment when they cut into it (or were paused in it), the next one when it was done.
 */
function offerToContinue(turn: CoachTurn, position: Position, lead: Speech): CoachReply {
  const { t, state } = turn;
  const next = advancePosition(position);
  // The last segment has no "next": going back to it is the only way on.
  const midSegment = isMidStretch(state, turn.now) || !next;
  let offer: string;
  if (midSegment || !next) offer = t.text(SAFETY_KEYS.offerBack, { name: stretchName(t, currentStretchId(position)) });
  else if (next.stretch === position.stretch) offer = t.text(secondRoundKeys(getStretch(currentStretchId(next))).offer);
  else offer = t.text(SAFETY_KEYS.offerNext, { name: stretchName(t, currentStretchId(next)) });
  return {
    state: { ...state, pending: midSegment ? 'continue' : 'next', segmentEndsAt: undefined },
    progress: turn.progress,
    speech: lead.say(offer),
    reprompt: new Speech().say(offer),
    end: false,
  };
}

/**
 * The answer to a question about a symptom ("what if my arm tingles?"), without the offer
 * that follows it: what the sign means, then what to do if it is happening. A red flag asked
 * about gets its own urgency (an emergency sign, to call the number), never "I can't answer".
 */
export function symptomAnswer(turn: CoachTurn, symptom: SymptomId): Speech {
  const { t } = turn;
  const urgency = symptomUrgency(symptom);
  // Alone it is rarely serious, so the answer says which signs would make it an emergency.
  if (urgency === 'companion') return new Speech().say(t.text(SAFETY_KEYS.followUpCompanion, { number: emergencyNumber(turn) }));
  const answer = new Speech().say(t.text(symptomKey(symptom)));
  if (urgency === 'emergency') answer.say(t.text(SAFETY_KEYS.followUpEmergency, { number: emergencyNumber(turn) }));
  else if (urgency === 'prompt') answer.say(t.text(SAFETY_KEYS.redFlag));
  return answer;
}

/** After an answer: back to the routine, the resume offer still standing, or the menu, with another question welcome. */
function afterAnswer(turn: CoachTurn, lead: Speech): CoachReply {
  const position = turn.state.position;
  if (position) return offerToContinue(turn, position, lead);
  // A question asked instead of answering "shall we pick up there?" leaves that offer standing.
  const unfinished = turn.progress.unfinished;
  if (turn.state.offer && unfinished) return offerResume(turn, unfinished, lead);
  return offerMenu(turn, lead.say(turn.t.text(SAFETY_KEYS.offerMenu)), true);
}

/** A short answer, then back to the routine or on to the menu, with another question welcome. */
export function answerSafetyQuestion(turn: CoachTurn, topic: SafetyTopicId | undefined): CoachReply {
  // Asking whether this is medical advice is answered with the disclaimer, so the first-use note is not said twice.
  const progress = topic === 'disclaimer' ? { ...turn.progress, disclaimerHeard: true } : turn.progress;
  const answered: CoachTurn = { ...turn, progress };
  return afterAnswer(answered, topicAnswer(answered, topic));
}

/**
 * A question about a symptom, asked rather than reported ("what should I do if I get chest
 * pain?"): the sign's advice and urgency, then the same offer as after any question.
 */
export function answerSymptomQuestion(turn: CoachTurn, symptom: SymptomId): CoachReply {
  return afterAnswer(turn, symptomAnswer(turn, symptom));
}

/** Red flags end the routine: nothing to resume later, and the session closes. */
function endRoutine(turn: CoachTurn, speech: Speech): CoachReply {
  return {
    state: {
      ...turn.state,
      position: undefined,
      offer: undefined,
      paused: false,
      pending: undefined,
      segmentEndsAt: undefined,
      startedAt: undefined,
    },
    progress: { ...turn.progress, unfinished: undefined },
    speech,
    end: true,
  };
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
  if (turn.state.position) speech.say(t.text(SAFETY_KEYS.routineEnded));
  speech.say(t.text(SAFETY_KEYS.goodbye));
  // Nothing is said before the advice to stop and get help: no storage notice, and for an
  // emergency not even the first-use note.
  const reply = { ...endRoutine(turn, speech), urgent: true };
  if (urgency === 'emergency') return { ...reply, progress: { ...reply.progress, disclaimerHeard: true } };
  return reply;
}

function ease(turn: CoachTurn, symptom: SymptomId | undefined): CoachReply {
  const { t, state } = turn;
  const advice = new Speech();
  if (symptom) advice.say(t.text(symptomKey(symptom)));
  else advice.say(t.text(SAFETY_KEYS.easeUnsure));
  const position = state.position;
  if (!position) return offerMenu(turn, advice.say(t.text(SAFETY_KEYS.easeOutside)), true);

  const gentleAlready = position.routine === 'gentle';
  const offer = t.text(gentleAlready ? SAFETY_KEYS.easeOfferSkip : SAFETY_KEYS.easeOfferSkipOrGentle);
  const reprompt = t.text(gentleAlready ? SAFETY_KEYS.easeRepromptSkip : SAFETY_KEYS.easeRepromptSkipOrGentle);
  return {
    state: { ...state, paused: true, pending: 'skip', segmentEndsAt: undefined },
    progress: turn.progress,
    speech: new Speech().say(t.text(SAFETY_KEYS.easeStop)).append(advice).say(offer),
    reprompt: new Speech().say(reprompt),
    end: false,
  };
}

/** A reported symptom stops the current stretch at once; what follows depends on its urgency. */
export function respondToSymptom(turn: CoachTurn, symptom: SymptomId | undefined): CoachReply {
  const urgency = symptomUrgency(symptom);
  // A sign alarming only in company ('companion') gets one question about the others once the
  // session state machine can wait for its answer; until then it gets the answer that question
  // gives when nobody replies: the emergency one.
  if (symptom && urgency !== 'ease') return redFlag(turn, symptom, urgency === 'prompt' ? 'prompt' : 'emergency');
  return ease(turn, symptom);
}
