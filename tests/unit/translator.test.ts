import { createI18n, translatorFor, type LanguageFile } from '../../lambda/src/localization/i18n';
import { fillIn } from '../../lambda/src/localization/phrases';

/**
 * The lookup the skill's words go through (localization/phrases.ts): regions over their
 * language, plural forms by Intl.PluralRules, placeholders. Small made-up files, so each
 * rule is seen on its own; the real files are held to it by the dialog and content tests.
 */
const files: Record<string, LanguageFile> = {
  en: {
    base: {
      left: '{{count}} seconds left.',
      left_one: 'One second left.',
      greeting: 'Hello, {{name}}.',
      colour: 'colour',
      tips: ['Breathe out.', 'Sit tall.'],
      only: { english: 'Only in English.' },
    },
    regions: { 'en-US': { colour: 'color' }, 'en-GB': { left: '{{count}} seconds to go.' } },
  },
  ar: {
    base: {
      left: 'بقيت {{count}} ثانية.',
      left_zero: 'لم يبق شيء.',
      left_one: 'بقيت ثانية.',
      left_two: 'بقيت ثانيتان.',
      left_few: 'بقيت {{count}} ثوان.',
      left_many: 'بقيت {{count}} ثانية.',
    },
  },
  de: { base: { left: 'Noch {{count}} Sekunden.', left_one: 'Noch eine Sekunde.' } },
};

const say = (locale: string | undefined, key: string, vars?: Record<string, string | number>) =>
  translatorFor(createI18n(files), locale).text(key as never, vars);

describe('translator', () => {
  test.each([
    ['en-US', 1, 'One second left.'],
    ['en-US', 0, '0 seconds left.'],
    ['en-US', 2, '2 seconds left.'],
    ['ar-SA', 0, 'لم يبق شيء.'],
    ['ar-SA', 1, 'بقيت ثانية.'],
    ['ar-SA', 2, 'بقيت ثانيتان.'],
    ['ar-SA', 3, 'بقيت 3 ثوان.'],
    ['ar-SA', 11, 'بقيت 11 ثانية.'],
    ['ar-SA', 100, 'بقيت 100 ثانية.'],
    ['de-DE', 1, 'Noch eine Sekunde.'],
    ['de-DE', 5, 'Noch 5 Sekunden.'],
  ])('%s, a count of %d: %s', (locale, count, expected) => {
    expect(say(locale, 'left', { count })).toBe(expected);
  });

  test("a region's words come before its language's, and the rest is the language's", () => {
    expect(say('en-US', 'colour')).toBe('color');
    expect(say('en-AU', 'colour')).toBe('colour');
    expect(say('en-GB', 'greeting', { name: 'Sam' })).toBe('Hello, Sam.');
  });

  test("a region's bare sentence is used for every count, before its language's plural forms", () => {
    // A region that rewrites a sentence rewrites all its forms (phrases.ts).
    expect(say('en-GB', 'left', { count: 1 })).toBe('1 seconds to go.');
  });

  test('a count given as text picks no plural form', () => {
    expect(say('en-US', 'left', { count: '1' })).toBe('1 seconds left.');
  });

  test('a language the skill does not speak is answered in American English, and a key a language lacks is read from English', () => {
    expect(say('xx-YY', 'colour')).toBe('color');
    expect(say(undefined, 'colour')).toBe('color');
    expect(say('de-DE', 'only.english')).toBe('Only in English.');
  });

  test('a missing key is said as itself; a list is a list, and has() sees both', () => {
    const t = translatorFor(createI18n(files), 'en-US');
    expect(t.text('no.such.key' as never)).toBe('no.such.key');
    expect(t.list('tips' as never)).toEqual(['Breathe out.', 'Sit tall.']);
    expect(t.list('colour' as never)).toEqual([]);
    expect(t.has('tips')).toBe(true);
    expect(t.has('only')).toBe(true);
    expect(t.has('nothing.here')).toBe(false);
  });

  test('placeholders are filled in as written, unescaped, and one with no value is left for the content tests to find', () => {
    expect(fillIn('{{ name }} & {{other}}', { name: '<Sam>' })).toBe('<Sam> & {{other}}');
    expect(fillIn('{{count}} of {{total}}', { count: 2, total: 5 })).toBe('2 of 5');
  });
});
