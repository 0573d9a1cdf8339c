import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VOCABULARY_TYPES } from '../../models/define';
import { dropMarks, foldScripts, hasUnspacedScript } from '../../lambda/src/understanding/words';
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
 * `_ask` words start a one-shot ("ask ... to"; one ending in "-" is written onto the name), `_connectors` join the two;
 * a `_launch` or `_ask` phrase with `{name}` says where the name goes (Japanese: "{name}を開いて").
 * `_wake` is the wake word as the language writes it, where that is not "Alexa" (Arabic: أليكسا, Japanese: アレクサ).
 * `_leadingFillers` and `_trailingFillers` are words Alexa's NLU shrugs off at the start or
 * the end of an utterance ("um", "okay"; "please"), `_softWords` intensifiers and hedges it
 * shrugs off anywhere ("really", "kind of"): the resolver also reads an utterance without them.
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
  // A phrase with {name} says where the name goes (Japanese puts it first: 背中ほぐしコーチを開いて);
  // one ending in "-" is written onto the name (Arabic "قولي ل-": قولي لمدرب الظهر); any other goes before it, with a space.
  const NAME = 'qxnameqx';
  const around = (list: string[] | undefined, after: string) =>
    (list ?? [])
      .map((phrase) => {
        if (phrase.includes('{name}')) return escapeRegExp(normalizeUtterance(phrase.replace('{name}', NAME))).replace(NAME, name);
        if (phrase.endsWith('-')) return `(?:${escapeRegExp(normalizeUtterance(phrase.slice(0, -1)))})${name}${after}`;
        return `(?:${escapeRegExp(normalizeUtterance(phrase))}) ${name}${after}`;
      })
      .join('|');
  const connectors = (phrases._connectors ?? []).map((w) => normalizeUtterance(w));
  const spaced = connectors.filter((c) => !c.endsWith("'"));
  const elided = connectors.filter((c) => c.endsWith("'"));
  const connector = [spaced.length ? `(?:${alternatives(spaced)}) ` : '', elided.length ? `(?:${alternatives(elided)})` : '']
    .filter(Boolean)
    .join('|');
  // The wake word ("alexa", or as the language writes it: أليكسا, アレクサ), then a space unless an unspaced script follows.
  const wakeWords = ['alexa', ...(phrases._wake ?? [])].map((w) => normalizeUtterance(w));
  const spacedWake = wakeWords.filter((w) => !isUnspaced(w)).map(escapeRegExp);
  const unspacedWake = wakeWords.filter(isUnspaced).map(escapeRegExp);
  const wake = `(?:(?:${spacedWake.join('|')})(?: |(?=${UNSPACED_CHAR}))${unspacedWake.length ? `|${unspacedWake.join('|')}` : ''})?`;
  return {
    launch: new RegExp(`^${wake}(?:${around(phrases._launch, '')})$`, 'u'),
    oneShot: new RegExp(`^${wake}(?:${around(phrases._ask, ' ')})(.+)$`, 'u'),
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
  const unspaced = hasUnspacedScript(text);
  // Marks fold as the matcher folds them (lambda/src/understanding/words.ts): accents go, the kana
  // voicing marks and Devanagari's vowel signs stay.
  const folded = dropMarks(foldScripts(text).toLowerCase().normalize('NFD'))
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}\p{M}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // Japanese has no spaces between words: those a sample puts around a slot, or typed ones, go.
  return unspaced ? folded.normalize('NFC').replace(SPACE_BY_UNSPACED, '') : folded;
}

/** Scripts written without spaces between words (kanji, kana). */
const UNSPACED_CHAR = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u30FC\\u3005]';
const UNSPACED = new RegExp(UNSPACED_CHAR, 'u');
const UNSPACED_RUN = new RegExp(`${UNSPACED_CHAR}+`, 'gu');
const SPACE_BY_UNSPACED = new RegExp(`(?<=${UNSPACED_CHAR}) | (?=${UNSPACED_CHAR})`, 'gu');

