import { existsSync, readFileSync } from 'node:fs';
import { MemoryStore } from '../../lambda/src/stores/memory';
import { Conversation, type Reply } from '../harness/conversation';
import { resolverFor } from '../../scripts/lib/resolver';

/**
 * Spanish in Spain, Mexico and the US: the same skill, spoken in Spanish, with the
 * local emergency number and the local words for cracking a back ("crujir" in Spain,
 * "tronar" in Mexico and the US).
 */
const SPANISH = [
  { locale: 'es-ES', emergency: 'Llama al 112 ahora mismo', crack: 'es seguro crujirme la espalda', answer: /^Crujirte la espalda con suavidad suele ser inofensivo/, mat: 'esterilla' },
  { locale: 'es-MX', emergency: 'Llama al nueve uno uno ahora mismo', crack: 'es seguro tronarme la espalda', answer: /^Tronarte la espalda con suavidad suele ser inofensivo/, mat: 'tapete' },
  { locale: 'es-US', emergency: 'Llama al nueve uno uno ahora mismo', crack: 'es seguro tronarme la espalda', answer: /^Tronarte la espalda con suavidad suele ser inofensivo/, mat: 'tapete' },
] as const;

/** Common English words that would give away untranslated text in a Spanish reply. */
const ENGLISH_WORDS = /\b(the|you|your|stretch|stretches|next|hold|and|with|say|please|now|back|shoulder|routine|breathe|okay|sorry|when)\b/i;

function expectSpanish(reply: Reply): void {
  for (const text of [reply.speech, reply.reprompt]) {
    expect([text, ENGLISH_WORDS.exec(text)?.[0]]).toEqual([text, undefined]);
  }
}

/** The example phrases as published: in skill.json once merged, in the draft until then. */
function examplePhrases(locale: string): string[] {
  type Manifest = { publishingInformation?: { locales?: Record<string, { examplePhrases?: string[] }> } };
  const merged = (JSON.parse(readFileSync('skill-package/skill.json', 'utf8')) as { manifest: Manifest }).manifest;
  const fromManifest = merged.publishingInformation?.locales?.[locale]?.examplePhrases;
  if (fromManifest) return fromManifest;
  const draft = '.drafts/skill-es.json';
  if (!existsSync(draft)) return [];
  return (JSON.parse(readFileSync(draft, 'utf8')) as Manifest).publishingInformation?.locales?.[locale]?.examplePhrases ?? [];
}

