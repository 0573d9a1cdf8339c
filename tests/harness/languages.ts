import type { RoutineId } from '../../lambda/src/coach/catalog';
import type { SafetyTopicId } from '../../lambda/src/coach/safety-content';
import { LANGUAGES, LANGUAGE_IDS, type Language, type Locale, type LocaleOf } from '../../lambda/src/localization/locales';

/**
 * What the tests know about each language and each locale: the rows of the table-driven
 * suites (tests/dialog/locales.test.ts above all, and the suites that run something in every
 * locale or every language). The languages and locales themselves come from the skill's
 * registry (lambda/src/localization/locales.ts), and the types below ask for a row for
 * each: a language added there fails the type check here until its rows are written.
 *
 * A row is what a user of that language says and what they must hear. Expected replies are
 * written out, never read from the locale files, except the safety answers (checked against
 * the locale file's text for the topic, which checks that the question reached its topic).
 */

/** What a reply must hold: a string is contained in it, a pattern matches it. */
export type Expected = string | RegExp;

export interface LocaleRow {
  /** The emergency number as the locale's users must hear it, written as the skill says it ("911", "nine nine nine", "eins eins zwei"). */
  number: string;
  /** The emergency number on a screen, in digits. */
  digits: string;
  /** What this locale says its own way: asked from the menu of a new session, and what the reply holds. */
  local: [say: string, hear: Expected][];
  /** A safety question that this locale asks in its own words, in place of the language's for the transcript. */
  question?: [say: string, answer: RegExp];
}

export interface LanguageRow<L extends Language = Language> {
  /** The invocation name of every model of the language. */
  invocation: string;
  locales: Record<LocaleOf<L>, LocaleRow>;
  /**
   * Words of the other languages (English above all, which a missing key would fall back
   * to) that this language never uses: no reply in this language may hold one.
   */
  foreign: string[];
  /** Each routine: what a user says to start it, and its name as the replies say it. */
  routines: Record<RoutineId, { start: string; name: string }>;
  say: {
    open: string;
    next: string;
    stop: string;
    resume: string;
    yes: string;
    /** Asks what routines there are. */
    list: string;
    /** Asks how much of the routine is left. */
    howLong: string;
    /** A safety question asked mid-stretch in the transcript (its answer: `hear.answer`). */
    question: string;
    /** Chest pain, said mid-stretch. */
    chestPain: string;
    /** A one-shot request that reports chest pain on opening the skill. */
    oneShotEmergency: string;
    /** A one-shot request that starts a routine for a new user. */
    oneShotStart: [say: string, routine: RoutineId];
  };
  hear: {
    welcome: { start: RegExp; disclaimer: string; offer: Expected; reprompt: Expected };
    /** The words that start a routine, before its length ("Let's do the desk break, about"). */
    starting: (name: string) => string;
    /** The desk break's first response, from its start to the pause hint. */
    deskStart: RegExp;
    /** The desk break's transition to its second stretch. */
    deskNext: Expected;
    /** How a response cut by the limits ends, and its reprompt. */
    keepGoing: RegExp;
    keepGoingReprompt: string;
    /** The answer to `say.question`, and the offer to go back to the desk break's first stretch after it. */
    answer: RegExp;
    backToFirst: RegExp;
    /** The desk break's first stretch picked up again. */
    resumedFirst: RegExp;
    goodbye: string;
    /** The answer to chest pain mid-routine, whole, with the number as the locale says it. */
    chestPain: (number: string) => string;
    /** The first words of the answer to any other emergency, with the number. */
    urgent: (number: string) => string;
    /** A red flag to see a doctor about: the first words, and the words that end the routine. */
    seeDoctorSoon: RegExp;
    routineEnded: string;
    /** How the list of routines names one, with its length; and how the list ends. */
    lasts: (name: string) => RegExp;
    listEnd: RegExp;
    /** How a routine played to its end is closed. */
    finished: (name: string) => RegExp;
    /** What follows a safety answer in the menu. */
    afterAnswer: RegExp;
    /** The first-use note a new user's one-shot request starts with. */
    firstUse: RegExp;
    /** Where the user is, asked mid-stretch in the desk break (`say.howLong`). */
    progress: RegExp;
    /** Resume asked with nothing to resume. */
    nothingToResume: RegExp;
  };
  /** Other ways to say it is an emergency, each said mid-stretch. */
  emergencies: string[];
  /** Signs to see a doctor about today or soon, said mid-stretch, and words the answer holds. */
  redFlags: [say: string, hear: string][];
  /** "When should I see a doctor", and how its answer names the number. */
  seeDoctor: [say: string, hear: (number: string) => string];
  /** Needs said in the menu, and the routine each picks. */
  needs: [say: string, routine: RoutineId][];
  /** A question the skill has no answer to, what it says, and the example questions it offers (each then asked). */
  unknown: { say: string; hear: RegExp; examples: [say: string, topic: SafetyTopicId][] };
  /**
   * One way to ask each safety topic: the reply starts with the locale file's answer to it, or
   * matches the pattern given (a sign asked about is answered as the sign it is).
   */
  topics: Record<SafetyTopicId, string | { say: string; hear: RegExp }>;
  /**
   * Every control the prompts name, said one after another from the menu of a new user, with
   * the reply (a string: exactly; a pattern: matching); a number first waits that many seconds
   * into the reply before (without one, the user waits for the whole reply).
   */
  walk: ([say: string, hear: Expected] | [after: number, say: string, hear: Expected])[];
  /** What the skill tells people to say, and the intent (and slot value) the model resolves it to. */
  commands: [said: string, intent: string, value?: string][];
  /** A routine stopped after some seconds, the offer the next day, and `say.yes` picking it up. */
  returning: { routine: RoutineId; after: number; offer: string; resumed: RegExp };
  /** What the store listing's three example phrases are answered: the first for a new user, the others with a routine stopped the day before. */
  examples: [Expected, Expected, Expected];
  /** Locales the skill is not published in that still answer in this language. */
  alsoAnswers: string[];
  /** How the store listing's description says the skill is not medical advice (tests/unit/deployment.test.ts). */
  disclaimer: RegExp;
}

/** English words that the other languages never use in this skill. */
const ENGLISH_WORDS = [
  'the', 'you', 'your', 'stretch', 'stretches', 'stretching', 'next', 'hold', 'and', 'with', 'please', 'say', 'is', 'it',
  'to', 'of', 'for', 'back', 'breathe', 'welcome', 'minutes', 'seconds', 'routine', 'okay', 'now', 'stop', 'shoulder',
  'shoulders', 'sorry', 'when', 'what', 'this', 'that', 'side', 'release', 'ready', 'left', 'right', 'chest', 'let', 'done',
  'desk', 'break', 'morning', 'gentle', 'full', 'call', 'doctor',
];

