import { createI18n, translatorFor } from '../../lambda/src/localization/i18n';
import type { TextKey } from '../../lambda/src/localization/translator';
import type { SafetyTopicId } from '../../lambda/src/coach/safety-content';
import type { SlotFill } from '../../scripts/lib/envelopes';
import { MemoryStore } from '../../lambda/src/stores/memory';
import { Conversation, type Reply } from '../harness/conversation';

/**
 * Words Alexa could not match to a listed value (ER_SUCCESS_NO_MATCH: a slot value with
 * no id), in every language and for every urgency: the skill understands them from their
 * words, urgency first. A language is a row; the expected words are read from the
 * locale files, so a test says which answer was given, in the words that answer has.
 */

interface Row {
  locale: string;
  /** Words for each case, as a user of the language would say them. */
  emergency: string;
  prompt: string;
  companion: string;
  ease: string;
  /** A topic said as a symptom ("I'm pregnant"), and the topic. */
  topicReported: string;
  reportedTopic: SafetyTopicId;
  /** A symptom asked about in the topic slot: tingling, then chest pain. */
  tinglingAsked: string;
  chestPainAsked: string;
  /** Cracking asked about in words the model does not list. */
  crackingAsked: string;
  /** Denials: a report, another report, a question. */
  denials: [string, string, string];
}