describe.each(SPANISH)('in $locale', ({ locale, emergency, crack, answer, mat }) => {
  test('launch, a routine, a safety question and stop, all in Spanish', async () => {
    const user = new Conversation({ locale, store: new MemoryStore() });

    const welcome = await user.says('abre espalda en forma');
    expect(welcome.speech).toMatch(/^Te doy la bienvenida a Espalda en Forma\./);
    expect(welcome.speech).toContain('esto no es consejo médico');
    expect(welcome.speech).toMatch(/la rutina de oficina, la movilidad matutina, la rutina suave o la rutina completa\. ¿Cuál prefieres\?$/);
    expect(welcome.reprompt).toBe('¿Qué rutina prefieres? Di oficina, movilidad, suave o completa.');
    expectSpanish(welcome);

    const routine = await user.says('empieza la rutina de oficina');
    expect(routine.speech).toMatch(/^Vamos con la rutina de oficina, unos \d minutos\. Ahora, los círculos de hombros\..* Para pararme, di Alexa, pausa\./);
    expect(routine.speech).toContain('Ahora, los círculos de hombros.');
    expect(routine.ssml).toContain('<break time="');
    expect(routine.speech).toContain('Seguimos con la extensión sobre el respaldo.');
    expect(routine.speech).toMatch(/¿Sigo\?$/);
    expectSpanish(routine);

    const question = await user.after(25).says(crack);
    expect(question.speech).toMatch(answer);
    expect(question.speech).toMatch(/Di continuar para retomar los círculos de hombros, o pregúntame otra cosa\.$/);
    expect(question.ssml).not.toContain('<break');
    expectSpanish(question);

    const resumed = await user.says('continuar');
    expect(resumed.speech).toMatch(/^Seguimos con los círculos de hombros\./);
    expectSpanish(resumed);

    const stop = await user.says('para');
    expect(stop.speech).toBe('De acuerdo. Cuida esa espalda, y hasta la próxima. Guardo tu progreso para la próxima vez.');
    expect(stop.ended).toBe(true);
    expectSpanish(stop);
  });

  test('chest pain mid-stretch names the local emergency number and ends the routine', async () => {
    const user = new Conversation({ locale });
    const start = await user.says('pide a espalda en forma que empiece la rutina de oficina');
    expect(start.speech).toContain('Vamos con la rutina de oficina, unos');
    const reply = await user.after(8).says('tengo dolor en el pecho');
    expect(reply.speech).toMatch(new RegExp(`^Para ahora mismo\\. El dolor o la presión en el pecho necesitan ayuda de inmediato\\. ${emergency}`));
    expect(reply.speech).toContain('Damos la rutina por terminada.');
    expect(reply.ended).toBe(true);
    expectSpanish(reply);
  });

  test.each(['es una emergencia', 'llama a una ambulancia', 'creo que me está dando un infarto', 'me he desmayado'])(
    '"%s" mid-stretch is an emergency: stop, call the local number',
    async (say) => {
      const user = new Conversation({ locale });
      await user.says('pide a espalda en forma que empiece la rutina de oficina');
      const reply = await user.after(8).says(say);
      expect(reply.speech).toMatch(new RegExp(`^Para ahora mismo\\. Eso necesita ayuda de inmediato\\. ${emergency}`));
      expect(reply.ended).toBe(true);
      expectSpanish(reply);
    },
  );

  test.each([
    ['tengo fiebre', 'El dolor de espalda con fiebre es motivo para que te revisen.'],
    ['no puedo controlar la vejiga', 'necesita que te vea un médico hoy mismo.'],
  ])('"%s" mid-stretch ends the routine and sends the user to a doctor', async (say, hear) => {
    const user = new Conversation({ locale });
    await user.says('pide a espalda en forma que empiece la rutina de oficina');
    const reply = await user.after(8).says(say);
    expect(reply.speech).toContain(hear);
    expect(reply.speech).toContain('Damos la rutina por terminada.');
    expectSpanish(reply);
  });

  test('"when should I see a doctor" gives the local emergency number too', async () => {
    const user = new Conversation({ locale });
    await user.says('abre espalda en forma');
    const reply = await user.says('cuándo debo ir al médico');
    expect(reply.speech).toContain(`llama ya al ${emergency.replace(/^Llama al (.+) ahora mismo$/, '$1')}`);
    expectSpanish(reply);
  });

  test('the menu, help and the routine list use the local words', async () => {
    const user = new Conversation({ locale });
    await user.says('abre espalda en forma');
    const help = await user.says('ayuda');
    expect(help.speech).toContain(`La movilidad matutina se hace en ${mat === 'tapete' ? 'el tapete' : 'la esterilla'}.`);
    expectSpanish(help);
    const list = await user.says('qué rutinas hay');
    for (const name of ['rutina de oficina', 'movilidad matutina', 'rutina suave', 'rutina completa']) {
      expect(list.speech).toMatch(new RegExp(`La ${name} dura unos \\d+ minutos`));
    }
    expectSpanish(list);
  });

  test.each([
    ['algo rápido', 'rutina de oficina'],
    ['estoy en la oficina', 'rutina de oficina'],
    ['sin nada', 'rutina suave'],
    ['tengo un rodillo de espuma', 'rutina completa'],
    ['movilidad', 'movilidad matutina'],
  ])('a need like "%s" picks the %s', async (said, routine) => {
    const user = new Conversation({ locale });
    await user.says('abre espalda en forma');
    const reply = await user.says(said);
    expect(reply.speech).toContain(`Vamos con la ${routine}, unos`);
    expectSpanish(reply);
  });

  test('the example phrases of the store listing resolve through the model', async () => {
    const phrases = examplePhrases(locale);
    expect(phrases).toHaveLength(3);
    expect(phrases[0]).toBe('Alexa, abre espalda en forma');
    const launch = await new Conversation({ locale }).says(phrases[0]!);
    expect(launch.speech).toMatch(/^Te doy la bienvenida a Espalda en Forma/);
    const start = await new Conversation({ locale }).says(phrases[1]!);
    expect(start.speech).toContain('Vamos con la rutina de oficina, unos');
    // Resuming with nothing saved is still understood as resume: it says there is no routine in progress.
    const resume = await new Conversation({ locale }).says(phrases[2]!);
    expect(resume.speech).toContain('No hay ninguna rutina a medias.');
  });

  test('every command the skill tells the user to say is understood', () => {
    const resolver = resolverFor(locale);
    const said: [string, string][] = [
      ['siguiente', 'AMAZON.NextIntent'],
      ['atrás', 'AMAZON.PreviousIntent'],
      ['repetir', 'AMAZON.RepeatIntent'],
      ['pausa', 'AMAZON.PauseIntent'],
      ['continuar', 'AMAZON.ResumeIntent'],
      ['para', 'AMAZON.StopIntent'],
      ['sí', 'AMAZON.YesIntent'],
      ['no', 'AMAZON.NoIntent'],
      ['ayuda', 'AMAZON.HelpIntent'],
      ['habla menos', 'SetVerbosityIntent'],
      ['más detalle', 'SetVerbosityIntent'],
      ['rutina suave', 'StartRoutineIntent'],
      ['oficina', 'StartRoutineIntent'],
      ['completa', 'StartRoutineIntent'],
      ['cuánto tiempo hay que aguantar un estiramiento', 'SafetyQuestionIntent'],
      ['estirar tiene que doler', 'SafetyQuestionIntent'],
    ];
    for (const [text, intent] of said) expect([text, resolver.resolve(text).intent]).toEqual([text, intent]);
  });
});

test('a Spanish locale the skill has no model for still speaks Spanish', async () => {
  const user = new Conversation({ locale: 'es-AR' });
  const reply = await user.send({ type: 'LaunchRequest' });
  expect(reply.speech).toMatch(/^Te doy la bienvenida a Espalda en Forma/);
  expectSpanish(reply);
});