const en: LanguageRow<'en'> = {
  invocation: 'upper back coach',
  locales: {
    'en-US': { number: '911', digits: '911', local: [['should someone else crack my back', 'like a physical therapist']], question: ['should someone else crack my back', /like a physical therapist/] },
    'en-GB': { number: 'nine nine nine', digits: '999', local: [['should someone else crack my back', 'like a physiotherapist']], question: ['should someone else crack my back', /like a physiotherapist/] },
    'en-CA': { number: '911', digits: '911', local: [['should someone else crack my back', 'like a physiotherapist']], question: ['should someone else crack my back', /like a physiotherapist/] },
    'en-AU': { number: 'triple zero', digits: '000', local: [['should someone else crack my back', 'like a physiotherapist']], question: ['should someone else crack my back', /like a physiotherapist/] },
    'en-IN': { number: 'one one two', digits: '112', local: [['should someone else crack my back', 'like a physiotherapist']], question: ['should someone else crack my back', /like a physiotherapist/] },
  },
  // German, Spanish and French words that English replies never hold.
  foreign: ['und', 'nicht', 'bitte', 'übung', 'dehnung', 'der', 'mit', 'rutina', 'espalda', 'estiramiento', 'hombros', 'ahora', 'vous', 'avec', 'étirement', 'épaules', 'dos', 'routine du'],
  routines: {
    desk: { start: 'start the desk break', name: 'desk break' },
    morning: { start: 'start morning mobility', name: 'morning mobility' },
    gentle: { start: 'start the gentle routine', name: 'gentle routine' },
    full: { start: 'start the full upper back routine', name: 'full upper back routine' },
  },
  say: {
    open: 'open upper back coach',
    next: 'next',
    stop: 'stop',
    resume: 'resume',
    yes: 'yes',
    list: 'what routines are there',
    howLong: 'how much longer',
    question: 'is it safe to crack my back',
    chestPain: 'i have chest pain',
    oneShotEmergency: 'tell upper back coach that i have chest pain',
    oneShotStart: ['ask upper back coach to start the gentle routine', 'gentle'],
  },
  hear: {
    welcome: {
      start: /^Welcome to Upper Back Coach\./,
      disclaimer: "I'm a stretching guide, not medical advice",
      offer: 'You can do a desk break, morning mobility, a gentle routine, or the full upper back routine. Which would you like?',
      reprompt: 'Which routine would you like? Say desk break, morning mobility, gentle, or full.',
    },
    starting: (name) => `Let's do the ${name}, about`,
    deskStart: /^Let's do the desk break, about \d minutes\. Shoulder rolls\..* Begin, nice and slow\. Say Alexa, pause, to stop me\./,
    deskNext: 'And relax. Next, chair backrest stretch.',
    keepGoing: /Shall I keep going\?$/,
    keepGoingReprompt: "Say keep going when you're ready, or stop to finish for now.",
    answer: /^Gently cracking your own back is usually harmless/,
    backToFirst: /Say continue to go back to the shoulder rolls, or ask me something else\.$/,
    resumedFirst: /^Picking up with shoulder rolls\./,
    goodbye: "Okay. Go easy on that back, and see you next time. I'll remember where you stopped.",
    chestPain: (number) => `Stop now. Chest pain or pressure needs help right away. Call ${number} now, or ask someone near you to call for you. I've ended the routine. Take care.`,
    urgent: (number) => `Stop now. That needs help right away. Call ${number} now`,
    seeDoctorSoon: /^Please stop stretching for today\./,
    routineEnded: "I've ended the routine.",
    lasts: (name) => new RegExp(`The ${name} takes about \\d+ minutes`),
    listEnd: /Which one would you like\?$/,
    finished: (name) => new RegExp(`That's the ${name} done: \\d+ stretches in about \\d+ minutes\\. Nice work\\.`),
    afterAnswer: /You can ask another question, or choose a routine\. Desk break, morning mobility, gentle, or full\?$/,
    firstUse: /^A quick note first\. I'm a stretching guide, not medical advice/,
    progress: /^You're on stretch 1 of 5, shoulder rolls\. About (a minute|\d+ minutes) to go\. Say continue/,
    nothingToResume: /There's no routine in progress\./,
  },
  emergencies: ['this is an emergency', 'call an ambulance', "i think i'm having a heart attack", "i'm having a stroke"],
  redFlags: [
    ['i have a fever', 'Back pain together with a fever is a reason to get checked.'],
    ["i can't control my bladder", "needs a doctor's check today, not later."],
  ],
  seeDoctor: ['when should i see a doctor', (number) => `With chest pain or trouble breathing, call ${number} now.`],
  needs: [
    ['something quick', 'desk'],
    ["i'm at my desk", 'desk'],
    ['no equipment', 'gentle'],
    ['i have a foam roller', 'full'],
    ['morning mobility', 'morning'],
  ],
  unknown: {
    say: 'tell me about yoga mats',
    hear: /^I can't answer that one\..*You can ask me things like, is it safe to crack my back, how long should I hold a stretch, or should stretching hurt\./,
    examples: [['is it safe to crack my back', 'crack-safe'], ['how long should i hold a stretch', 'hold-length'], ['should stretching hurt', 'should-hurt']],
  },
  topics: {
    'crack-safe': 'is it safe to crack my back',
    'crack-why': 'why does my back crack',
    'crack-worse': 'can cracking damage my back',
    'crack-often': 'how often can i crack my back',
    'crack-someone': 'should someone else crack my back',
    'stretch-vs-crack': 'is stretching better than cracking',
    'stretch-frequency': 'how often should i stretch',
    'hold-length': 'how long should i hold a stretch',
    'warm-up': 'should i warm up first',
    'feel-little': "i don't feel the stretch",
    'should-hurt': 'should stretching hurt',
    numbness: 'what if my arm goes numb',
    'shooting-pain': { say: 'what about pain shooting down my arm', hear: /^Sharp pain that shoots down an arm is a reason to get checked\..*If it's happening right now, stop stretching/ },
    injury: 'i hurt my back in a fall',
    'see-doctor': 'when should i see a doctor',
    causes: 'what causes upper back pain',
    posture: 'any posture tips',
    'heat-ice': 'heat or ice',
    painkiller: 'can i take painkillers',
    pregnancy: "i'm pregnant",
    osteoporosis: 'i have osteoporosis',
    surgery: 'i just had surgery',
    disclaimer: 'is this medical advice',
  },
  walk: [
    ['what routines are there', /^There are four routines\./],
    ['help', /^I guide you through stretches for your upper back/],
    ['one at a time', /^Okay, one stretch at a time\./],
    ['start the gentle routine', /^Let's do the gentle routine, about \d minutes\. Shoulder rolls\./],
    ['help', /^You're on shoulder rolls\./],
    ['next', /^Side reach\./],
    ['repeat', /^Once more\. Side reach\./],
    ['go back', /^Going back\. Shoulder rolls\./],
    [8, 'pause', "Paused. Take your time. Say resume when you're ready, or stop to finish for now."],
    ['resume', /^Picking up with shoulder rolls\./],
    ['less talking', /^Okay, less talking\./],
    ['more detail', /^Okay, I'll give you the full steps/],
    ['continue', /^Side reach\./],
    [3, 'it hurts', /^Let's stop this stretch\..*Shall I skip this stretch\?$/],
    ['yes', /^Skipping that one\. Butterfly\./],
    ['start over', /^Starting the gentle routine from the top\./],
    ['blah blah blah', /^Sorry, I didn't catch that\./],
  ],
  commands: [
    ['next', 'AMAZON.NextIntent'],
    ['go back', 'AMAZON.PreviousIntent'],
    ['repeat', 'AMAZON.RepeatIntent'],
    ['pause', 'AMAZON.PauseIntent'],
    ['resume', 'AMAZON.ResumeIntent'],
    ['continue', 'AMAZON.ResumeIntent'],
    ['stop', 'AMAZON.StopIntent'],
    ['help', 'AMAZON.HelpIntent'],
    ['yes', 'AMAZON.YesIntent'],
    ['no', 'AMAZON.NoIntent'],
    ['keep going', 'SetPaceIntent', 'flow'],
    ['less talking', 'SetVerbosityIntent', 'brief'],
    ['more detail', 'SetVerbosityIntent', 'detailed'],
    ['one at a time', 'SetPaceIntent', 'step'],
    ['desk break', 'StartRoutineIntent', 'desk'],
    ['morning mobility', 'StartRoutineIntent', 'morning'],
    ['gentle', 'StartRoutineIntent', 'gentle'],
    ['full', 'StartRoutineIntent', 'full'],
  ],
  returning: {
    routine: 'desk',
    after: 5,
    offer: 'Welcome back to Upper Back Coach. Yesterday, you stopped at shoulder rolls in your desk break. Shall we pick up there?',
    resumed: /^Picking up with shoulder rolls\./,
  },
  examples: [/^Welcome to Upper Back Coach\./, "Let's do the desk break, about", /^Picking up with shoulder rolls\./],
  alsoAnswers: ['en-NZ'],
  disclaimer: /is not medical advice/,
};

const de: LanguageRow<'de'> = {
  invocation: 'lockerer rücken',
  locales: {
    'de-DE': { number: 'eins eins zwei', digits: '112', local: [['ich habe muskelkater', 'Wir machen die sanfte Runde, etwa']] },
  },
  foreign: ENGLISH_WORDS,
  routines: {
    desk: { start: 'starte die schreibtischpause', name: 'Schreibtischpause' },
    morning: { start: 'starte die morgenrunde', name: 'Morgenrunde' },
    gentle: { start: 'starte die sanfte runde', name: 'sanfte Runde' },
    full: { start: 'starte die große rückenrunde', name: 'große Rückenrunde' },
  },
  say: {
    open: 'öffne lockerer rücken',
    next: 'weiter',
    stop: 'stopp',
    resume: 'fortsetzen',
    yes: 'ja',
    list: 'welche programme gibt es',
    howLong: 'wie lange noch',
    question: 'ist rückenknacken gefährlich',
    chestPain: 'ich habe brustschmerzen',
    oneShotEmergency: 'sag lockerer rücken dass ich brustschmerzen habe',
    oneShotStart: ['bitte lockerer rücken die sanfte runde zu starten', 'gentle'],
  },
  hear: {
    welcome: {
      start: /^Willkommen bei Lockerer Rücken\./,
      disclaimer: 'keine medizinische Beratung',
      offer: 'eine Schreibtischpause machen, die Morgenrunde auf der Matte, die sanfte Runde oder die große Rückenrunde',
      reprompt: /^Was möchtest du machen\?/,
    },
    starting: (name) => `Wir machen die ${name}, etwa`,
    deskStart: /^Wir machen die Schreibtischpause, etwa \d+ Minuten\. Schulterkreisen\..* Und los, schön langsam\. Sag Alexa, Pause, um mich anzuhalten\./,
    deskNext: /Und entspannen\. Weiter mit der Übung Rückbeuge am Stuhl\./,
    keepGoing: /Soll ich weitermachen\?$/,
    keepGoingReprompt: 'Sag ja, wenn ich weitermachen soll, oder stopp, um erst mal aufzuhören.',
    answer: /^Wenn dein Rücken bei normalen Bewegungen sanft knackt, ist das meist harmlos\. Erzwing es aber nie/,
    backToFirst: /Sag fortsetzen, um zur Übung Schulterkreisen zurückzukehren, oder frag mich etwas anderes\.$/,
    resumedFirst: /^Wir machen weiter mit der Übung Schulterkreisen\./,
    goodbye: 'Alles klar. Sei gut zu deinem Rücken, und bis zum nächsten Mal. Ich merke mir, wo du aufgehört hast.',
    chestPain: (number) =>
      `Hör jetzt auf. Schmerzen oder Druck in der Brust brauchen sofort Hilfe. Ruf jetzt die ${number} an, oder bitte jemanden in deiner Nähe, für dich anzurufen. Ich habe das Programm beendet. Pass auf dich auf.`,
    urgent: (number) => `Hör jetzt auf. Das braucht sofort Hilfe. Ruf jetzt die ${number} an`,
    seeDoctorSoon: /^Hör bitte für heute mit dem Dehnen auf\./,
    routineEnded: 'Ich habe das Programm beendet.',
    lasts: (name) => new RegExp(`Die ${name} dauert etwa \\d+ Minuten`),
    listEnd: /Welches möchtest du machen\?$/,
    finished: () => /ist geschafft, \d+ Übungen in etwa \d+ Minuten\. Gut gemacht\./,
    afterAnswer: /Du kannst noch etwas fragen, oder ein Programm aussuchen\. Schreibtischpause, Morgenrunde, sanfte Runde oder große Rückenrunde\?$/,
    firstUse: /^Kurz vorweg\./,
    progress: /^Du bist bei Übung 1 von 5, Schulterkreisen\. Noch etwa (eine|\d+) Minuten?\. Sag fortsetzen/,
    nothingToResume: /Gerade läuft kein Programm\./,
  },
  emergencies: ['das ist ein notfall', 'ruf einen krankenwagen', 'ich glaube ich habe einen herzinfarkt', 'ich habe einen schlaganfall'],
  redFlags: [
    ['ich habe fieber', 'Rückenschmerzen zusammen mit Fieber sollten untersucht werden.'],
    ['ich kann meine blase nicht kontrollieren', 'müssen noch heute ärztlich untersucht werden.'],
  ],
  seeDoctor: ['wann sollte ich zum arzt gehen', (number) => `Bei Brustschmerzen oder Atemnot ruf sofort die ${number} an.`],
  needs: [
    ['etwas kurzes', 'desk'],
    ['ich sitze am schreibtisch', 'desk'],
    ['ohne hilfsmittel', 'gentle'],
    ['ich habe eine faszienrolle', 'full'],
    ['morgenrunde', 'morning'],
  ],
  unknown: {
    say: 'was ist mit yogamatten',
    hear: /^Darauf habe ich keine Antwort\..*zum Beispiel fragen, ist Rückenknacken gefährlich, wie lange soll ich eine Dehnung halten, oder darf Dehnen wehtun\./,
    examples: [['ist rückenknacken gefährlich', 'crack-safe'], ['wie lange soll ich eine dehnung halten', 'hold-length'], ['darf dehnen wehtun', 'should-hurt']],
  },
  topics: {
    'crack-safe': { say: 'darf ich meinen rücken knacken', hear: /meist harmlos\. Erzwing es aber nie/ },
    'crack-why': { say: 'warum knackt mein rücken', hear: /in der Gelenkflüssigkeit entsteht eine Gasblase/ },
    'crack-worse': { say: 'kann knacken den rücken schädigen', hear: /Ein erzwungenes Knacken kann Bänder überlasten/ },
    'crack-often': { say: 'wie oft darf ich meinen rücken knacken', hear: /^Je seltener, desto besser\./ },
    'crack-someone': { say: 'darf mein partner meinen rücken knacken', hear: /Nur zugelassene Fachleute.*herumlaufen lassen/ },
    'stretch-vs-crack': { say: 'was ist besser dehnen oder knacken', hear: /^Dehnen ist die bessere Wahl\./ },
    'stretch-frequency': { say: 'wie oft soll ich dehnen', hear: /Drei bis vier Mal pro Woche/ },
    'hold-length': { say: 'wie lange soll ich eine dehnung halten', hear: /zwanzig bis dreißig Sekunden/ },
    'warm-up': { say: 'soll ich mich aufwärmen', hear: /^Ja, wärm dich vorher auf\./ },
    'feel-little': { say: 'ich spüre nichts', hear: /^Das ist in Ordnung\. Eine Dehnung soll sich wie ein sanfter Zug anfühlen/ },
    'should-hurt': { say: 'darf dehnen wehtun', hear: /sanfter Zug.*nie wie Schmerz.*hör sofort auf/ },
    numbness: { say: 'was ist wenn mein arm kribbelt', hear: /ärztlich abklären\. Wenn das gerade jetzt passiert, hör mit dem Dehnen auf/ },
    'shooting-pain': { say: 'was ist wenn der schmerz in den arm schießt', hear: /in einen Arm schießt.*Wenn das gerade jetzt passiert/ },
    injury: { say: 'ich bin gestürzt', hear: /^Nach einem Sturz.*ärztlich untersuchen.*Wenn das gerade jetzt passiert/ },
    'see-doctor': { say: 'wann sollte ich zum arzt gehen', hear: /Bei Brustschmerzen oder Atemnot ruf sofort die eins eins zwei an\./ },
    causes: { say: 'woher kommen rückenschmerzen', hear: /langem Sitzen.*ärztliche Untersuchung/ },
    posture: { say: 'tipps für die haltung', hear: /^Ohren, Schultern und Hüften sollten auf einer Linie sein\./ },
    'heat-ice': { say: 'soll ich kühlen oder wärmen', hear: /Heizkissen.*Kühlpack/ },
    painkiller: { say: 'darf ich ein schmerzmittel nehmen', hear: /^Zu Medikamenten kann ich dich nicht beraten\. Frag bitte in der Apotheke/ },
    pregnancy: { say: 'ich bin schwanger', hear: /Ärztin, deinem Arzt oder deiner Hebamme/ },
    osteoporosis: { say: 'ich habe osteoporose', hear: /^Bei Osteoporose oder brüchigen Knochen/ },
    surgery: { say: 'ich wurde operiert', hear: /^Nach einer frischen Operation/ },
    disclaimer: { say: 'ist das medizinische beratung', hear: /^Nein\. Ich leite dich beim Dehnen an, bin aber kein Arzt/ },
  },
  walk: [
    ['welche programme gibt es', /^Es gibt vier Programme\./],
    ['hilfe', /^Ich führe dich durch Dehnübungen für deinen oberen Rücken/],
    ['eine nach der anderen', /^Gut, eine Übung nach der anderen\./],
    ['starte die sanfte runde', /^Wir machen die sanfte Runde, etwa \d Minuten\. Schulterkreisen\./],
    ['hilfe', /^Du bist bei der Übung Schulterkreisen\./],
    ['weiter', /^Seitdehnung\./],
    ['noch mal', /^Noch einmal\. Seitdehnung\./],
    ['zurück', /^Wir gehen zurück\. Schulterkreisen\./],
    [8, 'pause', 'Pause. Lass dir Zeit. Sag fortsetzen, wenn du so weit bist, oder stopp, um erst mal aufzuhören.'],
    ['fortsetzen', /^Wir machen weiter mit der Übung Schulterkreisen\./],
    ['kürzer', /^Alles klar, weniger Worte\./],
    ['ausführlicher', /^Alles klar, ich erkläre dir wieder jede Übung Schritt für Schritt\./],
    ['fortsetzen', /^Seitdehnung\./],
    [3, 'es tut weh', /^Wir hören mit dieser Übung auf\..*Soll ich diese Übung überspringen\?$/],
    ['ja', /^Die lassen wir aus\. Schmetterling\./],
    ['von vorne anfangen', /^Wir fangen die sanfte Runde von vorne an\./],
    ['blabla bla', /^Entschuldige, das habe ich nicht verstanden\./],
  ],
  commands: [
    ['weiter', 'AMAZON.NextIntent'],
    ['zurück', 'AMAZON.PreviousIntent'],
    ['noch mal', 'AMAZON.RepeatIntent'],
    ['Pause', 'AMAZON.PauseIntent'],
    ['fortsetzen', 'AMAZON.ResumeIntent'],
    ['stopp', 'AMAZON.StopIntent'],
    ['Hilfe', 'AMAZON.HelpIntent'],
    ['ja', 'AMAZON.YesIntent'],
    ['nein', 'AMAZON.NoIntent'],
    ['kürzer', 'SetVerbosityIntent', 'brief'],
    ['ausführlicher', 'SetVerbosityIntent', 'detailed'],
    ['eine nach der anderen', 'SetPaceIntent', 'step'],
    ['Schreibtischpause', 'StartRoutineIntent', 'desk'],
    ['Morgenrunde', 'StartRoutineIntent', 'morning'],
    ['sanfte Runde', 'StartRoutineIntent', 'gentle'],
    ['große Rückenrunde', 'StartRoutineIntent', 'full'],
  ],
  returning: {
    routine: 'gentle',
    after: 5,
    offer: 'Willkommen zurück bei Lockerer Rücken. Gestern hast du deine sanfte Runde bei der Übung Schulterkreisen unterbrochen. Sollen wir da weitermachen?',
    resumed: /^Wir machen weiter mit der Übung Schulterkreisen\./,
  },
  examples: [/^Willkommen bei Lockerer Rücken\./, 'Wir machen die Schreibtischpause, etwa', /^Wir machen weiter mit der Übung Schulterkreisen\./],
  alsoAnswers: ['de-AT'],
  disclaimer: /keine medizinische Beratung/,
};

const es: LanguageRow<'es'> = {
  invocation: 'espalda en forma',
  locales: {
    'es-ES': {
      number: '112',
      digits: '112',
      local: [['ayuda', 'La movilidad matutina se hace en la esterilla.']],
      question: ['es seguro crujirme la espalda', /^Crujirte la espalda con suavidad suele ser inofensivo/],
    },
    'es-MX': {
      number: 'nueve uno uno',
      digits: '911',
      local: [['ayuda', 'La movilidad matutina se hace en el tapete.']],
      question: ['es seguro tronarme la espalda', /^Tronarte la espalda con suavidad suele ser inofensivo/],
    },
    'es-US': {
      number: 'nueve uno uno',
      digits: '911',
      local: [['ayuda', 'La movilidad matutina se hace en el tapete.']],
      question: ['es seguro tronarme la espalda', /^Tronarte la espalda con suavidad suele ser inofensivo/],
    },
  },
  foreign: ENGLISH_WORDS,
  routines: {
    desk: { start: 'empieza la rutina de oficina', name: 'rutina de oficina' },
    morning: { start: 'empieza la movilidad matutina', name: 'movilidad matutina' },
    gentle: { start: 'empieza la rutina suave', name: 'rutina suave' },
    full: { start: 'empieza la rutina completa', name: 'rutina completa' },
  },
  say: {
    open: 'abre espalda en forma',
    next: 'siguiente',
    stop: 'para',
    resume: 'continuar',
    yes: 'sí',
    list: 'qué rutinas hay',
    howLong: 'cuánto falta',
    question: 'cuánto tiempo hay que aguantar un estiramiento',
    chestPain: 'tengo dolor en el pecho',
    oneShotEmergency: 'dile a espalda en forma que tengo dolor en el pecho',
    oneShotStart: ['pide a espalda en forma que empiece la rutina de oficina', 'desk'],
  },
  hear: {
    welcome: {
      start: /^Te doy la bienvenida a Espalda en Forma\./,
      disclaimer: 'esto no es consejo médico',
      offer: /la rutina de oficina, la movilidad matutina, la rutina suave o la rutina completa\. ¿Cuál prefieres\?$/,
      reprompt: '¿Qué rutina prefieres? Di oficina, movilidad, suave o completa.',
    },
    starting: (name) => `Vamos con la ${name}, unos`,
    deskStart: /^Vamos con la rutina de oficina, unos \d minutos\. Ahora, los círculos de hombros\..* Para pararme, di Alexa, pausa\./,
    deskNext: 'Seguimos con la extensión sobre el respaldo.',
    keepGoing: /¿Sigo\?$/,
    keepGoingReprompt: 'Di sí cuando quieras seguir. Si prefieres dejarlo por ahora, di para.',
    answer: /^Mantén la mayoría de los estiramientos/,
    backToFirst: /Di continuar para retomar los círculos de hombros, o pregúntame otra cosa\.$/,
    resumedFirst: /^Seguimos con los círculos de hombros\./,
    goodbye: 'De acuerdo. Cuida esa espalda, y hasta la próxima. Guardo tu progreso para la próxima vez.',
    chestPain: (number) =>
      `Para ahora mismo. El dolor o la presión en el pecho necesitan ayuda de inmediato. Llama al ${number} ahora mismo, o pide a alguien que esté contigo que llame por ti. Damos la rutina por terminada. Cuídate.`,
    urgent: (number) => `Para ahora mismo. Eso necesita ayuda de inmediato. Llama al ${number} ahora mismo`,
    seeDoctorSoon: /^Deja los estiramientos por hoy, por favor\./,
    routineEnded: 'Damos la rutina por terminada.',
    lasts: (name) => new RegExp(`La ${name} dura unos \\d+ minutos`),
    listEnd: /¿Cuál te gustaría hacer\?$/,
    finished: (name) => new RegExp(`${name}`),
    afterAnswer: /¿Oficina, movilidad, suave o completa\?$/,
    firstUse: /^Primero, una nota rápida\./,
    progress: /^Vas por el estiramiento 1 de 5, los círculos de hombros\. (Queda más o menos un minuto|Quedan unos \d+ minutos)\. Di continuar/,
    nothingToResume: /No hay ninguna rutina a medias\./,
  },
  emergencies: ['es una emergencia', 'llama a una ambulancia', 'creo que me está dando un infarto', 'me he desmayado'],
  redFlags: [
    ['tengo fiebre', 'El dolor de espalda con fiebre es motivo para que te revisen.'],
    ['no puedo controlar la vejiga', 'necesita que te vea un médico hoy mismo.'],
  ],
  seeDoctor: ['cuándo debo ir al médico', (number) => `llama ya al ${number}`],
  needs: [
    ['algo rápido', 'desk'],
    ['estoy en la oficina', 'desk'],
    ['sin nada', 'gentle'],
    ['tengo un rodillo de espuma', 'full'],
    ['movilidad', 'morning'],
  ],
  unknown: {
    say: 'háblame de las esterillas de yoga',
    hear: /^Esa no sé responderla.*por ejemplo, si es seguro (crujirte|tronarte) la espalda, cuánto tiempo hay que aguantar un estiramiento, o si estirar tiene que doler\./,
    examples: [['es seguro crujirme la espalda', 'crack-safe'], ['cuánto tiempo hay que aguantar un estiramiento', 'hold-length'], ['estirar tiene que doler', 'should-hurt']],
  },
  topics: {
    'crack-safe': 'es seguro crujirme la espalda',
    'crack-why': 'por qué me cruje la espalda',
    'crack-worse': 'crujir empeora la espalda',
    'crack-often': 'cada cuánto puedo crujirme la espalda',
    'crack-someone': 'puede otra persona crujirme la espalda',
    'stretch-vs-crack': 'qué es mejor estirar o crujir',
    'stretch-frequency': 'cada cuánto debo estirar',
    'hold-length': 'cuánto tiempo hay que aguantar un estiramiento',
    'warm-up': 'tengo que calentar antes',
    'feel-little': 'no siento nada',
    'should-hurt': 'estirar tiene que doler',
    numbness: 'qué pasa si se me duerme el brazo',
    'shooting-pain': 'qué pasa si el dolor baja por el brazo',
    injury: 'me he caído',
    'see-doctor': 'cuándo debo ir al médico',
    causes: 'qué causa el dolor de espalda alta',
    posture: 'consejos de postura',
    'heat-ice': 'calor o frío',
    painkiller: 'puedo tomar analgésicos',
    pregnancy: 'estoy embarazada',
    osteoporosis: 'tengo osteoporosis',
    surgery: 'me han operado',
    disclaimer: 'esto es consejo médico',
  },
  walk: [
    ['qué rutinas hay', /^Hay cuatro rutinas\./],
    ['ayuda', /^Te guío en estiramientos para la parte alta de la espalda/],
    ['uno a uno', /^De acuerdo, uno a uno\./],
    ['empieza la rutina suave', /^Vamos con la rutina suave, unos \d minutos\. Ahora, los círculos de hombros\./],
    ['ayuda', /^Estás en los círculos de hombros\./],
    ['siguiente', /^Ahora, el estiramiento lateral\./],
    ['repetir', /^Otra vez\. Ahora, el estiramiento lateral\./],
    ['atrás', /^Volvemos atrás\. Ahora, los círculos de hombros\./],
    [8, 'pausa', 'En pausa. Tómate tu tiempo. Di continuar cuando quieras seguir. Si prefieres dejarlo por ahora, di para.'],
    ['continuar', /^Seguimos con los círculos de hombros\./],
    ['habla menos', /^De acuerdo, hablo menos\./],
    ['más detalle', /^De acuerdo, te daré todos los pasos/],
    ['continuar', /^Ahora, el estiramiento lateral\./],
    [3, 'me duele', /^Vamos a dejar este estiramiento\./],
    ['sí', /^Nos saltamos este\. Ahora, la mariposa\./],
    ['desde el principio', /^Empezamos la rutina suave desde el principio\./],
    // Spain and the Americas say it each their way.
    ['bla bla bla', /^(Perdona, no te he entendido|Perdón, no te entendí)\./],
  ],
  commands: [
    ['siguiente', 'AMAZON.NextIntent'],
    ['atrás', 'AMAZON.PreviousIntent'],
    ['repetir', 'AMAZON.RepeatIntent'],
    ['pausa', 'AMAZON.PauseIntent'],
    ['continuar', 'AMAZON.ResumeIntent'],
    ['para', 'AMAZON.StopIntent'],
    ['sí', 'AMAZON.YesIntent'],
    ['no', 'AMAZON.NoIntent'],
    ['ayuda', 'AMAZON.HelpIntent'],
    ['habla menos', 'SetVerbosityIntent', 'brief'],
    ['más detalle', 'SetVerbosityIntent', 'detailed'],
    ['uno a uno', 'SetPaceIntent', 'step'],
    ['rutina suave', 'StartRoutineIntent', 'gentle'],
    ['oficina', 'StartRoutineIntent', 'desk'],
    ['movilidad', 'StartRoutineIntent', 'morning'],
    ['completa', 'StartRoutineIntent', 'full'],
    ['cuánto tiempo hay que aguantar un estiramiento', 'SafetyQuestionIntent', 'hold-length'],
    ['estirar tiene que doler', 'SafetyQuestionIntent', 'should-hurt'],
  ],
  returning: {
    routine: 'desk',
    after: 5,
    offer: 'Qué bien tenerte de vuelta en Espalda en Forma. Ayer dejaste tu rutina de oficina en los círculos de hombros. ¿Seguimos desde ahí?',
    resumed: /^Seguimos con los círculos de hombros\./,
  },
  examples: [/^Te doy la bienvenida a Espalda en Forma/, 'Vamos con la rutina de oficina, unos', /^Seguimos con los círculos de hombros\./],
  alsoAnswers: ['es-AR'],
  disclaimer: /no es consejo médico/,
};

const fr: LanguageRow<'fr'> = {
  invocation: 'objectif dos',
  locales: {
    'fr-FR': {
      number: '112',
      digits: '112',
      local: [
        ["j'ai un rouleau de massage", "C'est parti pour la routine complète, environ"],
        ['chaud ou froid', /coussin chauffant.*poche de glace/],
        ['est-ce que tu es médecin', "l'avis d'un médecin ou d'un kiné."],
      ],
    },
    'fr-CA': {
      // Said the way Quebec says it, not "neuf cent onze".
      number: 'neuf un un',
      digits: '911',
      local: [
        ["j'ai un rouleau de mousse", "C'est parti pour la routine complète, environ"],
        ['chaud ou froid', /sac magique.*sac de glace/],
        ['est-ce que tu es médecin', "l'avis d'un médecin ou d'un physiothérapeute."],
      ],
    },
  },
  // English words that are not also French words ("routine", "stop" and "minutes" are both).
  foreign: ENGLISH_WORDS.filter((word) => !['routine', 'stop', 'minutes'].includes(word)),
  routines: {
    desk: { start: 'lance la pause bureau', name: 'pause bureau' },
    morning: { start: 'lance la routine du matin', name: 'routine du matin' },
    gentle: { start: 'lance la routine douce', name: 'routine douce' },
    full: { start: 'lance la routine complète', name: 'routine complète' },
  },
  say: {
    open: 'ouvre objectif dos',
    next: 'suivant',
    stop: 'stop',
    resume: 'reprendre',
    yes: 'oui',
    list: 'quelles routines il y a',
    howLong: 'il en reste combien',
    question: 'est-ce que je peux faire craquer mon dos',
    chestPain: "j'ai mal à la poitrine",
    oneShotEmergency: "dis à objectif dos que j'ai mal à la poitrine",
    oneShotStart: ['demande à objectif dos de lancer la routine douce', 'gentle'],
  },
  hear: {
    welcome: {
      start: /^Bienvenue dans Objectif Dos\./,
      disclaimer: "je ne donne pas d'avis médical",
      offer: 'Vous pouvez faire une pause bureau, la routine du matin, une routine douce, ou la routine complète pour le haut du dos.',
      reprompt: /^Quelle routine voulez-vous faire \?/,
    },
    starting: (name) => `C'est parti pour la ${name}, environ`,
    deskStart: /^C'est parti pour la pause bureau, environ \d+ minutes\. Voici les rotations d'épaules\..* Pour m'arrêter, dites Alexa, pause\./,
    deskNext: "On enchaîne avec l'étirement sur le dossier.",
    keepGoing: /Je continue \?$/,
    keepGoingReprompt: 'Dites oui quand vous voulez que je continue, ou stop pour vous arrêter là.',
    answer: /^Faire craquer doucement son dos est en général sans danger.*Ne forcez jamais/,
    backToFirst: /Dites continuer pour reprendre les rotations d'épaules, ou demandez-moi autre chose\.$/,
    resumedFirst: /^On reprend avec les rotations d'épaules\./,
    goodbye: "D'accord. Prenez soin de votre dos, et à la prochaine. Je retiens où vous en êtes.",
    chestPain: (number) =>
      `Arrêtez tout de suite. Une douleur ou une pression dans la poitrine demande une aide immédiate. Appelez le ${number} maintenant, ou demandez à quelqu'un près de vous d'appeler pour vous. J'ai arrêté la routine. Prenez soin de vous.`,
    urgent: (number) => `Arrêtez tout de suite. Cela demande une aide immédiate. Appelez le ${number} maintenant`,
    seeDoctorSoon: /^Arrêtez les étirements pour aujourd'hui\./,
    routineEnded: "J'ai arrêté la routine.",
    lasts: (name) => new RegExp(`La ${name} dure environ \\d+ minutes`),
    listEnd: /Laquelle voulez-vous faire \?$/,
    finished: (name) => new RegExp(`Et voilà, la ${name} est terminée\\. \\d+ exercices en environ \\d+ minutes\\. Beau travail\\.`),
    afterAnswer: /Pause bureau, routine du matin, douce, ou complète \?$/,
    firstUse: /^Petite précision avant de commencer\./,
    progress: /^Vous en êtes à l'exercice 1 sur 5, les rotations d'épaules\. Encore (une minute|\d+ minutes) environ\. Dites continuer/,
    nothingToResume: /Aucune routine n'est en cours\./,
  },
  emergencies: ["c'est une urgence", 'appelez une ambulance', 'je crois que je fais une crise cardiaque', 'je fais un avc'],
  redFlags: [
    ["j'ai de la fièvre", 'Un mal de dos accompagné de fièvre doit être examiné.'],
    ['je ne contrôle plus ma vessie', "doit être vu par un médecin aujourd'hui même."],
  ],
  seeDoctor: ['quand consulter un médecin', (number) => `appelez immédiatement le ${number}.`],
  needs: [
    ['quelque chose de rapide', 'desk'],
    ['je suis à mon bureau', 'desk'],
    ['sans matériel', 'gentle'],
    ['routine du matin', 'morning'],
  ],
  unknown: {
    say: 'parle moi du yoga',
    hear: /^Je ne peux pas répondre à ça\..*par exemple, est-ce que je peux faire craquer mon dos, combien de temps tenir un étirement, ou est-ce qu'un étirement doit faire mal\./,
    examples: [
      ['est-ce que je peux faire craquer mon dos', 'crack-safe'],
      ['combien de temps tenir un étirement', 'hold-length'],
      ["est-ce qu'un étirement doit faire mal", 'should-hurt'],
    ],
  },
  topics: {
    'crack-safe': 'est-ce que je peux faire craquer mon dos',
    'crack-why': 'pourquoi mon dos craque',
    'crack-worse': 'est-ce que craquer aggrave les choses',
    'crack-often': 'combien de fois je peux craquer mon dos',
    'crack-someone': "quelqu'un d'autre peut me craquer le dos",
    'stretch-vs-crack': "c'est mieux de s'étirer ou de craquer",
    'stretch-frequency': "à quelle fréquence faut-il s'étirer",
    'hold-length': 'combien de temps tenir un étirement',
    'warm-up': "faut-il s'échauffer",
    'feel-little': 'je ne sens rien',
    'should-hurt': "est-ce qu'un étirement doit faire mal",
    numbness: { say: "et si j'ai le bras engourdi", hear: /^Un engourdissement dans les bras, les mains ou les jambes doit être examiné\..*Si ça vous arrive en ce moment, arrêtez de vous étirer/ },
    'shooting-pain': { say: 'et si la douleur descend dans le bras', hear: /^Une douleur vive qui descend dans un bras doit être examinée\..*Si ça vous arrive en ce moment/ },
    injury: 'je suis tombé',
    'see-doctor': 'quand consulter un médecin',
    causes: "d'où vient le mal de dos",
    posture: 'des conseils de posture',
    'heat-ice': 'chaud ou froid',
    painkiller: 'est-ce que je peux prendre un antidouleur',
    pregnancy: 'je suis enceinte',
    osteoporosis: "j'ai de l'ostéoporose",
    surgery: "je me suis fait opérer",
    disclaimer: 'est-ce que tu es médecin',
  },
  walk: [
    ['quelles routines il y a', /^Il y a quatre routines\./],
    ['aide', /^Je vous guide/],
    ['un par un', /^D'accord, un par un\./],
    ['lance la routine douce', /^Petite précision avant de commencer\.|^C'est parti pour la routine douce/],
    ['aide', /^Vous faites les rotations d'épaules\./],
    ['suivant', /^Voici l'étirement latéral\./],
    ['encore', /^Encore une fois\. Voici l'étirement latéral\./],
    ['retour', /^On revient en arrière\. Voici les rotations d'épaules\./],
    // A pause cut into the stretch, so "reprendre" does that stretch again.
    [8, 'pause', 'Je mets en pause. Prenez votre temps. Dites reprendre quand vous voulez, ou stop pour vous arrêter là.'],
    ['reprendre', /^On reprend avec les rotations d'épaules\./],
    ['moins de détails', /^D'accord, moins de détails\./],
    ['plus de détails', /^D'accord, je vous donnerai toutes les étapes/],
    ['continuer', /^Voici l'étirement latéral\./],
    [3, "j'ai mal", /^On arrête cet exercice\..*Voulez-vous que je passe cet exercice \?/],
    ['oui', /^On saute cet exercice\. Voici le papillon\./],
    ['recommence', /^On reprend la routine douce depuis le début\./],
    ['blablabla', /^Pardon, je n'ai pas compris\./],
  ],
  commands: [
    ['suivant', 'AMAZON.NextIntent'],
    ['retour', 'AMAZON.PreviousIntent'],
    ['encore', 'AMAZON.RepeatIntent'],
    ['pause', 'AMAZON.PauseIntent'],
    ['reprendre', 'AMAZON.ResumeIntent'],
    ['continuer', 'AMAZON.ResumeIntent'],
    ['stop', 'AMAZON.StopIntent'],
    ['aide', 'AMAZON.HelpIntent'],
    ['oui', 'AMAZON.YesIntent'],
    ['non', 'AMAZON.NoIntent'],
    ['moins de détails', 'SetVerbosityIntent', 'brief'],
    ['plus de détails', 'SetVerbosityIntent', 'detailed'],
    ['un par un', 'SetPaceIntent', 'step'],
    ['pause bureau', 'StartRoutineIntent', 'desk'],
    ['routine du matin', 'StartRoutineIntent', 'morning'],
    ['routine douce', 'StartRoutineIntent', 'gentle'],
    ['routine complète', 'StartRoutineIntent', 'full'],
  ],
  returning: {
    routine: 'desk',
    after: 0,
    offer: "Bon retour dans Objectif Dos. Hier, vous avez interrompu votre pause bureau pendant la torsion assise. On reprend à partir de là ?",
    resumed: /^On reprend avec la torsion assise, deuxième côté\./,
  },
  examples: [/^Bienvenue dans Objectif Dos\./, "C'est parti pour la pause bureau, environ", /^On reprend avec/],
  alsoAnswers: ['fr-BE'],
  disclaimer: /ne constitue pas un avis médical/,
};

/** English words Dutch has too ("is", "of", "stop", "routine", "sorry") or borrows ("stretch") are left out. */
const ENGLISH_NOT_DUTCH = ENGLISH_WORDS.filter((word) => !['is', 'of', 'stop', 'routine', 'sorry', 'stretch'].includes(word));

const nl: LanguageRow<'nl'> = {
  invocation: 'soepele rug',
  locales: {
    'nl-NL': { number: 'één één twee', digits: '112', local: [] },
  },
  foreign: ENGLISH_NOT_DUTCH,
  routines: {
    desk: { start: 'start de bureaupauze', name: 'bureaupauze' },
    morning: { start: 'start de ochtendroutine', name: 'ochtendroutine' },
    gentle: { start: 'start de rustige routine', name: 'rustige routine' },
    full: { start: 'start de complete bovenrugroutine', name: 'complete bovenrugroutine' },
  },
  say: {
    open: 'open soepele rug',
    next: 'volgende',
    stop: 'stop',
    resume: 'verder',
    yes: 'ja',
    list: 'welke routines zijn er',
    howLong: 'hoe lang nog',
    question: 'is het veilig om mijn rug te laten kraken',
    chestPain: 'ik heb pijn op de borst',
    oneShotEmergency: 'zeg tegen soepele rug dat ik pijn op de borst heb',
    oneShotStart: ['vraag soepele rug om de rustige routine te doen', 'gentle'],
  },
  hear: {
    welcome: {
      start: /^Welkom bij Soepele Rug\./,
      disclaimer: 'ik geef geen medisch advies',
      offer: 'Je kunt kiezen uit een bureaupauze, de ochtendroutine, een rustige routine, of de complete bovenrugroutine.',
      reprompt: /^Welke routine wil je doen\?/,
    },
    starting: (name) => `We beginnen met de ${name}, ongeveer`,
    deskStart: /^We beginnen met de bureaupauze, ongeveer \d+ minuten\. De schouderrollen\..* Begin maar, lekker rustig\. Wil je dat ik stop\? Zeg dan Alexa, pauze\./,
    deskNext: /En ontspan\. Dan de stretch over de rugleuning\./,
    keepGoing: /Zal ik doorgaan\?$/,
    keepGoingReprompt: 'Zeg ga door als je klaar bent, of stop om het hierbij te laten.',
    answer: /^Je eigen rug zachtjes laten kraken is meestal onschuldig.*Forceer het nooit/,
    backToFirst: /Zeg verder om terug te gaan naar de schouderrollen, of vraag me iets anders\.$/,
    resumedFirst: /^We gaan verder met de schouderrollen\./,
    goodbye: 'Oké. Doe rustig aan met je rug, en tot de volgende keer. Ik onthoud waar je gebleven bent.',
    chestPain: (number) =>
      `Stop nu. Bij pijn of druk op de borst is meteen hulp nodig. Bel nu ${number}, of vraag iemand in de buurt om voor je te bellen. Ik heb de routine gestopt. Pas goed op jezelf.`,
    urgent: (number) => `Stop nu. Daar is meteen hulp voor nodig. Bel nu ${number}`,
    seeDoctorSoon: /^Stop voor vandaag met rekken\./,
    routineEnded: 'Ik heb de routine gestopt.',
    lasts: (name) => new RegExp(`De ${name} duurt ongeveer \\d+ minuten`),
    listEnd: /Welke wil je doen\?$/,
    finished: () => /zit erop: \d+ oefeningen in ongeveer \d+ minuten\. Goed gedaan\./,
    afterAnswer: /Je kunt nog een vraag stellen, of een routine kiezen\. Bureaupauze, ochtendroutine, rustig, of compleet\?$/,
    firstUse: /^Eerst even dit\./,
    progress: /^Je bent bij oefening 1 van 5, de schouderrollen\. Nog ongeveer (een minuut|\d+ minuten)\. Zeg verder/,
    nothingToResume: /Er loopt geen routine\./,
  },
  emergencies: ['het is een noodgeval', 'bel een ambulance', 'ik denk dat ik een hartaanval heb', 'ik krijg een beroerte'],
  redFlags: [
    ['ik heb koorts', 'Rugpijn samen met koorts is een reden om je te laten nakijken.'],
    ['ik kan mijn plas niet ophouden', 'moet vandaag nog door een arts bekeken worden'],
  ],
  seeDoctor: ['wanneer moet ik naar de dokter', (number) => `Bij pijn op de borst of benauwdheid bel je meteen ${number}.`],
  needs: [
    ['iets snels', 'desk'],
    ['ik zit achter mijn bureau', 'desk'],
    ['zonder spullen', 'gentle'],
    ['ik heb een foamroller', 'full'],
    ['ochtendroutine', 'morning'],
  ],
  unknown: {
    say: 'vertel me over yogamatten',
    hear: /^Daar kan ik geen antwoord op geven\..*bijvoorbeeld vragen, is het veilig om mijn rug te laten kraken, hoe lang moet ik een oefening vasthouden, of mag rekken pijn doen\./,
    examples: [['is het veilig om mijn rug te laten kraken', 'crack-safe'], ['hoe lang moet ik een oefening vasthouden', 'hold-length'], ['mag rekken pijn doen', 'should-hurt']],
  },
  topics: {
    'crack-safe': { say: 'mag ik mijn rug laten kraken', hear: /meestal onschuldig.*Forceer het nooit/ },
    'crack-why': { say: 'waarom kraakt mijn rug', hear: /ontstaat er een gasbelletje in het gewrichtsvocht/ },
    'crack-worse': { say: 'is kraken slecht voor je rug', hear: /^Een knak forceren kan je banden overbelasten/ },
    'crack-often': { say: 'hoe vaak mag ik mijn rug laten kraken', hear: /^Hoe minder, hoe beter\./ },
    'crack-someone': { say: 'mag mijn partner mijn rug laten kraken', hear: /^Alleen een bevoegde zorgverlener.*over je rug laten lopen/ },
    'stretch-vs-crack': { say: 'wat is beter rekken of kraken', hear: /^Rekken is de betere keuze\./ },
    'stretch-frequency': { say: 'hoe vaak moet ik rekken', hear: /^Drie of vier keer per week/ },
    'hold-length': { say: 'hoe lang moet ik een rekoefening vasthouden', hear: /twintig tot dertig seconden/ },
    'warm-up': { say: 'moet ik eerst opwarmen', hear: /^Ja, warm eerst op\./ },
    'feel-little': { say: 'ik voel niks', hear: /^Dat is prima\. Rekken hoort te voelen als een zachte trek/ },
    'should-hurt': { say: 'mag rekken pijn doen', hear: /^Nee\. Rekken hoort te voelen als een zachte trek.*Stop dan meteen/ },
    numbness: { say: 'wat als mijn arm gaat tintelen', hear: /laten nakijken\. Ga binnenkort naar een arts\. Gebeurt het nu\? Stop dan met rekken/ },
    'shooting-pain': { say: 'wat als de pijn naar mijn arm schiet', hear: /door een arm naar beneden schiet/ },
    injury: { say: 'ik ben gevallen', hear: /^Na een val, een ongeluk of een andere blessure/ },
    'see-doctor': { say: 'wanneer moet ik naar de dokter', hear: /Bij pijn op de borst of benauwdheid bel je meteen één één twee\./ },
    causes: { say: 'waar komt rugpijn vandaan', hear: /lang zitten.*Alleen een arts kan zeggen/ },
    posture: { say: 'tips voor mijn houding', hear: /^Houd je oren, schouders en heupen op één lijn\./ },
    'heat-ice': { say: 'warmte of kou', hear: /warmtekussen.*coldpack/ },
    painkiller: { say: 'mag ik een pijnstiller nemen', hear: /^Over medicijnen kan ik je geen advies geven\. Vraag het je apotheker/ },
    pregnancy: { say: 'ik ben zwanger', hear: /verloskundige of je arts/ },
    osteoporosis: { say: 'ik heb botontkalking', hear: /^Heb je botontkalking of broze botten\?/ },
    surgery: { say: 'ik ben geopereerd', hear: /^Ben je kort geleden geopereerd\?/ },
    disclaimer: { say: 'is dit medisch advies', hear: /^Nee\. Ik help je met rekken, maar ik ben geen arts/ },
  },
  walk: [
    ['welke routines zijn er', /^Er zijn vier routines\./],
    ['help', /^Ik begeleid je door rekoefeningen voor je bovenrug/],
    ['één voor één', /^Oké, één oefening tegelijk\./],
    ['start de rustige routine', /^We beginnen met de rustige routine, ongeveer \d minuten\. De schouderrollen\./],
    ['help', /^Je bent bezig met de schouderrollen\./],
    ['volgende', /^De zijstretch\./],
    ['nog een keer', /^Nog een keer\. De zijstretch\./],
    ['terug', /^We gaan terug\. De schouderrollen\./],
    [8, 'pauze', 'Gepauzeerd. Neem de tijd. Zeg verder als je klaar bent, of stop om het hierbij te laten.'],
    ['verder', /^We gaan verder met de schouderrollen\./],
    ['minder praten', /^Oké, minder praten\./],
    ['meer uitleg', /^Oké, ik geef je bij elke oefening weer alle stappen\./],
    ['verder', /^De zijstretch\./],
    [3, 'het doet pijn', /^We stoppen met deze oefening\..*Zal ik deze oefening overslaan\?$/],
    ['ja', /^Die slaan we over\. De vlinder\./],
    ['begin opnieuw', /^We beginnen de rustige routine opnieuw, vanaf het begin\./],
    ['blablabla', /^Sorry, dat verstond ik niet\./],
  ],
  commands: [
    ['volgende', 'AMAZON.NextIntent'],
    ['klaar', 'AMAZON.NextIntent'],
    ['terug', 'AMAZON.PreviousIntent'],
    ['herhaal', 'AMAZON.RepeatIntent'],
    ['pauze', 'AMAZON.PauseIntent'],
    ['verder', 'AMAZON.ResumeIntent'],
    ['stop', 'AMAZON.StopIntent'],
    ['help', 'AMAZON.HelpIntent'],
    ['ja', 'AMAZON.YesIntent'],
    ['nee', 'AMAZON.NoIntent'],
    ['minder praten', 'SetVerbosityIntent', 'brief'],
    ['meer uitleg', 'SetVerbosityIntent', 'detailed'],
    ['één voor één', 'SetPaceIntent', 'step'],
    ['ga door', 'SetPaceIntent', 'flow'],
    ['bureaupauze', 'StartRoutineIntent', 'desk'],
    ['ochtendroutine', 'StartRoutineIntent', 'morning'],
    ['rustig', 'StartRoutineIntent', 'gentle'],
    ['compleet', 'StartRoutineIntent', 'full'],
  ],
  returning: {
    routine: 'gentle',
    after: 5,
    offer: 'Welkom terug bij Soepele Rug. Gisteren ben je gestopt bij de schouderrollen in je rustige routine. Zullen we daar verdergaan?',
    resumed: /^We gaan verder met de schouderrollen\./,
  },
  examples: [/^Welkom bij Soepele Rug\./, 'We beginnen met de bureaupauze, ongeveer', /^We gaan verder met /],
  alsoAnswers: ['nl-BE'],
  disclaimer: /is geen medisch advies/,
};

/**
 * Hindi borrows English nouns (stretch, routine, doctor, call) in Latin letters; what would
 * only come from an English sentence is foreign.
 */
const ENGLISH_SENTENCE_WORDS = ['the', 'you', 'your', 'and', 'with', 'please', 'say', 'is', 'it', 'to', 'of', 'for', 'this', 'that', 'when', 'what', 'welcome', 'sorry', 'let', 'now', 'hold', 'breathe', 'seconds', 'minutes', 'okay'];

const hi: LanguageRow<'hi'> = {
  invocation: 'सीधी पीठ',
  locales: {
    'hi-IN': { number: 'एक एक दो', digits: '112', local: [] },
  },
  foreign: ENGLISH_SENTENCE_WORDS,
  routines: {
    desk: { start: 'desk break शुरू करो', name: 'desk break' },
    morning: { start: 'सुबह की routine शुरू करो', name: 'सुबह की routine' },
    gentle: { start: 'हल्की routine शुरू करो', name: 'हल्की routine' },
    full: { start: 'पूरी routine शुरू करो', name: 'पूरी routine' },
  },
  say: {
    open: 'open सीधी पीठ',
    next: 'next',
    stop: 'stop',
    resume: 'आगे चलो',
    yes: 'हाँ',
    list: 'routines बताओ',
    howLong: 'कितना बाकी है',
    question: 'क्या पीठ चटकाना ठीक है',
    chestPain: 'सीने में दर्द हो रहा है',
    oneShotEmergency: 'open सीधी पीठ और मुझे सीने में दर्द है',
    oneShotStart: ['open सीधी पीठ और हल्की routine शुरू करो', 'gentle'],
  },
  hear: {
    welcome: {
      start: /^सीधी पीठ में आपका स्वागत है।/,
      disclaimer: 'यह medical सलाह नहीं है',
      offer: 'आप desk break, सुबह की routine, हल्की routine, या ऊपरी पीठ की पूरी routine कर सकते हैं।',
      reprompt: /^कौन सी routine करनी है\?/,
    },
    starting: (name) => `चलिए ${name} करते हैं, लगभग`,
    deskStart: /^चलिए desk break करते हैं, लगभग \d+ मिनट। Shoulder rolls।.* धीरे धीरे शुरू कीजिए। मुझे रोकना हो तो कहिए, Alexa, pause।/,
    deskNext: /और आराम कीजिए। अब कुर्सी की टेक वाला stretch।/,
    keepGoing: /क्या मैं आगे बढ़ूँ\?$/,
    keepGoingReprompt: 'तैयार हों तो कहिए चलते रहो, या अभी के लिए ख़त्म करने के लिए कहिए stop।',
    answer: /^अपनी पीठ धीरे से चटकाना.*कभी ज़ोर मत लगाइए/,
    backToFirst: /shoulder rolls पर वापस जाने के लिए कहिए आगे चलो, या मुझसे कुछ और पूछिए।$/,
    resumedFirst: /^वहीं से शुरू करते हैं, shoulder rolls।/,
    goodbye: 'ठीक है। अपनी पीठ का ध्यान रखिए, फिर मिलते हैं। आपने जहाँ रोका है, मुझे याद रहेगा।',
    chestPain: (number) =>
      `अभी रुकिए। छाती में दर्द या दबाव हो, तो तुरंत मदद चाहिए। अभी ${number} पर call कीजिए, या पास के किसी व्यक्ति से call करने को कहिए। मैंने routine बंद कर दी है। अपना ध्यान रखिए।`,
    urgent: (number) => `अभी रुकिए। इसके लिए तुरंत मदद चाहिए। अभी ${number} पर call कीजिए`,
    seeDoctorSoon: /^आज के लिए stretching रोक दीजिए।/,
    routineEnded: 'मैंने routine बंद कर दी है।',
    lasts: (name) => new RegExp(`${name} में लगभग \\d+ मिनट लगते हैं`),
    listEnd: /इनमें से कौन सी करनी है\?$/,
    finished: () => /stretches लगभग \d+ मिनट में पूरे हो गए।/,
    afterAnswer: /आप कोई और सवाल पूछ सकते हैं, या routine चुन सकते हैं। Desk break, सुबह की, हल्की, या पूरी\?$/,
    firstUse: /^पहले एक ज़रूरी बात।/,
    progress: /^आप 5 में से stretch नंबर 1 पर हैं, shoulder rolls। लगभग \d+ मिनट बाकी हैं?।/,
    nothingToResume: /अभी कोई routine अधूरी नहीं है।/,
  },
  emergencies: ['यह emergency है', 'ambulance बुलाओ', 'लगता है heart attack आ रहा है', 'मुझे stroke आ रहा है'],
  redFlags: [
    ['मुझे बुखार है', 'पीठ दर्द के साथ बुख़ार हो, तो जाँच करवानी चाहिए।'],
    ['पेशाब पर काबू नहीं है', 'आज ही doctor को दिखाइए'],
  ],
  seeDoctor: ['doctor को कब दिखाना चाहिए', (number) => `तो अभी ${number} पर call कीजिए।`],
  needs: [
    ['कुछ जल्दी वाली', 'desk'],
    ['मैं office में हूँ', 'desk'],
    ['बिना सामान वाली', 'gentle'],
    ['मेरे पास foam roller है', 'full'],
    ['सुबह की routine', 'morning'],
  ],
  unknown: {
    say: 'yoga के बारे में बताओ',
    hear: /^इसका जवाब मैं नहीं दे सकती।.*जैसे क्या पीठ चटकाना ठीक है, stretch कितनी देर रोकना चाहिए, या क्या stretching में दर्द होना चाहिए।/,
    examples: [['क्या पीठ चटकाना ठीक है', 'crack-safe'], ['stretch कितनी देर रोकना चाहिए', 'hold-length'], ['क्या stretching में दर्द होना चाहिए', 'should-hurt']],
  },
  topics: {
    'crack-safe': { say: 'पीठ चटकाना ठीक है क्या', hear: /आमतौर पर नुकसान नहीं करता। पर इसके लिए कभी ज़ोर मत लगाइए/ },
    'crack-why': { say: 'पीठ क्यों चटकती है', hear: /जोड़ के तरल में गैस का एक बुलबुला बनता है/ },
    'crack-worse': { say: 'क्या चटकाने से नुकसान होता है', hear: /^ज़ोर लगाकर चटकाने से ligaments पर ज़ोर पड़ सकता है/ },
    'crack-often': { say: 'दिन में कितनी बार चटकाना ठीक है', hear: /^जितना कम, उतना अच्छा।/ },
    'crack-someone': { say: 'पति से पीठ चटकवाना ठीक है क्या', hear: /^आपकी पीठ पर सिर्फ़ कोई योग्य professional काम करे/ },
    'stretch-vs-crack': { say: 'stretch करूँ या चटकाऊँ', hear: /^Stretching बेहतर है।/ },
    'stretch-frequency': { say: 'कितनी बार stretch करना चाहिए', hear: /हफ़्ते में तीन या चार बार/ },
    'hold-length': { say: 'कितनी देर रोकूँ', hear: /बीस से तीस सेकंड/ },
    'warm-up': { say: 'पहले warm up करना चाहिए क्या', hear: /^हाँ, पहले warm up कीजिए।/ },
    'feel-little': { say: 'कुछ महसूस नहीं हो रहा', hear: /^यह बिल्कुल ठीक है। Stretch में हल्का खिंचाव/ },
    'should-hurt': { say: 'दर्द होना चाहिए क्या', hear: /^नहीं। Stretch में हल्का खिंचाव महसूस होना चाहिए, दर्द कभी नहीं/ },
    numbness: { say: 'अगर हाथ सुन्न हो जाए तो', hear: /जल्दी किसी doctor को दिखाइए। अगर यह अभी हो रहा है, तो stretching रोकिए/ },
    'shooting-pain': { say: 'अगर दर्द हाथ में नीचे जाए तो', hear: /बाँह में नीचे/ },
    injury: { say: 'मैं गिर गया', hear: /^गिरने, accident या किसी और चोट के बाद/ },
    'see-doctor': { say: 'doctor को कब दिखाना चाहिए', hear: /तो अभी एक एक दो पर call कीजिए।/ },
    causes: { say: 'पीठ दर्द क्यों होता है', hear: /देर तक बैठे रहने.*सिर्फ़ doctor बता सकते हैं/ },
    posture: { say: 'सही posture', hear: /^कान, कंधे और कूल्हे एक सीध में रखिए।/ },
    'heat-ice': { say: 'गरम या ठंडा', hear: /heating pad.*ice pack/ },
    painkiller: { say: 'painkiller ले सकते हैं', hear: /^दवाइयों के बारे में मैं सलाह नहीं दे सकती। कृपया chemist/ },
    pregnancy: { say: 'मैं pregnant हूँ', hear: /pregnancy के दौरान भी और delivery के बाद भी/ },
    osteoporosis: { say: 'मुझे osteoporosis है', hear: /^अगर आपको osteoporosis है या हड्डियाँ कमज़ोर हैं/ },
    surgery: { say: 'मेरा operation हुआ है', hear: /^अगर हाल ही में आपकी surgery हुई है/ },
    disclaimer: { say: 'क्या आप doctor हैं', hear: /^नहीं। मैं stretching में मदद करती हूँ, मैं doctor नहीं हूँ/ },
  },
  walk: [
    ['routines बताओ', /^चार routines हैं।/],
    ['help', /^मैं ऊपरी पीठ के stretches करवाती हूँ/],
    ['एक एक करके', /^ठीक है, एक बार में एक stretch।/],
    ['हल्की routine शुरू करो', /^चलिए हल्की routine करते हैं, लगभग \d मिनट। Shoulder rolls।/],
    ['help', /^आप shoulder rolls कर रहे हैं।/],
    ['next', /^Side stretch।/],
    ['फिर से', /^एक बार और। Side stretch।/],
    ['back', /^पीछे चलते हैं। Shoulder rolls।/],
    [8, 'pause', 'रोक दिया है। आराम से कीजिए। तैयार हों तो कहिए आगे चलो, या अभी के लिए ख़त्म करने के लिए कहिए stop।'],
    ['आगे चलो', /^वहीं से शुरू करते हैं, shoulder rolls।/],
    ['कम बोलो', /^ठीक है, कम बोलूँगी।/],
    ['पूरा बताओ', /^ठीक है, हर stretch के पूरे steps बताऊँगी।/],
    ['आगे चलो', /^Side stretch।/],
    [3, 'दर्द हो रहा है', /^चलिए यह stretch रोकते हैं।.*क्या मैं यह stretch छोड़ दूँ\?$/],
    ['हाँ', /^इसे छोड़ देते हैं। तितली।/],
    ['शुरू से', /^हल्की routine शुरू से करते हैं।/],
    ['ब्लाब्लाब्ला', /^माफ़ कीजिए, मैं समझ नहीं पाई।/],
  ],
  commands: [
    ['next', 'AMAZON.NextIntent'],
    ['ready', 'AMAZON.NextIntent'],
    ['back', 'AMAZON.PreviousIntent'],
    ['फिर से', 'AMAZON.RepeatIntent'],
    ['pause', 'AMAZON.PauseIntent'],
    ['आगे चलो', 'AMAZON.ResumeIntent'],
    ['stop', 'AMAZON.StopIntent'],
    ['help', 'AMAZON.HelpIntent'],
    ['हाँ', 'AMAZON.YesIntent'],
    ['नहीं', 'AMAZON.NoIntent'],
    ['कम बोलो', 'SetVerbosityIntent', 'brief'],
    ['पूरा बताओ', 'SetVerbosityIntent', 'detailed'],
    ['एक एक करके', 'SetPaceIntent', 'step'],
    ['चलते रहो', 'SetPaceIntent', 'flow'],
    ['desk break', 'StartRoutineIntent', 'desk'],
    ['सुबह की routine', 'StartRoutineIntent', 'morning'],
    ['हल्की routine', 'StartRoutineIntent', 'gentle'],
    ['पूरी routine', 'StartRoutineIntent', 'full'],
  ],
  returning: {
    routine: 'gentle',
    after: 5,
    offer: 'सीधी पीठ में आपका फिर से स्वागत है। कल आपने हल्की routine में shoulder rolls पर रोका था। क्या वहीं से शुरू करें?',
    resumed: /^वहीं से शुरू करते हैं, shoulder rolls।/,
  },
  examples: [/^सीधी पीठ में आपका स्वागत है।/, 'चलिए desk break करते हैं, लगभग', /^वहीं से शुरू करते हैं, /],
  alsoAnswers: [],
  disclaimer: /medical सलाह नहीं/,
};

/** Every language's rows: the type asks for one per language of the registry. */
export const LANGUAGE_ROWS: { readonly [L in Language]: LanguageRow<L> } = { en, de, es, fr, nl, hi };

/** One row per locale, in the registry's order, with its language's row. */
export const LOCALE_ROWS: readonly { locale: Locale; language: Language; row: LocaleRow; languageRow: LanguageRow }[] = LANGUAGE_IDS.flatMap((language) =>
  LANGUAGES[language].locales.map((locale) => ({
    locale: locale as Locale,
    language,
    row: (LANGUAGE_ROWS[language].locales as Record<string, LocaleRow>)[locale]!,
    languageRow: LANGUAGE_ROWS[language] as LanguageRow,
  })),
);

/** Every locale the skill is published in. */
export const ALL_LOCALES: readonly Locale[] = LOCALE_ROWS.map(({ locale }) => locale);

/** One row per language, with the locale its language-wide checks run in (its first). */
export const LANGUAGE_LIST: readonly { language: Language; locale: Locale; row: LanguageRow }[] = LANGUAGE_IDS.map((language) => ({
  language,
  locale: LANGUAGES[language].locales[0] as Locale,
  row: LANGUAGE_ROWS[language] as LanguageRow,
}));
