/**
 * What Alexa accepts in one response, in one place: the planner that decides how much
 * of a routine one response narrates, and the validator every response passes, both
 * read these.
 */

/** Alexa rejects a single `<break>` longer than ten seconds. */
export const MAX_BREAK_SECONDS = 10;

/** Alexa refuses output speech at or above this many characters (the `<speak>` tags included). */
export const MAX_SSML_CHARS = 8000;

/**
 * Amazon documents 240 s as the cap for audio in one response and nothing for plain
 * speech with breaks; the skill keeps every response inside the documented cap, counting
 * its estimated speech and its pauses.
 */
export const MAX_RESPONSE_SECONDS = 240;

/** Alexa refuses a whole response (speech, directives, session attributes) larger than 120 KB. */
export const MAX_RESPONSE_BYTES = 120 * 1000;
