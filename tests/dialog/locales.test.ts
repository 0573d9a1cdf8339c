import { readFileSync } from 'node:fs';
import { ROUTINE_IDS } from '../../lambda/src/coach/catalog';
import { topicKey, type SafetyTopicId } from '../../lambda/src/coach/safety-content';
import { createI18n, translatorFor } from '../../lambda/src/localization/i18n';
import { isLanguage, languageOf } from '../../lambda/src/localization/locales';
import { ssmlToText } from '../../lambda/src/speech/ssml';
import { MemoryStore } from '../../lambda/src/stores/memory';
import { resolverFor } from '../../scripts/lib/resolver';
import { Conversation, type ConversationOptions, type Reply } from '../harness/conversation';
import { LANGUAGE_LIST, LOCALE_ROWS, type Expected, type LanguageRow } from '../harness/languages';

/**
 * Every locale as its users hear it, one table: a locale is a row of
 * tests/harness/languages.ts (its language's phrases and replies, its emergency number, what
 * it says its own way), and every test below runs for each. Every turn goes through the
 * locale's interaction model and the response validator; every reply, speech and reprompt,
 * is checked for words of another language (a missing key would fall back to English
 * silently), and every emergency answer for another locale's number.
 */

const DAY = 86_400_000;

/** A user of the locale: every reply is kept, and checked for another language's words after each test. */
class Speaker extends Conversation {
  readonly heard: Reply[] = [];

  constructor(
    readonly language: LanguageRow,
    options: ConversationOptions,
  ) {
    super(options);
    speakers.push(this);
  }

  override async says(text: string): Promise<Reply> {
    const reply = await super.says(text);
    this.heard.push(reply);
    return reply;
  }

  /** Words of another language in what was heard. */
  leaks(): string[] {
    const foreign = new Set(this.language.foreign);
    return this.heard.flatMap((reply) => {
      const text = `${reply.speech} ${reply.reprompt}`.toLowerCase();
      const words = text.match(/\p{L}+/gu) ?? [];
      // A foreign phrase of more than one word is looked for as it is written.
      return [...words.filter((word) => foreign.has(word)), ...[...foreign].filter((phrase) => phrase.includes(' ') && text.includes(phrase))];
    });
  }
}

let speakers: Speaker[] = [];
afterEach(() => {
  const leaks = speakers.flatMap((speaker) => speaker.leaks());
  speakers = [];
  expect(leaks).toEqual([]);
});

function expectHeard(text: string, expected: Expected): void {
  if (typeof expected === 'string') expect(text).toContain(expected);
  else expect(text).toMatch(expected);
}

/** Every emergency number the skill says, in any locale. */
const NUMBERS = [...new Set(LOCALE_ROWS.map(({ row }) => row.number))];

/** The locale's safety answer for a topic, as the reply says it. */
function topicAnswer(locale: string, topic: SafetyTopicId): string {
  const t = translatorFor(createI18n(), locale);
  return ssmlToText(t.text(topicKey(topic), { number: t.text('emergency.number') }));
}

interface ExampleManifest {
  manifest: { publishingInformation: { locales: Record<string, { examplePhrases?: string[] }> } };
}
const MANIFEST = JSON.parse(readFileSync('skill-package/skill.json', 'utf8')) as ExampleManifest;

