import type { Directive } from 'ask-sdk-model';
import { routineName } from '../coach/narration';
import { REMINDERS_SCOPE } from '../coach/reminders';
import type { Handoff } from '../coach/turn';
import type { Translator } from '../localization/translator';

/**
 * The directives that hand the conversation to Alexa (see coach/turn.ts Handoff): the
 * voice permission request for reminders (Connections.SendRequest, AskFor), answered by a
 * Connections.Response; and Amazon's pre-built routine offer (Connections.StartConnection
 * to AMAZON.OfferAutomation), after which the session resumes with a SessionResumedRequest.
 */

/** The custom task an Alexa Routine starts a routine with (skill-package/tasks/StartRoutine.1.json). */
export const START_ROUTINE_TASK = { name: 'StartRoutine', version: '1' } as const;

/** Monday to Friday, as a schedule trigger's recurrence. */
const WEEKDAYS_RULE = 'RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR';

const two = (n: number) => String(n).padStart(2, '0');

export function handoffDirective(handoff: Handoff, context: { t: Translator; timeZone: string }, skillId: string): Directive {
  if (handoff.kind === 'remindersPermission') {
    return {
      type: 'Connections.SendRequest',
      name: 'AskFor',
      payload: { '@type': 'AskForPermissionsConsentRequest', '@version': '1', permissionScope: REMINDERS_SCOPE },
      token: 'reminders',
    };
  }
  const operationId = `${START_ROUTINE_TASK.name}-${handoff.routine}`;
  return {
    type: 'Connections.StartConnection',
    uri: 'connection://AMAZON.OfferAutomation/1',
    onCompletion: 'RESUME_SESSION',
    token: `automation-${handoff.routine}`,
    input: {
      automation: {
        trigger: {
          type: 'Alexa.Automation.Trigger.Schedule.AbsoluteTime',
          version: '1.0',
          payload: { schedule: { triggerTime: `${two(handoff.hour)}${two(handoff.minute)}00`, timeZoneId: context.timeZone, recurrence: WEEKDAYS_RULE } },
        },
        operations: {
          serial: [
            {
              operation: {
                type: 'Alexa.Automation.Operation.Skill.StartConnection',
                version: '1.0',
                operationId,
                payload: {
                  connectionRequest: {
                    uri: `connection://${skillId}.${START_ROUTINE_TASK.name}/${START_ROUTINE_TASK.version}?provider=${skillId}`,
                    input: { routine: handoff.routine },
                  },
                },
              },
            },
          ],
        },
      },
      renderingData: { operations: { [operationId]: { descriptionPrompt: routineName(context.t, handoff.routine) } } },
    },
  };
}
