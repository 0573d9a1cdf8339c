import {
  SAFETY_TOPIC_IDS,
  SAFETY_TOPICS,
  SYMPTOM_IDS,
  URGENCIES,
  symptomUrgency,
  type SafetyTopicId,
  type SymptomId,
  type TopicInfo,
  type Urgency,
} from '../coach/safety-content';
import { PatternIndex, parseAlternative, parseCue, phraseAlternative, type CueTerm } from './cues';
import type { Vocabulary } from './vocabulary';
import { foldText, tokenize } from './words';
import { languageContent } from '../languages';
import { isLanguage } from '../localization/locales';

/**
 * Understands heard words about safety (a slot value Alexa could not match, or matched
 * in the wrong intent) from the language's vocabulary: its phrases found anywhere in the
 * words, and its cues (word stems that must come together in one clause).
 *
 * Urgency comes first: any emergency sign anywhere in the words wins, then a sign that
 * is alarming in company, then one that needs a doctor soon; only then discomfort or a
 * topic. A sign that is denied ("no chest pain", "my chest doesn't hurt") is no sign.
 * The vocabulary is compiled once per language, on first use; a request only looks words
 * up in maps.
 */

/** What the words were about. */
export type Heard =
  /** A sign, the most urgent heard; `signs` lists every sign heard, most urgent first. */
  | { readonly kind: 'symptom'; readonly symptom: SymptomId; readonly urgency: Urgency; readonly signs: readonly SymptomId[] }
  | { readonly kind: 'topic'; readonly topic: SafetyTopicId }
  /** Nothing known; `denied` lists the signs the words named only to deny them. */
  | { readonly kind: 'nothing'; readonly denied: readonly SymptomId[] };

/**
 * How the words came: asked as a question, discomfort comes after a topic ("should it
 * hurt this much?" is the should-hurt answer); reported, discomfort comes first.
 * Red flags come first either way.
 */
export type Asked = 'question' | 'report';

/** How far a denial reaches, in words. */
const DENIAL_REACH = 6;
/** How far apart the first and last words of a cue may be. */
const CUE_SPAN = 10;

type Target = { readonly symptom: SymptomId; readonly topic?: undefined } | { readonly topic: SafetyTopicId; readonly symptom?: undefined };

interface CompiledCue {
  readonly target: Target;
  readonly terms: readonly CueTerm[];
}

type Owner =
  | { readonly kind: 'phrase'; readonly target: Target }
  | { readonly kind: 'cue'; readonly cue: CompiledCue; readonly term: number }
  | { readonly kind: 'hedge' }
  | { readonly kind: 'notSign' }
  /** A word a denial reaches over without counting it (全然). */
  | { readonly kind: 'filler' }
  /** A negation or break of several words (ません, けれど): single words are looked up in sets. */
  | { readonly kind: 'negation' | 'clauseBreak' | 'scopeBreak' };

interface Hit {
  readonly start: number;
  readonly end: number;
}
interface CueHit extends Hit {
  readonly term: number;
}

const NOTHING: Heard = { kind: 'nothing', denied: [] };
const ONE_CLAUSE: readonly number[] = [0];
const HEDGE: Owner = { kind: 'hedge' };
const NOT_SIGN: Owner = { kind: 'notSign' };
const FILLER: Owner = { kind: 'filler' };
const NEGATION: Owner = { kind: 'negation' };
const CLAUSE_BREAK: Owner = { kind: 'clauseBreak' };
const SCOPE_BREAK: Owner = { kind: 'scopeBreak' };
const URGENCY_RANK: Readonly<Record<Urgency, number>> = Object.fromEntries(URGENCIES.map((u, i) => [u, i])) as Record<Urgency, number>;
const SYMPTOM_RANK = new Map(SYMPTOM_IDS.map((id, i) => [id, i]));
const TOPIC_RANK = new Map(SAFETY_TOPIC_IDS.map((id, i) => [id, i]));
const isCondition = (topic: SafetyTopicId): boolean => (SAFETY_TOPICS[topic] as TopicInfo).condition === true;

