import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { URGENCIES, symptomUrgency, type Urgency } from '../../lambda/src/coach/safety-content';
import { heardQuestion, heardReport, redFlagInOtherWords } from '../../lambda/src/understanding/heard';
import type { Heard } from '../../lambda/src/understanding/matcher';
import { resolverFor, type Resolution } from './resolver';
import { LANGUAGE_IDS, isLanguage, primaryLocale, type Language, type Locale } from '../../lambda/src/localization/locales';

/**
 * Held-out phrasings (tests/held-out/<language>.txt) through the locale's model and the
 * matcher, the way the skill would take them: what intent Alexa would send, and what the
 * skill would answer (a red flag's urgency, a topic, discomfort, or the intent and its value).
 */

export const HELD_OUT_DIR = join('tests', 'held-out');
/** The locale each language's phrasings are run through: its first in the registry. */
export const HELD_OUT_LOCALES: Readonly<Record<Language, Locale>> = Object.fromEntries(LANGUAGE_IDS.map((language) => [language, primaryLocale(language)])) as Record<Language, Locale>;

export interface HeldOut {
  readonly language: string;
  readonly expected: string;
  readonly words: string;
}

export function readHeldOut(language: string, root = process.cwd()): HeldOut[] {
  return readFileSync(join(root, HELD_OUT_DIR, `${language}.txt`), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [expected, words] = line.split('|').map((part) => part.trim());
      if (!expected || !words) throw new Error(`${language}: not "expected | words": ${line}`);
      return { language, expected, words };
    });
}

export function heldOutLanguages(root = process.cwd()): string[] {
  return readdirSync(join(root, HELD_OUT_DIR))
    .filter((file) => file.endsWith('.txt'))
    .map((file) => file.slice(0, -'.txt'.length))
    .sort();
}

const SAFETY_INTENTS = ['SafetyQuestionIntent', 'ReportSymptomIntent'];
const REDFLAGS: readonly Urgency[] = ['emergency', 'companion', 'prompt'];

function answerOf(heard: Heard): string {
  if (heard.kind === 'symptom') return heard.urgency === 'ease' ? 'ease' : heard.urgency;
  if (heard.kind === 'topic') return `topic:${heard.topic}`;
  return 'nothing';
}

/** What the skill answers for a resolution, as the held-out notation writes it. */
export function answerTo(locale: string, resolution: Resolution): string {
  const { intent, slots } = resolution;
  const reading = (name: string) => ({ id: slots[name]?.id, words: slots[name]?.value });
  if (intent === 'SafetyQuestionIntent') return answerOf(heardQuestion(locale, { topic: reading('topic'), symptom: reading('symptom') }));
  if (intent === 'ReportSymptomIntent') return answerOf(heardReport(locale, reading('symptom')));
  const unmatched = Object.values(slots).filter((fill) => !fill.id && fill.value).map((fill) => fill.value);
  const redFlag = redFlagInOtherWords(locale, unmatched);
  if (redFlag) return symptomUrgency(redFlag);
  const slot = Object.entries(slots)[0];
  if (!slot) return intent;
  const prefix = { StartRoutineIntent: 'routine', SetVerbosityIntent: 'verbosity', SetPaceIntent: 'pace' }[intent];
  return prefix && slot[1].id ? `${prefix}:${slot[1].id}` : `${intent} (${slot[0]}: "${slot[1].value}", no match)`;
}

export interface Outcome extends HeldOut {
  readonly intent: string;
  readonly answer: string;
  /** A red flag, held to 100%. */
  readonly redFlag: boolean;
  readonly intentOk: boolean;
  readonly answerOk: boolean;
}

const rank = (answer: string): number => URGENCIES.indexOf(answer as Urgency);

export function evaluate(item: HeldOut, root = process.cwd()): Outcome {
  const locale = isLanguage(item.language) ? HELD_OUT_LOCALES[item.language] : item.language;
  const resolution = resolverFor(locale, root).resolve(item.words);
  const answer = answerTo(locale, resolution);
  const redFlag = REDFLAGS.includes(item.expected as Urgency);
  const safety = redFlag || item.expected === 'ease' || item.expected.startsWith('topic:');
  // A red flag is reached when the answer is at least as urgent; the rest must be exact.
  const answerOk = redFlag ? rank(answer) >= 0 && rank(answer) <= rank(item.expected) : answer === item.expected;
  const intentOk = safety ? SAFETY_INTENTS.includes(resolution.intent) : answerOk;
  return { ...item, intent: resolution.intent, answer, redFlag, intentOk, answerOk };
}

export interface Coverage {
  readonly language: string;
  readonly total: number;
  readonly redFlags: number;
  readonly redFlagsReached: number;
  readonly others: number;
  readonly othersReached: number;
  readonly rightIntent: number;
  readonly failures: readonly Outcome[];
}

export function coverage(language: string, root = process.cwd()): Coverage {
  const outcomes = readHeldOut(language, root).map((item) => evaluate(item, root));
  const redFlags = outcomes.filter((o) => o.redFlag);
  const others = outcomes.filter((o) => !o.redFlag);
  return {
    language,
    total: outcomes.length,
    redFlags: redFlags.length,
    redFlagsReached: redFlags.filter((o) => o.answerOk).length,
    others: others.length,
    othersReached: others.filter((o) => o.answerOk && o.intentOk).length,
    rightIntent: outcomes.filter((o) => o.intentOk).length,
    failures: outcomes.filter((o) => !o.answerOk || (!o.redFlag && !o.intentOk)),
  };
}

const percent = (part: number, whole: number) => `${whole ? Math.floor((1000 * part) / whole) / 10 : 100}%`;

export function coverageLine(c: Coverage): string {
  return `${c.language} (${isLanguage(c.language) ? HELD_OUT_LOCALES[c.language] : c.language}): ${c.total} phrasings; red flags ${c.redFlagsReached}/${c.redFlags} reach their urgency (${percent(c.redFlagsReached, c.redFlags)}); the rest ${c.othersReached}/${c.others} reach the right intent and answer (${percent(c.othersReached, c.others)}); right intent overall ${c.rightIntent}/${c.total} (${percent(c.rightIntent, c.total)})`;
}
