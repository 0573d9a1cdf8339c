/** The screens module, typed, without loading it. */
export type Screens = typeof import('./index');

/**
 * The screens' door on the launch path: what a request says about the device's screen,
 * and the screens module, loaded the first time a device that can show it asks. A
 * require() rather than an import lets the bundler leave the layout, the illustrations
 * and their drawing code out of a cold start on a speaker (see coach/lazy-schema.ts).
 * This file is the one part of `screens/` the launch path may import, so it imports nothing.
 */

/** The APL version the document is written in; an older runtime gets no screen. */
export const APL_VERSION = '1.6';

/** A device that can show the screens, as the request describes it. */
export interface ScreenDevice {
  /** Its APL runtime's `maxVersion`. */
  maxVersion: string;
  /** The token of the document on screen (`context['Alexa.Presentation.APL'].token`), if any. */
  visibleToken?: string;
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
export function supportsScreens(maxVersion: unknown): maxVersion is string {
  if (typeof maxVersion !== 'string') return false;
  const device = parseVersion(maxVersion);
  const needed = parseVersion(APL_VERSION)!;
  if (!device) return false;
  return device[0] > needed[0] || (device[0] === needed[0] && device[1] >= needed[1]);
}

/** Reads a nested field of a request envelope without trusting its shape. */
function field(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (!current || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/**
 * The device's screen, when its supported interfaces include `Alexa.Presentation.APL`
 * with a runtime recent enough; undefined for every other device, which then gets no
 * directive and never loads the screens.
 */
export function screenDevice(envelope: unknown): ScreenDevice | undefined {
  const maxVersion = field(envelope, 'context', 'System', 'device', 'supportedInterfaces', 'Alexa.Presentation.APL', 'runtime', 'maxVersion');
  if (!supportsScreens(maxVersion)) return undefined;
  const token = field(envelope, 'context', 'Alexa.Presentation.APL', 'token');
  return typeof token === 'string' ? { maxVersion, visibleToken: token } : { maxVersion };
}

let screens: Screens | undefined;

/** The screens module, loaded on first use. */
export function loadScreens(): Screens {
  return (screens ??= require('./index') as Screens);
}
