import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MemoryStore } from '../../lambda/src/stores/memory';
import { SkillDriver } from '../../scripts/lib/driver';
import { builtInExamples } from '../../scripts/lib/builtin-slots';
import { ModelResolver, builtInPhrases, normalizeUtterance, resolverFor, type InteractionModel, type Resolution } from '../../scripts/lib/resolver';

/**
 * The resolver against every locale's interaction model: each sample utterance, with
 * its slots filled by every value of their type, resolves to its own intent and the
 * value's id; every synonym resolves to its id; text the model does not cover is
 * AMAZON.FallbackIntent. An utterance the model lets mean two things is a model defect,
 * and the failure says what the other reading is.
 */

type LanguageModel = InteractionModel['interactionModel']['languageModel'];
type ModelIntent = LanguageModel['intents'][number];
type SlotType = NonNullable<LanguageModel['types']>[number];
type SlotValue = SlotType['values'][number];

const MODELS = join('skill-package', 'interactionModels', 'custom');
const LOCALES = readdirSync(MODELS)
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.slice(0, -'.json'.length))
  .sort();

const languageOf = (locale: string) => locale.split('-')[0] ?? locale;
/** Other readings are model ambiguities only when the model's own templates give them. */
const STRICT = { strict: true };
const idOf = (value: SlotValue) => value.id ?? value.name.value;
const phrasesOf = (value: SlotValue) => [value.name.value, ...(value.name.synonyms ?? [])];
const placeholdersOf = (sample: string) => [...sample.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '');

class LocaleModel {
  readonly lm: LanguageModel;
  readonly resolver: ModelResolver;
  /** The model's templates alone: what its samples and values say, without Alexa's leniency. */
  readonly strict: ModelResolver;
  readonly types: Map<string, SlotType>;
  /** One resolver per intent, knowing that intent only: how it alone would read some words. */
  private readonly perIntent: [string, ModelResolver][];

  constructor(readonly locale: string) {
    const model = JSON.parse(readFileSync(join(MODELS, `${locale}.json`), 'utf8')) as InteractionModel;
    this.lm = model.interactionModel.languageModel;
    this.resolver = new ModelResolver(model, languageOf(locale));
    this.strict = new ModelResolver(model, languageOf(locale), STRICT);
    this.types = new Map((this.lm.types ?? []).map((type) => [type.name, type]));
    // A built-in type (AMAZON.TIME) has no values in the model: its example phrases in this
    // language stand in for them, each with the value Alexa sends as its id.
    for (const name of new Set(this.lm.intents.flatMap((intent) => (intent.slots ?? []).map((slot) => slot.type)))) {
      const examples = builtInExamples(name, languageOf(locale));
      if (examples.length) this.types.set(name, { name, values: examples.map(({ phrase, value }) => ({ id: value, name: { value: phrase, synonyms: [] } })) });
    }
    this.perIntent = this.lm.intents
      .filter((intent) => intent.name !== 'AMAZON.FallbackIntent')
      .map((intent) => [intent.name, new ModelResolver({ interactionModel: { languageModel: { ...this.lm, intents: [intent] } } }, languageOf(locale), STRICT)]);
  }

  /** Other intents that read these words fully (every slot a value), even if the resolver picks the right one. */
  private otherIntentsReading(text: string, intent: string): string[] {
    return this.perIntent
      .filter(([name]) => name !== intent)
      .filter(([name, alone]) => {
        const got = alone.resolve(text);
        return got.intent === name && Object.values(got.slots).every((fill) => fill.id);
      })
      .map(([name]) => name);
  }

  slotTypeOf(intent: ModelIntent, slot: string): SlotType | undefined {
    const typeName = intent.slots?.find((s) => s.name === slot)?.type;
    return typeName ? this.types.get(typeName) : undefined;
  }

  private readonly perSample = new Map<string, ModelResolver>();

  /** A resolver that knows one sample of one intent, and no built-in phrases. */
  private sampleAlone(intent: ModelIntent, sample: string): ModelResolver {
    const key = `${intent.name}\n${sample}`;
    let resolver = this.perSample.get(key);
    if (!resolver) {
      resolver = new ModelResolver({ interactionModel: { languageModel: { ...this.lm, intents: [{ ...intent, samples: [sample] }] } } }, 'none', STRICT);
      this.perSample.set(key, resolver);
    }
    return resolver;
  }