/** Every phrase of a list, with what each region adds: the matcher hears any region's words. */
function allPhrases(vocabulary: Vocabulary, list: 'symptoms' | 'topics', id: string): string[] {
  const phrases = [...(vocabulary[list] as Record<string, { phrases: string[] }>)[id]!.phrases];
  for (const region of Object.values(vocabulary.regions ?? {})) {
    const edit = (region[list] as Record<string, { value?: string; add?: string[] }> | undefined)?.[id];
    if (edit?.value) phrases.push(edit.value);
    phrases.push(...(edit?.add ?? []));
  }
  return phrases;
}

export class LanguageMatcher {
  private readonly index = new PatternIndex<Owner>();
  private readonly negations: Set<string>;
  private readonly clauseBreaks: Set<string>;
  private readonly scopeBreaks: Set<string>;
  private readonly elisions: Set<string> | undefined;
  /** Words written onto the next one, longest first (Arabic), and those that join clauses. */
  private readonly proclitics: readonly string[] | undefined;
  private readonly conjunctions: readonly string[];
  /** Where a denial stands and how far it reaches, and how far a cue may spread (Hindi and Japanese deny after). */
  private readonly negationFollows: boolean;
  private readonly denialReach: number;
  private readonly cueSpan: number;

  constructor(vocabulary: Vocabulary) {
    const { grammar } = vocabulary;
    this.proclitics = grammar.proclitics?.map((p) => foldText(p)).sort((a, b) => b.length - a.length);
    this.conjunctions = (grammar.conjunctions ?? []).map((c) => foldText(c));
    this.elisions = grammar.elisions ? new Set(grammar.elisions.map((e) => `${e}`)) : undefined;
    this.negationFollows = grammar.negationFollows === true;
    this.denialReach = grammar.reach?.denial ?? DENIAL_REACH;
    this.cueSpan = grammar.reach?.cue ?? CUE_SPAN;
    // A word list as a set of single words; an entry of several words goes to the index.
    const single = (list: readonly string[], owner: Owner): Set<string> => {
      const words = new Set<string>();
      for (const entry of list) {
        const alternative = phraseAlternative(entry, this.elisions);
        if (alternative.length === 1) words.add(alternative[0]!.text);
        else {
          this.index.add(alternative, owner);
        }
      }
      return words;
    };
    this.negations = single(grammar.negations, NEGATION);
    this.clauseBreaks = single(grammar.clauseBreaks, CLAUSE_BREAK);
    this.scopeBreaks = single(grammar.scopeBreaks, SCOPE_BREAK);
    for (const hedge of grammar.hedges) this.index.add(parseAlternative(hedge, this.elisions), HEDGE);
    for (const notSign of grammar.notSigns) this.index.add(parseAlternative(notSign, this.elisions), NOT_SIGN);
    for (const filler of grammar.fillers ?? []) this.index.add(parseAlternative(filler, this.elisions), FILLER);
    const add = (target: Target, entry: { cues?: string[] }, phrases: string[]) => {
      const phraseOwner: Owner = { kind: 'phrase', target };
      for (const phrase of new Set(phrases)) this.index.add(phraseAlternative(phrase, this.elisions), phraseOwner);
      for (const line of entry.cues ?? []) {
        const cue: CompiledCue = { target, terms: parseCue(line, this.elisions) };
        cue.terms.forEach((term, i) => {
          const owner: Owner = { kind: 'cue', cue, term: i };
          for (const alternative of term.alternatives) this.index.add(alternative, owner);
        });
      }
    };
    for (const id of SYMPTOM_IDS) add({ symptom: id }, vocabulary.symptoms[id], allPhrases(vocabulary, 'symptoms', id));
    for (const id of SAFETY_TOPIC_IDS) add({ topic: id }, vocabulary.topics[id], allPhrases(vocabulary, 'topics', id));
  }

