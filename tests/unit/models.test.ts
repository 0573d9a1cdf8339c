import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lines } from '../../lambda/src/understanding/lines';
import { applyEdit } from '../../lambda/src/understanding/vocabulary';
import { MODELS_DIR, generateModels, modelText } from '../../scripts/lib/models';

/** The committed models are what models/ generates: nobody edits a generated file by hand. */
const generated = generateModels();
const committed = readdirSync(MODELS_DIR)
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.slice(0, -'.json'.length))
  .sort();

describe('generated interaction models', () => {
  test('every committed model has a source, and every source locale a committed model', () => {
    expect([...generated.keys()].sort()).toEqual(committed);
  });

  test.each([...generated.entries()].map(([locale, model]) => [locale, model] as const))(
    '%s.json is what its source generates (run npm run models)',
    (locale, model) => {
      expect(readFileSync(join(MODELS_DIR, `${locale}.json`), 'utf8')).toBe(modelText(model));
    },
  );
});

describe('the source notation', () => {
  test('lines`` keeps one trimmed entry per line, without blanks or # comments', () => {
    expect(lines`
      start the {routine}
      # a comment
        what about {topic}

    `).toEqual(['start the {routine}', 'what about {topic}']);
  });

  test('a region edit removes, adds at the end, and can put another value first', () => {
    expect(applyEdit(['a', 'b', 'c'], { remove: ['b'], add: ['d'], value: 'c' }, 'test')).toEqual(['c', 'a', 'd']);
    expect(applyEdit(['a'], { value: 'z' }, 'test')).toEqual(['z', 'a']);
  });

  test('an edit that removes what is not there, or adds what is, is an error', () => {
    expect(() => applyEdit(['a'], { remove: ['x'] }, 'test')).toThrow(/removes "x"/);
    expect(() => applyEdit(['a'], { add: ['a'] }, 'test')).toThrow(/adds "a"/);
  });
});
