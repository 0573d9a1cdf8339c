import { readFileSync } from 'node:fs';
import { MemoryStore } from '../../lambda/src/stores/memory';
import { Conversation, type Reply } from '../harness/conversation';

/**
 * The skill in Dutch, as a speaker in the Netherlands hears it: every turn goes through
 * the nl-NL interaction model, and every reply is checked for English words leaking in
 * (a missing Dutch key falls back to English silently).
 */

const locale = 'nl-NL';

/** Common English words that are not also Dutch words ("stretch" and "sorry" are). */
const ENGLISH = new Set([
  'the', 'you', 'your', 'stretches', 'stretching', 'next', 'hold', 'say', 'and', 'with', 'please', 'back',
  'shoulder', 'shoulders', 'breathe', 'now', 'what', 'this', 'that', 'it', 'to', 'for', 'side', 'release',
  'seconds', 'ready', 'left', 'right', 'chest', 'let', 'okay', 'done', 'welcome', 'desk', 'break',
  'morning', 'gentle', 'full', 'call', 'doctor', 'nine', 'one',
]);

function englishWords(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((word) => ENGLISH.has(word));
}

/** A Dutch speaker: every reply, speech and reprompt, is kept for the leak check. */
class Speaker extends Conversation {
  readonly heard: Reply[] = [];

  override async says(text: string): Promise<Reply> {
    const reply = await super.says(text);
    this.heard.push(reply);
    return reply;
  }

  englishLeaks(): string[] {
    return this.heard.flatMap((reply) => englishWords(`${reply.speech} ${reply.reprompt}`));
  }
}

const speaker = (userId?: string) => new Speaker({ locale, store: new MemoryStore(), userId });

