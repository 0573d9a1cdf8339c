import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SlotFill } from './envelopes';

/**
 * Resolves typed text to an intent through an interaction model, the way Alexa's
 * model defines it: sample utterances with {slots}, slot values and synonyms to
 * entity-resolution ids, a few phrases the built-in intents understand without
 * samples, and AMAZON.FallbackIntent for anything else.
 */

interface ModelSlotValue {
  id?: string;
  name: { value: string; synonyms?: string[] };
}
interface ModelIntent {
  name: string;
  slots?: { name: string; type: string }[];
  samples?: string[];
}
export interface InteractionModel {
  interactionModel: {
    languageModel: {
      invocationName: string;
      intents: ModelIntent[];
      types?: { name: string; values: ModelSlotValue[] }[];
    };
  };
}

export type Resolution = { intent: string; slots: Record<string, SlotFill> };

/**
 * What the built-in intents answer to without samples, per language, in
 * `builtin-phrases/<language>.json`. Alexa knows many more; these are the common ones.
 * Keys starting with "_" are not intents: `_launch` words open a skill ("open ..."),
 * `_ask` words start a one-shot ("ask ... to"), `_connectors` join the two.
 */
export function builtInPhrases(language: string): Record<string, string[]> {
  const path = join(__dirname, 'builtin-phrases', `${language}.json`);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, string[]>) : {};
}

const alternatives = (words: string[] | undefined): string => (words ?? []).map((w) => escapeRegExp(normalizeUtterance(w))).join('|');

export interface InvocationPatterns {
  launch: RegExp;
  /** "ask <name> ...": captures everything after the name. */
  oneShot: RegExp;
  /** A joining word at the start of a one-shot request ("to", "que", or an elided "d'"). */
  connector: RegExp;
}

/** How a session starts in this language: "open <name>", or a one-shot "ask <name> to <request>". */
export function invocationPatterns(language: string, invocationName: string): InvocationPatterns {
  const phrases = builtInPhrases(language);
  const name = escapeRegExp(invocationName);
  const connectors = (phrases._connectors ?? []).map((w) => normalizeUtterance(w));
  const spaced = connectors.filter((c) => !c.endsWith("'"));
  const elided = connectors.filter((c) => c.endsWith("'"));
  const connector = [spaced.length ? `(?:${alternatives(spaced)}) ` : '', elided.length ? `(?:${alternatives(elided)})` : '']
    .filter(Boolean)
    .join('|');
  return {
    launch: new RegExp(`^(?:alexa )?(?:${alternatives(phrases._launch)}) ${name}$`),
    oneShot: new RegExp(`^(?:alexa )?(?:${alternatives(phrases._ask)}) ${name} (.+)$`),
    connector: new RegExp(connector ? `^(?:${connector})(.+)$` : '^$(.)'),
  };
}

/**
 * The request inside a one-shot, read both ways: after a joining word, and whole.
 * "ask ... to start the desk break" needs "to" dropped; "pregunta ... por qué ..." needs it kept.
 */
export function oneShotRequests(patterns: InvocationPatterns, utterance: string): string[] | undefined {
  const rest = patterns.oneShot.exec(utterance)?.[1];
  if (!rest) return undefined;
  const afterConnector = patterns.connector.exec(rest)?.[1]?.trim();
  return afterConnector ? [afterConnector, rest] : [rest];
}

/**
 * Lower case, no punctuation, and no accents: typed text often drops them ("que rutinas
 * hay"), while Alexa sends them; folding both the model and the input matches either.
 */
