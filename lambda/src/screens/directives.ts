import { APL_VERSION, type AplObject } from './document';
import { buildScreen, pauseCommands, SCREEN_TOKEN } from './build';
import type { ScreenModel } from './model';

/**
 * Which APL directives a response carries, from what the device says it supports. A device
 * without `Alexa.Presentation.APL`, or whose `runtime.maxVersion` is older than the
 * document's version, gets none: its response stays exactly as it would be without screens.
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

/** "1.6" → [1, 6]; "2023.2" → [2023, 2]; anything else → undefined. */
function parseVersion(version: string): [number, number] | undefined {
  const match = /^(\d+)\.(\d+)$/.exec(version.trim());
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

/**
 * Whether a device whose APL runtime reports `maxVersion` can show the screens. APL
 * versions run 1.0 to 1.9, then 2022.1 and on by year, so they compare as number pairs.
 */
export function supportsScreens(maxVersion: string | undefined): boolean {
  if (typeof maxVersion !== 'string') return false;
  const device = parseVersion(maxVersion);
  const needed = parseVersion(APL_VERSION)!;
  if (!device) return false;
  return device[0] > needed[0] || (device[0] === needed[0] && device[1] >= needed[1]);
}

/** The RenderDocument for a screen, or nothing when the device cannot show it. */
export function renderDirectives(model: ScreenModel, maxVersion: string | undefined): RenderDocumentDirective[] {
  if (!supportsScreens(maxVersion)) return [];
  const { document, datasources } = buildScreen(model);
  return [{ type: 'Alexa.Presentation.APL.RenderDocument', token: SCREEN_TOKEN, document, datasources }];
}

/**
 * Pausing a routine screen that is already showing (the device reports our token as the
 * visible document): stop its clock in place rather than sending the document again.
 */
export function pauseDirectives(maxVersion: string | undefined, visibleToken: string | undefined): ExecuteCommandsDirective[] {
  if (!supportsScreens(maxVersion) || visibleToken !== SCREEN_TOKEN) return [];
  return [{ type: 'Alexa.Presentation.APL.ExecuteCommands', token: SCREEN_TOKEN, commands: pauseCommands() }];
}

/** What a request envelope says about APL: the runtime's version and the token of the document on screen. */
export function aplContext(envelope: unknown): { maxVersion?: string; visibleToken?: string } {
  const context = (envelope as { context?: Record<string, unknown> } | undefined)?.context;
  const system = context?.System as { device?: { supportedInterfaces?: Record<string, unknown> } } | undefined;
  const apl = system?.device?.supportedInterfaces?.['Alexa.Presentation.APL'] as { runtime?: { maxVersion?: unknown } } | undefined;
  const visible = context?.['Alexa.Presentation.APL'] as { token?: unknown } | undefined;
  const maxVersion = typeof apl?.runtime?.maxVersion === 'string' ? apl.runtime.maxVersion : undefined;
  const visibleToken = typeof visible?.token === 'string' ? visible.token : undefined;
  return { maxVersion, visibleToken };
}
