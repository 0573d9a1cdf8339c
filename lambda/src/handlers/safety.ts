import type { HandlerInput } from 'ask-sdk-core';
import type { SkillHandler } from './skill-handler';
import { answerAboutTheOthers, answerSafetyQuestion, answerSymptomQuestion, respondToSymptom, symptomUrgency } from '../coach/safety';
import { heardQuestion, heardReport, redFlagInOtherWords, type SlotReading } from '../understanding/heard';
import { getTurnContext, hasTurnContext } from '../voice/context';
import { respond } from '../voice/respond';
import { intentName, isIntent, isRequestType, resolvedSlotId, slotWords, unmatchedSlotWords } from '../voice/slots';

function reading(input: HandlerInput, slot: string): SlotReading {
  return { id: resolvedSlotId(input, slot), words: slotWords(input, slot) };
}

/**
 * "Is it safe to crack my back?", "what if my arm tingles?": a short answer, then back to
 * the routine or the menu. A question about a symptom gets the symptom's advice and urgency.
 */
export const SafetyQuestionHandler: SkillHandler = {
  canHandle: (input) => isIntent(input, 'SafetyQuestionIntent'),
  handle: (input) => {
    const turn = getTurnContext(input);
    const heard = heardQuestion(turn.t.locale, { topic: reading(input, 'topic'), symptom: reading(input, 'symptom') });
    if (heard.kind === 'symptom') return respond(input, answerSymptomQuestion(turn, heard.symptom));
    return respond(input, answerSafetyQuestion(turn, heard.kind === 'topic' ? heard.topic : undefined));
  },
};

/**
 * "It hurts", "I have chest pain": the stretch stops at once, and the answer matches the
 * urgency. Words that name a topic instead ("I'm pregnant", "no pain at all") get its answer.
 */
export const ReportSymptomHandler: SkillHandler = {
  canHandle: (input) => isIntent(input, 'ReportSymptomIntent'),
  handle: (input) => {
    const turn = getTurnContext(input);
    const heard = heardReport(turn.t.locale, reading(input, 'symptom'));
    if (heard.kind === 'topic') return respond(input, answerSafetyQuestion(turn, heard.topic));
    if (heard.kind === 'symptom') return respond(input, respondToSymptom(turn, heard.symptom, heard.signs));
    return respond(input, respondToSymptom(turn, undefined));
  },
};

const SAFETY_INTENTS = ['SafetyQuestionIntent', 'ReportSymptomIntent'];

/** A red flag in words another intent's slot could not match, or undefined. */
function redFlagInOtherSlots(input: HandlerInput) {
  const intent = intentName(input);
  if (intent === undefined || SAFETY_INTENTS.includes(intent)) return undefined;
  return redFlagInOtherWords(input.requestEnvelope.request.locale ?? '', unmatchedSlotWords(input));
}

/**
 * A red flag said where Alexa heard another intent: "I've got a crushing pain in my chest"
 * can come as StartRoutineIntent ("I've got {routine}") with the words unmatched. Carrier
 * phrases overlap, so a red flag in any unmatched slot gets the red flag's answer, never
 * "which routine?". Registered before every other intent handler.
 */
export const RedFlagInOtherWordsHandler: SkillHandler = {
  canHandle: (input) => redFlagInOtherSlots(input) !== undefined,
  handle: (input) => respond(input, respondToSymptom(getTurnContext(input), redFlagInOtherSlots(input))),
};

/**
 * The answer to the one question about the other signs ("do you also have chest pain or
 * pressure, ...?"), whatever the words: yes, or an emergency sign named, is yes; no, or a
 * denial of the signs ("no chest pain"), is no; anything else (help, stop, a touch, words not
 * understood, another sign) is not a clear answer, which to be safe gets the emergency number.
 * Registered before every other handler but the red flag in other words.
 */
export const TriageAnswerHandler: SkillHandler = {
  canHandle: (input) =>
    isRequestType(input, 'IntentRequest', 'Alexa.Presentation.APL.UserEvent') && hasTurnContext(input) && getTurnContext(input).state.kind === 'triage',
  handle: (input) => {
    const turn = getTurnContext(input);
    return respond(input, answerAboutTheOthers(turn, triageAnswer(input, turn.t.locale)));
  },
};

function triageAnswer(input: HandlerInput, locale: string): 'yes' | 'no' | 'unclear' {
  if (isIntent(input, 'AMAZON.YesIntent')) return 'yes';
  if (isIntent(input, 'AMAZON.NoIntent')) return 'no';
  if (isIntent(input, 'ReportSymptomIntent', 'SafetyQuestionIntent')) {
    const heard = heardReport(locale, reading(input, isIntent(input, 'ReportSymptomIntent') ? 'symptom' : 'topic'));
    if (heard.kind === 'symptom' && symptomUrgency(heard.symptom) === 'emergency') return 'yes';
    if (heard.kind === 'nothing' && heard.denied.length > 0) return 'no';
  }
  return 'unclear';
}
