import { ROUTINE_IDS } from '../../lambda/src/coach/catalog';
import { parseSessionState } from '../../lambda/src/coach/session';
import { MemoryStore } from '../../lambda/src/stores/memory';
import { fakeAlexaApi, type FakeAlexaApi } from '../../scripts/lib/alexa-api';
import { APPLICATION_ID } from '../../scripts/lib/envelopes';
import { isLanguage, languageOf } from '../../lambda/src/localization/locales';
import { ssmlToText } from '../../lambda/src/speech/ssml';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { Conversation, type ConversationOptions } from '../harness/conversation';
import { LANGUAGE_ROWS } from '../harness/languages';
import { expectValidResponse } from '../harness/validate';

/**
 * Stretch reminders and the Alexa Routines offer, in every locale, against the stand-in
 * for Alexa's APIs on 127.0.0.1 (scripts/lib/alexa-api.ts: it checks the bearer token and
 * every reminder body, and keeps what it was given). Each row is one locale with the words
 * its people say; the words the skill says back are the language's own.
 */

interface Words {
  open: string;
  /** "Remind me to stretch every weekday at 10", and the days and time said back. */
  set: string;
  setSaid: string;
  /** "Set a stretch reminder" (no time), then the answer to "when?", and that said back. */
  ask: string;
  when: string;
  whenSaid: string;
  /** "Change my reminder to 11", and the new schedule said back. */
  change: string;
  changeSaid: string;
  list: string;
  cancel: string;
  yes: string;
  no: string;
  /** What the skill says when the user says no to the permission, and when no answer came. */
  denied: RegExp;
  notAnswered: RegExp;
  /** The closing's reminder offer at 9:00 local time, and the start of the routine offer. */
  reminderOffer: string;
  routineOffer: RegExp;
  /** The days "every weekday" is where the locale's users live, as RRULE names them (Monday to Friday unless the week is another). */
  workWeek?: string;
}

const EN: Words = {
  open: 'open upper back coach',
  set: 'remind me to stretch every weekday at 10',
  setSaid: 'every weekday at 10 in the morning',
  ask: 'set a stretch reminder',
  when: 'every day at 3 pm',
  whenSaid: 'every day at 3 in the afternoon',
  change: 'change my reminder to 11',
  changeSaid: 'every weekday at 11 in the morning',
  list: 'what reminders do i have',
  cancel: 'cancel my stretch reminder',
  yes: 'yes',
  no: 'no',
  denied: /allow reminders for Upper Back Coach in the Alexa app/,
  notAnswered: /I didn't set a reminder/,
  reminderOffer: 'Want a reminder to do this again tomorrow at 9 in the morning, and every day after that?',
  routineOffer: /Would you like Alexa to start the desk break for you every weekday at /,
};

const DE: Words = {
  open: 'öffne lockerer rücken',
  set: 'erinnere mich montags bis freitags um 10 uhr ans dehnen',
  setSaid: 'montags bis freitags um 10 Uhr',
  ask: 'stell eine erinnerung zum dehnen ein',
  when: 'jeden tag um 15 uhr',
  whenSaid: 'jeden Tag um 15 Uhr',
  change: 'verschieb meine erinnerung auf 11 uhr',
  changeSaid: 'montags bis freitags um 11 Uhr',
  list: 'welche erinnerungen habe ich',
  cancel: 'lösche meine erinnerung',
  yes: 'ja',
  no: 'nein',
  denied: /erlaube Erinnerungen für Lockerer Rücken in der Alexa App/,
  notAnswered: /Ich habe keine Erinnerung eingerichtet/,
  reminderOffer: 'Soll ich dich morgen um 9 Uhr wieder daran erinnern, und danach jeden Tag?',
  routineOffer: /Soll Alexa die Schreibtischpause montags bis freitags um /,
};

const ES: Words = {
  open: 'abre espalda en forma',
  set: 'recuérdame estirar de lunes a viernes a las 10',
  setSaid: 'de lunes a viernes a las 10 de la mañana',
  ask: 'pon un recordatorio para estirar',
  when: 'todos los días a las 3 de la tarde',
  whenSaid: 'todos los días a las 3 de la tarde',
  change: 'cambia mi recordatorio a las 11',
  changeSaid: 'de lunes a viernes a las 11 de la mañana',
  list: 'qué recordatorios tengo',
  cancel: 'borra mi recordatorio',
  yes: 'sí',
  no: 'no',
  denied: /permite los recordatorios de Espalda en Forma en la aplicación Alexa/,
  notAnswered: /No he creado ningún recordatorio/,
  reminderOffer: '¿Quieres un recordatorio para repetir mañana a las 9 de la mañana, y después todos los días?',
  routineOffer: /¿Quieres que Alexa inicie la rutina de oficina por ti de lunes a viernes a las? /,
};

