/**
 * Screens for devices with a display (Echo Show, Echo Spot, Fire TV): what a reply shows,
 * the models, the builder and the directives. Load it through `lazy.ts`, and only when a
 * request comes from a device that can show it: nothing on the launch path imports it.
 */
export * from './model';
export { buildScreen, pauseCommands, screenData, screenToken, timelineCommands, type BuiltScreen } from './build';
export { pauseInPlace, renderDocument, type ExecuteCommandsDirective, type RenderDocumentDirective, type ScreenDirective } from './directives';
export {
  controlLabels,
  emergencyScreen,
  finishScreen,
  menuScreen,
  offerScreen,
  pausedScreen,
  routineCards,
  routineScreen,
  safetyScreen,
  type RoutineScreenInput,
} from './compose';
export { screenDirectives, screenFor, type ScreenRequest } from './reply';
export { APL_VERSION } from './document';
export { VIEWPORT_PROFILES } from './viewports';
