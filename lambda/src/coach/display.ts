import type { RoutineId } from './catalog';
import type { SafetyTopicId, SymptomId } from './safety';

/**
 * What a screen shows for a reply where the reply's state does not say it: the state says
 * a routine is playing (its timeline), paused at a place, offered, or that the menu is
 * open; these say what else an answer is. Set by the coach function that gives the
 * answer, read only by the screen renderer (screens/); speech never depends on it.
 *
 * - `safety`: the answer to a safety question: a topic, a sign asked about, or neither (the
 *   question was not understood); `question`: the one question about the other signs.
 * - `redFlag`: a reported symptom that ends the routine: call the emergency number now
 *   (`emergency`), or stop for today and see a doctor soon (`prompt`).
 * - `finish`: the routine's end, with the days stretched in the last week and the streak
 *   as they will be once it counts.
 */
export type Display =
  | { kind: 'safety'; topic?: SafetyTopicId; symptom?: SymptomId; question?: true }
  | { kind: 'redFlag'; urgency: 'emergency' | 'prompt'; symptom: SymptomId }
  | { kind: 'finish'; routine: RoutineId; daysThisWeek: number; streak: number };
