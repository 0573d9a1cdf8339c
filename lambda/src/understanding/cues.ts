import { foldText, tokenize } from './words';

/**
 * The notation of a vocabulary's cues, and an index that finds them in heard words.
 *
 * A cue is one line: terms joined by ` + `, every one of which must be heard in one
 * clause ("chest* + pain* hurt*" hears "my chest hurts" and "pain in the chest"). A term
 * lists alternatives separated by spaces; words that must follow each other are joined
 * with `_` ("heart_attack", "can't_breathe"). In a word, `*` at the end means "starting
 * with" (pain* is pain, pains, painful), at the start "ending with", at both ends
 * "containing" (German compounds: *schmerz* is in Brustschmerzen). `~` before a term
 * means the term counts only when denied: "~feel* + anything" hears "I don't feel
 * anything". Phrases, hedges and non-signs are plain word sequences in the same index.
 */

export type TokenPattern = { readonly kind: 'exact' | 'prefix' | 'suffix' | 'contains'; readonly text: string };
export type Alternative = readonly TokenPattern[];

export interface CueTerm {
  readonly alternatives: readonly Alternative[];
  /** `~`: heard only when denied. */
  readonly denied: boolean;
}

function tokenMatches(pattern: TokenPattern, token: string): boolean {
  switch (pattern.kind) {
    case 'exact':
      return token === pattern.text;
    case 'prefix':
      return token.startsWith(pattern.text);
    case 'suffix':
      return token.endsWith(pattern.text);
    case 'contains':
      return token.includes(pattern.text);
  }
}

/** One alternative ("can't_breathe", "pain*") as token patterns, folded like heard words. */
export function parseAlternative(notation: string, elisions?: ReadonlySet<string>): Alternative {
  const patterns: TokenPattern[] = [];
  for (const word of notation.split('_')) {
    const leading = word.startsWith('*');
    const trailing = word.endsWith('*') && word.length > 1;
    const tokens = tokenize(word.replace(/^\*|\*$/g, ''), elisions);
    if (tokens.length === 0) throw new Error(`empty word in "${notation}"`);
    tokens.forEach((text, i) => {
      const starts = leading && i === 0;
      const ends = trailing && i === tokens.length - 1;
      const kind = starts && ends ? 'contains' : starts ? 'suffix' : ends ? 'prefix' : 'exact';
      patterns.push({ kind, text });
    });
  }
  return patterns;
}

/** A phrase as exact words: "pain in my chest". */
export function phraseAlternative(phrase: string, elisions?: ReadonlySet<string>): Alternative {
  const tokens = tokenize(phrase, elisions);
  if (tokens.length === 0) throw new Error(`empty phrase "${phrase}"`);
  return tokens.map((text) => ({ kind: 'exact', text }));
}

/** A cue line as its terms. */
export function parseCue(line: string, elisions?: ReadonlySet<string>): CueTerm[] {
  return line.split(/\s+\+\s+/).map((term) => {
    const denied = term.startsWith('~');
    const alternatives = (denied ? term.slice(1) : term)
      .trim()
      .split(/\s+/)
      .map((alternative) => parseAlternative(alternative.replace(/^~/, ''), elisions));
    if (alternatives.length === 0) throw new Error(`empty term in cue "${line}"`);
    return { alternatives, denied };
  });
}

interface Entry<Owner> {
  readonly alternative: Alternative;
  readonly owner: Owner;
}

/**
 * Every alternative of a language, indexed by its first word, so finding what starts at
 * a heard word costs a few map lookups rather than a pass over the whole vocabulary.
 */
export class PatternIndex<Owner> {
  private readonly exact = new Map<string, Entry<Owner>[]>();
  private readonly prefix = new Map<string, Entry<Owner>[]>();
  private readonly suffix = new Map<string, Entry<Owner>[]>();
  private readonly contains: Entry<Owner>[] = [];
  /** The lengths the prefix and suffix patterns have: a heard word is cut only at those. */
  private prefixLengths: number[] = [];
  private suffixLengths: number[] = [];

  add(alternative: Alternative, owner: Owner): void {
    const first = alternative[0];
    if (!first) return;
    const entry = { alternative, owner };
    const push = (map: Map<string, Entry<Owner>[]>) => {
      const list = map.get(first.text);
      if (list) list.push(entry);
      else map.set(first.text, [entry]);
    };
    const widen = (lengths: number[]) => {
      if (!lengths.includes(first.text.length)) lengths.push(first.text.length);
    };
    if (first.kind === 'exact') push(this.exact);
    else if (first.kind === 'prefix') {
      push(this.prefix);
      widen(this.prefixLengths);
    } else if (first.kind === 'suffix') {
      push(this.suffix);
      widen(this.suffixLengths);
    } else this.contains.push(entry);
  }

  /**
   * Calls `found` for every alternative heard starting at `tokens[start]`, with the index after its last word.
   * `readings`, where a language writes words onto others (Arabic), holds each word's other readings
   * (the word without them) or undefined: a pattern matches a word when it matches any reading, and
   * each alternative is found once however many readings match.
   */
  matchAt(tokens: readonly string[], start: number, found: (owner: Owner, end: number) => void, readings?: readonly (readonly string[] | undefined)[]): void {
    const token = tokens[start];
    if (token === undefined) return;
    const matches = readings
      ? (pattern: TokenPattern, k: number) => tokenMatches(pattern, tokens[k]!) || (readings[k]?.some((reading) => tokenMatches(pattern, reading)) ?? false)
      : (pattern: TokenPattern, k: number) => tokenMatches(pattern, tokens[k]!);
    const seen = readings?.[start] ? new Set<Entry<Owner>>() : undefined;
    const check = (entry: Entry<Owner>) => {
      const { alternative } = entry;
      if (start + alternative.length > tokens.length) return;
      if (seen) {
        if (seen.has(entry)) return;
        seen.add(entry);
      }
      for (let i = 1; i < alternative.length; i++) {
        if (!matches(alternative[i]!, start + i)) return;
      }
      found(entry.owner, start + alternative.length);
    };
    this.lookUp(token, check);
    for (const reading of readings?.[start] ?? []) this.lookUp(reading, check);
  }

  /** Whether a word starts any alternative, as it is (not merely containing one). */
  starts(token: string): boolean {
    if (this.exact.has(token)) return true;
    for (const n of this.prefixLengths) if (n <= token.length && this.prefix.has(token.slice(0, n))) return true;
    for (const n of this.suffixLengths) if (n <= token.length && this.suffix.has(token.slice(token.length - n))) return true;
    return false;
  }

  private lookUp(token: string, check: (entry: Entry<Owner>) => void): void {
    this.exact.get(token)?.forEach(check);
    for (const n of this.prefixLengths) if (n <= token.length) this.prefix.get(token.slice(0, n))?.forEach(check);
    for (const n of this.suffixLengths) if (n <= token.length) this.suffix.get(token.slice(token.length - n))?.forEach(check);
    for (const entry of this.contains) if (token.includes(entry.alternative[0]!.text)) check(entry);
  }
}

/** A word list folded like heard words, as a set. */
export function foldedSet(list: readonly string[]): Set<string> {
  return new Set(list.map((word) => foldText(word)));
}