  understand(words: string, asked: Asked): Heard {
    const tokens = tokenize(words, this.elisions);
    const n = tokens.length;
    if (n === 0) return NOTHING;
    const readings = this.proclitics ? tokens.map((token) => this.readingsOf(token)) : undefined;

    const phraseHits: { target: Target; hit: Hit }[] = [];
    const cueHits = new Map<CompiledCue, { hits: CueHit[]; terms: number }>();
    const hedged = new Uint8Array(n);
    const masked = new Uint8Array(n);
    const filler = new Uint8Array(n);
    // Per word: the end of a negation starting there (0: none), and whether it starts a clause or stops a denial
    // (a break, or an Arabic word with 'and' written onto it).
    const negationEnd = new Int32Array(n);
    const clauseStart = new Uint8Array(n);
    const breaking = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const token = tokens[i]!;
      if (this.negations.has(token)) negationEnd[i] = i + 1;
      if (this.clauseBreaks.has(token)) clauseStart[i] = breaking[i] = 1;
      else if (this.scopeBreaks.has(token) || this.joins(token)) breaking[i] = 1;
    }
    for (let start = 0; start < n; start++) {
      this.index.matchAt(tokens, start, (owner, end) => {
        if (owner.kind === 'phrase') phraseHits.push({ target: owner.target, hit: { start, end } });
        else if (owner.kind === 'negation') negationEnd[start] = Math.max(negationEnd[start]!, end);
        else if (owner.kind === 'clauseBreak') {
          clauseStart[start] = 1;
          breaking.fill(1, start, end);
        } else if (owner.kind === 'scopeBreak') breaking.fill(1, start, end);
        else if (owner.kind === 'cue') {
          const found = cueHits.get(owner.cue);
          const hit = { start, end, term: owner.term };
          // Which terms have a hit, as bits: most cues never have them all, and are not read further.
          if (found) {
            found.hits.push(hit);
            found.terms |= 1 << owner.term;
          } else cueHits.set(owner.cue, { hits: [hit], terms: 1 << owner.term });
        } else (owner.kind === 'hedge' ? hedged : owner.kind === 'filler' ? filler : masked).fill(1, start, end);
      }, readings);
    }

    const clause = new Int32Array(n);
    for (let i = 0, c = 0; i < n; i++) {
      if (clauseStart[i]) c++;
      clause[i] = c;
    }
    // Each denial reaches the words after it, up to a break: [at + 1, to). Where the negation follows what it
    // denies (Hindi, Japanese), it reaches the words before it instead, back to a break: [from, at); unless none
    // of its clause comes before it, when it opens the clause and goes before what it denies (Hindi
    // "न सीने में दर्द है न ..."). Fillers (全然) are reached over without counting against the reach.
    const denials: { at: number; from: number; to: number }[] = [];
    const reach = this.denialReach;
    for (let at = 0; at < n; at++) {
      if (!negationEnd[at] || hedged[at]) continue;
      if (this.negationFollows) {
        let from = at;
        let counted = 0;
        while (from > 0 && !breaking[from - 1]) {
          const more = counted + (filler[from - 1] ? 0 : 1);
          if (more > reach) break;
          counted = more;
          from--;
        }
        if (counted > 0) {
          denials.push({ at, from, to: at });
          continue;
        }
      }
      let to = at + 1;
      for (let counted = 0; to < n && !breaking[to]; to++) {
        counted += filler[to] ? 0 : 1;
        if (counted > reach) break;
      }
      denials.push({ at, from: at + 1, to });
    }
    /** The denial reaching a hit, nearest first, other than those a reading used itself. */
    const denierOf = (hit: Hit, used?: ReadonlySet<number>): number => {
      for (let d = denials.length - 1; d >= 0; d--) {
        const denial = denials[d]!;
        if (used?.has(denial.at)) continue;
        // A hit starting within the reach, on the side the denial reaches, and not holding the negation itself:
        // "痛み" in 痛みはない and "दर्द" in दर्द नहीं है, never ない in できない or नहीं in साँस नहीं आ रही.
        if (denial.from <= hit.start && hit.start < denial.to && (hit.start > denial.at || hit.end <= denial.at)) return denial.at;
      }
      return -1;
    };
    const negationsIn = (hit: Hit, into: Set<number>) => {
      for (let i = hit.start; i < hit.end; i++) if (negationEnd[i]) into.add(i);
    };
    /**
     * A denial a reading uses, with the negation words that only echo it inside its reach
     * (negative concord: "no me entra nada de aire", "je n'arrive plus", "ne ... pas").
     */
    const useDenial = (at: number, into: Set<number>) => {
      into.add(at);
      const denial = denials.find((d) => d.at === at);
      for (const other of denials) if (denial && other.at !== at && other.at >= denial.from && other.at < denial.to) into.add(other.at);
    };
    const isMasked = (target: Target, hit: Hit) => target.symptom !== undefined && masked.subarray(hit.start, hit.end).includes(1);