describe('in nl-NL', () => {
  test('the model opens with the invocation name the transcript uses, and no <lang> tag is ever needed', () => {
    const model = JSON.parse(readFileSync(`skill-package/interactionModels/custom/${locale}.json`, 'utf8')) as {
      interactionModel: { languageModel: { invocationName: string } };
    };
    expect(model.interactionModel.languageModel.invocationName).toBe('soepele rug');
  });

  test('transcript: open, start the desk break, ask a safety question mid-stretch, stop, all in Dutch', async () => {
    const user = speaker();

    const welcome = await user.says('open soepele rug');
    expect(welcome.speech).toMatch(/^Welkom bij Soepele Rug\./);
    expect(welcome.speech).toContain('ik geef geen medisch advies');
    expect(welcome.speech).toContain('Je kunt kiezen uit een bureaupauze, de ochtendroutine, een rustige routine, of de complete bovenrugroutine.');
    expect(welcome.ended).toBe(false);
    expect(welcome.reprompt).toMatch(/^Welke routine wil je doen\?/);

    const start = await user.says('start de bureaupauze');
    expect(start.speech).toMatch(/^We beginnen met de bureaupauze, ongeveer \d+ minuten\. De schouderrollen\..* Wil je dat ik stop\? Zeg dan Alexa, pauze\./);
    expect(start.ssml).toContain('<break time="');
    expect(start.ssml).not.toContain('<lang');
    expect(start.speech).toContain('Dan de stretch over de rugleuning.');
    expect(start.speech).toMatch(/Zal ik doorgaan\?$/);
    expect(start.reprompt).toBe('Zeg ga door als je klaar bent, of stop om het hierbij te laten.');

    user.after(25);
    const answer = await user.says('is het veilig om mijn rug te laten kraken');
    expect(answer.speech).toMatch(/^Je eigen rug zachtjes laten kraken is meestal onschuldig.*Forceer het nooit/);
    expect(answer.speech).toMatch(/Zeg verder om terug te gaan naar de schouderrollen, of vraag me iets anders\.$/);
    expect(answer.ssml).not.toContain('<break');
    expect(answer.ended).toBe(false);

    const goodbye = await user.says('stop');
    expect(goodbye.speech).toBe('Oké. Doe rustig aan met je rug, en tot de volgende keer. Ik onthoud waar je gebleven bent.');
    expect(goodbye.ended).toBe(true);

    expect(user.englishLeaks()).toEqual([]);
  });

  test('"ga door" at the keep-going question plays on to the end of the routine', async () => {
    const user = speaker();
    await user.says('open soepele rug');
    await user.says('start de bureaupauze');
    const reply = await user.says('ga door');
    expect(reply.speech).toMatch(/^De borstopener\./);
    expect(reply.speech).toMatch(/De bureaupauze zit erop: \d+ oefeningen in ongeveer \d+ minuten\. Goed gedaan\./);
    expect(user.englishLeaks()).toEqual([]);
  });

  test('chest pain, said in Dutch mid-stretch, stops everything and gives 112 the Dutch way', async () => {
    const user = speaker();
    await user.says('open soepele rug');
    await user.says('start de bureaupauze');
    user.after(25);
    const reply = await user.says('ik heb pijn op de borst');
    expect(reply.speech).toMatch(/^Stop nu\. Bij pijn of druk op de borst is meteen hulp nodig\./);
    expect(reply.speech).toContain('Bel nu één één twee, of vraag iemand in de buurt om voor je te bellen.');
    expect(reply.speech).not.toMatch(/\d/);
    expect(reply.speech).toMatch(/Ik heb de routine gestopt\. Pas goed op jezelf\.$/);
    expect(reply.ended).toBe(true);
    expect(user.englishLeaks()).toEqual([]);
  });

  test.each(['het is een noodgeval', 'bel een ambulance', 'ik denk dat ik een hartaanval heb', 'ik krijg een beroerte', 'mijn borst voelt zwaar en ik zweet'])(
    '"%s" mid-stretch is an emergency: stop, call 112',
    async (say) => {
      const user = speaker();
      await user.says('open soepele rug');
      await user.says('start de bureaupauze');
      const reply = await user.after(5).says(say);
      expect(reply.speech).toMatch(/^Stop nu\./);
      expect(reply.speech).toContain('Bel nu één één twee');
      expect(reply.ended).toBe(true);
      expect(user.englishLeaks()).toEqual([]);
    },
  );

  test('sweating alone mid-stretch asks the one question, and "ja" makes it an emergency', async () => {
    const user = speaker();
    await user.says('open soepele rug');
    await user.says('start de bureaupauze');
    const asked = await user.after(5).says('ik zweet');
    expect(asked.speech).toContain('Heb je ook pijn of druk op de borst, pijn in je arm of kaak, of heb je het benauwd?');
    expect(asked.ended).toBe(false);
    const yes = await user.says('ja');
    expect(yes.speech).toContain('Die klachten samen vragen om meteen hulp.');
    expect(yes.speech).toContain('bel');
    expect(user.englishLeaks()).toEqual([]);
  });

  test.each([
    ['ik heb koorts', 'Rugpijn samen met koorts is een reden om je te laten nakijken.'],
    ['ik kan mijn plas niet ophouden', 'moet vandaag nog door een arts bekeken worden'],
    ['mijn vingers tintelen', 'Tintelingen in je armen, handen of benen'],
  ])('"%s" mid-stretch ends the routine and sends the user to a doctor', async (say, hear) => {
    const user = speaker();
    await user.says('open soepele rug');
    await user.says('start de bureaupauze');
    const reply = await user.after(5).says(say);
    expect(reply.speech).toContain(hear);
    expect(reply.speech).toContain('Ik heb de routine gestopt.');
    expect(user.englishLeaks()).toEqual([]);
  });

  test('asking when to see a doctor names the same emergency number', async () => {
    const user = speaker();
    await user.says('open soepele rug');
    const reply = await user.says('wanneer moet ik naar de dokter');
    expect(reply.speech).toContain('bel je meteen één één twee.');
  });

  test('a one-shot "vraag soepele rug om de rustige routine te doen" starts it directly', async () => {
    const user = speaker();
    const reply = await user.says('vraag soepele rug om de rustige routine te doen');
    expect(reply.speech).toMatch(/^Eerst even dit\./);
    expect(reply.speech).toContain('We beginnen met de rustige routine, ongeveer');
    expect(user.englishLeaks()).toEqual([]);
  });

  test.each([
    ['iets snels', 'bureaupauze'],
    ['ik zit achter mijn bureau', 'bureaupauze'],
    ['zonder spullen', 'rustige routine'],
    ['ik heb een foamroller', 'complete bovenrugroutine'],
    ['ochtendroutine', 'ochtendroutine'],
  ])('a need like "%s" picks the %s', async (said, routine) => {
    const user = speaker();
    await user.says('open soepele rug');
    const reply = await user.says(said);
    expect(reply.speech).toContain(`We beginnen met de ${routine}, ongeveer`);
  });

  test('an unknown question is said so, and the examples offered are questions the skill answers', async () => {
    const user = speaker();
    await user.says('open soepele rug');
    const unknown = await user.says('vertel me over yoga');
    expect(unknown.speech).toMatch(/^Daar kan ik geen antwoord op geven\./);
    expect((await user.says('is het veilig om mijn rug te laten kraken')).speech).toMatch(/^Je eigen rug zachtjes laten kraken/);
    expect((await user.says('hoe lang moet ik een oefening vasthouden')).speech).toMatch(/^Houd de meeste oefeningen twintig tot dertig seconden vast/);
    expect((await user.says('mag rekken pijn doen')).speech).toMatch(/^Nee\. Rekken hoort te voelen als een zachte trek/);
    expect((await user.says('warmte of kou')).speech).toMatch(/warmtekussen.*coldpack/);
  });

  test('every control the prompts name answers to its Dutch word, with no English on the way', async () => {
    const user = speaker();
    await user.says('open soepele rug');
    await user.says('welke routines zijn er');
    await user.says('help');
    await user.says('één voor één');
    await user.says('start de rustige routine');
    expect((await user.says('help')).speech).toMatch(/^Je bent bezig met de schouderrollen\./);
    expect((await user.says('volgende')).speech).toMatch(/^De zijstretch\./);
    expect((await user.says('nog een keer')).speech).toMatch(/^Nog een keer\. De zijstretch\./);
    expect((await user.says('terug')).speech).toMatch(/^We gaan terug\. De schouderrollen\./);
    user.after(8);
    expect((await user.says('pauze')).speech).toBe('Gepauzeerd. Neem de tijd. Zeg verder als je klaar bent, of stop om het hierbij te laten.');
    expect((await user.says('verder')).speech).toMatch(/^We gaan verder met de schouderrollen\./);
    expect((await user.says('minder praten')).speech).toMatch(/^Oké, minder praten\./);
    expect((await user.says('meer uitleg')).speech).toMatch(/^Oké, ik geef je bij elke oefening weer alle stappen\./);
    expect((await user.says('verder')).speech).toMatch(/^De zijstretch\./);
    user.after(3);
    expect((await user.says('het doet pijn')).speech).toMatch(/^We stoppen met deze oefening\..*Zal ik deze oefening overslaan\?/);
    expect((await user.says('ja')).speech).toMatch(/^Die slaan we over\. De vlinder\./);
    expect((await user.says('begin opnieuw')).speech).toMatch(/^We beginnen de rustige routine opnieuw, vanaf het begin\./);
    expect((await user.says('blablabla')).speech).toMatch(/^Sorry, dat verstond ik niet\./);
    expect(user.englishLeaks()).toEqual([]);
  });

  test.each(['bureaupauze', 'ochtendroutine', 'rustige routine', 'complete bovenrugroutine'])(
    'the %s, said "volgende" to the end, is Dutch from the first stretch to the goodbye',
    async (routine) => {
      const user = speaker();
      await user.says('open soepele rug');
      let reply = await user.says(`start de ${routine}`);
      for (let turn = 0; turn < 40 && user.inRoutine; turn++) reply = await user.says('volgende');
      expect(user.stateKind).toBe('finishing');
      expect(reply.speech).toMatch(new RegExp(`De ${routine} zit erop: \\d+ oefeningen in ongeveer \\d+ minuten\\. Goed gedaan\\.`));
      expect(user.englishLeaks()).toEqual([]);
    },
  );

  test('the next day, the unfinished routine is offered in Dutch, and "ja" picks it up', async () => {
    const store = new MemoryStore();
    const first = new Speaker({ locale, store, userId: 'amzn1.ask.account.nl', start: '2026-11-17T08:00:00Z' });
    await first.says('open soepele rug');
    await first.says('start de bureaupauze');
    await first.says('stop');
    const next = new Speaker({ locale, store, userId: 'amzn1.ask.account.nl', start: '2026-11-18T08:00:00Z' });
    const offer = await next.says('open soepele rug');
    expect(offer.speech).toBe('Welkom terug bij Soepele Rug. Gisteren ben je gestopt bij de borstopener in je bureaupauze. Zullen we daar verdergaan?');
    expect((await next.says('ja')).speech).toMatch(/^We gaan verder met de borstopener\./);
    expect([...first.englishLeaks(), ...next.englishLeaks()]).toEqual([]);
  });
});
