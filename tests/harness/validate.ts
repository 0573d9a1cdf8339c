import { check } from 'ssml-check-core';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { responseProblems } from '../../lambda/src/speech/validate';

/** The skill's own response checks plus ssml-check-core's reading of the SSML for Alexa in that locale. */
export async function validateResponse(envelope: ResponseEnvelope, locale: string): Promise<string[]> {
  const problems = responseProblems(envelope);
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

export async function expectValidResponse(envelope: ResponseEnvelope, locale: string): Promise<void> {
  const problems = await validateResponse(envelope, locale);
  if (problems.length > 0) throw new Error(`Invalid response:\n  ${problems.join('\n  ')}`);
}
