import { readFileSync } from 'node:fs';
import { MemoryStore } from '../../lambda/src/stores/memory';
import { Conversation, type Reply } from '../harness/conversation';

/**
 * The skill in Italian, as a speaker in Italy hears it: every turn goes through the it-IT
 * model, and every reply is checked for English words leaking in (a missing key would
 * fall back to English silently). To become a row of the locale table when it lands.
 */

const locale = 'it-IT';

/** Common English words that are not also Italian words. */
const ENGLISH = new Set([
  'the', 'you', 'your', 'stretch', 'stretches', 'next', 'hold', 'say', 'and', 'with', 'please', 'back', 'shoulder',
  'breathe', 'now', 'what', 'this', 'that', 'is', 'it', 'to', 'of', 'for', 'side', 'release', 'seconds', 'ready',
  'left', 'right', 'chest', 'okay', 'done', 'welcome', 'desk', 'break', 'morning', 'gentle', 'full', 'sorry', 'call', 'doctor',
]);

class Speaker extends Conversation {
  readonly heard: Reply[] = [];

  override async says(text: string): Promise<Reply> {
    const reply = await super.says(text);
    this.heard.push(reply);
    return reply;
  }

  englishLeaks(): string[] {
    return this.heard.flatMap((reply) => (`${reply.speech} ${reply.reprompt}`.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => ENGLISH.has(w)));
  }
}

const speaker = (options: { store?: MemoryStore; userId?: string; start?: string } = {}) => new Speaker({ locale, store: new MemoryStore(), ...options });

test('the it-IT model opens with the invocation name the transcript uses', () => {
  const model = JSON.parse(readFileSync(`skill-package/interactionModels/custom/${locale}.json`, 'utf8')) as { interactionModel: { languageModel: { invocationName: string } } };
  expect(model.interactionModel.languageModel.invocationName).toBe('schiena sciolta');
});

test('open, start the desk break, ask a safety question mid-stretch, stop: all in Italian, with tu', async () => {
  const user = speaker();
  const welcome = await user.says('apri schiena sciolta');
  expect(welcome.speech).toMatch(/^Ti do il benvenuto in Schiena Sciolta\./);
  expect(welcome.speech).toContain('non do consigli medici');
  expect(welcome.reprompt).toMatch(/^Quale routine vuoi fare\?/);
  const start = await user.says('avvia la pausa scrivania');
  expect(start.speech).toMatch(/^Si parte con la pausa scrivania, circa \d+ minuti\. Ecco le rotazioni delle spalle\./);
  expect(start.speech).toContain("Proseguiamo con l'estensione sullo schienale.");
  expect(start.speech).toMatch(/Continuo\?$/);
  user.after(25);
  const answer = await user.says('posso scrocchiarmi la schiena');
  expect(answer.speech).toMatch(/^Di solito scrocchiare piano la schiena non è pericoloso.*Non forzare mai/);
  expect(answer.speech).toMatch(/Di' continua per riprendere le rotazioni delle spalle, o chiedimi qualcos'altro\.$/);
  const goodbye = await user.says('stop');
  expect(goodbye.speech).toBe('Va bene. Prenditi cura della tua schiena, e alla prossima. Mi ricordo a che punto sei.');
  expect(goodbye.ended).toBe(true);
  expect(user.englishLeaks()).toEqual([]);
});

test.each(['mi fa male il petto', 'mi manca il respiro', 'chiamate un\'ambulanza', 'credo di avere un infarto', 'ho un dolore al braccio sinistro'])(
  '"%s" mid-stretch stops everything and gives 112',
  async (say) => {
    const user = speaker();
    await user.says('apri schiena sciolta');
    await user.says('avvia la pausa scrivania');
    const reply = await user.after(5).says(say);
    expect(reply.speech).toMatch(/^Fermati subito\./);
    expect(reply.speech).toContain('Chiama subito il 112');
    expect(reply.speech).toMatch(/Ho interrotto la routine\. Abbi cura di te\.$/);
    expect(reply.ended).toBe(true);
    expect(user.englishLeaks()).toEqual([]);
  },
);