const FR: Words = {
  open: 'ouvre objectif dos',
  set: "rappelle moi de m'étirer du lundi au vendredi à 10 heures",
  setSaid: 'du lundi au vendredi à 10 heures',
  ask: "programme un rappel d'étirements",
  when: 'tous les jours à 15 heures',
  whenSaid: 'tous les jours à 15 heures',
  change: 'déplace mon rappel à 11 heures',
  changeSaid: 'du lundi au vendredi à 11 heures',
  list: 'quels sont mes rappels',
  cancel: 'annule mon rappel',
  yes: 'oui',
  no: 'non',
  denied: /autorisez les rappels pour Objectif Dos dans l'application Alexa/,
  notAnswered: /Je n'ai pas créé de rappel/,
  reminderOffer: 'Voulez-vous un rappel pour recommencer demain à 9 heures, et ensuite tous les jours ?',
  routineOffer: /Voulez-vous qu'Alexa lance la pause bureau pour vous du lundi au vendredi à /,
};

const IT: Words = {
  open: 'apri schiena sciolta',
  set: 'ricordami di fare stretching dal lunedì al venerdì alle 10',
  setSaid: 'dal lunedì al venerdì alle 10',
  ask: 'imposta un promemoria per gli allungamenti',
  when: 'tutti i giorni alle 15',
  whenSaid: 'tutti i giorni alle 15',
  change: 'sposta il mio promemoria alle 11',
  changeSaid: 'dal lunedì al venerdì alle 11',
  list: 'quali promemoria ho',
  cancel: 'cancella il mio promemoria',
  yes: 'sì',
  no: 'no',
  denied: /consenti i promemoria per Schiena Sciolta nell'app Alexa/,
  notAnswered: /Non ho impostato nessun promemoria/,
  reminderOffer: 'Vuoi un promemoria per rifarla domani alle 9, e poi tutti i giorni?',
  routineOffer: /Vuoi che Alexa faccia partire la pausa scrivania per te dal lunedì al venerdì alle? /,
};

const PT: Words = {
  open: 'abrir costas em dia',
  set: 'me lembra de alongar de segunda a sexta às 10',
  setSaid: 'de segunda a sexta às 10 da manhã',
  ask: 'cria um lembrete de alongamento',
  when: 'todos os dias às 3 da tarde',
  whenSaid: 'todos os dias às 3 da tarde',
  change: 'muda meu lembrete pras 11',
  changeSaid: 'de segunda a sexta às 11 da manhã',
  list: 'quais lembretes eu tenho',
  cancel: 'cancela meu lembrete',
  yes: 'sim',
  no: 'não',
  denied: /permita os lembretes do Costas em Dia no app Alexa/,
  notAnswered: /Não criei nenhum lembrete/,
  reminderOffer: 'Quer um lembrete para repetir amanhã às 9 da manhã, e depois todos os dias?',
  routineOffer: /Quer que a Alexa comece a pausa no escritório para você de segunda a sexta às? /,
};

const AR: Words = {
  open: 'افتحي مدرب الظهر',
  set: 'ذكريني بالإطالة أيام الدوام الساعة عشرة',
  setSaid: 'كل يوم من الأحد إلى الخميس الساعة 10 صباحًا',
  ask: 'اضبطي تذكير بالإطالة',
  when: 'كل يوم الساعة ثلاثة العصر',
  whenSaid: 'كل يوم الساعة 3 عصرًا',
  change: 'غيري التذكير إلى الساعة الحادية عشرة',
  changeSaid: 'كل يوم من الأحد إلى الخميس الساعة 11 صباحًا',
  list: 'وش التذكيرات اللي عندي',
  cancel: 'ألغي تذكير الإطالة',
  yes: 'نعم',
  no: 'لا',
  denied: /يمكن السماح بالتذكيرات لمدرب الظهر من تطبيق أليكسا/,
  notAnswered: /^لم أضبط أي تذكير\./,
  reminderOffer: 'هل أضبط تذكيرًا لنكرر التمارين غدًا الساعة 9 صباحًا، ثم كل يوم بعدها؟',
  routineOffer: /هل نضيف إلى روتينات أليكسا روتينًا يبدأ استراحة المكتب كل يوم من الأحد إلى الخميس الساعة /,
  // Saudi Arabia's weekend is Friday and Saturday: its working days are Sunday to Thursday.
  workWeek: 'SU,MO,TU,WE,TH',
};

