import { breakSeconds, ssmlToText } from '../../lambda/src/speech/ssml';

export type SpeechSegment = { kind: 'text'; text: string } | { kind: 'pause'; seconds: number };

/** SSML as what a listener experiences: stretches of words and stretches of silence (chained breaks merged). */
export function speechSegments(ssml: string): SpeechSegment[] {
  const segments: SpeechSegment[] = [];
  for (const piece of ssml.split(/(<break\b[^>]*\/>)/)) {
    const seconds = breakSeconds(piece)[0];
    if (seconds !== undefined) {
      const previous = segments[segments.length - 1];
      if (previous?.kind === 'pause') previous.seconds += seconds;
      else segments.push({ kind: 'pause', seconds });
      continue;
    }
    const text = ssmlToText(piece);
    if (text) segments.push({ kind: 'text', text });
  }
  return segments;
}

function formatSeconds(seconds: number): string {
  return Number.isInteger(seconds) ? `${seconds}` : seconds.toFixed(1);
}

/** One line of text with the pauses shown, e.g. "Hold it there. (hold 15 s) Halfway there." */
export function renderSpeech(ssml: string): string {
  return speechSegments(ssml)
    .map((s) => (s.kind === 'text' ? s.text : `(hold ${formatSeconds(s.seconds)} s)`))
    .join(' ');
}
