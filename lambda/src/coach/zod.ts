/**
 * The parts of zod/mini the schemas use, named one by one so the bundle keeps only
 * these. Loaded through lazySchema, not imported: see lazy-schema.ts.
 */
export {
  array,
  boolean,
  discriminatedUnion,
  catch,
  enum,
  extend,
  int,
  literal,
  maximum,
  minimum,
  minLength,
  number,
  object,
  optional,
  record,
  regex,
  string,
  tuple,
  unknown,
} from 'zod/mini';
