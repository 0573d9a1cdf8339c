import { Speech } from '../speech/ssml';
import { aside } from './asides';
import type { Display } from './display';
import { offerMenu } from './offers';
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
import { menu, triage, waiting } from './session';
import type { CoachReply, CoachTurn } from './turn';

export * from './safety-content';

/**
 * Safety questions and reported symptoms, as pure functions of the turn: the dialogue
 * around the content in `safety-content.ts`. Every word lives in the locale files under
 * `safety`, `symptoms` and `emergency`. What comes after an answer in a routine ("say
 * continue to go back to ...") is worded in asides.ts, for the whole skill.
 */

/** Every fixed key this module speaks, so a test can check each language has them all. */
export const SAFETY_KEYS = {
  emergencyNumber: 'emergency.number',
  unknown: 'safety.unknown',
  unknownShort: 'safety.unknownShort',
  examplesShort: 'safety.examplesShort',
  redFlag: 'safety.followUp.redFlag',
  followUpEmergency: 'safety.followUp.emergency',
  followUpCompanion: 'safety.followUp.companion',
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

/** The one question a sign alarming only in company gets, and what its answers say. */
export const TRIAGE_KEYS = {
  companionStop: 'symptoms.companion.stop',
  companionAsk: 'symptoms.companion.ask',
  companionReprompt: 'symptoms.companion.reprompt',
  companionTogether: 'symptoms.companion.together',
  companionNo: 'symptoms.companion.no',
  companionWhenToCheck: 'symptoms.companion.whenToCheck',
  companionUnsure: 'symptoms.companion.unsure',
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
function afterAnswer(turn: CoachTurn, lead: Speech, display: Display): CoachReply {
  if (turn.state.kind !== 'menu') return { ...aside(turn, lead), display };
  return { ...offerMenu(turn, lead.say(turn.t.text(SAFETY_KEYS.offerMenu)), true), display };
}

/** A short answer, then back to the routine or on to the menu, with another question welcome. */
export function answerSafetyQuestion(turn: CoachTurn, topic: SafetyTopicId | undefined): CoachReply {
  // Asking whether this is medical advice is answered with the disclaimer, so the first-use note is not said twice.
  const progress = topic === 'disclaimer' ? { ...turn.progress, disclaimerHeard: true } : turn.progress;
  const answered: CoachTurn = { ...turn, progress };
  // Not understood in a routine: a short word and one example, then how to go on from here.
  const lead =
    !topic && turn.state.kind === 'waiting'
      ? new Speech().say(turn.t.text(SAFETY_KEYS.unknownShort), turn.t.text(SAFETY_KEYS.examplesShort))
      : topicAnswer(answered, topic);
  return afterAnswer(answered, lead, { kind: 'safety', topic });
}

/**
 * A question about a symptom, asked rather than reported ("what should I do if I get chest
 * pain?"): the sign's advice and urgency, then the same offer as after any question.
 */
export function answerSymptomQuestion(turn: CoachTurn, symptom: SymptomId): CoachReply {
  return afterAnswer(turn, symptomAnswer(turn, symptom), { kind: 'safety', symptom });
}

/** Red flags end the routine: nothing to resume later, and the session closes. */
function endRoutine(turn: CoachTurn, speech: Speech): CoachReply {
  return { state: menu(), progress: { ...turn.progress, unfinished: undefined }, speech, end: true };
}

/** Whether the user was in a routine when the symptom came: the answer then says it has ended. */
function wasInRoutine(turn: CoachTurn): boolean {
  return turn.state.kind === 'waiting' || (turn.state.kind === 'triage' && turn.state.inRoutine);
}

/** The emergency answer: stop, why, call the number now. Nothing is said before it. */
function emergency(turn: CoachTurn, symptom: SymptomId, why: string): CoachReply {
  const { t } = turn;
  const speech = new Speech().say(t.text(SAFETY_KEYS.emergencyStop), why, t.text(SAFETY_KEYS.emergencyCall, { number: emergencyNumber(turn) }));
  if (wasInRoutine(turn)) speech.say(t.text(SAFETY_KEYS.routineEnded));
  speech.say(t.text(SAFETY_KEYS.goodbye));
  // Nothing is said before the advice to stop and get help: no storage notice, not even the first-use note.
  const reply = endRoutine(turn, speech);
  return { ...reply, progress: { ...reply.progress, disclaimerHeard: true }, urgent: true, display: { kind: 'redFlag', urgency: 'emergency', symptom } };
}

function seeADoctor(turn: CoachTurn, symptom: SymptomId): CoachReply {
  const { t } = turn;
  const number = emergencyNumber(turn);
  const speech = new Speech().say(t.text(SAFETY_KEYS.promptStop), t.text(symptomKey(symptom)), t.text(SAFETY_KEYS.promptSafetyNet, { number }));
  if (wasInRoutine(turn)) speech.say(t.text(SAFETY_KEYS.routineEnded));
  speech.say(t.text(SAFETY_KEYS.goodbye));
  return { ...endRoutine(turn, speech), urgent: true, display: { kind: 'redFlag', urgency: 'prompt', symptom } };
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

/**
 * A sign alarming only in company (sweating, nausea, feeling faint: people sweat when they
 * move): the stretch stops and one question asks about the others. The place is kept until
 * the answer says what to do with it; the reprompt already says to call if no answer comes.
 */
function askAboutTheOthers(turn: CoachTurn, signs: readonly SymptomId[]): CoachReply {
  const { t } = turn;
  return {
    state: triage(signs, turn.state.kind === 'waiting'),
    progress: turn.progress,
    // "Let's stop the stretch" only where one is under way.
    speech: new Speech().say(turn.state.kind === 'waiting' ? t.text(TRIAGE_KEYS.companionStop) : undefined, t.text(TRIAGE_KEYS.companionAsk)),
    reprompt: new Speech().say(t.text(TRIAGE_KEYS.companionReprompt, { number: emergencyNumber(turn) })),
    end: false,
    urgent: true,
    display: { kind: 'safety', symptom: signs[0], question: true },
  };
}

/**
 * A reported symptom stops the current stretch at once; what follows depends on its urgency.
 * `signs`: every sign heard in the words, most urgent first (the symptom is the first).
 */
export function respondToSymptom(turn: CoachTurn, symptom: SymptomId | undefined, signs: readonly SymptomId[] = symptom ? [symptom] : []): CoachReply {
  switch (symptomUrgency(symptom)) {
    case 'emergency':
      return emergency(turn, symptom!, turn.t.text(symptomKey(symptom!)));
    case 'companion':
      return askAboutTheOthers(turn, signs);
    case 'prompt':
      return seeADoctor(turn, symptom!);
    case 'ease':
      return ease(turn, symptom);
  }
}

/**
 * The answer to the one question about the other signs. Yes (or an emergency sign named):
 * the emergency answer. No: stop for today, rest, and when to get checked (the place is kept
 * for another day, unless a sign to see a doctor about came with it). Anything unclear: to
 * be safe, the emergency number. Every answer ends the session.
 */
export function answerAboutTheOthers(turn: CoachTurn, answer: 'yes' | 'no' | 'unclear'): CoachReply {
  const { t, state } = turn;
  const signs = state.kind === 'triage' ? state.signs : [];
  const first = signs[0] ?? 'sweating-nausea';
  const number = emergencyNumber(turn);
  if (answer === 'yes') return emergency(turn, first, t.text(TRIAGE_KEYS.companionTogether));
  if (answer === 'unclear') {
    const speech = new Speech().say(t.text(TRIAGE_KEYS.companionUnsure, { number }));
    if (wasInRoutine(turn)) speech.say(t.text(SAFETY_KEYS.routineEnded));
    speech.say(t.text(SAFETY_KEYS.goodbye));
    return { ...endRoutine(turn, speech), urgent: true, display: { kind: 'redFlag', urgency: 'emergency', symptom: first } };
  }
  const prompt = signs.filter((sign) => symptomUrgency(sign) === 'prompt');
  const speech = new Speech().say(t.text(TRIAGE_KEYS.companionNo), ...prompt.map((sign) => t.text(symptomKey(sign))));
  speech.say(t.text(TRIAGE_KEYS.companionWhenToCheck, { number }), t.text(SAFETY_KEYS.goodbye));
  const progress = prompt.length > 0 ? { ...turn.progress, unfinished: undefined } : turn.progress;
  return { state: menu(), progress, speech, end: true, urgent: true, display: { kind: 'redFlag', urgency: 'prompt', symptom: prompt[0] ?? first } };
}

/** The session closed while the question about the other signs was open: the reprompt said to call; nothing is kept to resume. */
export function unansweredAboutTheOthers(turn: CoachTurn): CoachTurn['progress'] {
  return { ...turn.progress, unfinished: undefined };
}
