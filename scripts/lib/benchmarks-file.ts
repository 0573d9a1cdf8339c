import { readFile } from 'node:fs/promises';

/**
 * BENCHMARKS.md has two writers: `npm run bench` writes the file, and `npm run load` writes
 * one section of it, between these markers. Each keeps what the other wrote.
 */

const START = '<!-- npm run load: start -->';
const END = '<!-- npm run load: end -->';

async function readIfThere(path: string): Promise<string> {
  return readFile(path, 'utf8').catch(() => '');
}

/** The load section as `npm run load` last wrote it, markers included, or undefined. */
export async function loadSectionOf(path: string): Promise<string | undefined> {
  const text = await readIfThere(path);
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  return start >= 0 && end > start ? text.slice(start, end + END.length) : undefined;
}

/** The file with the load section replaced by `section` (or added at the end). */
export async function withLoadSection(path: string, section: string): Promise<string> {
  const text = await readIfThere(path);
  const marked = `${START}\n${section.trim()}\n${END}`;
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start >= 0 && end > start) return `${text.slice(0, start)}${marked}${text.slice(end + END.length)}`;
  return `${text.trimEnd()}${text ? '\n\n' : ''}${marked}\n`;
}
