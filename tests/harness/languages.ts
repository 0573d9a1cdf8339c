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

/**
 * What a language's written speech may hold beyond the Latin default (letters, spaces and
 * , . ? ! ' ’ ¿ ¡ -, no digits, the emergency number as two or three digits or two or three
 * words). Each field widens the rule for its own language only.
 */
export interface Writing {
  /** Punctuation of its own script: Arabic ، ؟, Japanese 、。？「」 (Hindi ends its sentences with a full stop, as Alexa's Hindi voice is written). */
  punctuation?: string;
  /**
   * Counters its voice reads a number in digits with, and reads well (Japanese 20秒, 週に3回):
   * digits are allowed right before one of them, nowhere else.
   */
  counters?: string[];
  /** The emergency number said with the service's name, where that is how people know it (Brazil: "SAMU, no 192"). */
  emergencyNumber?: RegExp;
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
  /**
   * What no reply in this language may hold, beyond words: another script's letters, a form
   * of address the language's content avoids (each match is reported as a leak).
   */
  never?: RegExp[];
  /**
   * How the language writes what the skill says, where it is not the Latin way
   * (tests/unit/safety-content.test.ts holds the safety content to it).
   */
  writing?: Writing;
  /**
   * How the store listing's example phrases start, where not "Alexa, ": the wake word as the
   * language writes it, its comma, and the space after it if the language writes one ("アレクサ、").
   */
  wake?: string;
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

const it: LanguageRow<'it'> = {
  invocation: 'schiena sciolta',
  locales: {
    'it-IT': { number: '112', digits: '112', local: [['aiuto', 'La routine del mattino si fa su un tappetino.']] },
  },
  // English words that are not also Italian words ("routine" and "stop" are both).
  foreign: ENGLISH_WORDS.filter((word) => !['routine', 'stop'].includes(word)),
  routines: {
    desk: { start: 'avvia la pausa scrivania', name: 'pausa scrivania' },
    morning: { start: 'avvia la routine del mattino', name: 'routine del mattino' },
    gentle: { start: 'avvia la routine dolce', name: 'routine dolce' },
    full: { start: 'avvia la routine completa', name: 'routine completa' },
  },
  say: {
    open: 'apri schiena sciolta',
    next: 'avanti',
    stop: 'stop',
    resume: 'continua',
    yes: 'sì',
    list: 'quali routine ci sono',
    howLong: 'quanto manca',
    question: 'posso scrocchiarmi la schiena',
    chestPain: 'mi fa male il petto',
    oneShotEmergency: 'di a schiena sciolta che ho un dolore al petto',
    oneShotStart: ['chiedi a schiena sciolta di avviare la routine dolce', 'gentle'],
  },
  hear: {
    welcome: {
      start: /^Ti do il benvenuto in Schiena Sciolta\./,
      disclaimer: 'non do consigli medici',
      offer: 'Puoi fare una pausa scrivania, la routine del mattino, una routine dolce, oppure la routine completa per la parte alta della schiena. Quale vuoi fare?',
      reprompt: /^Quale routine vuoi fare\?/,
    },
    starting: (name) => `Si parte con la ${name}, circa`,
    deskStart: /^Si parte con la pausa scrivania, circa \d+ minuti\. Ecco le rotazioni delle spalle\..* Per fermarmi, di' Alexa, pausa\./,
    deskNext: "Proseguiamo con l'estensione sullo schienale.",
    keepGoing: /Continuo\?$/,
    keepGoingReprompt: "Di' sì quando vuoi che continui, o stop per chiudere qui.",
    answer: /^Di solito scrocchiare piano la schiena non è pericoloso.*Non forzare mai/,
    backToFirst: /Di' continua per riprendere le rotazioni delle spalle, o chiedimi qualcos'altro\.$/,
    resumedFirst: /^Riprendiamo con le rotazioni delle spalle\./,
    goodbye: 'Va bene. Prenditi cura della tua schiena, e alla prossima. Mi ricordo a che punto sei.',
    chestPain: (number) =>
      `Fermati subito. Un dolore o un peso al petto richiede aiuto immediato. Chiama subito il ${number}, o chiedi a qualcuno vicino a te di chiamare al posto tuo. Ho interrotto la routine. Abbi cura di te.`,
    urgent: (number) => `Fermati subito. Serve aiuto subito. Chiama subito il ${number}`,
    seeDoctorSoon: /^Per oggi basta con gli allungamenti\./,
    routineEnded: 'Ho interrotto la routine.',
    lasts: (name) => new RegExp(`La ${name} dura circa \\d+ minuti`),
    listEnd: /Quale vuoi fare\?$/,
    finished: (name) => new RegExp(`Ecco fatto, hai finito la ${name}\\. \\d+ esercizi in circa \\d+ minuti\\. Ottimo lavoro\\.`),
    afterAnswer: /Pausa scrivania, routine del mattino, dolce, o completa\?$/,
    firstUse: /^Una precisazione, prima di iniziare\./,
    progress: /^Sei all'esercizio 1 di 5, le rotazioni delle spalle\. (Manca circa un minuto|Mancano circa \d+ minuti)\. Di' continua/,
    nothingToResume: /Non c'è nessuna routine in corso\./,
  },
  emergencies: ["è un'emergenza", "chiamate un'ambulanza", 'credo di avere un infarto', 'credo di avere un ictus'],
  redFlags: [
    ['ho la febbre', 'Un mal di schiena con la febbre va controllato.'],
    ['non controllo più la vescica', 'va visto da un medico oggi stesso.'],
    ['ho le dita intorpidite', 'Fatti vedere presto da un medico.'],
  ],
  seeDoctor: ['quando andare dal medico', (number) => `chiama subito il ${number}.`],
  needs: [
    ['qualcosa di veloce', 'desk'],
    ['sono alla scrivania', 'desk'],
    ['senza attrezzi', 'gentle'],
    ['routine del mattino', 'morning'],
  ],
  unknown: {
    say: 'parlami dello yoga',
    hear: /^A questo non so rispondere\..*per esempio, posso scrocchiarmi la schiena, quanto tenere un allungamento, o un allungamento deve fare male\./,
    examples: [
      ['posso scrocchiarmi la schiena', 'crack-safe'],
      ['quanto tenere un allungamento', 'hold-length'],
      ['un allungamento deve fare male', 'should-hurt'],
    ],
  },
  topics: {
    'crack-safe': 'posso scrocchiarmi la schiena',
    'crack-why': 'perché mi scrocchia la schiena',
    'crack-worse': 'scrocchiare peggiora le cose',
    'crack-often': 'quante volte posso scrocchiarmi la schiena',
    'crack-someone': 'qualcun altro può scrocchiarmi la schiena',
    'stretch-vs-crack': 'meglio allungarsi o scrocchiare',
    'stretch-frequency': 'quanto spesso devo fare stretching',
    'hold-length': 'quanto tempo devo tenere',
    'warm-up': 'devo scaldarmi',
    'feel-little': 'non sento niente',
    'should-hurt': 'un allungamento deve fare male',
    numbness: { say: 'e se ho il formicolio', hear: /^Un formicolio .*Se ti sta succedendo adesso, smetti di allungarti/ },
    'shooting-pain': { say: 'e se il dolore scende nel braccio', hear: /^Un dolore acuto che scende lungo un braccio va controllato\..*Se ti sta succedendo adesso/ },
    injury: { say: 'sono caduto', hear: /^Dopo una caduta.*Se ti sta succedendo adesso/ },
    'see-doctor': 'quando andare dal medico',
    causes: 'da dove viene il mal di schiena',
    posture: 'consigli sulla postura',
    'heat-ice': 'caldo o freddo',
    painkiller: 'posso prendere un antidolorifico',
    pregnancy: 'sono incinta',
    osteoporosis: "ho l'osteoporosi",
    surgery: 'mi hanno operato',
    disclaimer: 'sei un medico',
  },
  walk: [
    ['quali routine ci sono', /^Ci sono quattro routine\./],
    ['aiuto', /^Ti guido negli allungamenti/],
    ['uno alla volta', /^Va bene, uno alla volta\./],
    ['avvia la routine dolce', /^Una precisazione, prima di iniziare\.|^Si parte con la routine dolce/],
    ['aiuto', /^Stai facendo le rotazioni delle spalle\./],
    ['avanti', /^Ecco l'allungamento laterale\./],
    ['ancora', /^Un'altra volta\. Ecco l'allungamento laterale\./],
    ['indietro', /^Torniamo indietro\. Ecco le rotazioni delle spalle\./],
    [8, 'pausa', "Metto in pausa. Fai con calma. Di' riprendi quando vuoi, o stop per chiudere qui."],
    ['riprendi', /^Riprendiamo con le rotazioni delle spalle\./],
    ['meno dettagli', /^Va bene, meno dettagli\./],
    ['più dettagli', /^Va bene, ti darò tutti i passaggi/],
    ['continua', /^Ecco l'allungamento laterale\./],
    [3, 'mi fa male', /^Interrompiamo questo esercizio\..*Vuoi che salti questo esercizio\?/],
    ['sì', /^Saltiamo questo esercizio\. Ecco la farfalla\./],
    ['ricomincia', /^Ricominciamo la routine dolce dall'inizio\./],
    ['blablabla', /^Scusa, non ho capito\./],
  ],
  commands: [
    ['avanti', 'AMAZON.NextIntent'],
    ['indietro', 'AMAZON.PreviousIntent'],
    ['ancora', 'AMAZON.RepeatIntent'],
    ['pausa', 'AMAZON.PauseIntent'],
    ['riprendi', 'AMAZON.ResumeIntent'],
    ['continua', 'AMAZON.ResumeIntent'],
    ['stop', 'AMAZON.StopIntent'],
    ['aiuto', 'AMAZON.HelpIntent'],
    ['sì', 'AMAZON.YesIntent'],
    ['no', 'AMAZON.NoIntent'],
    ['meno dettagli', 'SetVerbosityIntent', 'brief'],
    ['più dettagli', 'SetVerbosityIntent', 'detailed'],
    ['uno alla volta', 'SetPaceIntent', 'step'],
    ['tutto di fila', 'SetPaceIntent', 'flow'],
    ['pausa scrivania', 'StartRoutineIntent', 'desk'],
    ['routine del mattino', 'StartRoutineIntent', 'morning'],
    ['routine dolce', 'StartRoutineIntent', 'gentle'],
    ['routine completa', 'StartRoutineIntent', 'full'],
  ],
  returning: {
    routine: 'desk',
    after: 0,
    offer: "Rieccoti in Schiena Sciolta. Ieri hai interrotto la tua pausa scrivania durante l'apertura del petto. Riprendiamo da lì?",
    resumed: /^Riprendiamo con l'apertura del petto\./,
  },
  disclaimer: /non costituisce un consiglio medico/,
  examples: [/^Ti do il benvenuto in Schiena Sciolta\./, 'Si parte con la pausa scrivania, circa', /^Riprendiamo con/],
  alsoAnswers: ['it-CH'],
};

const pt: LanguageRow<'pt'> = {
  invocation: 'costas em dia',
  locales: {
    // SAMU said by name, as Brazilians say it; the screen shows the digits.
    'pt-BR': { number: 'SAMU, no 192', digits: '192', local: [['ajuda', 'A rotina da manhã é feita num tapete.']] },
  },
  // English words that are not also Portuguese words ("for": "se for"), and the Spanish and Italian words a slip would bring in.
  foreign: [...ENGLISH_WORDS.filter((word) => word !== 'for'), 'espalda', 'estiramiento', 'hombros', 'ahora', 'rutina', 'schiena', 'allungamento', 'esercizio'],
  // The ambulance service is known by its name: "SAMU, no 192".
  writing: { emergencyNumber: /^SAMU, no \d{3}$/ },
  routines: {
    desk: { start: 'começa a pausa no escritório', name: 'pausa no escritório' },
    morning: { start: 'começa a rotina da manhã', name: 'rotina da manhã' },
    gentle: { start: 'começa a rotina leve', name: 'rotina leve' },
    full: { start: 'começa a rotina completa', name: 'rotina completa' },
  },
  say: {
    open: 'abrir costas em dia',
    next: 'próximo',
    stop: 'pare',
    resume: 'continuar',
    yes: 'sim',
    list: 'quais rotinas tem',
    howLong: 'quanto falta',
    question: 'posso estalar as costas',
    chestPain: 'tô com dor no peito',
    oneShotEmergency: 'fala pro costas em dia que tô com dor no peito',
    oneShotStart: ['peça ao costas em dia para começar a rotina leve', 'gentle'],
  },
  hear: {
    welcome: {
      start: /^Boas-vindas ao Costas em Dia\./,
      disclaimer: 'não dou orientação médica',
      offer: 'Você pode fazer uma pausa no escritório, a rotina da manhã, uma rotina leve, ou a rotina completa para a parte de cima das costas. Qual você quer fazer?',
      reprompt: /^Qual rotina você quer fazer\?/,
    },
    starting: (name) => `Vamos lá com a ${name}, uns`,
    deskStart: /^Vamos lá com a pausa no escritório, uns \d+ minutos\. Agora, a rotação de ombros\..* Para me interromper, diga Alexa, pausa\./,
    deskNext: 'Seguimos com a extensão no encosto.',
    keepGoing: /Continuo\?$/,
    keepGoingReprompt: 'Diga sim quando quiser que eu continue, ou pare para terminar por aqui.',
    answer: /^Estalar as costas de leve costuma ser seguro.*Nunca force/,
    backToFirst: /Diga continuar para voltar para a rotação de ombros, ou me pergunte outra coisa\.$/,
    resumedFirst: /^Voltando com a rotação de ombros\./,
    goodbye: 'Tudo bem. Cuide bem das suas costas, e até a próxima. Eu guardo onde você parou.',
    chestPain: (number) =>
      `Pare agora. Dor ou pressão no peito precisa de ajuda imediata. Ligue agora para o ${number}, ou peça para alguém perto de você ligar. Eu parei a rotina. Se cuide.`,
    urgent: (number) => `Pare agora. Isso precisa de ajuda imediata. Ligue agora para o ${number}`,
    seeDoctorSoon: /^Chega de alongamento por hoje\./,
    routineEnded: 'Eu parei a rotina.',
    lasts: (name) => new RegExp(`A ${name} leva uns \\d+ minutos`),
    listEnd: /Qual você quer fazer\?$/,
    finished: (name) => new RegExp(`Pronto, você terminou a ${name}\\. \\d+ exercícios em uns \\d+ minutos\\. Mandou bem\\.`),
    afterAnswer: /Pausa no escritório, rotina da manhã, leve, ou completa\?$/,
    firstUse: /^Um aviso antes de começar\./,
    progress: /^Você está no exercício 1 de 5, a rotação de ombros\. (Falta mais ou menos um minuto|Faltam uns \d+ minutos)\. Diga continuar/,
    nothingToResume: /Não tem nenhuma rotina em andamento\./,
  },
  emergencies: ['é uma emergência', 'chama uma ambulância', 'acho que tô tendo um infarto', 'acho que tô tendo um derrame'],
  redFlags: [
    ['tô com febre', 'Dor nas costas com febre precisa ser examinada.'],
    ['não consigo segurar o xixi', 'precisa ser vista por um médico hoje mesmo.'],
    ['meus dedos estão dormentes', 'Procure um médico logo.'],
  ],
  seeDoctor: ['quando ir ao médico', (number) => `ligue na hora para o ${number}.`],
  needs: [
    ['algo rápido', 'desk'],
    ['tô no escritório', 'desk'],
    ['sem equipamento', 'gentle'],
    ['tenho um rolo de espuma', 'full'],
    ['rotina da manhã', 'morning'],
  ],
  unknown: {
    say: 'me fala sobre ioga',
    hear: /^Essa eu não sei responder\..*por exemplo, posso estalar as costas, quanto tempo segurar um alongamento, ou alongamento tem que doer\./,
    examples: [
      ['posso estalar as costas', 'crack-safe'],
      ['quanto tempo segurar um alongamento', 'hold-length'],
      ['alongamento tem que doer', 'should-hurt'],
    ],
  },
  topics: {
    'crack-safe': 'posso estalar as costas',
    'crack-why': 'por que minhas costas estalam',
    'crack-worse': 'estalar piora',
    'crack-often': 'quantas vezes posso estalar as costas',
    'crack-someone': 'outra pessoa pode estalar minhas costas',
    'stretch-vs-crack': 'é melhor alongar ou estalar',
    'stretch-frequency': 'com que frequência devo alongar',
    'hold-length': 'quanto tempo segurar um alongamento',
    'warm-up': 'preciso aquecer',
    'feel-little': 'não sinto nada',
    'should-hurt': 'alongamento tem que doer',
    numbness: { say: 'e se eu tiver formigamento', hear: /^Formigamento nos braços.*Se isso estiver acontecendo agora, pare de alongar/ },
    'shooting-pain': { say: 'e se a dor descer pelo braço', hear: /^Uma dor aguda que desce pelo braço.*Se isso estiver acontecendo agora/ },
    injury: { say: 'eu caí', hear: /^Depois de uma queda.*Se isso estiver acontecendo agora/ },
    'see-doctor': 'quando ir ao médico',
    causes: 'o que causa dor nas costas',
    posture: 'dicas de postura',
    'heat-ice': 'calor ou gelo',
    painkiller: 'posso tomar um analgésico',
    pregnancy: 'estou grávida',
    osteoporosis: 'tenho osteoporose',
    surgery: 'fiz uma cirurgia',
    disclaimer: 'você é médico',
  },
  walk: [
    ['quais rotinas tem', /^São quatro rotinas\./],
    ['ajuda', /^Eu guio você em alongamentos/],
    ['um de cada vez', /^Certo, um de cada vez\./],
    ['começa a rotina leve', /^Um aviso antes de começar\.|^Vamos lá com a rotina leve/],
    ['ajuda', /^Você está fazendo a rotação de ombros\./],
    ['próximo', /^Agora, o alongamento lateral\./],
    ['de novo', /^Mais uma vez\. Agora, o alongamento lateral\./],
    ['voltar', /^Vamos voltar\. Agora, a rotação de ombros\./],
    // A pause cut into the stretch, so "continuar" does that stretch again.
    [8, 'pausa', 'Pausei. Sem pressa. Diga continuar quando quiser, ou pare para terminar por aqui.'],
    ['continuar', /^Voltando com a rotação de ombros\./],
    ['menos detalhes', /^Certo, menos detalhes\./],
    ['mais detalhes', /^Certo, vou dar todos os passos/],
    ['continuar', /^Agora, o alongamento lateral\./],
    [3, 'tá doendo', /^Vamos parar este exercício\..*Quer que eu pule este exercício\?/],
    ['sim', /^Vamos pular este exercício\. Agora, a borboleta\./],
    ['recomeçar', /^Vamos recomeçar a rotina leve do início\./],
    ['blá blá blá', /^Desculpe, não entendi\./],
  ],
  commands: [
    ['próximo', 'AMAZON.NextIntent'],
    ['pronto', 'AMAZON.NextIntent'],
    ['voltar', 'AMAZON.PreviousIntent'],
    ['de novo', 'AMAZON.RepeatIntent'],
    ['pausa', 'AMAZON.PauseIntent'],
    ['continuar', 'AMAZON.ResumeIntent'],
    ['pare', 'AMAZON.StopIntent'],
    ['ajuda', 'AMAZON.HelpIntent'],
    ['sim', 'AMAZON.YesIntent'],
    ['não', 'AMAZON.NoIntent'],
    ['menos detalhes', 'SetVerbosityIntent', 'brief'],
    ['mais detalhes', 'SetVerbosityIntent', 'detailed'],
    ['um de cada vez', 'SetPaceIntent', 'step'],
    ['direto', 'SetPaceIntent', 'flow'],
    ['pausa no escritório', 'StartRoutineIntent', 'desk'],
    ['rotina da manhã', 'StartRoutineIntent', 'morning'],
    ['rotina leve', 'StartRoutineIntent', 'gentle'],
    ['rotina completa', 'StartRoutineIntent', 'full'],
  ],
  returning: {
    routine: 'desk',
    after: 0,
    offer: 'Que bom ter você de volta ao Costas em Dia. Ontem, você parou a sua pausa no escritório durante a torção na cadeira. Vamos continuar de lá?',
    resumed: /^Voltando com a torção na cadeira/,
  },
  disclaimer: /não é orientação médica/,
  examples: [/^Boas-vindas ao Costas em Dia\./, 'Vamos lá com a pausa no escritório, uns', /^Voltando com/],
  alsoAnswers: ['pt-PT'],
};

// Japanese: polite forms (です/ます), 119番 said as Japanese say it; a reply has no spaces between
// words, so what it must hold is written as it is said, sentences joined as the skill joins them.
const ja: LanguageRow<'ja'> = {
  invocation: '背中ほぐしコーチ',
  locales: {
    'ja-JP': {
      number: '119番',
      digits: '119',
      local: [
        ['フォームローラーがある', '背中しっかりコースを始めましょう。約'],
        ['カイロで温めてもいい', /カイロ|蒸しタオル|お風呂/],
        ['あなたは医者なの', /医師|理学療法士/],
      ],
    },
  },
  // No English word belongs in a Japanese reply (the wake word is アレクサ).
  foreign: ENGLISH_WORDS,
  wake: 'アレクサ、',
  // Japanese punctuation, and numbers with their counters (119番, 20秒, 週に3回), as its voice reads them.
  writing: { punctuation: '、。？「」', counters: ['番', '秒', '回'] },
  routines: {
    desk: { start: 'デスク休憩コースを始めて', name: 'デスク休憩コース' },
    morning: { start: '朝のほぐしコースを始めて', name: '朝のほぐしコース' },
    gentle: { start: 'やさしいコースを始めて', name: 'やさしいコース' },
    full: { start: '背中しっかりコースを始めて', name: '背中しっかりコース' },
  },
  say: {
    open: '背中ほぐしコーチを開いて',
    next: '次へ',
    stop: '終了',
    resume: '再開',
    yes: 'はい',
    list: 'どんなコースがありますか',
    howLong: 'あとどのくらい',
    question: '背中を鳴らしても大丈夫',
    chestPain: '胸が痛い',
    oneShotEmergency: '背中ほぐしコーチで胸が痛い',
    oneShotStart: ['背中ほぐしコーチでやさしいコースを始めて', 'gentle'],
  },
  hear: {
    welcome: {
      start: /^背中ほぐしコーチへようこそ。/,
      disclaimer: '医学的な助言はできません',
      offer: 'デスク休憩コース、朝のほぐしコース、やさしいコース、背中しっかりコースがあります。',
      reprompt: /^どのコースにしますか？/,
    },
    starting: (name) => `${name}を始めましょう。約`,
    deskStart: /^デスク休憩コースを始めましょう。約\d+分です。 ?肩回し。.*止めたいときは、「アレクサ、一時停止」と言ってください。/,
    deskNext: '次は背もたれストレッチです。',
    keepGoing: /このまま続けますか？$/,
    keepGoingReprompt: '準備ができたら「はい」、今日はここまでにするなら「終了」と言ってください。',
    answer: /^ふつうに動いていて背中が軽く鳴るのは、たいてい心配ありません。.*無理に鳴らしたり/,
    backToFirst: /肩回しに戻るなら「続けて」と言ってください。ほかの質問もどうぞ。$/,
    resumedFirst: /^肩回しから再開します。/,
    goodbye: 'わかりました。背中をいたわってくださいね。また今度。 止めたところは覚えておきます。',
    chestPain: (number) =>
      `今すぐやめてください。 胸の痛みや圧迫感があるときは、すぐに助けが必要です。 今すぐ${number}に電話してください。近くの人に電話を頼んでもかまいません。 コースを終了しました。 お大事にしてください。`,
    urgent: (number) => `今すぐやめてください。 すぐに助けが必要です。 今すぐ${number}に電話してください。`,
    seeDoctorSoon: /^今日は、ストレッチはやめておきましょう。/,
    routineEnded: 'コースを終了しました。',
    lasts: (name) => new RegExp(`${name}は、約\\d+分です。`),
    listEnd: /どれにしますか？$/,
    finished: (name) => new RegExp(`${name}が終わりました。\\d+種類のストレッチを、約\\d+分で行いました。お疲れさまでした。`),
    afterAnswer: /ほかの質問をするか、コースを選んでください。 デスク休憩、朝のほぐし、やさしい、しっかり、どれにしますか？$/,
    firstUse: /^はじめに、ひとつだけお伝えします。/,
    progress: /^5個のうち1個目、肩回しです。 ?残りは約\d+分です。/,
    nothingToResume: /途中のコースはありません。/,
  },
  emergencies: ['救急車を呼んで', '心臓発作かもしれない', '脳卒中かも', 'ろれつが回らない'],
  redFlags: [
    ['熱があります', '背中の痛みといっしょに熱があるのは、診てもらうべき合図です。'],
    ['おしっこが漏れる', '今日のうちに医師の診察を受けてください。'],
  ],
  seeDoctor: ['いつ病院に行けばいい', (number) => `今すぐ${number}に電話してください。`],
  needs: [
    ['仕事中', 'desk'],
    ['座ったまま', 'desk'],
    ['道具なしで', 'gentle'],
    ['朝のコース', 'morning'],
  ],
  unknown: {
    say: 'ヨガについて教えて',
    hear: /^その質問にはお答えできません。.*「背中を鳴らしても大丈夫？」、「ストレッチは何秒キープするの？」、「ストレッチで痛くなってもいいの？」のように聞いてください。/,
    examples: [
      ['背中を鳴らしても大丈夫', 'crack-safe'],
      ['ストレッチは何秒キープするの', 'hold-length'],
      ['ストレッチで痛くなってもいいの', 'should-hurt'],
    ],
  },
  topics: {
    'crack-safe': '背中を鳴らしても大丈夫',
    'crack-why': 'なぜ背中が鳴るの',
    'crack-worse': '鳴らすと体に悪いですか',
    'crack-often': '一日に何回も鳴らしてもいい',
    'crack-someone': '人に背中を鳴らしてもらってもいい',
    'stretch-vs-crack': 'ストレッチと鳴らすのはどっちがいい',
    'stretch-frequency': 'ストレッチの頻度は',
    'hold-length': 'ストレッチは何秒キープするの',
    'warm-up': 'ウォームアップは必要ですか',
    'feel-little': '何も感じない',
    'should-hurt': 'ストレッチで痛くなってもいいの',
    numbness: { say: 'しびれたらどうする', hear: /^腕や手、脚のしびれは、ストレッチをやめる合図です。/ },
    'shooting-pain': { say: '腕に痛みが走ったらどうする', hear: /^腕に走るような鋭い痛みは、ストレッチをやめる合図です。/ },
    injury: '転んだ後でも大丈夫',
    'see-doctor': 'いつ病院に行けばいい',
    causes: '背中がこる原因は',
    posture: '姿勢について教えて',
    'heat-ice': 'お風呂で温めてもいい',
    painkiller: '痛み止めを飲んでもいいですか',
    pregnancy: '妊娠中です',
    osteoporosis: '骨粗しょう症です',
    surgery: '手術を受けました',
    disclaimer: 'あなたは医者なの',
  },
  walk: [
    ['どんなコースがありますか', /^コースは四つあります。/],
    ['ヘルプ', /^背中の上のほうをほぐすストレッチを/],
    ['ひとつずつ', /^わかりました。ひとつずつ進めます。/],
    ['やさしいコースを始めて', /^はじめに、ひとつだけお伝えします。|^やさしいコースを始めましょう。/],
    ['ヘルプ', /^今は肩回しです。/],
    ['次へ', /^体の横伸ばし。/],
    ['もう一度', /^もう一度やりましょう。/],
    ['戻って', /^ひとつ戻ります。/],
    // A pause cut into the stretch, so 再開 does that stretch again.
    [8, '一時停止', /^一時停止しました。ゆっくりどうぞ。/],
    ['再開', /^肩回しから再開します。/],
    ['説明を短く', /^わかりました。これからは説明を短くして/],
    ['くわしく', /^わかりました。ストレッチごとに、手順をくわしく説明します。/],
    ['続けて', /^体の横伸ばし。/],
    [3, '痛い', /^このストレッチは止めましょう。.*このストレッチを飛ばしますか？/],
    ['はい', /^このストレッチは飛ばします。/],
    ['最初から', /^やさしいコースを最初から始めます。/],
    ['ほげほげ', /^すみません、聞き取れませんでした。/],
  ],
  commands: [
    ['次へ', 'AMAZON.NextIntent'],
    ['戻って', 'AMAZON.PreviousIntent'],
    ['もう一度', 'AMAZON.RepeatIntent'],
    ['一時停止', 'AMAZON.PauseIntent'],
    ['再開', 'AMAZON.ResumeIntent'],
    ['続けて', 'AMAZON.ResumeIntent'],
    ['終了', 'AMAZON.StopIntent'],
    ['ヘルプ', 'AMAZON.HelpIntent'],
    ['はい', 'AMAZON.YesIntent'],
    ['いいえ', 'AMAZON.NoIntent'],
    ['準備できた', 'AMAZON.NextIntent'],
    ['説明を短く', 'SetVerbosityIntent', 'brief'],
    ['くわしく', 'SetVerbosityIntent', 'detailed'],
    ['ひとつずつ', 'SetPaceIntent', 'step'],
    ['通しで', 'SetPaceIntent', 'flow'],
    ['デスク休憩コース', 'StartRoutineIntent', 'desk'],
    ['朝のほぐしコース', 'StartRoutineIntent', 'morning'],
    ['やさしいコース', 'StartRoutineIntent', 'gentle'],
    ['背中しっかりコース', 'StartRoutineIntent', 'full'],
  ],
  returning: {
    routine: 'desk',
    after: 0,
    offer: '背中ほぐしコーチへ、おかえりなさい。 昨日は、デスク休憩コースの座ってひねるストレッチで止まっていました。そこから再開しますか？',
    resumed: /^座ってひねるストレッチの反対側から再開します。/,
  },
  examples: [/^背中ほぐしコーチへようこそ。/, 'デスク休憩コースを始めましょう。約', /から再開します。/],
  alsoAnswers: [],
  disclaimer: /医療上のアドバイスではなく/,
};

/** Every language's rows: the type asks for one per language of the registry. */
/**
 * Arabic words that would address the user as a man or a woman, which the Arabic content never
 * does (it says "we", or names the act: "يكفي قول"). Unvowelled Arabic cannot tell every
 * imperative from its verbal noun (تنفس is "breathe!" and "breathing"), so these are the
 * unambiguous ones: second-person pronouns and imperatives that are no noun.
 */
const ARABIC_GENDERED = /(?<=^|\s)(?:أنت|انت|أنتِ|لك|عليك|منك|بك|قولي|ارفع|ارفعي|اجلس|اجلسي|قف|قفي|اتصل|اتصلي|أحسنت)(?=\s|$|[.،؟:])/gu;

const ar: LanguageRow<'ar'> = {
  invocation: 'مدرب الظهر',
  locales: {
    'ar-SA': {
      // Said digit by digit, as Saudis say their emergency numbers.
      number: 'تسعة تسعة سبعة',
      digits: '997',
      local: [
        // Signs said in Saudi words, from the menu: every one an emergency with 997.
        ['ما أقدر أتنفس', /^يجب التوقف الآن\. ضيق التنفس يحتاج إلى مساعدة فورية\. يجب الاتصال بالإسعاف على الرقم تسعة تسعة سبعة الآن/],
        ['فكي يوجعني', /^يجب التوقف الآن\. الألم الذي يمتد إلى الفك أو الذراع/],
        ['أحس بضغط على صدري', /^يجب التوقف الآن\. ألم الصدر أو الضغط عليه/],
        ['كلموا الهلال الأحمر', /^يجب التوقف الآن\. هذا يحتاج إلى مساعدة فورية\./],
        // Sweating alone is asked about, not an emergency yet.
        ['أنا أتعرق كثير', 'هل يوجد معه أيضًا ألم أو ضغط في الصدر'],
      ],
    },
  },
  // Any Latin letter: a missing key would fall back to English; and no one addressed as a man or a woman.
  foreign: [],
  never: [/[A-Za-z]+/g, ARABIC_GENDERED],
  wake: 'أليكسا، ',
  writing: { punctuation: '،؟' },
  routines: {
    desk: { start: 'ابدئي استراحة المكتب', name: 'استراحة المكتب' },
    morning: { start: 'ابدئي تمارين الصباح', name: 'تمارين الصباح' },
    gentle: { start: 'ابدئي الروتين اللطيف', name: 'الروتين اللطيف' },
    full: { start: 'ابدأ الروتين الكامل', name: 'الروتين الكامل' },
  },
  say: {
    open: 'افتحي مدرب الظهر',
    next: 'التالي',
    stop: 'إيقاف',
    resume: 'متابعة',
    yes: 'نعم',
    list: 'وش الروتينات',
    howLong: 'كم باقي',
    question: 'هل طقطقة الظهر آمنة',
    chestPain: 'صدري يعورني',
    oneShotEmergency: 'قولي لمدرب الظهر إن صدري يعورني',
    oneShotStart: ['اطلبي من مدرب الظهر أن يبدأ الروتين اللطيف', 'gentle'],
  },
  hear: {
    welcome: {
      start: /^أهلًا وسهلًا في مدرب الظهر\./,
      disclaimer: 'هذه إرشادات لتمارين الإطالة، وليست استشارة طبية',
      offer: 'عندنا استراحة المكتب، وتمارين الصباح، والروتين اللطيف، والروتين الكامل لأعلى الظهر. بأيها نبدأ؟',
      reprompt: 'أي روتين نبدأ؟ يكفي قول استراحة المكتب، أو تمارين الصباح، أو اللطيف، أو الكامل.',
    },
    starting: (name) => `لنبدأ ${name}. المدة التقريبية بالدقائق`,
    deskStart: /^لنبدأ استراحة المكتب\. المدة التقريبية بالدقائق \d+\. تدوير الكتفين\. نجلس أو نقف باستقامة\..* نبدأ على مهل\. وللتوقف، يكفي قول: أليكسا، توقف مؤقت\./,
    deskNext: 'ونسترخي. التالي: التمدد فوق مسند الكرسي.',
    keepGoing: /التمرين التالي: .+\. هل نستمر؟$/,
    keepGoingReprompt: 'عند الاستعداد يكفي قول نعم، أو إيقاف للاكتفاء بهذا القدر الآن.',
    answer: /^طقطقة الظهر بلطف غير ضارة في العادة/,
    backToFirst: /يكفي قول متابعة للعودة إلى تدوير الكتفين، أو طرح سؤال آخر\.$/,
    resumedFirst: /^نكمل من تدوير الكتفين\./,
    goodbye: 'حسنًا. رفقًا بالظهر، وإلى اللقاء في المرة القادمة. سأتذكر أين توقفنا.',
    chestPain: (number) =>
      `يجب التوقف الآن. ألم الصدر أو الضغط عليه يحتاج إلى مساعدة فورية. يجب الاتصال بالإسعاف على الرقم ${number} الآن، أو طلب الاتصال من أي شخص قريب. أنهيت الروتين. في أمان الله.`,
    urgent: (number) => `يجب التوقف الآن. هذا يحتاج إلى مساعدة فورية. يجب الاتصال بالإسعاف على الرقم ${number} الآن`,
    seeDoctorSoon: /^يكفي هذا القدر من الإطالة اليوم\./,
    routineEnded: 'أنهيت الروتين.',
    lasts: (name) => new RegExp(`${name}، والمدة التقريبية بالدقائق \\d+: `),
    listEnd: /بأيها نبدأ؟$/,
    finished: (name) => new RegExp(`انتهينا من ${name}\\. عدد التمارين \\d+، في (نحو \\d+ (دقائق|دقيقة)|دقيقتين تقريبًا|دقيقة تقريبًا)\\. عمل رائع\\.`),
    afterAnswer: /يمكن طرح سؤال آخر، أو اختيار روتين\. استراحة المكتب، أم تمارين الصباح، أم اللطيف، أم الكامل؟$/,
    firstUse: /^ملاحظة سريعة قبل البدء: هذه إرشادات لتمارين الإطالة، وليست استشارة طبية/,
    progress: /^نحن في التمرين 1 من 5: تدوير الكتفين\. (بقي نحو \d+ (دقائق|دقيقة)|بقيت دقيقتان تقريبًا|بقيت دقيقة تقريبًا)\. يكفي قول متابعة/,
    nothingToResume: /لا يوجد روتين لم يكتمل\./,
  },
  emergencies: ['هذي حالة طارئة', 'اتصلوا بالإسعاف', 'أحس إني بجلطة', 'كلموا الهلال الأحمر'],
  redFlags: [
    ['عندي حرارة', 'ألم الظهر مع الحمى سبب للفحص.'],
    ['ما أقدر أتحكم في البول', 'يحتاج إلى فحص طبي اليوم، لا لاحقًا.'],
    ['عندي تنميل في يدي', 'التنميل في الذراعين أو اليدين أو الساقين سبب للفحص.'],
  ],
  seeDoctor: ['متى أروح للدكتور', (number) => `وألم الصدر أو ضيق التنفس يستدعي الاتصال بالإسعاف فورًا على ${number}.`],
  needs: [
    ['شي سريع', 'desk'],
    ['أنا على المكتب', 'desk'],
    ['ما عندي أدوات', 'gentle'],
    ['عندي فوم رولر', 'full'],
    ['تمارين الصباح', 'morning'],
  ],
  unknown: {
    say: 'حدثيني عن اليوغا',
    hear: /^لا أستطيع الإجابة عن هذا\..*ويمكن سؤالي مثلًا، هل طقطقة الظهر آمنة؟ أو كم ثانية نثبت في الإطالة؟ أو هل يجب أن تؤلم الإطالة؟/,
    examples: [
      ['هل طقطقة الظهر آمنة', 'crack-safe'],
      ['كم ثانية نثبت في الإطالة', 'hold-length'],
      ['هل يجب أن تؤلم الإطالة', 'should-hurt'],
    ],
  },
  topics: {
    'crack-safe': 'هل طقطقة الظهر آمنة',
    'crack-why': 'ليش ظهري يطقطق',
    'crack-worse': 'هل الطقطقة تضر',
    'crack-often': 'كم مرة أطقطق ظهري',
    'crack-someone': 'هل يصلح أحد يطقطق لي ظهري',
    'stretch-vs-crack': 'أيهما أفضل الإطالة أو الطقطقة',
    'stretch-frequency': 'كم مرة الإطالة في الأسبوع',
    'hold-length': 'كم ثانية أثبت',
    'warm-up': 'هل أحتاج إحماء',
    'feel-little': 'ما أحس بالإطالة',
    'should-hurt': 'هل يجب أن تؤلم الإطالة',
    // A sign asked about is answered as the sign it is.
    numbness: { say: 'ماذا لو صار عندي خدر', hear: /^الخدر في الذراعين أو اليدين أو الساقين سبب للفحص\..*إن كان هذا يحدث الآن، فلنوقف التمرين/ },
    'shooting-pain': { say: 'ماذا لو نزل الألم في ذراعي', hear: /^الألم الحاد الذي ينزل في الذراع سبب للفحص\..*إن كان هذا يحدث الآن، فلنوقف التمرين/ },
    injury: 'طحت على ظهري',
    'see-doctor': 'متى أراجع الطبيب',
    causes: 'ليش ظهري متيبس',
    posture: 'وضعية الجلوس',
    'heat-ice': 'حرارة أو ثلج',
    painkiller: 'هل أقدر آخذ مسكن',
    pregnancy: 'أنا حامل',
    osteoporosis: 'عندي هشاشة العظام',
    surgery: 'سويت عملية',
    disclaimer: 'هل هذه استشارة طبية',
  },
  walk: [
    ['وش الروتينات', /^عندنا أربعة أنواع من التمارين\./],
    ['مساعدة', /^هنا إرشاد صوتي في تمارين إطالة لأعلى الظهر/],
    ['واحد واحد', /^حسنًا، تمرين واحد في كل مرة\./],
    ['ابدئي الروتين اللطيف', /^لنبدأ الروتين اللطيف\. المدة التقريبية بالدقائق \d+\. تدوير الكتفين\./],
    ['مساعدة', /^نحن في تدوير الكتفين\./],
    ['التالي', /^المد الجانبي\./],
    ['مرة أخرى', /^مرة أخرى\. المد الجانبي\./],
    ['رجوع', /^نعود إلى الخلف\. تدوير الكتفين\./],
    [8, 'توقف مؤقت', 'توقفنا مؤقتًا. لا داعي للعجلة. عند الاستعداد يكفي قول استئناف، أو إيقاف للاكتفاء بهذا القدر الآن.'],
    ['استئناف', /^نكمل من تدوير الكتفين\./],
    ['كلام أقل', /^حسنًا، كلام أقل\./],
    ['تفاصيل أكثر', /^حسنًا، سأشرح كل تمرين بخطواته كاملة\./],
    ['متابعة', /^المد الجانبي\./],
    [3, 'يوجعني', /^لنتوقف عن هذا التمرين\..*هل نتخطى هذا التمرين؟$/],
    ['نعم', /^نتخطى هذا التمرين\. الفراشة\./],
    ['من البداية', /^نبدأ الروتين اللطيف من أوله\./],
    ['فيل بنفسجي يطير', /^عذرًا، لم أفهم ذلك\./],
  ],
  commands: [
    ['التالي', 'AMAZON.NextIntent'],
    ['هيا', 'AMAZON.NextIntent'],
    ['رجوع', 'AMAZON.PreviousIntent'],
    ['مرة أخرى', 'AMAZON.RepeatIntent'],
    ['توقف مؤقت', 'AMAZON.PauseIntent'],
    ['استئناف', 'AMAZON.ResumeIntent'],
    ['متابعة', 'AMAZON.ResumeIntent'],
    ['إيقاف', 'AMAZON.StopIntent'],
    ['مساعدة', 'AMAZON.HelpIntent'],
    ['نعم', 'AMAZON.YesIntent'],
    ['لا', 'AMAZON.NoIntent'],
    ['من البداية', 'AMAZON.StartOverIntent'],
    ['كلام أقل', 'SetVerbosityIntent', 'brief'],
    ['تفاصيل أكثر', 'SetVerbosityIntent', 'detailed'],
    ['واحدًا واحدًا', 'SetPaceIntent', 'step'],
    ['بدون توقف', 'SetPaceIntent', 'flow'],
    ['استراحة المكتب', 'StartRoutineIntent', 'desk'],
    ['تمارين الصباح', 'StartRoutineIntent', 'morning'],
    ['اللطيف', 'StartRoutineIntent', 'gentle'],
    ['الروتين اللطيف', 'StartRoutineIntent', 'gentle'],
    ['الكامل', 'StartRoutineIntent', 'full'],
  ],
  returning: {
    routine: 'desk',
    after: 5,
    offer: 'أهلًا بالعودة إلى مدرب الظهر. توقفنا أمس عند تدوير الكتفين في استراحة المكتب. هل نكمل من هناك؟',
    resumed: /^نكمل من تدوير الكتفين\./,
  },
  examples: [/^أهلًا وسهلًا في مدرب الظهر\./, 'لنبدأ استراحة المكتب.', /^نكمل من تدوير الكتفين\./],
  // Arabic is published in Saudi Arabia only (997): no other Arabic locale is claimed here.
  alsoAnswers: [],
  disclaimer: /ليس استشارة طبية/,
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
      start: /^सीधी पीठ में आपका स्वागत है\./,
      disclaimer: 'यह medical सलाह नहीं है',
      offer: 'आप desk break, सुबह की routine, हल्की routine, या ऊपरी पीठ की पूरी routine कर सकते हैं.',
      reprompt: /^कौन सी routine करनी है\?/,
    },
    starting: (name) => `चलिए ${name} करते हैं, लगभग`,
    deskStart: /^चलिए desk break करते हैं, लगभग \d+ मिनट\. Shoulder rolls\..* धीरे धीरे शुरू कीजिए\. मुझे रोकना हो तो कहिए, Alexa, pause\./,
    deskNext: /और आराम कीजिए\. अब कुर्सी की टेक वाला stretch\./,
    keepGoing: /क्या मैं आगे बढ़ूँ\?$/,
    keepGoingReprompt: 'तैयार हों तो कहिए चलते रहो, या अभी के लिए ख़त्म करने के लिए कहिए stop.',
    answer: /^अपनी पीठ धीरे से चटकाना.*कभी ज़ोर मत लगाइए/,
    backToFirst: /shoulder rolls पर वापस जाने के लिए कहिए आगे चलो, या मुझसे कुछ और पूछिए\.$/,
    resumedFirst: /^वहीं से शुरू करते हैं, shoulder rolls\./,
    goodbye: 'ठीक है. अपनी पीठ का ध्यान रखिए, फिर मिलते हैं. आपने जहाँ रोका है, मुझे याद रहेगा.',
    chestPain: (number) =>
      `अभी रुकिए. छाती में दर्द या दबाव हो, तो तुरंत मदद चाहिए. अभी ${number} पर call कीजिए, या पास के किसी व्यक्ति से call करने को कहिए. मैंने routine बंद कर दी है. अपना ध्यान रखिए.`,
    urgent: (number) => `अभी रुकिए. इसके लिए तुरंत मदद चाहिए. अभी ${number} पर call कीजिए`,
    seeDoctorSoon: /^आज के लिए stretching रोक दीजिए\./,
    routineEnded: 'मैंने routine बंद कर दी है.',
    lasts: (name) => new RegExp(`${name} में लगभग \\d+ मिनट लगते हैं`),
    listEnd: /इनमें से कौन सी करनी है\?$/,
    finished: () => /stretches लगभग \d+ मिनट में पूरे हो गए./,
    afterAnswer: /आप कोई और सवाल पूछ सकते हैं, या routine चुन सकते हैं\. Desk break, सुबह की, हल्की, या पूरी\?$/,
    firstUse: /^पहले एक ज़रूरी बात\./,
    progress: /^आप 5 में से stretch नंबर 1 पर हैं, shoulder rolls\. लगभग \d+ मिनट बाकी हैं?\./,
    nothingToResume: /अभी कोई routine अधूरी नहीं है\./,
  },
  emergencies: ['यह emergency है', 'ambulance बुलाओ', 'लगता है heart attack आ रहा है', 'मुझे stroke आ रहा है'],
  redFlags: [
    ['मुझे बुखार है', 'पीठ दर्द के साथ बुख़ार हो, तो जाँच करवानी चाहिए.'],
    ['पेशाब पर काबू नहीं है', 'आज ही doctor को दिखाइए'],
  ],
  seeDoctor: ['doctor को कब दिखाना चाहिए', (number) => `तो अभी ${number} पर call कीजिए.`],
  needs: [
    ['कुछ जल्दी वाली', 'desk'],
    ['मैं office में हूँ', 'desk'],
    ['बिना सामान वाली', 'gentle'],
    ['मेरे पास foam roller है', 'full'],
    ['सुबह की routine', 'morning'],
  ],
  unknown: {
    say: 'yoga के बारे में बताओ',
    hear: /^इसका जवाब मैं नहीं दे सकती\..*जैसे क्या पीठ चटकाना ठीक है, stretch कितनी देर रोकना चाहिए, या क्या stretching में दर्द होना चाहिए\./,
    examples: [['क्या पीठ चटकाना ठीक है', 'crack-safe'], ['stretch कितनी देर रोकना चाहिए', 'hold-length'], ['क्या stretching में दर्द होना चाहिए', 'should-hurt']],
  },
  topics: {
    'crack-safe': { say: 'पीठ चटकाना ठीक है क्या', hear: /आमतौर पर नुकसान नहीं करता\. पर इसके लिए कभी ज़ोर मत लगाइए/ },
    'crack-why': { say: 'पीठ क्यों चटकती है', hear: /जोड़ के तरल में गैस का एक बुलबुला बनता है/ },
    'crack-worse': { say: 'क्या चटकाने से नुकसान होता है', hear: /^ज़ोर लगाकर चटकाने से ligaments पर ज़ोर पड़ सकता है/ },
    'crack-often': { say: 'दिन में कितनी बार चटकाना ठीक है', hear: /^जितना कम, उतना अच्छा\./ },
    'crack-someone': { say: 'पति से पीठ चटकवाना ठीक है क्या', hear: /^आपकी पीठ पर सिर्फ़ कोई योग्य professional काम करे/ },
    'stretch-vs-crack': { say: 'stretch करूँ या चटकाऊँ', hear: /^Stretching बेहतर है\./ },
    'stretch-frequency': { say: 'कितनी बार stretch करना चाहिए', hear: /हफ़्ते में तीन या चार बार/ },
    'hold-length': { say: 'कितनी देर रोकूँ', hear: /बीस से तीस सेकंड/ },
    'warm-up': { say: 'पहले warm up करना चाहिए क्या', hear: /^हाँ, पहले warm up कीजिए\./ },
    'feel-little': { say: 'कुछ महसूस नहीं हो रहा', hear: /^यह बिल्कुल ठीक है\. Stretch में हल्का खिंचाव/ },
    'should-hurt': { say: 'दर्द होना चाहिए क्या', hear: /^नहीं\. Stretch में हल्का खिंचाव महसूस होना चाहिए, दर्द कभी नहीं/ },
    numbness: { say: 'अगर हाथ सुन्न हो जाए तो', hear: /जल्दी किसी doctor को दिखाइए\. अगर यह अभी हो रहा है, तो stretching रोकिए/ },
    'shooting-pain': { say: 'अगर दर्द हाथ में नीचे जाए तो', hear: /बाँह में नीचे/ },
    injury: { say: 'मैं गिर गया', hear: /^गिरने, accident या किसी और चोट के बाद/ },
    'see-doctor': { say: 'doctor को कब दिखाना चाहिए', hear: /तो अभी एक एक दो पर call कीजिए\./ },
    causes: { say: 'पीठ दर्द क्यों होता है', hear: /देर तक बैठे रहने.*सिर्फ़ doctor बता सकते हैं/ },
    posture: { say: 'सही posture', hear: /^कान, कंधे और कूल्हे एक सीध में रखिए\./ },
    'heat-ice': { say: 'गरम या ठंडा', hear: /heating pad.*ice pack/ },
    painkiller: { say: 'painkiller ले सकते हैं', hear: /^दवाइयों के बारे में मैं सलाह नहीं दे सकती\. कृपया chemist/ },
    pregnancy: { say: 'मैं pregnant हूँ', hear: /pregnancy के दौरान भी और delivery के बाद भी/ },
    osteoporosis: { say: 'मुझे osteoporosis है', hear: /^अगर आपको osteoporosis है या हड्डियाँ कमज़ोर हैं/ },
    surgery: { say: 'मेरा operation हुआ है', hear: /^अगर हाल ही में आपकी surgery हुई है/ },
    disclaimer: { say: 'क्या आप doctor हैं', hear: /^नहीं\. मैं stretching में मदद करती हूँ, मैं doctor नहीं हूँ/ },
  },
  walk: [
    ['routines बताओ', /^चार routines हैं\./],
    ['help', /^मैं ऊपरी पीठ के stretches करवाती हूँ/],
    ['एक एक करके', /^ठीक है, एक बार में एक stretch\./],
    ['हल्की routine शुरू करो', /^चलिए हल्की routine करते हैं, लगभग \d मिनट\. Shoulder rolls\./],
    ['help', /^आप shoulder rolls कर रहे हैं\./],
    ['next', /^Side stretch\./],
    ['फिर से', /^एक बार और\. Side stretch\./],
    ['back', /^पीछे चलते हैं\. Shoulder rolls\./],
    [8, 'pause', 'रोक दिया है. आराम से कीजिए. तैयार हों तो कहिए आगे चलो, या अभी के लिए ख़त्म करने के लिए कहिए stop.'],
    ['आगे चलो', /^वहीं से शुरू करते हैं, shoulder rolls\./],
    ['कम बोलो', /^ठीक है, कम बोलूँगी\./],
    ['पूरा बताओ', /^ठीक है, हर stretch के पूरे steps बताऊँगी\./],
    ['आगे चलो', /^Side stretch\./],
    [3, 'दर्द हो रहा है', /^चलिए यह stretch रोकते हैं\..*क्या मैं यह stretch छोड़ दूँ\?$/],
    ['हाँ', /^इसे छोड़ देते हैं\. तितली\./],
    ['शुरू से', /^हल्की routine शुरू से करते हैं\./],
    ['ब्लाब्लाब्ला', /^माफ़ कीजिए, मैं समझ नहीं पाई\./],
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
    offer: 'सीधी पीठ में आपका फिर से स्वागत है. कल आपने हल्की routine में shoulder rolls पर रोका था. क्या वहीं से शुरू करें?',
    resumed: /^वहीं से शुरू करते हैं, shoulder rolls\./,
  },
  examples: [/^सीधी पीठ में आपका स्वागत है\./, 'चलिए desk break करते हैं, लगभग', /^वहीं से शुरू करते हैं, /],
  alsoAnswers: [],
  disclaimer: /medical सलाह नहीं/,
};

/** Every language's rows: the type asks for one per language of the registry. */
export const LANGUAGE_ROWS: { readonly [L in Language]: LanguageRow<L> } = { en, de, es, fr, it, pt, ar, ja, nl, hi };

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