test('sweating alone gets the one question; "sì" makes it an emergency', async () => {
  const user = speaker();
  await user.says('apri schiena sciolta');
  await user.says('avvia la pausa scrivania');
  const ask = await user.after(5).says('sto sudando tantissimo');
  expect(ask.speech).toContain('Hai anche un dolore o un peso al petto');
  const yes = await user.says('sì');
  expect(yes.speech).toContain('Insieme, questi segnali richiedono aiuto immediato.');
  expect(yes.speech).toContain('112');
});

test.each([
  ['ho la febbre', 'Un mal di schiena con la febbre va controllato.'],
  ['non controllo più la vescica', "va visto da un medico oggi stesso."],
  ['ho le dita intorpidite', 'Fatti vedere presto da un medico.'],
])('"%s" mid-stretch ends the routine and sends the user to a doctor', async (say, hear) => {
  const user = speaker();
  await user.says('apri schiena sciolta');
  await user.says('avvia la pausa scrivania');
  const reply = await user.after(5).says(say);
  expect(reply.speech).toContain(hear);
  expect(reply.speech).toContain('Ho interrotto la routine.');
});

test('every control the prompts name answers to its Italian word', async () => {
  const user = speaker();
  await user.says('apri schiena sciolta');
  await user.says('uno alla volta');
  await user.says('avvia la routine dolce');
  expect((await user.says('aiuto')).speech).toMatch(/^Stai facendo le rotazioni delle spalle\./);
  expect((await user.says('avanti')).speech).toMatch(/^Ecco l'allungamento laterale\./);
  expect((await user.says('ancora')).speech).toMatch(/^Un'altra volta\. Ecco l'allungamento laterale\./);
  expect((await user.says('indietro')).speech).toMatch(/^Torniamo indietro\. Ecco le rotazioni delle spalle\./);
  user.after(8);
  expect((await user.says('pausa')).speech).toBe('Metto in pausa. Fai con calma. Di\' riprendi quando vuoi, o stop per chiudere qui.');
  expect((await user.says('riprendi')).speech).toMatch(/^Riprendiamo con le rotazioni delle spalle\./);
  expect((await user.says('meno dettagli')).speech).toMatch(/^Va bene, meno dettagli\./);
  expect((await user.says('continua')).speech).toMatch(/^Ecco l'allungamento laterale\./);
  user.after(3);
  expect((await user.says('mi fa male')).speech).toMatch(/^Interrompiamo questo esercizio\..*Vuoi che salti questo esercizio\?/);
  expect((await user.says('sì')).speech).toMatch(/^Saltiamo questo esercizio\. Ecco la farfalla\./);
  expect((await user.says('ricomincia')).speech).toMatch(/^Ricominciamo la routine dolce dall'inizio\./);
  expect(user.englishLeaks()).toEqual([]);
});

test.each(['pausa scrivania', 'routine del mattino', 'routine dolce', 'routine completa'])('the %s, said "avanti" to the end, is Italian to the goodbye', async (routine) => {
  const user = speaker();
  await user.says('apri schiena sciolta');
  let reply = await user.says(`avvia la ${routine}`);
  for (let turn = 0; turn < 40 && user.inRoutine; turn++) reply = await user.says('avanti');
  expect(reply.speech).toMatch(new RegExp(`Ecco fatto, hai finito la ${routine}\\. \\d+ esercizi in circa \\d+ minuti\\. Ottimo lavoro\\.`));
  expect(user.englishLeaks()).toEqual([]);
});

test('the next day, the unfinished routine is offered in Italian, and "sì" picks it up', async () => {
  const store = new MemoryStore();
  const first = speaker({ store, userId: 'amzn1.ask.account.it', start: '2026-11-17T08:00:00Z' });
  await first.says('apri schiena sciolta');
  await first.says('avvia la pausa scrivania');
  await first.says('stop');
  const next = speaker({ store, userId: 'amzn1.ask.account.it', start: '2026-11-18T08:00:00Z' });
  const offer = await next.says('apri schiena sciolta');
  expect(offer.speech).toBe("Rieccoti in Schiena Sciolta. Ieri hai interrotto la tua pausa scrivania durante l'apertura del petto. Riprendiamo da lì?");
  expect((await next.says('sì')).speech).toMatch(/^Riprendiamo con l'apertura del petto\./);
  expect([...first.englishLeaks(), ...next.englishLeaks()]).toEqual([]);
});