    const symptoms = new Map<SymptomId, number>();
    const topics = new Map<SafetyTopicId, number>();
    const denied = new Set<SymptomId>();
    const heard = (target: Target, score: number) => {
      if (target.symptom) symptoms.set(target.symptom, Math.max(score, symptoms.get(target.symptom) ?? 0));
      else topics.set(target.topic, Math.max(score, topics.get(target.topic) ?? 0));
    };

    for (const { target, hit } of phraseHits) {
      if (isMasked(target, hit)) continue;
      // A one-word phrase ("sick", "schlecht", "weak") is a phrase only as the whole utterance;
      // inside longer words, single words are the cues' business, where they are chosen with care.
      if (hit.end - hit.start === 1 && n > 1) continue;
      // A phrase's own negation ("I can't breathe", "साँस नहीं आ रही", 息ができない) denies nothing of it.
      if (target.symptom && denierOf(hit) >= 0) denied.add(target.symptom);
      else heard(target, 2 * (hit.end - hit.start));
    }

    for (const [cue, { hits, terms }] of cueHits) {
      if (terms !== (1 << cue.terms.length) - 1) continue;
      const clauses = clause[n - 1] === 0 ? ONE_CLAUSE : new Set(hits.map((hit) => clause[hit.start]!));
      for (const c of clauses) {
        const reading = this.readCue(cue, hits, c, clause, denierOf, negationsIn, useDenial, isMasked);
        if (reading === 'denied') {
          if (cue.target.symptom) denied.add(cue.target.symptom);
        } else if (reading > 0) heard(cue.target, reading);
      }
    }

