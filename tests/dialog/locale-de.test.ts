import { existsSync, readFileSync } from 'node:fs';
import { ROUTINE_IDS } from '../../lambda/src/coach/catalog';
import type { SafetyTopicId } from '../../lambda/src/coach/safety';
import { MemoryStore } from '../../lambda/src/stores/memory';
import { resolverFor } from '../../scripts/lib/resolver';
import { Conversation, type Reply } from '../harness/conversation';

/**
 * German, spoken as a German speaker would hear it: every reply in German, never an
 * English word leaking through, the commands the skill tells people to say resolving
 * through the de-DE model, and 112 for an emergency, said "eins eins zwei" as Germans say it.
 */

const GERMAN = [['de-DE', 'eins eins zwei']] as const;

/** Common English words that have no German homograph in this skill's vocabulary. */
const ENGLISH_WORDS = [
  'the', 'you', 'your', 'stretch', 'stretches', 'next', 'hold', 'and', 'with', 'please', 'say', 'is', 'it',
  'to', 'of', 'for', 'back', 'breathe', 'welcome', 'minutes', 'seconds', 'routine', 'okay', 'now', 'stop',
];
const englishLeak = new RegExp(`(?<!\\p{L})(${ENGLISH_WORDS.join('|')})(?!\\p{L})`, 'iu');

/** Every reply so far, speech and reprompt, for the leak check. */
function heard(replies: Reply[]): string[] {
  return replies.flatMap((r) => [r.speech, r.reprompt]).filter((text) => text.length > 0);
}

function expectGermanOnly(replies: Reply[]): void {
  for (const text of heard(replies)) expect([text, text.match(englishLeak)?.[0]]).toEqual([text, undefined]);
}

