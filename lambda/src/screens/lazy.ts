/** The screens module, typed, without loading it. */
export type Screens = typeof import('./index');

/**
 * The screens' door on the launch path: what a request says about the device's screen,
 * and the screens module, loaded the first time a device that can show it asks. A
 * require() rather than an import lets the bundler leave the layout, the illustrations
 * and their drawing code out of a cold start on a speaker (scripts/lib/build-options.ts
 * builds them as screens.js beside index.js).
 * This file is the one part of `screens/` the launch path may import, so it imports nothing.
 */

/** The APL version the document is written in; an older runtime gets no screen. */
export const APL_VERSION = '1.6';

/**
 * The version of the document laid out right to left (Arabic): APL has `layoutDirection`
 * and the document's `lang` from 1.7, so such a locale needs a 1.7 runtime; an older
 * device gets no screen rather than a screen mirrored the wrong way.
 */
export const APL_VERSION_RTL = '1.7';

/** Each locale's direction, asked of Intl once: building an Intl.Locale costs more than the rest of reading a request's device. */
const rightToLeft = new Map<string, boolean>();

/** Whether a locale's script runs right to left ("ar-SA"), as the runtime's Intl knows it. */
export function isRightToLeft(locale: string | undefined): boolean {
  if (!locale) return false;
  let known = rightToLeft.get(locale);
  if (known === undefined) {
    known = directionOf(locale) === 'rtl';
    // Locales come from requests: the map is capped, so made-up ones cannot grow it.
    if (rightToLeft.size < 100) rightToLeft.set(locale, known);
  }
  return known;
}

function directionOf(locale: string): string | undefined {
  try {
    const tag = new Intl.Locale(locale) as Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };
    return (tag.getTextInfo?.() ?? tag.textInfo)?.direction;
  } catch {
    return undefined;
  }
}

/** The APL version a locale's screens are written in. */
export function aplVersionFor(locale: string | undefined): string {
  return isRightToLeft(locale) ? APL_VERSION_RTL : APL_VERSION;
}

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
export function supportsScreens(maxVersion: unknown, version: string = APL_VERSION): maxVersion is string {
  if (typeof maxVersion !== 'string') return false;
  const device = parseVersion(maxVersion);
  const needed = parseVersion(version)!;
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
 * with a runtime recent enough for the request's locale (aplVersionFor); undefined for every
 * other device, which then gets no directive and never loads the screens.
 */
export function screenDevice(envelope: unknown): ScreenDevice | undefined {
  const maxVersion = field(envelope, 'context', 'System', 'device', 'supportedInterfaces', 'Alexa.Presentation.APL', 'runtime', 'maxVersion');
  // A device without APL is most of them: answered before the locale's direction is asked
  // of Intl, whose locale data costs the first request of a cold start a few milliseconds.
  if (typeof maxVersion !== 'string') return undefined;
  const locale = field(envelope, 'request', 'locale');
  if (!supportsScreens(maxVersion, aplVersionFor(typeof locale === 'string' ? locale : undefined))) return undefined;
  const token = field(envelope, 'context', 'Alexa.Presentation.APL', 'token');
  return typeof token === 'string' ? { maxVersion, visibleToken: token } : { maxVersion };
}

let screens: Screens | undefined;

/** The screens module, loaded on first use. */
export function loadScreens(): Screens {
  return (screens ??= require('./index') as Screens);
}
