/**
 * Checked by `npm run typecheck`, never run: translation keys are typed from locales/en.json.
 * Each `@ts-expect-error` line must fail to type-check, or tsc reports the directive unused,
 * so these lines fail the type check if the keys ever go back to plain strings.
 */
import type { StretchId } from '../../lambda/src/coach/catalog';
import { symptomKey, topicKey } from '../../lambda/src/coach/safety-content';
import type { Translator } from '../../lambda/src/localization/translator';

export function keysAreTyped(t: Translator, stretch: StretchId): string[] {
  return [
    t.text('menu.intro'),
    t.text('progress.left', { count: 3 }),
    t.text(`stretches.${stretch}.name`),
    t.text(topicKey('crack-safe')),
    t.text(symptomKey('chest-pain')),
    ...t.list(`stretches.${stretch}.setup`),
    // @ts-expect-error a misspelt key
    t.text('menu.intr'),
    // @ts-expect-error a plural form is not a key of its own: the count chooses it
    t.text('progress.left_one'),
    // @ts-expect-error a list is not one piece of text
    t.text('weekdays'),
    // @ts-expect-error one piece of text is not a list
    ...t.list('menu.intro'),
    // @ts-expect-error a stretch the catalogue does not have
    t.text('stretches.neck-roll.name'),
  ];
}
