import { ROUTINES, STRETCHES, getRoutine, getStretch, routineStretches } from '../../lambda/src/coach/catalog';
import { routineSeconds } from '../../lambda/src/coach/routine-length';
import { LANGUAGE_FILES, createI18n, translatorFor } from '../../lambda/src/localization/i18n';
import type { ListKey } from '../../lambda/src/localization/translator';

const i18n = createI18n();

describe('the catalogue', () => {
  test('has at least 18 stretches with unique ids', () => {
    expect(STRETCHES.length).toBeGreaterThanOrEqual(18);
    expect(new Set(STRETCHES.map((s) => s.id)).size).toBe(STRETCHES.length);
  });

  test('every routine step names a known stretch', () => {
    for (const routine of ROUTINES) for (const step of routine.steps) expect(() => getStretch(step.id)).not.toThrow();
  });

  test('the bridge, the most demanding move, is only in the full routine, and last', () => {
    for (const routine of ROUTINES) {
      const ids = routine.steps.map((s) => s.id);
      if (routine.id === 'full') expect(ids[ids.length - 1]).toBe('bridge');
      else expect(ids).not.toContain('bridge');
    }
  });

  test('routines without floor work use no floor positions', () => {
    const floor = new Set(['handsAndKnees', 'lyingOnBack', 'lyingOnStomach', 'seatedOnFloor']);
    for (const routine of ROUTINES.filter((r) => !r.usesFloor)) {
      for (const stretch of routineStretches(routine.id)) expect(floor.has(stretch.posture)).toBe(false);
    }
  });

  test('the gentle routine has no twisting', () => {
    const ids = getRoutine('gentle').steps.map((s) => s.id);
    expect(ids.some((id) => /twist|rotation|thread/.test(id))).toBe(false);
  });

  test.each(ROUTINES.map((r) => [r.id, r.minutes] as const))(
    'the %s routine, as narrated on short instructions, lasts within its %j minutes',
    (id, [min, max]) => {
      const minutes = routineSeconds(translatorFor(i18n, 'en-US'), id, true) / 60;
      expect(minutes).toBeGreaterThanOrEqual(min);
      expect(minutes).toBeLessThanOrEqual(max);
    },
  );

  describe.each(Object.keys(LANGUAGE_FILES))('content in %s', (language) => {
    const t = translatorFor(i18n, language);
    test.each(STRETCHES.map((s) => [s.id, s] as const))('%s has every field its form needs', (_id, stretch) => {
      const key = `stretches.${stretch.id}` as const;
      for (const field of ['name', 'benefit', 'brief', 'during']) expect(t.has(`${key}.${field}`)).toBe(true);
      expect(t.list(`${key}.setup`).length).toBeGreaterThanOrEqual(2);
      expect(t.has(`${key}.switch`)).toBe(stretch.sides === 2);
      if (stretch.form.kind === 'reps') expect(t.list(`${key}.rep` as ListKey)).toHaveLength(stretch.form.phaseSeconds.length);
      else expect(t.has(`${key}.rep`)).toBe(false);
    });
    test.each(ROUTINES.map((r) => r.id))('routine %s has a name and description', (id) => {
      expect(t.has(`routines.${id}.name`)).toBe(true);
      expect(t.has(`routines.${id}.description`)).toBe(true);
    });
  });
});