  /** Every reading of these words in which each slot names a value, with the sample that gives it: the competing parses. */
  readingsOf(text: string): string[] {
    const readings: string[] = [];
    for (const intent of this.lm.intents.filter((i) => i.name !== 'AMAZON.FallbackIntent')) {
      for (const sample of intent.samples ?? []) {
        const { intent: name, slots } = this.sampleAlone(intent, sample).resolve(text);
        const fills = Object.entries(slots);
        if (name !== intent.name || fills.some(([, fill]) => !fill.id)) continue;
        readings.push(`${name}${fills.map(([slot, fill]) => ` ${slot}=${fill.id}`).join('')} (by "${sample}")`);
      }
    }
    return readings;
  }

  /**
   * Checks one utterance; returns what is wrong, or undefined. With `acrossIntents`, a right
   * answer still fails when another intent reads the same words fully (twice the work).
   */
  check(text: string, intent: string, ids: Record<string, string>, from: string, acrossIntents = true): string | undefined {
    const got: Resolution = this.strict.resolve(text);
    const wrongSlots = Object.entries(ids).filter(([slot, id]) => got.slots[slot]?.id !== id);
    const wanted = `${intent}${Object.entries(ids).map(([slot, id]) => ` ${slot}=${id}`).join('')}`;
    if (got.intent === intent && wrongSlots.length === 0) {
      // Right here, but Alexa might not agree: another intent that reads the same words fully is a coin toss.
      if (!acrossIntents || this.otherIntentsReading(text, intent).length === 0) return undefined;
      const others = this.readingsOf(text).filter((reading) => !reading.startsWith(`${intent} `) && !reading.startsWith(`${intent} (`));
      return `${from}: "${text}" is ${wanted}, but is AMBIGUOUS across intents in the model: the same words also read as ${others.join('; ')}`;
    }
    const gotText = `${got.intent}${Object.entries(got.slots).map(([slot, fill]) => ` ${slot}=${fill.id ?? `"${fill.value}" (no match)`}`).join('')}`;
    const others = this.readingsOf(text).filter((reading) => !reading.startsWith(`${wanted} (`));
    const why = others.length ? `AMBIGUOUS in the model: the same words also read as ${others.join('; ')}` : 'no other reading in the model: a resolver bug?';
    return `${from}: "${text}" should be ${wanted}, resolved to ${gotText}. ${why}`;
  }
}

const models = new Map(LOCALES.map((locale) => [locale, new LocaleModel(locale)]));
const modelOf = (locale: string): LocaleModel => {
  const model = models.get(locale);
  if (!model) throw new Error(`no model for ${locale}`);
  return model;
};

test('there is at least the en-US model', () => {
  expect(LOCALES).toContain('en-US');
});