const JA: Words = {
  open: '背中ほぐしコーチを開いて',
  set: '平日の午前10時にストレッチをリマインドして',
  setSaid: '平日の午前10時',
  ask: 'ストレッチのリマインダーを設定して',
  when: '毎日午後3時',
  whenSaid: '毎日午後3時',
  change: 'リマインダーを11時に変更して',
  changeSaid: '平日の午前11時',
  list: 'リマインダーを教えて',
  cancel: 'ストレッチのリマインダーを取り消して',
  yes: 'はい',
  no: 'いいえ',
  denied: /Alexaアプリで背中ほぐしコーチのリマインダーを許可してから/,
  notAnswered: /^リマインダーは設定していません。/,
  reminderOffer: '明日から毎日午前9時に、ストレッチのリマインダーを設定しましょうか？',
  routineOffer: /平日の.+に、アレクサがデスク休憩コースを始めるように、定型アクションを追加しましょうか？/,
};

const NL: Words = {
  open: 'open soepele rug',
  set: 'herinner me elke werkdag om 10 uur aan mijn rekoefeningen',
  setSaid: "elke werkdag om 10 uur 's ochtends",
  ask: 'stel een herinnering in om te rekken',
  when: "elke dag om 3 uur 's middags",
  whenSaid: "elke dag om 3 uur 's middags",
  change: 'verzet mijn herinnering naar 11 uur',
  changeSaid: "elke werkdag om 11 uur 's ochtends",
  list: 'welke herinneringen heb ik',
  cancel: 'verwijder mijn herinnering',
  yes: 'ja',
  no: 'nee',
  denied: /sta dan herinneringen voor Soepele Rug toe in de Alexa-app/,
  notAnswered: /Ik heb geen herinnering ingesteld/,
  reminderOffer: "Wil je een herinnering om dit morgen om 9 uur 's ochtends weer te doen, en daarna elke dag?",
  routineOffer: /Wil je dat Alexa de bureaupauze elke werkdag om /,
};

const HI: Words = {
  open: 'open सीधी पीठ',
  set: 'सोमवार से शुक्रवार को 10 बजे stretching की याद दिलाना',
  setSaid: 'सोमवार से शुक्रवार सुबह 10 बजे',
  ask: 'stretching का reminder लगाओ',
  when: 'हर दिन ठीक दोपहर 3 बजे',
  whenSaid: 'हर दिन दोपहर 3 बजे',
  change: 'मेरा reminder 11 बजे कर दो',
  changeSaid: 'सोमवार से शुक्रवार सुबह 11 बजे',
  list: 'मेरे reminders क्या हैं',
  cancel: 'मेरा reminder हटा दो',
  yes: 'हाँ',
  no: 'नहीं',
  denied: /Alexa app में सीधी पीठ के लिए reminders की अनुमति दीजिए/,
  notAnswered: /मैंने कोई reminder set नहीं किया/,
  reminderOffer: 'क्या मैं कल सुबह 9 बजे फिर से stretching की याद दिलाऊँ, और उसके बाद हर दिन?',
  routineOffer: /क्या Alexa सोमवार से शुक्रवार .* आपके लिए desk break शुरू करे/,
};

const ROWS: (Words & { locale: string })[] = [
  ...['en-US', 'en-GB', 'en-AU', 'en-IN', 'en-CA'].map((locale) => ({ locale, ...EN })),
  { locale: 'de-DE', ...DE },
  ...['es-ES', 'es-MX', 'es-US'].map((locale) => ({ locale, ...ES })),
  ...['fr-FR', 'fr-CA'].map((locale) => ({ locale, ...FR })),
  { locale: 'it-IT', ...IT },
  { locale: 'pt-BR', ...PT },
  { locale: 'ar-SA', ...AR },
  { locale: 'ja-JP', ...JA },
  { locale: 'nl-NL', ...NL },
  { locale: 'hi-IN', ...HI },
];