/**
 * The units a text is compared by: its words, and in an unspaced script its characters and
 * each pair of neighbouring characters (what words are there, without knowing where they end).
 */
export function unitsOf(text: string): string[] {
  const units: string[] = [];
  for (const word of text.split(' ')) {
    if (!word) continue;
    if (!UNSPACED.test(word)) {
      units.push(word);
      continue;
    }
    for (const run of word.match(UNSPACED_RUN) ?? []) {
      const chars = [...run];
      units.push(...chars);
      for (let i = 0; i + 1 < chars.length; i++) units.push(chars[i]! + chars[i + 1]!);
    }
    for (const other of word.split(UNSPACED_RUN)) if (other) units.push(other);
  }
  return units;
}

/** How a text's pieces join: by spaces, or (in an unspaced script) by nothing. */
const isUnspaced = (text: string): boolean => UNSPACED.test(text);

interface CompiledSample {
  intent: string;
  pattern: RegExp;
  slotNames: string[];
  literalLength: number;
  /** Its carrier words: an utterance without one of them cannot match, so the pattern is not tried. */
  literalWords: string[];
  /** Its place in the model: between readings that score the same, the earlier sample wins. */
  order: number;
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
  /** How many slot types use each word in their values. */
  private readonly typesUsing = new Map<string, number>();
  /** Words so common in the samples' carrier text that they say nothing about a slot's value. */
  private readonly carrierWords = new Set<string>();
  /** Words Alexa's NLU shrugs off before an utterance ("um", "okay") and after it ("please"), longest first. */
  private readonly fillers: { leading: string[]; trailing: string[] };
  /** Intensifiers and hedges it shrugs off anywhere ("really", "kind of"), longest first. */
  private readonly softWords: string[];
  /** The words of each sample without slots, for readings by similarity. */
  private readonly slotless: { intent: string; words: Set<string> }[] = [];
  /** How telling each word is: rare across the samples, heavy (inverse document frequency). */
  private readonly weight = new Map<string, number>();
  /** Samples by their rarest carrier word, so an utterance only tries samples whose words it has. */
  private readonly byWord = new Map<string, CompiledSample[]>();
  /** Samples that are a bare slot, tried for every utterance. */
  private readonly bare: CompiledSample[] = [];