describe.each(LOCALE_ROWS.map((entry) => ({ ...entry, number: entry.row.number })))('in $locale', ({ locale, row, languageRow: lang, number }) => {
  let users = 0;
  const speaker = (options: Partial<ConversationOptions> = {}) =>
    new Speaker(lang, { locale, store: new MemoryStore(), userId: `amzn1.ask.account.${locale}-${++users}`, ...options });
  const otherNumbers = NUMBERS.filter((other) => other !== number);
  const expectOnlyOwnNumber = (text: string) => expect([text, otherNumbers.filter((other) => text.includes(other))]).toEqual([text, []]);
  /** A user in the menu, then in the desk break, cut in after `seconds`. */
  const inDeskBreak = async (seconds: number) => {
    const user = speaker();
    await user.says(lang.say.open);
    await user.says(lang.routines.desk.start);
    user.after(seconds);
    return user;
  };
  const [question, answer] = row.question ?? [lang.say.question, lang.hear.answer];

  test('its model has the language’s invocation name', () => {
    const model = JSON.parse(readFileSync(`skill-package/interactionModels/custom/${locale}.json`, 'utf8')) as {
      interactionModel: { languageModel: { invocationName: string } };
    };
    expect(model.interactionModel.languageModel.invocationName).toBe(lang.invocation);
  });

  test('its locale file gives the emergency number it is tested with, in speech and on screen', () => {
    const t = translatorFor(createI18n(), locale);
    expect(t.text('emergency.number')).toBe(number);
    expect(t.text('screen.emergency.number')).toBe(row.digits);
  });

  test('transcript: open, start the desk break, a safety question mid-stretch, resume, stop', async () => {
    const user = speaker();

    const welcome = await user.says(lang.say.open);
    expect(welcome.speech).toMatch(lang.hear.welcome.start);
    expect(welcome.speech).toContain(lang.hear.welcome.disclaimer);
    expectHeard(welcome.speech, lang.hear.welcome.offer);
    expectHeard(welcome.reprompt, lang.hear.welcome.reprompt);
    expect(welcome.ended).toBe(false);

    const start = await user.says(lang.routines.desk.start);
    expect(start.speech).toMatch(lang.hear.deskStart);
    expect(start.ssml).toContain('<break time="');
    expectHeard(start.speech, lang.hear.deskNext);
    expect(start.speech).toMatch(lang.hear.keepGoing);
    expect(start.reprompt).toBe(lang.hear.keepGoingReprompt);

    const asked = await user.after(25).says(question);
    expect(asked.speech).toMatch(answer);
    expect(asked.speech).toMatch(lang.hear.backToFirst);
    expect(asked.ssml).not.toContain('<break');
    expect(asked.ended).toBe(false);

    const resumed = await user.says(lang.say.resume);
    expect(resumed.speech).toMatch(lang.hear.resumedFirst);
    expect(resumed.ssml).toContain('<break');

    const goodbye = await user.after(5).says(lang.say.stop);
    expect(goodbye.speech).toBe(lang.hear.goodbye);
    expect(goodbye.ended).toBe(true);
  });

  test('the next day, the unfinished routine is offered, and yes picks it up', async () => {
    const store = new MemoryStore();
    const userId = `amzn1.ask.account.${locale}-returning`;
    const first = speaker({ store, userId, start: '2026-11-17T08:00:00Z' });
    await first.says(lang.say.open);
    await first.says(lang.routines[lang.returning.routine].start);
    if (lang.returning.after) first.after(lang.returning.after);
    await first.says(lang.say.stop);
    const next = speaker({ store, userId, start: '2026-11-18T08:00:00Z' });
    const offer = await next.says(lang.say.open);
    expect(offer.speech).toBe(lang.returning.offer);
    expect((await next.says(lang.say.yes)).speech).toMatch(lang.returning.resumed);
  });

  test(`chest pain mid-stretch stops the routine and says to call ${number}`, async () => {
    const user = await inDeskBreak(8);
    const reply = await user.says(lang.say.chestPain);
    expect(reply.speech).toBe(lang.hear.chestPain(number));
    expect(reply.ended).toBe(true);
    expectOnlyOwnNumber(reply.speech);
  });

  test.each(lang.emergencies)(`"%s" mid-stretch is an emergency: stop, call ${number}`, async (said) => {
    const user = await inDeskBreak(8);
    const reply = await user.says(said);
    expect(reply.speech.startsWith(lang.hear.urgent(number))).toBe(true);
    expect(reply.ended).toBe(true);
    expectOnlyOwnNumber(reply.speech);
  });

  test(`a one-shot request that reports chest pain gets ${number} first`, async () => {
    const reply = await speaker().says(lang.say.oneShotEmergency);
    // The same words as mid-routine, less the routine ended: none was under way.
    expect(reply.speech).toBe(lang.hear.chestPain(number).replace(` ${lang.hear.routineEnded}`, ''));
    expect(reply.ended).toBe(true);
  });

  test.each(lang.redFlags)('"%s" mid-stretch ends the routine and sends the user to a doctor', async (said, hear) => {
    const user = await inDeskBreak(8);
    const reply = await user.says(said);
    expect(reply.speech).toMatch(lang.hear.seeDoctorSoon);
    expect(reply.speech).toContain(hear);
    expect(reply.speech).toContain(lang.hear.routineEnded);
    expect(reply.ended).toBe(true);
    expectOnlyOwnNumber(reply.speech);
  });

  test('asking when to see a doctor names the same emergency number', async () => {
    const user = speaker();
    await user.says(lang.say.open);
    const reply = await user.says(lang.seeDoctor[0]);
    expect(reply.speech).toContain(lang.seeDoctor[1](number));
    expectOnlyOwnNumber(reply.speech);
  });

  // A locale may have nothing of its own to say (a language with one locale); the others have rows.
  if (row.local.length) test.each(row.local)('said its own way: "%s"', async (said, hear) => {
    const user = speaker();
    await user.says(lang.say.open);
    expectHeard((await user.says(said)).speech, hear);
  });

  test('a new user’s one-shot request starts the routine after the first-use note', async () => {
    const [said, routine] = lang.say.oneShotStart;
    const reply = await speaker().says(said);
    expect(reply.speech).toMatch(lang.hear.firstUse);
    expect(reply.speech).toContain(lang.hear.starting(lang.routines[routine].name));
  });

  test.each(lang.needs)('a need like "%s" picks the %s routine', async (said, routine) => {
    const user = speaker();
    await user.says(lang.say.open);
    expect((await user.says(said)).speech).toContain(lang.hear.starting(lang.routines[routine].name));
  });

  test('the list of routines names each with its length', async () => {
    const user = speaker();
    await user.says(lang.say.open);
    const reply = await user.says(lang.say.list);
    for (const id of ROUTINE_IDS) expect(reply.speech).toMatch(lang.hear.lasts(lang.routines[id].name));
    expect(reply.speech).toMatch(lang.hear.listEnd);
  });

  test('asked how long is left mid-stretch, it says where the user is', async () => {
    const user = await inDeskBreak(20);
    const reply = await user.says(lang.say.howLong);
    expect(reply.speech).toMatch(lang.hear.progress);
    expect(reply.ended).toBe(false);
  });

  test.each(ROUTINE_IDS)('the %s routine, said next to the end, is in the language from the first stretch to the goodbye', async (routine) => {
    const user = speaker();
    await user.says(lang.say.open);
    let reply = await user.says(lang.routines[routine].start);
    for (let turn = 0; turn < 40 && user.inRoutine; turn++) reply = await user.says(lang.say.next);
    expect(user.stateKind).toBe('finishing');
    expect(reply.speech).toMatch(lang.hear.finished(lang.routines[routine].name));
  });

  test('an unknown question is said so, and the examples offered are questions the skill answers', async () => {
    const user = speaker();
    await user.says(lang.say.open);
    expect((await user.says(lang.unknown.say)).speech).toMatch(lang.unknown.hear);
    for (const [said, topic] of lang.unknown.examples) {
      expect((await user.says(said)).speech.startsWith(topicAnswer(locale, topic))).toBe(true);
    }
  });

  test('every control the prompts name answers to its word', async () => {
    const user = speaker();
    await user.says(lang.say.open);
    for (const step of lang.walk) {
      const [after, said, hear] = step.length === 3 ? step : [undefined, ...step];
      // Without a number the user waits for the whole reply, as after an answer.
      if (after !== undefined) user.after(after);
      const reply = await user.says(said);
      // Said exactly, or matching.
      expect([said, reply.speech]).toEqual([said, typeof hear === 'string' ? hear : expect.stringMatching(hear)]);
    }
  });

  test('what the skill tells people to say is what the model understands', () => {
    const resolver = resolverFor(locale);
    for (const [said, intent, value] of lang.commands) {
      const { intent: got, slots } = resolver.resolve(said);
      expect([said, got, Object.values(slots)[0]?.id ?? '']).toEqual([said, intent, value ?? '']);
    }
  });

  test('the store listing’s example phrases open the skill or reach what they promise', async () => {
    const phrases = MANIFEST.manifest.publishingInformation.locales[locale]?.examplePhrases ?? [];
    expect(phrases).toHaveLength(3);
    expect(phrases[0]!.toLowerCase()).toBe(`alexa, ${lang.say.open}`);
    expectHeard((await speaker().says(phrases[0]!)).speech, lang.examples[0]);
    expectHeard((await speaker().says(phrases[1]!)).speech, lang.examples[1]);
    // The third picks up a routine: with none, it says so; with one stopped yesterday, it picks it up.
    expect((await speaker().says(phrases[2]!)).speech).toMatch(lang.hear.nothingToResume);
    const store = new MemoryStore();
    const userId = `amzn1.ask.account.${locale}-example`;
    const earlier = speaker({ store, userId, start: '2026-11-17T08:00:00Z' });
    await earlier.says(lang.say.open);
    await earlier.says(lang.routines.desk.start);
    await earlier.after(5).says(lang.say.stop);
    const later = speaker({ store, userId, start: Date.parse('2026-11-17T08:00:00Z') + DAY });
    expectHeard((await later.says(phrases[2]!)).speech, lang.examples[2]);
  });
});

