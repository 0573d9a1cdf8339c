import type { AplObject } from './document';
import { buildScreen, pauseCommands, screenToken } from './build';
import type { ScreenModel } from './model';

/**
 * The APL directives a response carries. Only devices that can show the screens get here
 * (see lazy.ts: `Alexa.Presentation.APL` supported, with a runtime recent enough); every
 * other device's response stays exactly as it would be without screens.
 */

export interface RenderDocumentDirective {
  type: 'Alexa.Presentation.APL.RenderDocument';
  token: string;
  document: AplObject;
  datasources: Record<string, AplObject>;
}

export interface ExecuteCommandsDirective {
  type: 'Alexa.Presentation.APL.ExecuteCommands';
  token: string;
  commands: AplObject[];
}

export type ScreenDirective = RenderDocumentDirective | ExecuteCommandsDirective;

/** The RenderDocument for a screen, in the locale's direction. */
export function renderDocument(model: ScreenModel, locale?: string): RenderDocumentDirective {
  const { document, datasources } = buildScreen(model, locale);
  return { type: 'Alexa.Presentation.APL.RenderDocument', token: screenToken(model.kind), document, datasources };
}

/**
 * Pausing a routine screen that is already showing (the device reports its token as the
 * visible document): its clock stops where it is, rather than the document being sent again.
 */
export function pauseInPlace(): ExecuteCommandsDirective {
  return { type: 'Alexa.Presentation.APL.ExecuteCommands', token: screenToken('routine'), commands: pauseCommands() };
}
