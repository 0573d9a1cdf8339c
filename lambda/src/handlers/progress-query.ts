import type { SkillHandler } from './skill-handler';
import { routineProgress } from '../coach/progress-report';
import { getTurnContext } from '../voice/context';
import { respond } from '../voice/respond';
import { isIntent } from '../voice/slots';

/** "How much longer?" at any moment: where the user is and what is left, then back to the routine. */
export const RoutineProgressHandler: SkillHandler = {
  canHandle: (input) => isIntent(input, 'RoutineProgressIntent'),
  handle: (input) => respond(input, routineProgress(getTurnContext(input))),
};
