import type { RequestHandler } from 'ask-sdk-core';
import { answerSafetyQuestion, respondToSymptom, toSafetyTopicId, toSymptomId } from '../coach/safety';
import { getTurnContext } from '../voice/context';
import { respond } from '../voice/respond';
import { isIntent, resolvedSlotId } from '../voice/slots';

/** "Is it safe to crack my back?": a short answer, then back to the routine or the menu. */
export const SafetyQuestionHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'SafetyQuestionIntent'),
  handle: (input) =>
    respond(input, answerSafetyQuestion(getTurnContext(input), toSafetyTopicId(resolvedSlotId(input, 'topic')))),
};

/** "It hurts", "I have chest pain": the stretch stops at once, and the answer matches the urgency. */
export const ReportSymptomHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'ReportSymptomIntent'),
  handle: (input) => respond(input, respondToSymptom(getTurnContext(input), toSymptomId(resolvedSlotId(input, 'symptom')))),
};