    const signs = [...symptoms.keys()].sort(
      (a, b) =>
        URGENCY_RANK[symptomUrgency(a)] - URGENCY_RANK[symptomUrgency(b)] ||
        symptoms.get(b)! - symptoms.get(a)! ||
        SYMPTOM_RANK.get(a)! - SYMPTOM_RANK.get(b)!,
    );
    const top = signs[0];
    const topic = [...topics.keys()].sort((a, b) => topics.get(b)! - topics.get(a)! || TOPIC_RANK.get(a)! - TOPIC_RANK.get(b)!)[0];
    const symptom = (id: SymptomId): Heard => ({ kind: 'symptom', symptom: id, urgency: symptomUrgency(id), signs });
    if (top && (symptomUrgency(top) !== 'ease' || (asked === 'report' && !(topic && isCondition(topic))))) return symptom(top);
    if (topic) return { kind: 'topic', topic };
    if (top) return symptom(top);
    return { kind: 'nothing', denied: [...denied].filter((id) => !symptoms.has(id)) };
  }

  /** A word's readings without what is written onto it (Arabic "بالصدر": "الصدر", "صدر"), or undefined. */
  private readingsOf(token: string): string[] | undefined {
    let out: string[] | undefined;
    for (const proclitic of this.proclitics ?? []) {
      if (token.length - proclitic.length < 2 || !token.startsWith(proclitic)) continue;
      const rest = token.slice(proclitic.length);
      if (!out) out = [rest];
      else if (!out.includes(rest)) out.push(rest);
    }
    return out;
  }

  /** A word that starts with a joining proclitic ("ويدي", and my hand) and is no vocabulary word: a scope break. */
  private joins(token: string): boolean {
    for (const conjunction of this.conjunctions) {
      if (token.length - conjunction.length >= 3 && token.startsWith(conjunction)) return !this.index.starts(token);
    }
    return false;
  }

  /**
   * One cue in one clause: its score when every term is heard, 'denied' when a plain term
   * is heard only under a denial, 0 when it is not heard.
   */
  private readCue(
    cue: CompiledCue,
    hits: readonly CueHit[],
    c: number,
    clause: Int32Array,
    denierOf: (hit: Hit, used?: ReadonlySet<number>) => number,
    negationsIn: (hit: Hit, into: Set<number>) => void,
    useDenial: (at: number, into: Set<number>) => void,
    isMasked: (target: Target, hit: Hit) => boolean,
  ): number | 'denied' {
    const inClause = hits.filter((hit) => clause[hit.start] === c && !isMasked(cue.target, hit));
    const byTerm = cue.terms.map((_term, i) => inClause.filter((hit) => hit.term === i));
    if (byTerm.some((termHits) => termHits.length === 0)) return 0;
    // The denials this reading uses itself: a `~` term's, and any inside its own words.
    const used = new Set<number>();
    const chosen: Hit[] = [];
    cue.terms.forEach((term, i) => {
      if (!term.denied) return;
      for (const hit of byTerm[i]!) {
        const denier = denierOf(hit);
        if (denier < 0) continue;
        useDenial(denier, used);
        chosen[i] = hit;
        break;
      }
    });
    if (cue.terms.some((term, i) => term.denied && !chosen[i])) return 0;
    for (const termHits of byTerm) for (const hit of termHits) negationsIn(hit, used);
    let denied = false;
    cue.terms.forEach((term, i) => {
      if (term.denied) return;
      const termHits = byTerm[i]!;
      const free = termHits.find((hit) => denierOf(hit, used) < 0);
      if (free) chosen[i] = free;
      else {
        denied = true;
        chosen[i] = termHits[0]!;
      }
    });
    const first = Math.min(...chosen.map((hit) => hit.start));
    const last = Math.max(...chosen.map((hit) => hit.end));
    if (last - first > this.cueSpan) return 0;
    // A denied topic is still the topic ("I don't want to crack my back" is about cracking).
    if (denied && cue.target.symptom) return 'denied';
    // Words heard, plus one for each further term and each denial the cue asks for: the more it asks, the surer the reading.
    return chosen.reduce((sum, hit) => sum + hit.end - hit.start, 0) + cue.terms.length - 1 + cue.terms.filter((term) => term.denied).length;
  }
}

const matchers = new Map<string, LanguageMatcher>();

/** The matcher for a language (English for one the skill does not have), compiled on first use. */
export function matcherFor(language: string): LanguageMatcher {
  const known = isLanguage(language) ? language : 'en';
  let matcher = matchers.get(known);
  if (!matcher) matchers.set(known, (matcher = new LanguageMatcher(languageContent(known).vocabulary)));
  return matcher;
}

/**
 * Readings already made, per language: the same words come again and again (every listed
 * question is read too, for an emergency sign among its words), and a warm Lambda answers
 * them without reading again or making garbage. Bounded, since the words come from requests.
 */
const MAX_REMEMBERED = 5_000;
const remembered = new Map<string, Heard>();

/** What heard words were about, in the language of `locale` ("en-GB" or "en"). */
export function understand(locale: string, words: string | undefined, asked: Asked): Heard {
  if (!words) return NOTHING;
  const language = locale.split('-')[0]!.toLowerCase();
  const key = `${language}\u0000${asked}\u0000${words}`;
  let heard = remembered.get(key);
  if (!heard) {
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    heard = matcherFor(language).understand(words, asked);
    remembered.set(key, heard);
  }
  return heard;
}
