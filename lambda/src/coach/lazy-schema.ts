/** zod/mini, as the schema builders receive it. */
type Zod = typeof import('./zod');

let zod: Zod | undefined;

/**
 * A schema built the first time it is used, not when its module loads, and zod itself
 * loaded then too: the commonest cold start, a new user's launch, has nothing to parse. A
 * require() rather than an import is what lets the bundler leave zod out of index.js: the
 * build makes it a file of its own, `zod.js` beside it (scripts/lib/build-options.ts), so a
 * new user's launch neither reads nor compiles its 39 KiB (about 3.5 ms of a cold start).
 */
export function lazySchema<T>(build: (z: Zod) => T): () => T {
  let schema: T | undefined;
  return () => (schema ??= build((zod ??= require('./zod') as Zod)));
}