const MONDAY_TO_FRIDAY = 'MO,TU,WE,TH,FR';
/** "Every weekday at 10" as the reminder's RRULE, in a row's week. */
const weekdaysAt10 = (row: Words) => `FREQ=WEEKLY;BYDAY=${row.workWeek ?? MONDAY_TO_FRIDAY};BYHOUR=10;BYMINUTE=0;BYSECOND=0`;
const ZONE = 'Europe/Berlin';
/** 9:00 in Berlin on a Tuesday. */
const START = '2026-11-17T08:00:00Z';

let api: FakeAlexaApi;
beforeAll(async () => {
  api = await fakeAlexaApi({ timeZone: ZONE });
});
afterAll(() => api.close());
beforeEach(() => {
  api.held.clear();
  api.reminders = 'normal';
  api.problems.length = 0;
});
afterEach(() => {
  // Every request the skill made was well formed and carried the request's bearer token.
  expect(api.problems).toEqual([]);
});

/**
 * Every response passes the validator, and says nothing its language never says (in
 * Arabic: no Latin letter, which a missing word would leave, and no one addressed as a
 * man or a woman), as in the locale suite.
 */
async function checked(envelope: ResponseEnvelope, locale: string): Promise<void> {
  await expectValidResponse(envelope, locale);
  const language = languageOf(locale);
  const never = isLanguage(language) ? (LANGUAGE_ROWS[language].never ?? []) : [];
  const ssml = (speech: unknown) => (speech && typeof speech === 'object' && 'ssml' in speech ? ssmlToText(String(speech.ssml)) : '');
  const said = `${ssml(envelope.response.outputSpeech)} ${ssml(envelope.response.reprompt?.outputSpeech)}`;
  expect([said, never.flatMap((pattern) => said.match(pattern) ?? [])]).toEqual([said, []]);
}

function person(locale: string, options: Partial<ConversationOptions> = {}): Conversation {
  return new Conversation({ locale, store: new MemoryStore(), apiEndpoint: api.endpoint, apiAccessToken: api.token, start: START, check: checked, ...options });
}

/** The one reminder the fake API holds, and its recurrence rule. */
function heldReminder(): { rule: string; zone: unknown; text: { locale: string; text: string } } {
  const all = [...api.held.values()];
  expect(all).toHaveLength(1);
  const trigger = all[0]!.request.trigger as { timeZoneId: unknown; recurrence: { recurrenceRules: string[] } };
  const content = (all[0]!.request.alertInfo as { spokenInfo: { content: { locale: string; text: string }[] } }).spokenInfo.content;
  return { rule: trigger.recurrence.recurrenceRules[0]!, zone: trigger.timeZoneId, text: content[0]! };
}

function cardOf(user: Conversation): unknown {
  return user.last?.envelope.response.card;
}

/** Starts the desk break and says "go on" until its closing has been said. */
async function finishDeskBreak(user: Conversation): Promise<string> {
  await user.intent('StartRoutineIntent', { routine: 'desk' });
  let last = '';
  while (user.inRoutine) last = (await user.intent('AMAZON.YesIntent')).speech;
  expect(user.stateKind).toBe('finishing');
  return last;
}