describe.each(LOCALES)('the %s model', (locale) => {
  const model = modelOf(locale);
  const intentsWithSamples = model.lm.intents.filter((intent) => (intent.samples ?? []).length > 0);
  const usedTypes = [...new Set(model.lm.intents.flatMap((intent) => (intent.slots ?? []).map((slot) => slot.type)))];

  test.each(intentsWithSamples.map((intent) => [intent.name, intent] as const))(
    'every sample of %s resolves to it, with each value of its slots resolving to the value id',
    (_name, intent) => {
      const failures: string[] = [];
      for (const sample of intent.samples ?? []) {
        const slots = placeholdersOf(sample);
        if (slots.length === 0) {
          const failure = model.check(sample, intent.name, {}, `"${sample}"`);
          if (failure) failures.push(failure);
          continue;
        }
        const types = slots.map((slot) => model.slotTypeOf(intent, slot));
        const missing = slots.filter((_slot, i) => !types[i]?.values.length);
        if (missing.length) {
          failures.push(`"${sample}": {${missing.join('}, {')}} has no slot declared with a type whose values are in the model`);
          continue;
        }
        // Each slot in turn takes every value of its type; the others keep their type's first value.
        slots.forEach((varied, v) => {
          for (const value of types[v]?.values ?? []) {
            const ids: Record<string, string> = {};
            let text = sample;
            slots.forEach((slot, i) => {
              const fill = i === v ? value : types[i]?.values[0];
              if (!fill) return;
              text = text.replace(`{${slot}}`, fill.name.value);
              ids[slot] = idOf(fill);
            });
            const failure = model.check(text, intent.name, ids, `"${sample}" {${varied}}`);
            if (failure) failures.push(failure);
          }
        });
      }
      expect(failures).toEqual([]);
    },
  );

  test.each(usedTypes)('every value and synonym of %s resolves to its id, in every sample that takes one', (typeName) => {
    const type = model.types.get(typeName);
    expect(type?.values.length).toBeGreaterThan(0);
    const failures: string[] = [];
    for (const intent of model.lm.intents) {
      const slots = (intent.slots ?? []).filter((slot) => slot.type === typeName).map((slot) => slot.name);
      for (const sample of intent.samples ?? []) {
        const placeholders = placeholdersOf(sample);
        for (const slot of placeholders.filter((name) => slots.includes(name))) {
          for (const value of type?.values ?? []) {
            for (const phrase of phrasesOf(value)) {
              const ids: Record<string, string> = { [slot]: idOf(value) };
              let text = sample.replace(`{${slot}}`, phrase);
              for (const other of placeholders.filter((name) => name !== slot)) {
                const fill = model.slotTypeOf(intent, other)?.values[0];
                if (!fill) continue;
                text = text.replace(`{${other}}`, fill.name.value);
                ids[other] = idOf(fill);
              }
              // Said alone, a synonym competes with every other intent's samples; inside carrier words it is
              // checked for its id (canonical values were checked across intents by the sample test).
              const alone = sample.trim() === `{${slot}}`;
              const failure = model.check(text, intent.name, ids, `${typeName} "${phrase}" in "${sample}"`, alone);
              if (failure) failures.push(failure);
            }
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });

  test('every slot type is used by some intent, and every slot names a type in the model or a built-in one', () => {
    const declared = [...model.types.keys()];
    expect(declared.filter((name) => !usedTypes.includes(name))).toEqual([]);
    expect(usedTypes.filter((name) => !model.types.has(name) && !name.startsWith('AMAZON.'))).toEqual([]);
  });

  test('no phrase names two values of one slot type', () => {
    const clashes: string[] = [];
    for (const type of model.types.values()) {
      const seen = new Map<string, string>();
      for (const value of type.values) {
        for (const phrase of phrasesOf(value)) {
          const key = normalizeUtterance(phrase);
          const earlier = seen.get(key);
          if (earlier !== undefined && earlier !== idOf(value)) clashes.push(`${type.name}: "${phrase}" is ${earlier} and ${idOf(value)}`);
          seen.set(key, idOf(value));
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  test('no sample is listed under two intents', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const intent of model.lm.intents) {
      for (const sample of intent.samples ?? []) {
        const key = normalizeUtterance(sample);
        const earlier = owner.get(key);
        if (earlier && earlier !== intent.name) clashes.push(`"${sample}": ${earlier} and ${intent.name}`);
        owner.set(key, intent.name);
      }
    }
    expect(clashes).toEqual([]);
  });

  const phrases = builtInPhrases(languageOf(locale));
  // Keys starting with "_" are how a session starts ("open", "ask ... to"), not intents.
  const builtIns = Object.entries(phrases).filter(([intent]) => !intent.startsWith('_') && model.lm.intents.some((i) => i.name === intent));
  if (builtIns.length > 0) {
    test.each(builtIns)('what %s understands without samples reaches it', (intent, said) => {
      const failures = said.map((phrase) => model.check(phrase, intent, {}, `built-in "${phrase}"`)).filter(Boolean);
      expect(failures).toEqual([]);
    });
  }

  test.each(['purple elephant sandwich', 'what is the capital of france', 'play some music', 'order a pizza for me'])(
    'unmatched text "%s" is AMAZON.FallbackIntent',
    (text) => {
      expect(model.resolver.resolve(text)).toEqual({ intent: 'AMAZON.FallbackIntent', slots: {} });
    },
  );

  test.each(phrases._launch ?? ['open'])('"%s <invocation name>" launches the skill through the driver', async (word) => {
    const user = new SkillDriver({ locale, store: new MemoryStore(), start: '2026-11-20T08:00:00Z' });
    const reply = await user.says(`${word} ${model.lm.invocationName}`);
    expect(user.requests[user.requests.length - 1]?.request.type).toBe('LaunchRequest');
    expect(reply.ended).toBe(false);
  });
});

describe('how the resolver reads en-US', () => {
  const resolver = resolverFor('en-US');

  test('slot values are matched ignoring case and punctuation', () => {
    expect(resolver.resolve('Start the Desk-Break!')).toEqual({
      intent: 'StartRoutineIntent',
      slots: { routine: { value: 'desk break', id: 'desk', slotType: 'RoutineName' } },
    });
  });

  test('with carrier words, an unknown value still reaches the intent, without an id (ER_SUCCESS_NO_MATCH)', () => {
    expect(resolver.resolve('start the yoga routine')).toEqual({
      intent: 'StartRoutineIntent',
      slots: { routine: { value: 'yoga', id: undefined, slotType: 'RoutineName' } },
    });
  });

  test('a bare {slot} sample does not catch words that are none of its values', () => {
    expect(resolver.resolve('yoga').intent).toBe('AMAZON.FallbackIntent');
  });

  test.each(['started', 'startle', 'myself'])('a slot starts at a word boundary: "%s" is no sample', (text) => {
    expect(resolver.resolve(text).intent).toBe('AMAZON.FallbackIntent');
  });

  test('"i haven\'t got a foam roller" is not "i\'ve got {routine}" with a foam roller', () => {
    // Its words sound like a routine, so the bare "{routine}" sample may take them, but unmatched.
    expect(resolver.resolve("i haven't got a foam roller").slots.routine?.id).toBeUndefined();
  });

  test('filler words at either end are shrugged off, as Alexa does', () => {
    expect(resolver.resolve('um okay start the desk break please')).toEqual(resolver.resolve('start the desk break'));
  });

  test('a bare {slot} sample takes unlisted words that sound like its values, unmatched', () => {
    expect(resolver.resolve('chest heavy crushed')).toEqual({
      intent: 'ReportSymptomIntent',
      slots: { symptom: { value: 'chest heavy crushed', id: undefined, slotType: 'Symptom' } },
    });
  });

  test('a value said with a word or two after it is the value: slot tagging leaves them out', () => {
    expect(resolver.resolve('heavy chest crushing feeling').slots.symptom).toEqual({ value: 'heavy chest', id: 'chest-pain', slotType: 'Symptom' });
    expect(resolver.resolve('start the desk break now please').slots.routine?.id).toBe('desk');
  });

  test('with no sample matching, an intent without slots whose samples share the telling words is read', () => {
    expect(resolver.resolve("i'm ready for the next exercise").intent).toBe('AMAZON.NextIntent');
    expect(resolver.resolve('hang on for a sec').intent).toBe('AMAZON.PauseIntent');
    expect(resolver.resolve('how much time have we got left').intent).toBe('RoutineProgressIntent');
    expect(resolver.resolve('order a pizza for me').intent).toBe('AMAZON.FallbackIntent');
  });

  test('with no reading that matches every slot, the unmatched words go where they sound like the values', () => {
    // "i have {routine}" and "i have {symptom}" are both samples.
    expect(resolver.resolve('i have a crushing pain in my chest').intent).toBe('ReportSymptomIntent');
    expect(resolver.resolve('i have a yoga block').intent).toBe('StartRoutineIntent');
  });

  test('a value said with the carrier words of a longer sample keeps its id', () => {
    expect(resolver.resolve('start the desk break routine').slots.routine?.id).toBe('desk');
  });
});

describe('invoking the skill by name through the driver', () => {
  test('"open upper back coach" starts a new session with a LaunchRequest', async () => {
    const user = new SkillDriver({ store: new MemoryStore(), start: '2026-11-20T08:00:00Z' });
    const reply = await user.says('open upper back coach');
    const request = user.requests[user.requests.length - 1];
    expect(request?.request.type).toBe('LaunchRequest');
    expect(request?.session?.new).toBe(true);
    expect(reply.speech).toMatch(/^Welcome to Upper Back Coach/);
  });

  test('"ask upper back coach to start the desk break" is one shot: a new session straight into the intent', async () => {
    const user = new SkillDriver({ store: new MemoryStore(), start: '2026-11-20T08:00:00Z' });
    const reply = await user.says('ask upper back coach to start the desk break');
    const request = user.requests[user.requests.length - 1];
    expect(request?.session?.new).toBe(true);
    expect(request?.request).toMatchObject({
      type: 'IntentRequest',
      intent: {
        name: 'StartRoutineIntent',
        slots: { routine: { value: 'desk break', resolutions: { resolutionsPerAuthority: [{ status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { id: 'desk' } }] }] } } },
      },
    });
    expect(reply.speech).toContain("Let's do the desk break, about");
  });
});
