import type { HandlerInput } from 'ask-sdk-core';
import type { SkillHandler } from './skill-handler';
import { isRoutineId, type RoutineId } from '../coach/catalog';
import { offerMenu, offerResume } from '../coach/offers';
import { isReturningUser } from '../coach/progress';
import { startRoutine } from '../coach/routine-flow';
import { Speech } from '../speech/ssml';
import { getTurnContext } from '../voice/context';
import { START_ROUTINE_TASK } from '../voice/handoff';
import { respond } from '../voice/respond';
import { isRequestType } from '../voice/slots';

/**
 * The task a launch carries, when one of the user's Alexa Routines started the skill with
 * the StartRoutine custom task (skill-package/tasks/StartRoutine.1.json): `routine` is the
 * routine it names, or undefined when it names none the skill has. Undefined for a plain launch.
 */
function startRoutineTask(input: HandlerInput): { routine: RoutineId | undefined } | undefined {
  const task = (input.requestEnvelope.request as { task?: { name?: unknown; version?: unknown; input?: { routine?: unknown } } }).task;
  if (!task || typeof task.name !== 'string') return undefined;
  // Alexa names the task with the skill's id in front ("amzn1.ask.skill....StartRoutine").
  const named = task.name === START_ROUTINE_TASK.name || task.name.endsWith(`.${START_ROUTINE_TASK.name}`);
  if (!named || String(task.version) !== START_ROUTINE_TASK.version) return { routine: undefined };
  const routine = task.input?.routine;
  return { routine: typeof routine === 'string' && isRoutineId(routine) ? routine : undefined };
}

/**
 * "Alexa, open upper back coach": a welcome, then either the unfinished routine or the
 * menu. Started by an Alexa Routine with the StartRoutine task, the named routine starts
 * at once, with no question asked.
 */
export const LaunchHandler: SkillHandler = {
  canHandle: (input) => isRequestType(input, 'LaunchRequest'),
  handle: (input) => {
    const turn = getTurnContext(input);
    const { t, progress } = turn;
    const task = startRoutineTask(input);
    if (task?.routine) {
      // The habit is there already: this session makes no reminder or routine offer.
      turn.automated = true;
      return respond(input, startRoutine({ ...turn, automated: true }, task.routine));
    }
    const returning = isReturningUser(progress);
    const lead = new Speech().say(t.text(returning ? 'welcome.returning' : 'welcome.new'));
    // A task naming no routine the skill has: said, then the usual launch.
    if (task) lead.say(t.text('routine.unknown'));
    // The first-use note belongs after the welcome, not before it.
    if (!progress.disclaimerHeard) lead.say(t.text('disclaimer'));
    const unfinished = progress.unfinished;
    const reply = unfinished ? offerResume(turn, unfinished, lead) : offerMenu(turn, lead, returning);
    return respond(input, { ...reply, progress: { ...reply.progress, disclaimerHeard: true } });
  },
};