/** Every safety topic, in each language's first locale (what a region says its own way is in its `local` rows). */
describe.each(LANGUAGE_LIST)('safety topics in $locale', ({ locale, row: lang }) => {
  test.each(Object.entries(lang.topics) as [SafetyTopicId, LanguageRow['topics'][SafetyTopicId]][])(
    '%s, asked in the menu, is answered, then a question or a routine is offered',
    async (topic, asked) => {
      const user = new Speaker(lang, { locale });
      await user.says(lang.say.open);
      const reply = await user.says(typeof asked === 'string' ? asked : asked.say);
      // The topic's answer from the locale file, or, where one is given, a pattern (a sign asked about is answered as the sign it is).
      if (typeof asked === 'string') expect([reply.speech, reply.speech.startsWith(topicAnswer(locale, topic))]).toEqual([reply.speech, true]);
      else expect(reply.speech).toMatch(asked.hear);
      expect(reply.speech).toMatch(lang.hear.afterAnswer);
      expect(reply.ended).toBe(false);
    },
  );
});

describe.each(LANGUAGE_LIST.flatMap(({ row }) => row.alsoAnswers.map((locale) => ({ locale, languageRow: row }))))(
  'in $locale, a locale the skill is not published in',
  ({ locale, languageRow }) => {
    test('its language is still spoken', async () => {
      const user = new Speaker(languageRow, { locale });
      const reply = await user.send({ type: 'LaunchRequest' });
      user.heard.push(reply);
      expect(reply.speech).toMatch(languageRow.hear.welcome.start);
    });
  },
);

test('a locale of a language the skill does not speak gets English instead of failing', async () => {
  const locale = 'sv-SE';
  expect(isLanguage(languageOf(locale))).toBe(false);
  const reply = await new Conversation({ locale }).send({ type: 'LaunchRequest' });
  expect(reply.speech).toMatch(/^Welcome to Upper Back Coach/);
});