  /**
   * `strict`: the model's templates only, as a model check needs them: no fillers, no
   * intensifiers, no shortened slot values, no reading by similarity. Those model how Alexa's
   * NLU generalizes from a model; they are no part of the model itself.
   */
  constructor(
    model: InteractionModel,
    language: string,
    private readonly options: { strict?: boolean } = {},
  ) {
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
          for (const word of unitsOf(normalized)) words.add(word);
        }
      }
      this.values.set(type.name, table);
      this.typeWords.set(type.name, words);
      for (const word of words) this.typesUsing.set(word, (this.typesUsing.get(word) ?? 0) + 1);
    }
    const builtIns = builtInPhrases(language);
    for (const intent of lm.intents) {
      for (const slot of intent.slots ?? []) this.slotTypes.set(`${intent.name}.${slot.name}`, slot.type);
      const samples = [...(intent.samples ?? []), ...(builtIns[intent.name] ?? [])];
      for (const sample of samples) {
        this.samples.push(this.compile(intent.name, sample));
        const words = unitsOf(normalizeUtterance(sample.replace(/\{[^}]+\}/g, ' ')));
        if (!sample.includes('{') && intent.name !== 'AMAZON.FallbackIntent') this.slotless.push({ intent: intent.name, words: new Set(words) });
      }
    }
    const documents = this.samples.length;
    const frequency = new Map<string, number>();
    for (const sample of [...lm.intents.flatMap((i) => [...(i.samples ?? []), ...(builtIns[i.name] ?? [])])]) {
      for (const word of new Set(unitsOf(normalizeUtterance(sample.replace(/\{[^}]+\}/g, ' '))))) {
        frequency.set(word, (frequency.get(word) ?? 0) + 1);
      }
    }
    for (const [word, count] of frequency) this.weight.set(word, Math.log(1 + documents / count) ** 2);
    // Function words: the ones a good share of all samples use ("the", "my", "que").
    const common = Math.max(10, documents * COMMON_WORD_SHARE);
    for (const [word, count] of frequency) if (count >= common) this.carrierWords.add(word);
    for (const sample of this.samples) {
      const key = [...sample.literalWords].sort((a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0))[0];
      if (key === undefined) this.bare.push(sample);
      else this.byWord.set(key, [...(this.byWord.get(key) ?? []), sample]);
    }
    const longestFirst = (words: string[] | undefined) => (words ?? []).map(normalizeUtterance).sort((a, b) => b.length - a.length);
    this.fillers = { leading: longestFirst(builtIns._leadingFillers), trailing: longestFirst(builtIns._trailingFillers) };
    this.softWords = longestFirst(builtIns._softWords);
  }

  /**
   * How much unmatched slot words sound like a slot type: the share of their content words
   * (all but the function words every intent's samples use) found among the type's values and
   * synonyms, or 0 when they have no content words.
   */
  private likeness(type: string, said: string): { share: number; weighted: number; known: number } {
    const words = this.typeWords.get(type);
    const content = unitsOf(said).filter((word) => !this.carrierWords.has(word));
    let known = 0;
    let weighted = 0;
    for (const word of content) {
      // A plural or possessive is the word it ends: "pinches" is "pinch", "everything's" is "everything".
      const form = [word, word.replace(/'s$/, ''), word.replace(/e?s$/, '')].find((candidate) => words?.has(candidate));
      if (form === undefined) continue;
      known++;
      // A word several slot types use says less about which one this is.
      weighted += 1 / (this.typesUsing.get(form) ?? 1);
    }
    const share = (part: number) => (content.length ? part / content.length : 0);
    return { share: share(known), weighted: share(weighted), known };
  }

  /**
   * Words one or two words longer than a listed value ("morning one today", "chest pain while
   * stretching", "enchaîne sans t'arrêter"): Alexa's slot tagging leaves such words out of the
   * value, so the value is the listed one. Only words after the value for a bare "{slot}" sample
   * or a SafetyTopic or Symptom value.
   */
  private shortened(type: string, said: string, bare: boolean): { value: string; id: string } | undefined {
    // In an unspaced script, characters stand for words, and a few more may go ("胸が痛いんです").
    const unspaced = isUnspaced(said);
    const words = unspaced ? [...said] : said.split(' ');
    // Words before a safety value can deny it ("no pain"): those keep every word, for the matcher.
    // A bare slot keeps its first words too: they are all there is to tell what was meant.
    const leading = bare || Object.hasOwn(VOCABULARY_TYPES, type) ? 0 : unspaced ? 3 : 2;
    for (let drop = 1; drop <= (unspaced ? 4 : 2) && drop < words.length; drop++) {
      for (let front = 0; front <= Math.min(leading, drop); front++) {
        const value = words.slice(front, words.length - (drop - front)).join(unspaced ? '' : ' ');
        const listed = this.values.get(type)?.get(value);
        if (listed) return { value, id: listed.id };
      }
    }
    return undefined;
  }

  /**
   * An intent without slots whose samples share the most telling words with the utterance,
   * when no sample matches it: Alexa's NLU generalizes from samples ("say that once more" is
   * close to "say that again" and "one more time"); an exact-template reading cannot. The
   * overlap is weighted by how rare each word is across the samples (weighted Jaccard), and
   * must be at least SIMILAR, and clearly ahead of any other intent's.
   */
  private similar(texts: readonly string[]): Resolution | undefined {
    let best: { intent: string; score: number } | undefined;
    let second = 0;
    for (const text of texts) {
      const said = new Set(unitsOf(text));
      const byIntent = new Map<string, number>();
      for (const sample of this.slotless) {
        let shared = 0;
        let all = 0;
        for (const word of new Set([...said, ...sample.words])) {
          const weight = this.weight.get(word) ?? Math.log(1 + this.samples.length) ** 2;
          all += weight;
          if (said.has(word) ? hasForm(sample.words, word) : hasForm(said, word)) shared += weight;
        }
        const score = all ? shared / all : 0;
        if (score > (byIntent.get(sample.intent) ?? 0)) byIntent.set(sample.intent, score);
      }
      for (const [intent, score] of byIntent) {
        if (!best || score > best.score) {
          if (best && best.intent !== intent) second = Math.max(second, best.score);
          best = { intent, score };
        } else if (intent !== best.intent) second = Math.max(second, score);
      }
    }
    if (!best || best.score < SIMILAR || best.score - second < SIMILAR_MARGIN) return undefined;
    return { intent: best.intent, slots: {} };
  }

  /** The utterance; the same without filler words at its ends; and without intensifiers too, if it had any. */
  private readings(text: string): string[] {
    const utterance = normalizeUtterance(text);
    const softened = this.softWords.reduce(
      (words, soft) => (isUnspaced(soft) ? words.split(soft).join('') : ` ${words} `.split(` ${soft} `).join(' ').trim()),
      utterance,
    );
    return [...new Set([utterance, this.withoutFillers(utterance), this.withoutFillers(softened)])].filter(Boolean);
  }

  private withoutFillers(utterance: string): string {
    let stripped = utterance;
    for (let changed = true; changed; ) {
      changed = false;
      for (const filler of this.fillers.leading) {
        const gap = isUnspaced(filler) ? '' : ' ';
        if (!stripped.startsWith(`${filler}${gap}`) || stripped.length <= filler.length + gap.length) continue;
        stripped = stripped.slice(filler.length + gap.length);
        changed = true;
      }
      for (const filler of this.fillers.trailing) {
        const gap = isUnspaced(filler) ? '' : ' ';
        if (!stripped.endsWith(`${gap}${filler}`) || stripped.length <= filler.length + gap.length) continue;
        stripped = stripped.slice(0, -filler.length - gap.length);
        changed = true;
      }
    }
    return stripped;
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
    const literalWords = [...new Set(pieces.filter((_piece, i) => i % 2 === 0).flatMap(unitsOf))];
    return { intent, pattern: new RegExp(`^${source}$`), slotNames, literalLength, literalWords, order: this.samples.length };
  }

  /** The intent and slots Alexa would send for these words. */
  resolve(text: string): Resolution {
    return this.resolveBest(this.options.strict ? [text] : this.readings(text));
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
  resolveScored(text: string): { resolution: Resolution; score: readonly number[]; bare: boolean } {
    const utterance = normalizeUtterance(text);
    const bestByIntent = new Map<string, { resolution: Resolution; score: number[]; likeness: number; bare: boolean }>();
    const words = new Set(unitsOf(utterance));
    const candidates = [...this.bare];
    for (const word of words) {
      const samples = this.byWord.get(word);
      if (samples) for (const sample of samples) if (hasAll(words, sample.literalWords)) candidates.push(sample);
    }
    candidates.sort((a, b) => a.order - b.order);
    for (const sample of candidates) {
      const match = sample.pattern.exec(utterance);
      if (!match) continue;
      const slots: Record<string, SlotFill> = {};
      let resolved = 0;
      let slotChars = 0;
      let likeness = 1;
      let distinct = 1;
      let knownWords = Infinity;
      let exact = 1;
      sample.slotNames.forEach((name, i) => {
        const said = (match[i + 1] ?? '').trim();
        const type = this.slotTypes.get(`${sample.intent}.${name}`) ?? '';
        const value = this.values.get(type)?.get(said);
        const shortened = value || this.options.strict ? undefined : this.shortened(type, said, sample.literalLength === 0);
        if (value || shortened) {
          resolved++;
          slotChars += (shortened?.value ?? said).length;
          if (shortened) exact = 0;
        } else {
          const like = this.likeness(type, said);
          likeness = Math.min(likeness, like.share);
          distinct = Math.min(distinct, like.weighted);
          knownWords = Math.min(knownWords, like.known);
        }
        slots[name] = shortened ? { value: shortened.value, id: shortened.id, slotType: type } : { value: said, id: value?.id, slotType: type };
      });
      const allResolved = resolved === sample.slotNames.length;
      // With carrier words around it, an unknown value still reaches the intent (ER_SUCCESS_NO_MATCH).
      // A bare "{slot}" sample takes words that are none of the slot's values only when they sound
      // like its values: two or more of their content words, and at least half, are among the
      // type's words. Otherwise "what is the capital of france" would be a safety question.
      if (!allResolved && sample.literalLength === 0 && (likeness < BARE_SLOT_LIKENESS || knownWords < 2)) continue;
      const score = [allResolved ? 1 : 0, exact, sample.literalLength + slotChars, slotChars];
      const known = bestByIntent.get(sample.intent);
      if (!known || compareScores(score, known.score) > 0) {
        bestByIntent.set(sample.intent, { resolution: { intent: sample.intent, slots }, score, likeness: distinct, bare: sample.literalLength === 0 });
      }
    }
    let best: { resolution: Resolution; score: number[]; bare: boolean } | undefined;
    for (const reading of bestByIntent.values()) {
      const [allResolved = 0, ...rest] = reading.score;
      // Carrier words heard beat a bare slot; then, unmatched words that sound like the slot type.
      const score = [allResolved, allResolved || !reading.bare ? 1 : 0, allResolved ? 0 : reading.likeness, ...rest];
      if (!best || compareScores(score, best.score) > 0) best = { resolution: reading.resolution, score, bare: reading.bare };
    }
    return best ?? { resolution: { intent: 'AMAZON.FallbackIntent', slots: {} }, score: [-1], bare: false };
  }

  /** The better of several readings of the same request (see `oneShotRequests`). */
  resolveBest(texts: string[]): Resolution {
    let best: { resolution: Resolution; score: readonly number[]; bare: boolean } | undefined;
    for (const text of texts) {
      const scored = this.resolveScored(text);
      if (!best || compareScores(scored.score, best.score) > 0) best = scored;
    }
    if (this.options.strict) return best?.resolution ?? FALLBACK();
    // A carrier with words in its slot that do not sound like the slot type ("i'm {routine}" heard
    // as "i'm ready for the next one"), or a bare slot that took words it does not list, is a
    // weaker reading than an intent whose samples are nearly those words: Alexa's NLU weighs both.
    const [allResolved, , likeness = 0] = best?.score ?? [-1];
    const weak = !best || best.resolution.intent === 'AMAZON.FallbackIntent' || (allResolved === 0 && (best.bare || likeness < BARE_SLOT_LIKENESS));
    if (!weak) return best!.resolution;
    return this.similar(texts.map(normalizeUtterance)) ?? best?.resolution ?? FALLBACK();
  }
}

/** Whether the set has the word, or a form of it: one of the two begins the other, four letters or more ("long", "longtemps"). */
function hasForm(set: ReadonlySet<string>, word: string): boolean {
  if (set.has(word)) return true;
  if (word.length < 4) return false;
  for (const other of set) if (other.length >= 4 && (other.startsWith(word) || word.startsWith(other))) return true;
  return false;
}

/** Whether every word is in the set (a plain loop: this runs for every sample of every utterance). */
function hasAll(set: ReadonlySet<string>, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) if (!set.has(words[i]!)) return false;
  return true;
}

const FALLBACK = (): Resolution => ({ intent: 'AMAZON.FallbackIntent', slots: {} });

/** How close an utterance must be to an intent's samples to be read as it when no sample matches, and how far ahead of any other. */
const SIMILAR = 0.5;
const SIMILAR_MARGIN = 0.1;

/** A word in at least this share of the samples is a function word, no content. */
const COMMON_WORD_SHARE = 0.02;

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
