/** zod/mini, as the schema builders receive it. */
type Zod = typeof import('./zod');

let zod: Zod | undefined;

/**
 * A schema built the first time it is used, not when its module loads, and zod itself
 * loaded then too. Loading zod costs a Lambda cold start about 2 ms and building the
 * schemas a few more (npm run bench), while the commonest cold start, a new user's
 * launch, has nothing to parse. A require() rather than an import is what lets the
 * bundler leave zod's own start-up code until that first call.
 */
export function lazySchema<T>(build: (z: Zod) => T): () => T {
  let schema: T | undefined;
  return () => (schema ??= build((zod ??= require('./zod') as Zod)));
}
