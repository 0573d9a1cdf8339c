/**
 * A schema built the first time it is used, not when its module loads. Building zod
 * schemas costs a Lambda cold start a few milliseconds (npm run bench), and the first
 * request of a new user, the commonest cold start, has nothing to parse.
 */
export function lazySchema<T>(build: () => T): () => T {
  let schema: T | undefined;
  return () => (schema ??= build());
}
