import { check } from 'ssml-check-core';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { responseProblems } from '../../lambda/src/speech/validate';

/**
 * The skill's own response checks (SSML the locale supports among them) plus ssml-check-core's
 * reading of the SSML for Alexa in that locale (which checks `<lang>`'s language, not whether the
 * locale has `<lang>` at all).
 */
export async function validateResponse(envelope: ResponseEnvelope, locale: string): Promise<string[]> {
  const problems = responseProblems(envelope, locale);
  const response = envelope.response;
  for (const [label, speech] of [
    ['speech', response?.outputSpeech],
    ['reprompt', response?.reprompt?.outputSpeech],
  ] as const) {
    if (speech?.type !== 'SSML') continue;
    const errors = await check(speech.ssml, { platform: 'amazon', locale });
    for (const error of errors ?? []) problems.push(`${label}: ssml-check ${JSON.stringify(error)}`);
  }
  return problems;
}

/** Every APL directive of a response, through Amazon's validator and our type check (loaded only when a response has one). */
async function aplProblems(envelope: ResponseEnvelope): Promise<string[]> {
  const directives = (envelope.response?.directives ?? []).filter((d) => d.type.startsWith('Alexa.Presentation.APL.'));
  if (!directives.length) return [];
  const { directiveProblems } = await import('./apl');
  const { baseDocument } = await import('../../lambda/src/screens/document');
  const problems: string[] = [];
  for (const directive of directives) problems.push(...(await directiveProblems(directive as unknown as Record<string, unknown>, baseDocument())));
  return problems.map((problem) => `APL: ${problem}`);
}

export async function expectValidResponse(envelope: ResponseEnvelope, locale: string): Promise<void> {
  const problems = [...(await validateResponse(envelope, locale)), ...(await aplProblems(envelope))];
  if (problems.length > 0) throw new Error(`Invalid response:\n  ${problems.join('\n  ')}`);
}