export function normalizeUtterance(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

interface CompiledSample {
  intent: string;
  pattern: RegExp;
  slotNames: string[];
  literalLength: number;
}

/** Letters only, so normalizeUtterance keeps it; no sample or user says it. */
const SLOT_MARK = 'qxslotqx';
const SLOT_PLACEHOLDER = new RegExp(`${SLOT_MARK}(\\d+)${SLOT_MARK}`);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class ModelResolver {
  readonly invocationName: string;
  private readonly samples: CompiledSample[] = [];
  private readonly slotTypes = new Map<string, string>();
  private readonly values = new Map<string, Map<string, { id: string; name: string }>>();
  /** Every word of a slot type's values and synonyms: what its unlisted values tend to sound like. */
  private readonly typeWords = new Map<string, Set<string>>();
  /** Every word of every sample's carrier text: words that say nothing about a slot's value. */
  private readonly carrierWords = new Set<string>();
  /** Words Alexa's NLU shrugs off before an utterance ("um", "okay") and after it ("please"), longest first. */
  private readonly fillers: { leading: string[]; trailing: string[] };

  constructor(model: InteractionModel, language: string) {
    const lm = model.interactionModel.languageModel;
    this.invocationName = normalizeUtterance(lm.invocationName);
    for (const type of lm.types ?? []) {
      const table = new Map<string, { id: string; name: string }>();
      const words = new Set<string>();
      for (const value of type.values) {
        const id = value.id ?? value.name.value;
        for (const phrase of [value.name.value, ...(value.name.synonyms ?? [])]) {
          const normalized = normalizeUtterance(phrase);
          table.set(normalized, { id, name: value.name.value });
          for (const word of normalized.split(' ')) words.add(word);
        }
      }
      this.values.set(type.name, table);
      this.typeWords.set(type.name, words);
    }
    const builtIns = builtInPhrases(language);
    for (const intent of lm.intents) {
      for (const slot of intent.slots ?? []) this.slotTypes.set(`${intent.name}.${slot.name}`, slot.type);
      const samples = [...(intent.samples ?? []), ...(builtIns[intent.name] ?? [])];
      for (const sample of samples) {
        this.samples.push(this.compile(intent.name, sample));
        for (const word of normalizeUtterance(sample.replace(/\{[^}]+\}/g, ' ')).split(' ')) if (word) this.carrierWords.add(word);
      }
    }
    const longestFirst = (words: string[] | undefined) => (words ?? []).map(normalizeUtterance).sort((a, b) => b.length - a.length);
    this.fillers = { leading: longestFirst(builtIns._leadingFillers), trailing: longestFirst(builtIns._trailingFillers) };
  }

  /**
   * How much unmatched slot words sound like a slot type: the share of their content words
   * (words no sample uses as carrier text) found among the type's values and synonyms, or 0
   * when they have no content words.
   */
  private likeness(type: string, said: string): { share: number; known: number } {
    const words = this.typeWords.get(type);
    const content = said.split(' ').filter((word) => word && !this.carrierWords.has(word));
    const known = words ? content.filter((word) => words.has(word)).length : 0;
    return { share: content.length ? known / content.length : 0, known };
  }

  /** The utterance, and the same without filler words at its ends, if it had any. */
  private readings(text: string): string[] {
    const utterance = normalizeUtterance(text);
    let stripped = utterance;
    for (let changed = true; changed; ) {
      changed = false;
      for (const filler of this.fillers.leading) {
        if (!stripped.startsWith(`${filler} `)) continue;
        stripped = stripped.slice(filler.length + 1);
        changed = true;
      }
      for (const filler of this.fillers.trailing) {
        if (!stripped.endsWith(` ${filler}`)) continue;
        stripped = stripped.slice(0, -filler.length - 1);
        changed = true;
      }
    }
    return stripped && stripped !== utterance ? [utterance, stripped] : [utterance];
  }

  private compile(intent: string, sample: string): CompiledSample {
    const slotNames: string[] = [];
    // Each {slot} becomes a placeholder word, so the sample is normalized exactly like what a user
    // says and a slot only ever starts and ends where the sample puts a word boundary.
    const marked = sample.replace(/\{([^}]+)\}/g, (_whole, name: string) => `${SLOT_MARK}${slotNames.push(name) - 1}${SLOT_MARK}`);
    const pieces = normalizeUtterance(marked).split(SLOT_PLACEHOLDER);
    let literalLength = 0;
    // split() with a capture group alternates: literal text, slot index, literal text, ...
    const source = pieces
      .map((piece, i) => {
        if (i % 2 === 1) return '(.+?)';
        literalLength += piece.trim().length;
        return escapeRegExp(piece);
      })
      .join('');
    return { intent, pattern: new RegExp(`^${source}$`), slotNames, literalLength };
  }

  /** The intent and slots Alexa would send for these words. */
  resolve(text: string): Resolution {
    return this.resolveBest(this.readings(text));
  }

  /**
   * The best reading and how good it is. Within an intent, readings compare as [every slot
   * matched a value, characters of the utterance explained, characters explained by slot
   * values]: a whole phrase that is a slot value beats a carrier sample around part of it.
   *
   * Across intents, when no reading matches every slot, the words left unmatched decide
   * first: Alexa sends them as ER_SUCCESS_NO_MATCH to the intent whose slot type they sound
   * like, so "i have a crushing pain in my chest" is a Symptom said with "i have {symptom}",
   * not a RoutineName said with "i have {routine}" (see `likeness`).
   */
  resolveScored(text: string): { resolution: Resolution; score: readonly number[] } {
    const utterance = normalizeUtterance(text);
    const bestByIntent = new Map<string, { resolution: Resolution; score: number[]; likeness: number }>();
    for (const sample of this.samples) {
      const match = sample.pattern.exec(utterance);
      if (!match) continue;
      const slots: Record<string, SlotFill> = {};
      let resolved = 0;
      let slotChars = 0;
      let likeness = 1;
      let knownWords = Infinity;
      sample.slotNames.forEach((name, i) => {
        const said = (match[i + 1] ?? '').trim();
        const type = this.slotTypes.get(`${sample.intent}.${name}`) ?? '';
        const value = this.values.get(type)?.get(said);
        if (value) {
          resolved++;
          slotChars += said.length;
        } else {
          const like = this.likeness(type, said);
          likeness = Math.min(likeness, like.share);
          knownWords = Math.min(knownWords, like.known);
        }
        slots[name] = { value: said, id: value?.id, slotType: type };
      });
      const allResolved = resolved === sample.slotNames.length;
      // With carrier words around it, an unknown value still reaches the intent (ER_SUCCESS_NO_MATCH).
      // A bare "{slot}" sample takes words that are none of the slot's values only when they sound
      // like its values: two or more of their content words, and at least half, are among the
      // type's words. Otherwise "what is the capital of france" would be a safety question.
      if (!allResolved && sample.literalLength === 0 && (likeness < BARE_SLOT_LIKENESS || knownWords < 2)) continue;
      const score = [allResolved ? 1 : 0, sample.literalLength + slotChars, slotChars];
      const known = bestByIntent.get(sample.intent);
      if (!known || compareScores(score, known.score) > 0) {
        bestByIntent.set(sample.intent, { resolution: { intent: sample.intent, slots }, score, likeness });
      }
    }
    let best: { resolution: Resolution; score: number[] } | undefined;
    for (const reading of bestByIntent.values()) {
      const [allResolved = 0, ...rest] = reading.score;
      const score = [allResolved, allResolved ? 0 : reading.likeness, ...rest];
      if (!best || compareScores(score, best.score) > 0) best = { resolution: reading.resolution, score };
    }
    return best ?? { resolution: { intent: 'AMAZON.FallbackIntent', slots: {} }, score: [-1] };
  }

  /** The better of several readings of the same request (see `oneShotRequests`). */
  resolveBest(texts: string[]): Resolution {
    let best: { resolution: Resolution; score: readonly number[] } | undefined;
    for (const text of texts) {
      const scored = this.resolveScored(text);
      if (!best || compareScores(scored.score, best.score) > 0) best = scored;
    }
    return best?.resolution ?? { intent: 'AMAZON.FallbackIntent', slots: {} };
  }
}

/** How much unlisted words must sound like a slot type for a bare "{slot}" sample to take them. */
const BARE_SLOT_LIKENESS = 0.5;

function compareScores(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

const cache = new Map<string, ModelResolver>();

export function resolverFor(locale: string, root: string = process.cwd()): ModelResolver {
  const key = `${root}:${locale}`;
  const known = cache.get(key);
  if (known) return known;
  const path = join(root, 'skill-package', 'interactionModels', 'custom', `${locale}.json`);
  const model = JSON.parse(readFileSync(path, 'utf8')) as InteractionModel;
  const resolver = new ModelResolver(model, locale.split('-')[0] ?? 'en');
  cache.set(key, resolver);
  return resolver;
}
