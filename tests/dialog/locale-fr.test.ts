import { readFileSync } from 'node:fs';
import { MemoryStore } from '../../lambda/src/stores/memory';
import { Conversation, type Reply } from '../harness/conversation';

/**
 * The skill in French, as a French speaker in France or in Quebec hears it: every
 * turn goes through that locale's interaction model, and every reply is checked for
 * English words leaking in (a missing French key falls back to English silently).
 */

const LOCALES = [
  {
    locale: 'fr-FR',
    number: '112',
    otherNumber: 'neuf un un',
    roller: "j'ai un rouleau de massage",
    heat: /coussin chauffant.*poche de glace/,
    therapist: 'kiné',
  },
  {
    locale: 'fr-CA',
    // Said the way Quebec says it, not "neuf cent onze".
    number: 'neuf un un',
    otherNumber: '112',
    roller: "j'ai un rouleau de mousse",
    heat: /sac magique.*sac de glace/,
    therapist: 'physiothérapeute',
  },
] as const;

/** Common English words that are not also French words. */
const ENGLISH = new Set([
  'the', 'you', 'your', 'stretch', 'stretches', 'stretching', 'next', 'hold', 'say', 'and', 'with', 'please', 'back',
  'shoulder', 'shoulders', 'breathe', 'now', 'what', 'this', 'that', 'is', 'it', 'to', 'of', 'for', 'side', 'release',
  'seconds', 'ready', 'left', 'right', 'chest', 'let', 'okay', 'done', 'welcome', 'desk', 'break',
  'morning', 'gentle', 'full', 'sorry', 'call', 'doctor',
]);

function englishWords(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((word) => ENGLISH.has(word));
}

/** A French speaker: every reply, speech and reprompt, is kept for the leak check. */
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