const ROWS: Row[] = [
  {
    locale: 'en-US',
    emergency: 'a crushing pain in my chest',
    prompt: 'my fingers went all numb and weird',
    companion: 'sweating like mad',
    ease: 'a nasty pull in my shoulder',
    topicReported: "i'm pregnant by the way",
    reportedTopic: 'pregnancy',
    tinglingAsked: 'my arm is tingling',
    chestPainAsked: 'chest pain while stretching',
    crackingAsked: 'cracking my neck all day long',
    denials: ['no pain at all', "my chest doesn't hurt", 'to not feel anything'],
  },
  {
    locale: 'de-DE',
    emergency: 'ein zerquetschender schmerz in der brust',
    prompt: 'meine finger sind ganz pelzig geworden',
    companion: 'ich schwitze wie verrückt',
    ease: 'ein fieses ziehen in der schulter',
    topicReported: 'ich bin übrigens schwanger',
    reportedTopic: 'pregnancy',
    tinglingAsked: 'mein arm kribbelt',
    chestPainAsked: 'brustschmerzen beim dehnen',
    crackingAsked: 'mein rücken knackt ständig',
    denials: ['gar keine schmerzen', 'meine brust tut nicht weh', 'dass ich nichts spüre'],
  },
  {
    locale: 'es-ES',
    emergency: 'un dolor aplastante en el pecho',
    prompt: 'se me quedaron los dedos entumecidos',
    companion: 'estoy sudando muchísimo',
    ease: 'un tirón feo en el hombro',
    topicReported: 'estoy embarazada por cierto',
    reportedTopic: 'pregnancy',
    tinglingAsked: 'me hormiguea el brazo',
    chestPainAsked: 'dolor en el pecho al estirar',
    crackingAsked: 'crujirme el cuello todo el rato',
    denials: ['ningún dolor', 'no me duele el pecho', 'no sentir nada'],
  },
  {
    locale: 'fr-FR',
    emergency: 'une douleur qui écrase la poitrine',
    prompt: "j'ai les doigts tout engourdis",
    companion: 'je transpire à grosses gouttes',
    ease: "ça tire fort dans l'épaule",
    topicReported: 'je suis enceinte au fait',
    reportedTopic: 'pregnancy',
    tinglingAsked: "j'ai des picotements dans le bras",
    chestPainAsked: "une douleur à la poitrine en m'étirant",
    crackingAsked: 'faire craquer mon cou tout le temps',
    denials: ['aucune douleur du tout', 'ma poitrine ne me fait pas mal', 'de ne rien sentir'],
  },
  {
    locale: 'it-IT',
    emergency: 'un dolore che mi schiaccia il petto',
    prompt: 'ho le dita tutte intorpidite',
    companion: 'sto sudando a goccioloni',
    ease: 'mi tira forte la spalla',
    topicReported: 'tra l\'altro sono incinta',
    reportedTopic: 'pregnancy',
    tinglingAsked: 'mi formicola il braccio',
    chestPainAsked: 'dolore al petto mentre mi allungo',
    crackingAsked: 'scrocchiarmi il collo di continuo',
    denials: ['nessun dolore', 'il petto non mi fa male', 'non sentire niente'],
  },
  {
    locale: 'pt-BR',
    emergency: 'uma dor esmagando o meu peito',
    prompt: 'meus dedos ficaram todos dormentes',
    companion: 'tô suando em bicas',
    ease: 'tá repuxando feio no ombro',
    topicReported: 'aliás tô grávida',
    reportedTopic: 'pregnancy',
    tinglingAsked: 'meu braço tá formigando',
    chestPainAsked: 'dor no peito quando eu alongo',
    crackingAsked: 'ficar estalando o pescoço',
    denials: ['nenhuma dor', 'meu peito não dói', 'não sentir nada'],
  },
  {
    locale: 'ar-SA',
    emergency: 'ألم يعصر صدري عصر',
    prompt: 'أصابعي صارت مخدرة وغريبة',
    companion: 'أعرق بشكل غير طبيعي',
    ease: 'شد مزعج في كتفي',
    topicReported: 'ترى أنا حامل',
    reportedTopic: 'pregnancy',
    tinglingAsked: 'ذراعي فيها تنميل',
    chestPainAsked: 'ألم في الصدر وقت الإطالة',
    crackingAsked: 'طقطقة رقبتي طول اليوم',
    denials: ['ما فيني أي ألم', 'صدري ما يوجعني', 'إني ما أحس بشيء'],
  },
  {
    // Unspaced, and denials follow what they deny.
    locale: 'ja-JP',
    emergency: '胸が押しつぶされるように痛い',
    prompt: '指がしびれてきた',
    companion: '汗がだらだら出ている',
    ease: '肩がきつく引っ張られる',
    topicReported: 'ちなみに妊娠中です',
    reportedTopic: 'pregnancy',
    tinglingAsked: '腕がピリピリする',
    chestPainAsked: 'ストレッチ中に胸が痛む',
    crackingAsked: '首をボキボキ鳴らしちゃう',
    denials: ['痛みは全然ない', '胸は痛くない', '何も感じない'],
  },
  {
    locale: 'nl-NL',
    emergency: 'een pijn alsof mijn borst wordt platgedrukt',
    prompt: 'mijn vingers zijn helemaal gevoelloos',
    companion: 'ik zweet als een otter',
    ease: 'het trekt flink in mijn schouder',
    topicReported: 'ik ben trouwens zwanger',
    reportedTopic: 'pregnancy',
    tinglingAsked: 'het tintelt in mijn arm',
    chestPainAsked: 'pijn op de borst tijdens het rekken',
    crackingAsked: 'mijn nek de hele dag laten knakken',
    denials: ['helemaal nergens pijn', 'mijn borst doet geen pijn', 'dat ik niks voel'],
  },
  {
    locale: 'hi-IN',
    emergency: 'सीने पर जैसे कोई भारी पत्थर रखा है',
    prompt: 'मेरी उंगलियां एकदम सुन्न हो गई हैं',
    companion: 'पसीने से तर हो गया हूँ',
    ease: 'कंधे में बहुत खिंच रहा है',
    topicReported: 'वैसे मैं pregnant हूँ',
    reportedTopic: 'pregnancy',
    tinglingAsked: 'हाथ में झुनझुनी सी हो रही है',
    chestPainAsked: 'stretch करते हुए सीने में दर्द',
    crackingAsked: 'दिन भर गर्दन चटकाना',
    denials: ['कहीं भी दर्द नहीं है', 'मेरी छाती में कोई दर्द नहीं है', 'कुछ भी महसूस न होना'],
  },
];

const i18n = createI18n();
const unmatched = (value: string): SlotFill => ({ value });

/** A user in the middle of the first stretch of the desk break (the next request cuts into its hold). */
async function midStretch(locale: string): Promise<Conversation> {
  const user = new Conversation({ locale, store: new MemoryStore() });
  await user.launch();
  await user.intent('StartRoutineIntent', { routine: 'desk' });
  return user.during((segment) => segment.kind === 'hold', 'middle');
}

