import type { Display } from '../coach/display';
import { placeAfter, type Place } from '../coach/place';
import type { SessionState, Waiting } from '../coach/session';
import type { Translator } from '../localization/translator';
import { screenToken } from './build';
import { emergencyScreen, finishScreen, menuScreen, offerScreen, pausedScreen, routineScreen, safetyScreen } from './compose';
import { pauseInPlace, renderDocument, type ScreenDirective } from './directives';
import type { ScreenDevice } from './lazy';
import type { ScreenModel } from './model';

/**
 * The screen renderer: what a device with a screen shows for a reply, from the same reply
 * the speech is rendered from (voice/respond.ts). The state says most of it: a narration
 * (its timeline), a routine at rest, the resume offer, the menu; the reply's `display`
 * says the rest (a safety answer, a red flag, the routine's end).
 */

export interface ScreenRequest {
  t: Translator;
  device: ScreenDevice;
  /** The state the response leaves, its narration timed from where it really starts. */
  state: SessionState;
  display: Display | undefined;
  /** The session ends with this response. */
  end: boolean;
  /** Short instructions: the minutes shown are measured as they are spoken. */
  brief: boolean;
  /** Seconds said before the reply (the first-use note, a notice): a narration's frames start that much later. */
  offset: number;
}

/** Where a routine at rest goes on from: the place cut off, or the one after a place heard to the end. */
function placeToGoOn(state: Waiting): Place {
  return state.stage === 'done' ? (placeAfter(state.place) ?? state.place) : state.place;
}

/**
 * The screen a reply shows; undefined when it shows none: a goodbye leaves the screen to
 * Alexa, but a red flag stays on screen (the response then keeps the session without
 * listening, see voice/respond.ts).
 */
export function screenFor(request: ScreenRequest): ScreenModel | undefined {
  const { t, state, display, brief } = request;
  if (display?.kind === 'redFlag') return emergencyScreen(t, display);
  if (request.end) return undefined;
  // Mid-routine, or at the offer to pick one up: resume goes on from the answer, as "continue" would.
  if (display?.kind === 'safety') return safetyScreen(t, { ...display, inRoutine: state.kind === 'waiting' || state.kind === 'offer' });
  const finish = display?.kind === 'finish' ? display : undefined;
  switch (state.kind) {
    case 'playing':
    case 'finishing':
      return routineScreen(t, { timeline: state.timeline, brief, offset: request.offset, finish });
    case 'waiting':
      return pausedScreen(t, placeToGoOn(state), brief);
    case 'offer':
      return offerScreen(t, state.place, brief);
    case 'menu':
      return finish ? finishScreen(t, { ...finish, brief }) : menuScreen(t, brief);
    case 'triage':
      return safetyScreen(t, { question: true, inRoutine: false });
  }
}

/**
 * The directives for a reply: the screen as a RenderDocument, or, for a routine coming to
 * rest while its screen is showing, ExecuteCommands that stop its clock where it is.
 */
export function screenDirectives(request: ScreenRequest): ScreenDirective[] {
  const model = screenFor(request);
  if (!model) return [];
  if (model.kind === 'routine' && model.paused && request.device.visibleToken === screenToken('routine')) return [pauseInPlace()];
  return [renderDocument(model, request.t.locale)];
}