describe.each(GERMAN)('in %s', (locale, emergencyNumber) => {
  test('launch, a routine, a safety question and stop, all spoken in German', async () => {
    const user = new Conversation({ locale, store: new MemoryStore(), userId: 'amzn1.ask.account.de-transcript' });
    const replies: Reply[] = [];

    const welcome = await user.says('öffne lockerer rücken');
    replies.push(welcome);
    expect(welcome.speech).toMatch(/^Willkommen bei Lockerer Rücken\./);
    expect(welcome.speech).toContain('keine medizinische Beratung');
    expect(welcome.speech).toContain('eine Schreibtischpause machen, die Morgenrunde auf der Matte, die sanfte Runde oder die große Rückenrunde');
    expect(welcome.reprompt).toMatch(/^Was möchtest du machen\?/);

    const start = await user.says('starte die schreibtischpause');
    replies.push(start);
    expect(start.speech).toMatch(/^Wir machen die Schreibtischpause, etwa \d+ Minuten\. Schulterkreisen\..* Und los, schön langsam\. Sag Alexa, Pause, um mich anzuhalten\./);
    expect(start.ssml).toContain('<break time="');
    expect(start.speech).toMatch(/Und entspannen\. Weiter mit der Übung Rückbeuge am Stuhl\./);
    expect(start.speech).toMatch(/Soll ich weitermachen\?$/);
    expect(start.reprompt).toBe('Sag ja, wenn ich weitermachen soll, oder stopp, um erst mal aufzuhören.');

    const answer = await user.after(25).says('ist rückenknacken gefährlich');
    replies.push(answer);
    expect(answer.speech).toMatch(/^Wenn dein Rücken bei normalen Bewegungen sanft knackt, ist das meist harmlos\. Erzwing es aber nie/);
    expect(answer.speech).toMatch(/Sag fortsetzen, um zur Übung Schulterkreisen zurückzukehren, oder frag mich etwas anderes\.$/);
    expect(answer.ssml).not.toContain('<break');
    expect(answer.ended).toBe(false);

    const resumed = await user.says('fortsetzen');
    replies.push(resumed);
    expect(resumed.speech).toMatch(/^Wir machen weiter mit der Übung Schulterkreisen\./);
    expect(resumed.ssml).toContain('<break');

    const goodbye = await user.after(5).says('stopp');
    replies.push(goodbye);
    expect(goodbye.speech).toBe('Alles klar. Sei gut zu deinem Rücken, und bis zum nächsten Mal. Ich merke mir, wo du aufgehört hast.');
    expect(goodbye.ended).toBe(true);

    expectGermanOnly(replies);
  });

  test('a returning user is offered the unfinished routine, in German', async () => {
    const store = new MemoryStore();
    const first = new Conversation({ locale, store, userId: 'amzn1.ask.account.de-returning' });
    await first.says('öffne lockerer rücken');
    await first.says('starte die sanfte runde');
    await first.after(5).says('stopp');
    const again = new Conversation({ locale, store, userId: 'amzn1.ask.account.de-returning', start: '2026-11-18T08:00:00Z' });
    const offer = await again.says('öffne lockerer rücken');
    expect(offer.speech).toBe(
      'Willkommen zurück bei Lockerer Rücken. Gestern hast du deine sanfte Runde bei der Übung Schulterkreisen unterbrochen. Sollen wir da weitermachen?',
    );
    const resumed = await again.says('ja');
    expect(resumed.speech).toMatch(/^Wir machen weiter mit der Übung Schulterkreisen\./);
    expectGermanOnly([offer, resumed]);
  });

  test(`chest pain mid-stretch stops the routine and says to call ${emergencyNumber}`, async () => {
    const user = new Conversation({ locale });
    await user.says('öffne lockerer rücken');
    await user.says('starte die schreibtischpause');
    const reply = await user.after(8).says('ich habe brustschmerzen');
    expect(reply.speech).toBe(
      `Hör jetzt auf. Schmerzen oder Druck in der Brust brauchen sofort Hilfe. Ruf jetzt die ${emergencyNumber} an, oder bitte jemanden in deiner Nähe, für dich anzurufen. Ich habe das Programm beendet. Pass auf dich auf.`,
    );
    expect(reply.ended).toBe(true);
    expectGermanOnly([reply]);
  });

  test.each(['das ist ein notfall', 'ruf einen krankenwagen', 'ich glaube ich habe einen herzinfarkt', 'ich habe einen schlaganfall'])(
    `"%s" mid-stretch is an emergency: stop, call ${emergencyNumber}`,
    async (say) => {
      const user = new Conversation({ locale });
      await user.says('öffne lockerer rücken');
      await user.says('starte die schreibtischpause');
      const reply = await user.after(8).says(say);
      expect(reply.speech).toMatch(new RegExp(`^Hör jetzt auf\\. Das braucht sofort Hilfe\\. Ruf jetzt die ${emergencyNumber} an`));
      expect(reply.ended).toBe(true);
      expectGermanOnly([reply]);
    },
  );

  test.each([
    ['ich habe fieber', 'Rückenschmerzen zusammen mit Fieber sollten untersucht werden.'],
    ['ich kann meine blase nicht kontrollieren', 'müssen noch heute ärztlich untersucht werden.'],
  ])('"%s" mid-stretch ends the routine and sends the user to a doctor', async (say, hear) => {
    const user = new Conversation({ locale });
    await user.says('öffne lockerer rücken');
    await user.says('starte die schreibtischpause');
    const reply = await user.after(8).says(say);
    expect(reply.speech).toMatch(/^Hör bitte für heute mit dem Dehnen auf\./);
    expect(reply.speech).toContain(hear);
    expect(reply.speech).toContain('Ich habe das Programm beendet.');
    expectGermanOnly([reply]);
  });

  test(`a one-shot "sag lockerer rücken, dass ich brustschmerzen habe" also gets ${emergencyNumber} first`, async () => {
    const user = new Conversation({ locale });
    const reply = await user.says('sag lockerer rücken dass ich brustschmerzen habe');
    expect(reply.speech).toMatch(new RegExp(`^Hör jetzt auf\\..*Ruf jetzt die ${emergencyNumber} an`));
    expect(reply.ended).toBe(true);
  });

  test.each([
    ['etwas kurzes', 'Schreibtischpause'],
    ['ich sitze am schreibtisch', 'Schreibtischpause'],
    ['ohne hilfsmittel', 'sanfte Runde'],
    ['ich habe muskelkater', 'sanfte Runde'],
    ['ich habe eine faszienrolle', 'große Rückenrunde'],
    ['morgenrunde', 'Morgenrunde'],
  ])('a need like "%s" picks the %s', async (said, routine) => {
    const user = new Conversation({ locale });
    await user.says('öffne lockerer rücken');
    const reply = await user.says(said);
    expect(reply.speech).toContain(`Wir machen die ${routine}, etwa`);
  });

  test('"welche programme gibt es" lists each routine with its length, in German', async () => {
    const user = new Conversation({ locale });
    await user.says('öffne lockerer rücken');
    const reply = await user.says('welche programme gibt es');
    for (const name of ['Schreibtischpause', 'Morgenrunde', 'sanfte Runde', 'große Rückenrunde']) {
      expect(reply.speech).toMatch(new RegExp(`Die ${name} dauert etwa \\d+ Minuten`));
    }
    expect(reply.speech).toMatch(/Welches möchtest du machen\?$/);
    expectGermanOnly([reply]);
  });

  test.each(ROUTINE_IDS.map((id) => [id]))('the %s routine runs to its end in German, saying "weiter" when asked', async (routine) => {
    const names = { desk: 'schreibtischpause', morning: 'morgenrunde', gentle: 'sanfte runde', full: 'große rückenrunde' } as const;
    const user = new Conversation({ locale });
    const replies = [await user.says('öffne lockerer rücken'), await user.says(`starte die ${names[routine]}`)];
    for (let turn = 0; turn < 40 && user.inRoutine; turn++) replies.push(await user.says('weiter'));
    const last = replies[replies.length - 1]!;
    expect(user.stateKind).toBe('finishing');
    expect(last.speech).toMatch(/ist geschafft, \d+ Übungen in etwa \d+ Minuten\. Gut gemacht\./);
    expectGermanOnly(replies);
  });
});

