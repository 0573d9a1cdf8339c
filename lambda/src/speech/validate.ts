import type { ResponseEnvelope, ui } from 'ask-sdk-model';
import { MAX_BREAK_SECONDS, MAX_RESPONSE_BYTES, MAX_RESPONSE_SECONDS, MAX_SSML_CHARS } from './limits';
import { breakSeconds, estimateSpokenSeconds } from './ssml';

export { MAX_SSML_CHARS };

function ssmlOf(speech: ui.OutputSpeech | undefined): string | undefined {
  if (!speech) return undefined;
  return speech.type === 'SSML' ? speech.ssml : undefined;
}

/** Text content (tags removed) that still holds a raw `&` or `<`: escaping was skipped somewhere. */
function unescapedText(ssml: string): boolean {
  const inner = ssml.replace(/<\/?[a-zA-Z][^<>]*>/g, '');
  return /&(?!(amp|lt|gt|quot|apos);)/.test(inner) || inner.includes('<');
}

/**
 * SSML that a locale's voice does not support, from Amazon's SSML reference: `<lang>` (a
 * word said in another language's voice) and speechcons (`<say-as interpret-as="interjection">`)
 * exist in neither Dutch nor Arabic. The skill itself writes only `<speak>` and `<break>`,
 * and the language files hold plain words (tests/unit/locale-registry.test.ts), so this catches a
 * change that would start writing them.
 */
export const UNSUPPORTED_SSML: Readonly<Record<string, readonly { what: string; pattern: RegExp }[]>> = (() => {
  const lang = { what: '<lang>', pattern: /<lang[\s>\/]/ };
  const speechcon = { what: 'a speechcon (<say-as interpret-as="interjection">)', pattern: /<say-as[^>]*interpret-as\s*=\s*["']interjection["']/ };
  return { 'nl-NL': [lang, speechcon], 'ar-SA': [lang, speechcon] };
})();

function problemsInSsml(label: string, ssml: string, locale: string | undefined): string[] {
  const problems: string[] = [];
  for (const { what, pattern } of (locale && UNSUPPORTED_SSML[locale]) || []) {
    if (pattern.test(ssml)) problems.push(`${label}: ${what}, which ${locale} does not support`);
  }
  if (!/^<speak>[\s\S]*<\/speak>$/.test(ssml)) problems.push(`${label}: not wrapped in <speak>`);
  if (ssml.length >= MAX_SSML_CHARS) problems.push(`${label}: ${ssml.length} characters (limit ${MAX_SSML_CHARS})`);
  const seconds = estimateSpokenSeconds(ssml);
  if (seconds > MAX_RESPONSE_SECONDS) problems.push(`${label}: about ${Math.round(seconds)} s of speech and pauses (limit ${MAX_RESPONSE_SECONDS} s)`);
  for (const seconds of breakSeconds(ssml)) {
    if (seconds > MAX_BREAK_SECONDS) problems.push(`${label}: break of ${seconds} s (limit ${MAX_BREAK_SECONDS} s)`);
  }
  if (unescapedText(ssml)) problems.push(`${label}: unescaped & or < in text`);
  return problems;
}

/**
 * The platform's rules for a response, checked without Alexa: SSML size, breaks and
 * length in time, escaping, SSML the locale supports, no dead ends (an open session always
 * has a reprompt), and the whole response's size. Tests run every response through this.
 */
export function responseProblems(envelope: ResponseEnvelope, locale?: string): string[] {
  const response = envelope.response;
  if (!response) return ['no response object'];
  const problems: string[] = [];
  const speech = ssmlOf(response.outputSpeech);
  const reprompt = ssmlOf(response.reprompt?.outputSpeech);
  if (speech !== undefined) problems.push(...problemsInSsml('speech', speech, locale));
  if (reprompt !== undefined) problems.push(...problemsInSsml('reprompt', reprompt, locale));
  const open = response.shouldEndSession === false;
  if (open && !reprompt) problems.push('session left open without a reprompt');
  if (open && !speech) problems.push('session left open without speech');
  // Left out, the session stays open on a screen without listening: only for a screen that must stay up.
  if (response.shouldEndSession === undefined && speech !== undefined && !response.directives?.length) problems.push('shouldEndSession left out without a screen to keep up');
  // Handing the conversation to Alexa (a permission question, a skill connection): Alexa speaks
  // next, so no reprompt, no open microphone, and no screen of ours alongside.
  const handoffs = (response.directives ?? []).filter((d) => d.type === 'Connections.SendRequest' || d.type === 'Connections.StartConnection');
  if (handoffs.length > 1) problems.push('more than one handoff to Alexa');
  if (handoffs.length) {
    if (reprompt !== undefined) problems.push('a reprompt beside a handoff to Alexa');
    if (response.shouldEndSession !== undefined) problems.push('shouldEndSession set beside a handoff to Alexa (leave it out: the session waits for Alexa)');
    if (response.directives!.length > 1) problems.push('other directives beside a handoff to Alexa');
  }
  const bytes = Buffer.byteLength(JSON.stringify(envelope));
  if (bytes > MAX_RESPONSE_BYTES) problems.push(`response of ${bytes} bytes (limit ${MAX_RESPONSE_BYTES})`);
  return problems;
}
