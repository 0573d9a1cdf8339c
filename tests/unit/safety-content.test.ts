import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CoachTurn } from '../../lambda/src/coach/turn';
import { emptyProgress } from '../../lambda/src/coach/progress';
import { SAFETY_KEYS, SAFETY_TOPIC_IDS, SYMPTOM_IDS, safetyContentKeys, topicAnswer } from '../../lambda/src/coach/safety';
import { menu } from '../../lambda/src/coach/session';
import { LANGUAGE_FILES, createI18n, translatorFor } from '../../lambda/src/localization/i18n';
import { estimateSpokenSeconds } from '../../lambda/src/speech/ssml';

/** The safety content has to exist, and be speakable, in every language the skill has. */

function lookUp(tree: unknown, key: string): unknown {
  let node = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

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
    // Written for the ear: letters and plain punctuation (Hindi ends a sentence with a danda, ।), no digits or symbols.
    const words = text.replace(/\{\{\w+\}\}/g, '');
    expect(words).not.toMatch(/\d/);
    expect(words).toMatch(/^[\p{L}\p{M} ,.?!'’¿¡।-]+$/u);
  });

  // Digits where the voice reads them right (911), words where it would not ("nine nine nine", "triple zero").
  test.each(languages)('the emergency number for %s, and for each of its regions that sets one, is a short spoken number', (language) => {
    const file = LANGUAGE_FILES[language];
    const spokenNumber = /^(\d{2,3}|[\p{L}\p{M}]+( [\p{L}\p{M}]+){1,2})$/u;
    expect(lookUp(file?.base, SAFETY_KEYS.emergencyNumber)).toMatch(spokenNumber);
    for (const overrides of Object.values(file?.regions ?? {})) {
      const number = lookUp(overrides, SAFETY_KEYS.emergencyNumber);
      if (number !== undefined) expect(number).toMatch(spokenNumber);
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