/** One way to ask each topic in German, and words the answer must contain. */
const TOPICS: Record<SafetyTopicId, { say: string; hear: RegExp }> = {
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
};

describe('safety questions in German', () => {
  test.each(Object.entries(TOPICS).map(([id, { say, hear }]) => [id, say, hear] as const))(
    '%s ("%s") is answered in German, then a question or a routine is offered',
    async (_id, say, hear) => {
      const user = new Conversation({ locale: 'de-DE' });
      await user.says('öffne lockerer rücken');
      const reply = await user.says(say);
      expect(reply.speech).toMatch(hear);
      expect(reply.speech).toMatch(/Du kannst noch etwas fragen, oder ein Programm aussuchen\. Schreibtischpause, Morgenrunde, sanfte Runde oder große Rückenrunde\?$/);
      expect(reply.ended).toBe(false);
      expectGermanOnly([reply]);
    },
  );

  test('the examples offered after an unknown question are questions the skill answers', async () => {
    const user = new Conversation({ locale: 'de-DE' });
    await user.says('öffne lockerer rücken');
    const unknown = await user.says('was ist mit yogamatten');
    expect(unknown.speech).toMatch(/^Darauf habe ich keine Antwort\..*zum Beispiel fragen, ist Rückenknacken gefährlich, wie lange soll ich eine Dehnung halten, oder darf Dehnen wehtun\./);
    expect((await user.says('ist rückenknacken gefährlich')).speech).toMatch(TOPICS['crack-safe'].hear);
    expect((await user.says('wie lange soll ich eine dehnung halten')).speech).toMatch(TOPICS['hold-length'].hear);
    expect((await user.says('darf dehnen wehtun')).speech).toMatch(TOPICS['should-hurt'].hear);
  });
});

describe('what the German skill tells people to say is what the de-DE model understands', () => {
  const resolver = resolverFor('de-DE');
  test.each([
    ['weiter', 'AMAZON.NextIntent', ''],
    ['zurück', 'AMAZON.PreviousIntent', ''],
    ['noch mal', 'AMAZON.RepeatIntent', ''],
    ['Pause', 'AMAZON.PauseIntent', ''],
    ['fortsetzen', 'AMAZON.ResumeIntent', ''],
    ['stopp', 'AMAZON.StopIntent', ''],
    ['Hilfe', 'AMAZON.HelpIntent', ''],
    ['ja', 'AMAZON.YesIntent', ''],
    ['nein', 'AMAZON.NoIntent', ''],
    ['kürzer', 'SetVerbosityIntent', 'brief'],
    ['ausführlicher', 'SetVerbosityIntent', 'detailed'],
    ['Schreibtischpause', 'StartRoutineIntent', 'desk'],
    ['Morgenrunde', 'StartRoutineIntent', 'morning'],
    ['sanfte Runde', 'StartRoutineIntent', 'gentle'],
    ['große Rückenrunde', 'StartRoutineIntent', 'full'],
  ])('"%s" resolves to %s', (said, intent, id) => {
    const { intent: got, slots } = resolver.resolve(said);
    expect(got).toBe(intent);
    expect(Object.values(slots)[0]?.id ?? '').toBe(id);
  });

  /** The store listing's example phrases, from the manifest once merged, else from the draft. */
  function examplePhrases(): string[] {
    const manifest = JSON.parse(readFileSync('skill-package/skill.json', 'utf8')) as {
      manifest: { publishingInformation: { locales: Record<string, { examplePhrases?: string[] }> } };
    };
    const merged = manifest.manifest.publishingInformation.locales['de-DE']?.examplePhrases;
    if (merged) return merged;
    const draft = '.drafts/skill-de.json';
    if (!existsSync(draft)) return [];
    const fragment = JSON.parse(readFileSync(draft, 'utf8')) as {
      publishingInformation: { locales: Record<string, { examplePhrases?: string[] }> };
    };
    return fragment.publishingInformation.locales['de-DE']?.examplePhrases ?? [];
  }

  test('the example phrases open the skill or reach an intent', async () => {
    const phrases = examplePhrases();
    expect(phrases).toHaveLength(3);
    expect(phrases[0]).toBe('Alexa, öffne Lockerer Rücken');
    const first = await new Conversation({ locale: 'de-DE' }).says(phrases[0]!);
    expect(first.speech).toMatch(/^Willkommen bei Lockerer Rücken\./);
    const desk = await new Conversation({ locale: 'de-DE' }).says(phrases[1]!);
    expect(desk.speech).toContain('Wir machen die Schreibtischpause, etwa');
    const store = new MemoryStore();
    const earlier = new Conversation({ locale: 'de-DE', store, userId: 'amzn1.ask.account.de-example' });
    await earlier.says('öffne lockerer rücken');
    await earlier.says('starte die schreibtischpause');
    await earlier.after(5).says('stopp');
    const later = new Conversation({ locale: 'de-DE', store, userId: 'amzn1.ask.account.de-example', start: '2026-11-18T08:00:00Z' });
    expect((await later.says(phrases[2]!)).speech).toMatch(/^Wir machen weiter mit der Übung Schulterkreisen\./);
  });
});
