import type { ResponseEnvelope } from 'ask-sdk-model';
import { UNSUPPORTED_SSML, responseProblems } from '../../lambda/src/speech/validate';
import { validateResponse } from '../harness/validate';

/**
 * SSML a locale supports: no `<lang>` and no speechcons in nl-NL and ar-SA (Amazon's SSML
 * reference), where the other locales have both. The validator every dialog test runs
 * (tests/harness/validate.ts) must refuse them there, since ssml-check-core only checks
 * that `<lang>` names a language it knows.
 */

const envelope = (ssml: string): ResponseEnvelope => ({
  version: '1.0',
  response: { outputSpeech: { type: 'SSML', ssml }, reprompt: { outputSpeech: { type: 'SSML', ssml } }, shouldEndSession: false },
});

const LANG = '<speak>Rek je uit. Zeg <lang xml:lang="en-US">stretch</lang>.</speak>';
const SPEECHCON = '<speak><say-as interpret-as="interjection">goed zo</say-as>. Verder.</speak>';
const PLAIN = '<speak>Rek je uit.<break time="2s"/> Verder.</speak>';

test.each(['nl-NL', 'ar-SA'])('in %s, <lang> and speechcons are refused, in speech and reprompt alike', async (locale) => {
  expect(responseProblems(envelope(LANG), locale)).toEqual([`speech: <lang>, which ${locale} does not support`, `reprompt: <lang>, which ${locale} does not support`]);
  expect(responseProblems(envelope(SPEECHCON), locale)).toHaveLength(2);
  expect(responseProblems(envelope(PLAIN), locale)).toEqual([]);
  // The dialog tests' validator applies it too.
  expect(await validateResponse(envelope(LANG), locale)).toContain(`speech: <lang>, which ${locale} does not support`);
});

test.each(['en-US', 'de-DE', 'fr-CA', 'it-IT', 'hi-IN', 'ja-JP', 'pt-BR'])('in %s, which has <lang>, it passes the validator', async (locale) => {
  expect(responseProblems(envelope(LANG), locale)).toEqual([]);
  expect(await validateResponse(envelope(LANG), locale)).toEqual([]);
});

test('only Dutch and Arabic lack them', () => {
  expect(Object.keys(UNSUPPORTED_SSML).sort()).toEqual(['ar-SA', 'nl-NL']);
});