describe.each(ROWS)('$locale', (row) => {
  test('asked with the days and the time: said back first, the permission asked for by voice and given, then set and confirmed', async () => {
    const user = person(row.locale);
    await user.says(row.open);
    const confirm = await user.says(row.set);
    // Certification: the time and the recurrence are stated before anything is created.
    expect(confirm.speech).toContain(row.setSaid);
    expect(api.held.size).toBe(0);
    const asking = await user.says(row.yes);
    expect(user.handoff).toEqual({
      type: 'Connections.SendRequest',
      name: 'AskFor',
      payload: { '@type': 'AskForPermissionsConsentRequest', '@version': '1', permissionScope: 'alexa::alerts:reminders:skill:readwrite' },
      token: 'reminders',
    });
    expect(asking.envelope.response.shouldEndSession).toBeUndefined();
    expect(asking.envelope.response.reprompt).toBeUndefined();
    const set = await user.permissionAnswer('ACCEPTED');
    expect(set.speech).toContain(row.setSaid);
    expect(user.stateKind).toBe('menu');
    const held = heldReminder();
    expect(held.rule).toBe(weekdaysAt10(row));
    expect(held.zone).toBe(ZONE);
    expect(held.text.locale).toBe(row.locale);
  });

  test('the permission refused, or not answered: how to allow it later, a card in the Alexa app, and on with the menu', async () => {
    for (const answer of ['DENIED', 'NOT_ANSWERED'] as const) {
      const user = person(row.locale);
      await user.says(row.open);
      await user.says(row.set);
      await user.says(row.yes);
      const reply = await user.permissionAnswer(answer);
      expect(reply.speech).toMatch(answer === 'DENIED' ? row.denied : row.notAnswered);
      expect(cardOf(user)).toEqual({ type: 'AskForPermissionsConsent', permissions: ['alexa::alerts:reminders:skill:readwrite'] });
      expect(user.stateKind).toBe('menu');
      expect(reply.ended).toBe(false);
    }
    expect(api.held.size).toBe(0);
  });

  test('asked without a time: "when?", the answer said back, and set at once when the permission is there', async () => {
    const user = person(row.locale, { remindersPermission: 'GRANTED' });
    await user.says(row.open);
    await user.says(row.ask);
    expect(user.stateKind).toBe('reminder');
    const confirm = await user.says(row.when);
    expect(confirm.speech).toContain(row.whenSaid);
    const set = await user.says(row.yes);
    expect(user.handoff).toBeUndefined();
    expect(set.speech).toContain(row.whenSaid);
    expect(heldReminder().rule).toBe('FREQ=DAILY;BYHOUR=15;BYMINUTE=0;BYSECOND=0');
  });

  test('list, change and cancel the reminder; one deleted in the Alexa app is forgotten', async () => {
    const user = person(row.locale, { remindersPermission: 'GRANTED' });
    await user.says(row.open);
    await user.says(row.set);
    await user.says(row.yes);
    expect((await user.says(row.list)).speech).toContain(row.setSaid);
    const confirm = await user.says(row.change);
    expect(confirm.speech).toContain(row.changeSaid);
    expect((await user.says(row.yes)).speech).toContain(row.changeSaid);
    expect(heldReminder().rule).toBe(weekdaysAt10(row).replace('BYHOUR=10', 'BYHOUR=11'));
    expect((await user.says(row.list)).speech).toContain(row.changeSaid);
    expect((await user.says(row.cancel)).speech).toContain(row.changeSaid);
    expect(api.held.size).toBe(0);

    // Set again, then deleted in the Alexa app: the skill finds it gone and says so.
    await user.says(row.set);
    await user.says(row.yes);
    api.held.clear();
    const gone = await user.says(row.cancel);
    expect(gone.ended).toBe(false);
    expect(user.stateKind).toBe('menu');
    expect(parseProgress(user).reminder).toBeUndefined();
  });

  test('the end of a routine offers a reminder once; a no is kept for a week, then the Alexa Routines offer comes once', async () => {
    const user = person(row.locale, { remindersPermission: 'GRANTED' });
    await user.says(row.open);
    expect(await finishDeskBreak(user)).toMatch(new RegExp(`${escape(row.reminderOffer)}$`));
    // The offer stood in for "another routine?": no is the goodbye.
    expect((await user.says(row.no)).ended).toBe(true);
    expect(api.held.size).toBe(0);

    // The next routine's end: no reminder offer (declined less than a week ago), the routine offer instead.
    const second = await finishDeskBreak(user);
    expect(second).not.toContain(row.reminderOffer);
    expect(second).toMatch(row.routineOffer);
    await user.says(row.no);
    // And the one after: neither.
    const third = await finishDeskBreak(user);
    expect(third).not.toContain(row.reminderOffer);
    expect(third).not.toMatch(row.routineOffer);
  });

  test('yes to the reminder offer sets a daily reminder at this time, from tomorrow, without another question', async () => {
    const user = person(row.locale, { remindersPermission: 'GRANTED' });
    await user.says(row.open);
    await finishDeskBreak(user);
    await user.says(row.yes);
    const [held] = [...api.held.values()];
    expect(held).toBeDefined();
    const recurrence = (held!.request.trigger as { recurrence: { startDateTime: string; recurrenceRules: string[] } }).recurrence;
    expect(recurrence.recurrenceRules).toEqual(['FREQ=DAILY;BYHOUR=9;BYMINUTE=0;BYSECOND=0']);
    expect(recurrence.startDateTime).toBe('2026-11-18T00:00:00.000');
  });

  test('yes to the Alexa Routines offer hands over to AMAZON.OfferAutomation; the session resumes with what happened', async () => {
    const user = person(row.locale, { remindersPermission: 'GRANTED' });
    await user.says(row.open);
    await finishDeskBreak(user);
    await user.says(row.no);
    await finishDeskBreak(user);
    await user.says(row.yes);
    const handoff = user.handoff as { type: string; uri: string; onCompletion: string; input: { automation: { trigger: { payload: { schedule: Record<string, string> } }; operations: { serial: { operation: { payload: { connectionRequest: { uri: string; input: unknown } } } }[] } } } };
    expect(handoff.type).toBe('Connections.StartConnection');
    expect(handoff.uri).toBe('connection://AMAZON.OfferAutomation/1');
    expect(handoff.onCompletion).toBe('RESUME_SESSION');
    expect(handoff.input.automation.trigger.payload.schedule).toMatchObject({ timeZoneId: ZONE, recurrence: `RRULE:FREQ=WEEKLY;BYDAY=${row.workWeek ?? MONDAY_TO_FRIDAY}` });
    const request = handoff.input.automation.operations.serial[0]!.operation.payload.connectionRequest;
    expect(request.uri).toBe(`connection://${APPLICATION_ID}.StartRoutine/1?provider=${APPLICATION_ID}`);
    expect(request.input).toEqual({ routine: 'desk' });
    const resumed = await user.sessionResumed('200');
    expect(resumed.ended).toBe(false);
    expect(user.stateKind).toBe('menu');
    expect(parseProgress(user).routineOffered).toBe(true);
  });

  test.each(ROUTINE_IDS)('an Alexa Routine starts the %s routine with the StartRoutine task, no question asked', async (routine) => {
    const user = person(row.locale);
    const reply = await user.launchTask(`${APPLICATION_ID}.StartRoutine`, { routine });
    expect(user.playing().routine).toBe(routine);
    expect(reply.ended).toBe(false);
  });
});

