import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CoachTurn } from '../../lambda/src/coach/turn';
import { emptyProgress } from '../../lambda/src/coach/progress';
import { SAFETY_KEYS, SAFETY_TOPIC_IDS, SYMPTOM_IDS, safetyContentKeys, topicAnswer } from '../../lambda/src/coach/safety';
import { menu } from '../../lambda/src/coach/session';
import { LANGUAGE_FILES, createI18n, translatorFor } from '../../lambda/src/localization/i18n';
import { estimateSpokenSeconds } from '../../lambda/src/speech/ssml';
import { isLanguage } from '../../lambda/src/localization/locales';
import { LANGUAGE_ROWS } from '../harness/languages';

/** The safety content has to exist, and be speakable, in every language the skill has. */

function lookUp(tree: unknown, key: string): unknown {
  let node = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/**
 * The characters a language's safety content may be written in, and its numbers read with a
 * counter (tests/harness/languages.ts: a language row's `writing`).
 */
function writingOf(language: string): { punctuation: RegExp; counted?: RegExp } {
  const writing = isLanguage(language) ? LANGUAGE_ROWS[language].writing : undefined;
  const own = escapeClass(writing?.punctuation ?? '');
  const counters = writing?.counters ?? [];
  return {
    punctuation: new RegExp(`^[\\p{L}\\p{M} ,.?!'’¿¡${own}-]+$`, 'u'),
    counted: counters.length ? new RegExp(`\\d+(?=${counters.join('|')})`, 'gu') : undefined,
  };
}
const escapeClass = (chars: string) => chars.replace(/[\\\]^-]/g, '\\$&');

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const english = LANGUAGE_FILES.en?.base;
const languages = Object.keys(LANGUAGE_FILES);
const keyCases = languages.flatMap((language) => safetyContentKeys().map((key) => [language, key] as const));

describe('safety content in every language', () => {
  test('there is at least one language, and English is one', () => {
    expect(english).toBeDefined();
  });

  test.each(keyCases)('%s has %s as written words', (language, key) => {
    const value = lookUp(LANGUAGE_FILES[language]?.base, key);
    expect(typeof value).toBe('string');
    const text = String(value).trim();
    expect(text.length).toBeGreaterThan(0);
    // Placeholders match English, so no language drops the emergency number or the stretch name.
    expect(placeholders(text)).toEqual(placeholders(String(lookUp(english, key))));
    if (key === SAFETY_KEYS.emergencyNumber) return;
    // Written for the ear: letters and plain punctuation, the language's own where it has some (Arabic ، ؟,
    // Japanese 、。; Hindi the full stop, not the danda); no digits, but before a counter its voice reads them with (Japanese 20秒);
    // no symbols.
    const { punctuation, counted } = writingOf(language);
    const words = text.replace(/\{\{\w+\}\}/g, '');
    const spoken = counted ? words.replace(counted, '') : words;
    expect(spoken).not.toMatch(/\d/);
    expect(spoken).toMatch(punctuation);
  });

  test('each language\'s own punctuation and counters are its own: another language\'s are not allowed', () => {
    expect(writingOf('en').punctuation.test('はい、そうです。')).toBe(false);
    expect(writingOf('ja').punctuation.test('はい、そうです。')).toBe(true);
    expect(writingOf('ar').punctuation.test('نعم، هذا صحيح؟')).toBe(true);
    // Alexa's Hindi is written with a full stop, never the danda (Amazon: Use Hindi in your Alexa skill).
    expect(writingOf('hi').punctuation.test('नहीं।')).toBe(false);
    expect(writingOf('hi').punctuation.test('नहीं.')).toBe(true);
    expect(writingOf('fr').punctuation.test('non।')).toBe(false);
    expect(writingOf('ja').counted?.test('週に3回')).toBe(true);
    expect('20 秒'.replace(writingOf('ja').counted!, '')).toMatch(/\d/);
    expect(writingOf('en').counted).toBeUndefined();
  });

  // Digits where the voice reads them right (911), words where it would not ("nine nine nine", "triple zero"),
  // with a counter where the language says it so (119番), or the service's name where that is how it is known.
  test.each(languages)('the emergency number for %s, and for each of its regions that sets one, is a short spoken number', (language) => {
    const file = LANGUAGE_FILES[language];
    const { counters, emergencyNumber } = (isLanguage(language) && LANGUAGE_ROWS[language].writing) || {};
    const counter = counters?.length ? `(?:${counters.join('|')})?` : '';
    const spokenNumber = new RegExp(`^(\\d{2,3}${counter}|[\\p{L}\\p{M}]+( [\\p{L}\\p{M}]+){1,2})$`, 'u');
    const isSpoken = (number: unknown) => spokenNumber.test(String(number)) || (emergencyNumber?.test(String(number)) ?? false);
    expect([lookUp(file?.base, SAFETY_KEYS.emergencyNumber), isSpoken(lookUp(file?.base, SAFETY_KEYS.emergencyNumber))]).toEqual([expect.anything(), true]);
    for (const overrides of Object.values(file?.regions ?? {})) {
      const number = lookUp(overrides, SAFETY_KEYS.emergencyNumber);
      if (number !== undefined) expect([number, isSpoken(number)]).toEqual([number, true]);
    }
  });

  const topicCases = languages.flatMap((language) => [...SAFETY_TOPIC_IDS, undefined].map((topic) => [language, topic ?? 'unknown', topic] as const));
  test.each(topicCases)('%s: the answer to %s takes under twenty seconds to say', (language, _name, topic) => {
    const t = translatorFor(createI18n(), language);
    const turn: CoachTurn = { t, now: 0, timeZone: 'UTC', state: menu(), progress: emptyProgress() };
    expect(estimateSpokenSeconds(topicAnswer(turn, topic).toSsml())).toBeLessThan(20);
  });
});

describe('the ids match every interaction model', () => {
  const dir = join(process.cwd(), 'skill-package/interactionModels/custom');
  const models = readdirSync(dir).filter((name) => name.endsWith('.json'));

  interface ModelType {
    name: string;
    values: { id?: string }[];
  }
  const typeIds = (model: string, type: string): string[] => {
    const parsed = JSON.parse(readFileSync(join(dir, model), 'utf8')) as {
      interactionModel: { languageModel: { types?: ModelType[] } };
    };
    const found = parsed.interactionModel.languageModel.types?.find((t) => t.name === type);
    return (found?.values ?? []).map((v) => v.id ?? '').sort();
  };

  test.each(models)('%s: SafetyTopic and Symptom value ids are the ones the skill answers', (model) => {
    expect(typeIds(model, 'SafetyTopic')).toEqual([...SAFETY_TOPIC_IDS].sort());
    expect(typeIds(model, 'Symptom')).toEqual([...SYMPTOM_IDS].sort());
  });
});
