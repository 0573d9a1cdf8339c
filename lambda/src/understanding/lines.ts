/**
 * A list written one entry per line, for word lists people edit by hand:
 *
 *     lines`
 *       is it safe to {topic}
 *       # a comment line
 *       what about {topic}
 *     `
 *
 * Leading and trailing spaces and blank lines are dropped; a line starting with `#` is a
 * comment. No interpolation: every entry is written out, so a list reads as what it holds.
 */
export function lines(strings: TemplateStringsArray, ...values: never[]): string[] {
  if (values.length > 0 || strings.length !== 1) throw new Error('lines`...` takes no ${} values');
  const out: string[] = [];
  for (const line of (strings.raw[0] ?? '').split('\n')) {
    const entry = line.trim();
    if (entry && !entry.startsWith('#')) out.push(entry);
  }
  return out;
}

/** The same, for short lists written on one or a few lines: entries separated by spaces. */
export function words(strings: TemplateStringsArray, ...values: never[]): string[] {
  return lines(strings, ...values).flatMap((line) => line.split(/\s+/));
}