describe.each(ROWS)('$locale: words Alexa could not match', (row) => {
  const t = translatorFor(i18n, row.locale);
  const number = t.text('emergency.number');
  const say = (key: TextKey, vars?: Record<string, string>) => t.text(key, vars);
  const report = async (words: string): Promise<Reply> => (await midStretch(row.locale)).intent('ReportSymptomIntent', { symptom: unmatched(words) });
  const ask = async (words: string): Promise<Reply> => (await midStretch(row.locale)).intent('SafetyQuestionIntent', { topic: unmatched(words) });

  test('an emergency sign in other words: stop now, the local emergency number, the routine ends', async () => {
    const reply = await report(row.emergency);
    expect(reply.speech.startsWith(say('symptoms.emergency.stop'))).toBe(true);
    expect(reply.speech).toContain(say('symptoms.items.chest-pain'));
    expect(reply.speech).toContain(say('symptoms.emergency.call', { number }));
    expect(reply.speech).toContain(say('symptoms.routineEnded'));
    expect(reply.ended).toBe(true);
  });

  test('an emergency sign in another intent\'s unmatched slot gets the same answer', async () => {
    const user = await midStretch(row.locale);
    const reply = await user.intent('StartRoutineIntent', { routine: unmatched(row.emergency) });
    expect(reply.speech.startsWith(say('symptoms.emergency.stop'))).toBe(true);
    expect(reply.speech).toContain(say('symptoms.emergency.call', { number }));
    expect(reply.ended).toBe(true);
  });

  test('a sign that needs a doctor soon: stop for today, get checked, the routine ends', async () => {
    const reply = await report(row.prompt);
    expect(reply.speech.startsWith(say('symptoms.prompt.stop'))).toBe(true);
    expect(reply.speech).toContain(say('symptoms.items.numbness'));
    expect(reply.ended).toBe(true);
  });

  test('a sign alarming only in company: the stretch stops and one question asks about the others; yes gets the emergency answer', async () => {
    const user = await midStretch(row.locale);
    const reply = await user.intent('ReportSymptomIntent', { symptom: unmatched(row.companion) });
    expect(reply.speech).toBe(`${say('symptoms.companion.stop')} ${say('symptoms.companion.ask')}`);
    expect(reply.reprompt).toContain(number);
    expect(reply.ended).toBe(false);
    const yes = await user.intent('AMAZON.YesIntent');
    expect(yes.speech.startsWith(`${say('symptoms.emergency.stop')} ${say('symptoms.companion.together')} ${say('symptoms.emergency.call', { number })}`)).toBe(true);
    expect(yes.ended).toBe(true);
  });

  test('no to that question: stop for today, when to get checked; anything else: the number, to be safe', async () => {
    const first = await midStretch(row.locale);
    await first.intent('ReportSymptomIntent', { symptom: unmatched(row.companion) });
    const no = await first.intent('AMAZON.NoIntent');
    expect(no.speech.startsWith(say('symptoms.companion.no'))).toBe(true);
    expect(no.speech).toContain(say('symptoms.companion.whenToCheck', { number }));
    expect(no.ended).toBe(true);
    const second = await midStretch(row.locale);
    await second.intent('ReportSymptomIntent', { symptom: unmatched(row.companion) });
    const unclear = await second.intent('AMAZON.HelpIntent');
    expect(unclear.speech.startsWith(say('symptoms.companion.unsure', { number }))).toBe(true);
    expect(unclear.ended).toBe(true);
  });

  test('discomfort: stop this stretch and offer to skip it, the place kept', async () => {
    const reply = await report(row.ease);
    expect(reply.speech.startsWith(say('symptoms.ease.stop'))).toBe(true);
    expect(reply.speech).toContain(say('symptoms.items.discomfort'));
    expect(reply.ended).toBe(false);
  });

  test('a topic said as a symptom gets the topic\'s answer, and the routine waits', async () => {
    const reply = await report(row.topicReported);
    expect(reply.speech.startsWith(say(`safety.topics.${row.reportedTopic}`))).toBe(true);
    expect(reply.ended).toBe(false);
    expect(reply.reprompt.length).toBeGreaterThan(0);
  });

  test('a sign that needs a doctor, asked about, gets its advice, not "I can\'t answer"', async () => {
    const reply = await ask(row.tinglingAsked);
    expect(reply.speech.startsWith(`${say('symptoms.items.tingling')} ${say('safety.followUp.redFlag')}`)).toBe(true);
    expect(reply.speech).not.toContain(say('safety.unknown'));
    expect(reply.ended).toBe(false);
  });

  test('an emergency sign, asked about, gets its urgency and the number', async () => {
    const reply = await ask(row.chestPainAsked);
    expect(reply.speech.startsWith(`${say('symptoms.items.chest-pain')} ${say('safety.followUp.emergency', { number })}`)).toBe(true);
    expect(reply.ended).toBe(false);
  });

  test('a topic asked in other words gets the topic\'s answer', async () => {
    const reply = await ask(row.crackingAsked);
    expect(reply.speech.startsWith(say('safety.topics.crack-safe'))).toBe(true);
  });

  test('words that match nothing get the honest answer, short, and the place is kept', async () => {
    const reply = await ask('zzz qqq');
    expect(reply.speech.startsWith(`${say('safety.unknownShort')} ${say('safety.examplesShort')}`)).toBe(true);
    expect(reply.speech).toContain(say('asides.offer.back', { name: t.text('stretches.shoulder-rolls.name') }));
    expect(reply.ended).toBe(false);
  });

  test.each([0, 1, 2])('a denial is no red flag: an ordinary answer, and the routine waits (%i)', async (i) => {
    const words = row.denials[i]!;
    const reply = i < 2 ? await report(words) : await ask(words);
    expect(reply.speech.startsWith(say('safety.topics.feel-little'))).toBe(true);
    expect(reply.speech).not.toContain(say('symptoms.emergency.stop'));
    expect(reply.speech).not.toContain(say('symptoms.prompt.stop'));
    expect(reply.ended).toBe(false);
  });
});