describe.each(LOCALES)('in $locale', ({ locale, number, otherNumber, roller, heat, therapist }) => {
  const speaker = (userId?: string) => new Speaker({ locale, store: new MemoryStore(), userId });

  test('the French models open with the invocation name the transcripts use', () => {
    const model = JSON.parse(readFileSync(`skill-package/interactionModels/custom/${locale}.json`, 'utf8')) as {
      interactionModel: { languageModel: { invocationName: string } };
    };
    expect(model.interactionModel.languageModel.invocationName).toBe('objectif dos');
  });

  test('transcript: open, start the desk break, ask a safety question mid-stretch, stop, all in French', async () => {
    const user = speaker();

    const welcome = await user.says('ouvre objectif dos');
    expect(welcome.speech).toMatch(/^Bienvenue dans Objectif Dos\./);
    expect(welcome.speech).toContain("je ne donne pas d'avis médical");
    expect(welcome.speech).toContain(
      'Vous pouvez faire une pause bureau, la routine du matin, une routine douce, ou la routine complète pour le haut du dos.',
    );
    expect(welcome.ended).toBe(false);
    expect(welcome.reprompt).toMatch(/^Quelle routine voulez-vous faire \?/);

    const start = await user.says('lance la pause bureau');
    expect(start.speech).toMatch(/^C'est parti pour la pause bureau, environ \d+ minutes\. Voici les rotations d'épaules\..* Pour m'arrêter, dites Alexa, pause\./);
    expect(start.speech).toContain("Voici les rotations d'épaules.");
    expect(start.ssml).toContain('<break time="');
    expect(start.speech).toContain("On enchaîne avec l'étirement sur le dossier.");
    expect(start.speech).toMatch(/Je continue \?$/);
    expect(start.reprompt).toBe('Dites oui quand vous voulez que je continue, ou stop pour vous arrêter là.');

    user.after(25);
    const answer = await user.says('est-ce que je peux faire craquer mon dos');
    expect(answer.speech).toMatch(/^Faire craquer doucement son dos est en général sans danger.*Ne forcez jamais/);
    expect(answer.speech).toMatch(/Dites continuer pour reprendre les rotations d'épaules, ou demandez-moi autre chose\.$/);
    expect(answer.ssml).not.toContain('<break');
    expect(answer.ended).toBe(false);

    const goodbye = await user.says('stop');
    expect(goodbye.speech).toBe("D'accord. Prenez soin de votre dos, et à la prochaine. Je retiens où vous en êtes.");
    expect(goodbye.ended).toBe(true);

    expect(user.englishLeaks()).toEqual([]);
  });

  test('chest pain, said in French mid-stretch, stops everything and gives the local emergency number', async () => {
    const user = speaker();
    await user.says('ouvre objectif dos');
    await user.says('lance la pause bureau');
    user.after(25);
    const reply = await user.says("j'ai mal à la poitrine");
    expect(reply.speech).toMatch(/^Arrêtez tout de suite\. Une douleur ou une pression dans la poitrine demande une aide immédiate\./);
    expect(reply.speech).toContain(`Appelez le ${number} maintenant`);
    expect(reply.speech).not.toContain(otherNumber);
    expect(reply.speech).toMatch(/J'ai arrêté la routine\. Prenez soin de vous\.$/);
    expect(reply.ended).toBe(true);
    expect(user.englishLeaks()).toEqual([]);
  });

  test.each(["c'est une urgence", 'appelez une ambulance', 'je crois que je fais une crise cardiaque', 'je fais un avc'])(
    '"%s" mid-stretch is an emergency: stop, call the local number',
    async (say) => {
      const user = speaker();
      await user.says('ouvre objectif dos');
      await user.says('lance la pause bureau');
      const reply = await user.after(5).says(say);
      expect(reply.speech).toMatch(/^Arrêtez tout de suite\. Cela demande une aide immédiate\./);
      expect(reply.speech).toContain(`Appelez le ${number} maintenant`);
      expect(reply.ended).toBe(true);
      expect(user.englishLeaks()).toEqual([]);
    },
  );

  test.each([
    ["j'ai de la fièvre", 'Un mal de dos accompagné de fièvre doit être examiné.'],
    ['je ne contrôle plus ma vessie', "doit être vu par un médecin aujourd'hui même."],
  ])('"%s" mid-stretch ends the routine and sends the user to a doctor', async (say, hear) => {
    const user = speaker();
    await user.says('ouvre objectif dos');
    await user.says('lance la pause bureau');
    const reply = await user.after(5).says(say);
    expect(reply.speech).toContain(hear);
    expect(reply.speech).toContain("J'ai arrêté la routine.");
    expect(user.englishLeaks()).toEqual([]);
  });

  test('asking when to see a doctor names the same emergency number', async () => {
    const user = speaker();
    await user.says('ouvre objectif dos');
    const reply = await user.says('quand consulter un médecin');
    expect(reply.speech).toContain(`appelez immédiatement le ${number}.`);
    expect(reply.speech).not.toContain(otherNumber);
  });

  test('a one-shot "demande à objectif dos de lancer la routine douce" starts it directly', async () => {
    const user = speaker();
    const reply = await user.says('demande à objectif dos de lancer la routine douce');
    expect(reply.speech).toMatch(/^Petite précision avant de commencer\./);
    expect(reply.speech).toContain("C'est parti pour la routine douce, environ");
    expect(user.englishLeaks()).toEqual([]);
  });

  test.each([
    ['quelque chose de rapide', 'pause bureau'],
    ['je suis à mon bureau', 'pause bureau'],
    ['sans matériel', 'routine douce'],
    [roller, 'routine complète'],
    ['routine du matin', 'routine du matin'],
  ])('a need like "%s" picks the %s', async (said, routine) => {
    const user = speaker();
    await user.says('ouvre objectif dos');
    const reply = await user.says(said);
    expect(reply.speech).toContain(`C'est parti pour la ${routine}, environ`);
  });

  test('safety answers use the local words for heat packs and therapists', async () => {
    const user = speaker();
    await user.says('ouvre objectif dos');
    expect((await user.says('chaud ou froid')).speech).toMatch(heat);
    expect((await user.says('est-ce que tu es médecin')).speech).toContain(`l'avis d'un médecin ou d'un ${therapist}.`);
    expect(user.englishLeaks()).toEqual([]);
  });

  test('an unknown question is said so, and the examples offered are questions the skill answers', async () => {
    const user = speaker();
    await user.says('ouvre objectif dos');
    const unknown = await user.says('parle moi du yoga');
    expect(unknown.speech).toMatch(/^Je ne peux pas répondre à ça\./);
    expect((await user.says('est-ce que je peux faire craquer mon dos')).speech).toMatch(/^Faire craquer doucement son dos/);
    expect((await user.says('combien de temps tenir un étirement')).speech).toMatch(/^Tenez la plupart des étirements vingt à trente secondes/);
    expect((await user.says("est-ce qu'un étirement doit faire mal")).speech).toMatch(/^Non\. Un étirement doit tirer doucement/);
  });

  test('every control the prompts name answers to its French word, with no English on the way', async () => {
    const user = speaker();
    await user.says('ouvre objectif dos');
    await user.says('quelles routines il y a');
    await user.says('aide');
    await user.says('un par un');
    await user.says('lance la routine douce');
    expect((await user.says('aide')).speech).toMatch(/^Vous faites les rotations d'épaules\./);
    expect((await user.says('suivant')).speech).toMatch(/^Voici l'étirement latéral\./);
    expect((await user.says('encore')).speech).toMatch(/^Encore une fois\. Voici l'étirement latéral\./);
    expect((await user.says('retour')).speech).toMatch(/^On revient en arrière\. Voici les rotations d'épaules\./);
    // A pause cut into the stretch, so "reprendre" does that stretch again.
    user.after(8);
    expect((await user.says('pause')).speech).toBe('Je mets en pause. Prenez votre temps. Dites reprendre quand vous voulez, ou stop pour vous arrêter là.');
    expect((await user.says('reprendre')).speech).toMatch(/^On reprend avec les rotations d'épaules\./);
    expect((await user.says('moins de détails')).speech).toMatch(/^D'accord, moins de détails\./);
    expect((await user.says('plus de détails')).speech).toMatch(/^D'accord, je vous donnerai toutes les étapes/);
    expect((await user.says('continuer')).speech).toMatch(/^Voici l'étirement latéral\./);
    user.after(3);
    expect((await user.says("j'ai mal")).speech).toMatch(/^On arrête cet exercice\..*Voulez-vous que je passe cet exercice \?/);
    expect((await user.says('oui')).speech).toMatch(/^On saute cet exercice\. Voici le papillon\./);
    expect((await user.says('recommence')).speech).toMatch(/^On reprend la routine douce depuis le début\./);
    expect((await user.says('blablabla')).speech).toMatch(/^Pardon, je n'ai pas compris\./);
    expect(user.englishLeaks()).toEqual([]);
  });

  test.each(['pause bureau', 'routine du matin', 'routine douce', 'routine complète'])(
    'the %s, said "suivant" to the end, is French from the first stretch to the goodbye',
    async (routine) => {
      const user = speaker();
      await user.says('ouvre objectif dos');
      let reply = await user.says(`lance la ${routine}`);
      for (let turn = 0; turn < 40 && user.inRoutine; turn++) reply = await user.says('suivant');
      expect(user.stateKind).toBe('finishing');
      expect(reply.speech).toMatch(new RegExp(`Et voilà, la ${routine} est terminée\\. \\d+ exercices en environ \\d+ minutes\\. Beau travail\\.`));
      expect(user.englishLeaks()).toEqual([]);
    },
  );

  test('the next day, the unfinished routine is offered in French, and "oui" picks it up', async () => {
    const store = new MemoryStore();
    const first = new Speaker({ locale, store, userId: 'amzn1.ask.account.fr', start: '2026-11-17T08:00:00Z' });
    await first.says('ouvre objectif dos');
    await first.says('lance la pause bureau');
    await first.says('stop');
    const next = new Speaker({ locale, store, userId: 'amzn1.ask.account.fr', start: '2026-11-18T08:00:00Z' });
    const offer = await next.says('ouvre objectif dos');
    expect(offer.speech).toBe(
      "Bon retour dans Objectif Dos. Hier, vous avez interrompu votre pause bureau pendant la torsion assise. On reprend à partir de là ?",
    );
    expect((await next.says('oui')).speech).toMatch(/^On reprend avec la torsion assise, deuxième côté\./);
    expect([...first.englishLeaks(), ...next.englishLeaks()]).toEqual([]);
  });
});
