/** The screens module, typed, without loading it. */
export type Screens = typeof import('./index');

let screens: Screens | undefined;

/**
 * The screens module, loaded the first time a device with a screen asks for one. A
 * require() rather than an import lets the bundler leave the layout, the illustrations
 * and their drawing code out of a cold start on a speaker (see coach/lazy-schema.ts).
 * This file is the one part of `screens/` the launch path may import.
 */
export function loadScreens(): Screens {
  return (screens ??= require('./index') as Screens);
}