describe('the examples in the issue, through the en-US model', () => {
  test('"what if my arm is tingling" reaches SafetyQuestionIntent and gets the advice for tingling', async () => {
    const user = await midStretch('en-US');
    const reply = await user.says('what if my arm is tingling');
    expect(user.requests[user.requests.length - 1]?.request).toMatchObject({ intent: { name: 'SafetyQuestionIntent' } });
    expect(reply.speech).toMatch(/^Tingling in your arms, hands or legs is a reason to get checked\. Please see a doctor soon\. If it's happening right now, stop stretching and tell me\./);
  });

  test('"i have a crushing pain in my chest" said mid-stretch: stop now, call 911', async () => {
    const user = await midStretch('en-US');
    const reply = await user.says('i have a crushing pain in my chest');
    expect(reply.speech).toMatch(/^Stop now\. Chest pain or pressure needs help right away\. Call 911 now/);
    expect(reply.ended).toBe(true);
  });

  test('"what if i get chest pain while stretching": its urgency and the number, and the place kept', async () => {
    const user = await midStretch('en-US');
    const reply = await user.says('what if i get chest pain while stretching');
    expect(reply.speech).toMatch(/^Chest pain or pressure needs help right away\. If that happens, stop at once and call 911/);
    expect(reply.speech).toMatch(/Say continue to go back to the shoulder rolls, or ask me something else\.$/);
  });

  test.each(['no pain at all', "my chest doesn't hurt", 'is it normal to not feel anything'])('"%s" is no red flag', async (words) => {
    const user = await midStretch('en-US');
    const reply = await user.says(words);
    expect(reply.speech).toMatch(/^That's fine\. A stretch should feel like a gentle pull/);
    expect(reply.ended).toBe(false);
  });

  test('a regional number: en-GB hears "nine nine nine" for chest pain said in other words', async () => {
    const user = await midStretch('en-GB');
    const reply = await user.intent('ReportSymptomIntent', { symptom: unmatched('a squeezing feeling across my chest') });
    expect(reply.speech).toContain('Call nine nine nine now');
  });
});