/** The progress the session carries (what the skill saves). */
function parseProgress(user: Conversation): { reminder?: { token: string }; routineOffered?: boolean } {
  return (user.sessionAttributes?.progress ?? {}) as { reminder?: { token: string }; routineOffered?: boolean };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe.each(['en-US', 'de-DE', 'es-ES', 'fr-FR', 'it-IT', 'pt-BR', 'ar-SA', 'ja-JP', 'nl-NL', 'hi-IN'])('when Alexa\u2019s reminders fail (%s)', (locale) => {
  const row = ROWS.find((r) => r.locale === locale)!;
  const faults = [
    ['refuses (401)', { status: 401 }],
    ['refuses (403)', { status: 403 }],
    ['rejects the request (400)', { status: 400 }],
    ['is busy (429)', { status: 429 }],
    ['fails (500)', { status: 500 }],
    ['fails (503)', { status: 503 }],
    ['does not answer in time', { hang: true }],
  ] as const;

  test.each(faults)('it %s: a clear answer, nothing kept, and the routine goes on where it was', async (_name, behaviour) => {
    const user = person(locale, { remindersPermission: 'GRANTED', apiTimeoutMs: 300 });
    await user.says(row.open);
    await user.intent('StartRoutineIntent', { routine: 'desk' });
    await user.intent('AMAZON.PauseIntent');
    const place = parseSessionState(user.sessionAttributes?.state).state;
    expect(place.kind).toBe('waiting');
    await user.says(row.set);
    api.reminders = behaviour;
    const reply = await user.says(row.yes);
    expect(reply.ended).toBe(false);
    expect(reply.speech.length).toBeGreaterThan(20);
    expect(api.held.size).toBe(0);
    expect(parseProgress(user).reminder).toBeUndefined();
    // Back where the user was: the routine at rest, its question asked again.
    expect(parseSessionState(user.sessionAttributes?.state).state).toEqual(place);
    api.reminders = 'normal';
  });

  test('each kind of fault has its own words', async () => {
    const said = new Set<string>();
    for (const [, behaviour] of faults.filter(([name]) => !name.includes('403') && !name.includes('503'))) {
      const user = person(locale, { remindersPermission: 'GRANTED', apiTimeoutMs: 300 });
      await user.says(row.open);
      await user.says(row.set);
      api.reminders = behaviour;
      said.add((await user.says(row.yes)).speech);
      api.reminders = 'normal';
    }
    expect(said.size).toBe(5);
  });
});

describe('a reminder question in the middle of a routine (en-US)', () => {
  test('"remind me to stretch every day at 10" while a routine waits: set, then back to the routine', async () => {
    const user = person('en-US', { remindersPermission: 'GRANTED' });
    await user.says('open upper back coach');
    await user.says('start the desk break');
    await user.says('pause');
    const confirm = await user.says('remind me to stretch every day at 10');
    expect(confirm.speech).toBe('A stretch reminder every day at 10 in the morning. Shall I set it?');
    const set = await user.says('yes');
    expect(set.speech).toMatch(/^Okay, every day at 10 in the morning\. I'll remind you to stretch\. /);
    expect(user.stateKind).toBe('waiting');
  });

  test('something else said instead of an answer leaves the question: "next" goes on with the routine, nothing set', async () => {
    const user = person('en-US', { remindersPermission: 'GRANTED' });
    await user.says('open upper back coach');
    await user.says('start the desk break');
    await user.says('pause');
    await user.says('remind me to stretch every day at 10');
    const next = await user.says('next');
    // The rest of the desk break fits in one response: it plays to the end.
    expect(next.speech).toMatch(/^Chest opener\. /);
    expect(['playing', 'finishing']).toContain(user.stateKind);
    expect(api.held.size).toBe(0);
  });

  test('a session an Alexa Routine started makes no reminder offer at its end', async () => {
    const user = person('en-US', { remindersPermission: 'GRANTED' });
    await user.launchTask(`${APPLICATION_ID}.StartRoutine`, { routine: 'desk' });
    let last = '';
    while (user.inRoutine) last = (await user.intent('AMAZON.YesIntent')).speech;
    expect(last).toMatch(/Would you like another routine\?$/);
  });

  test('a task naming no routine the skill has: said so, then the usual welcome', async () => {
    const user = person('en-US');
    const reply = await user.launchTask(`${APPLICATION_ID}.StartRoutine`, { routine: 'yoga' });
    expect(user.stateKind).toBe('menu');
    expect(reply.speech).toMatch(/^Welcome to Upper Back Coach/);
  });

  test('the permission taken back in the Alexa app (a skill event) is acknowledged, and the next request finds out', async () => {
    const user = person('en-US', { remindersPermission: 'GRANTED' });
    await user.says('open upper back coach');
    await user.says('remind me to stretch every day at 10');
    await user.says('yes');
    await user.says('stop');
    const event = await user.sendRaw({ ...user.requests[0]!, request: { type: 'AlexaSkillEvent.SkillPermissionChanged', requestId: 'event', timestamp: new Date(START).toISOString(), body: { acceptedPermissions: [] } } } as never);
    expect(event.response.outputSpeech).toBeUndefined();
    // Taken back: Alexa refuses the skill's calls.
    user.remindersPermission = 'DENIED';
    api.reminders = { status: 403 };
    const reply = await user.says('what reminders do i have');
    expect(reply.speech).toMatch(/^You haven't allowed reminders for Upper Back Coach yet/);
    expect(cardOf(user)).toEqual({ type: 'AskForPermissionsConsent', permissions: ['alexa::alerts:reminders:skill:readwrite'] });
  });

  test('without Alexa\u2019s APIs (a request with no access token) the closing offers nothing it could not set', async () => {
    const user = new Conversation({ locale: 'en-US', store: new MemoryStore(), start: START });
    await user.says('open upper back coach');
    expect(await finishDeskBreak(user)).toMatch(/Would you like another routine\?$/);
  });

  test('the Reminders.ReminderDeleted skill event forgets the token kept for the account', async () => {
    const store = new MemoryStore();
    const user = person('en-US', { store, remindersPermission: 'GRANTED', userId: 'amzn1.ask.account.reminder-event' });
    await user.says('open upper back coach');
    await user.says('remind me to stretch every day at 10');
    await user.says('yes');
    const [token] = [...api.held.keys()];
    expect(token).toBeDefined();
    await user.says('stop');
    const event = new Conversation({ store, userId: 'amzn1.ask.account.reminder-event', start: START });
    await event.send({ type: 'Reminders.ReminderDeleted', body: { alertTokens: [token] } });
    const again = person('en-US', { store, remindersPermission: 'GRANTED', userId: 'amzn1.ask.account.reminder-event' });
    await again.says('open upper back coach');
    expect(parseProgress(again).reminder).toBeUndefined();
  });
});
