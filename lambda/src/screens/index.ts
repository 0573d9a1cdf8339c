/**
 * Screens for devices with a display (Echo Show, Echo Spot, Fire TV): models, the builder,
 * the directives, and the models made from the coach's words. Load it through `lazy.ts`
 * only when a request comes from a device with APL: nothing on the launch path imports it.
 */
export * from './model';
export { buildScreen, pauseCommands, screenData, timelineCommands, SCREEN_TOKEN, type BuiltScreen } from './build';
export { aplContext, pauseDirectives, renderDirectives, supportsScreens, type ExecuteCommandsDirective, type RenderDocumentDirective } from './directives';
export { controlLabels, emergencyScreen, finishScreen, menuScreen, offerScreen, routineCards, routineScreen, safetyScreen, type RoutineScreenInput } from './compose';
export { APL_VERSION } from './document';
export { VIEWPORT_PROFILES } from './viewports';
