import { readFileSync } from 'node:fs';
import { MemoryStore } from '../../lambda/src/stores/memory';
import { Conversation, type Reply } from '../harness/conversation';

/**
 * The skill in Hindi, as people in India speak to Alexa: Hindi words in Devanagari and the
 * English words they use (stretch, routine, desk break, next) in Latin letters. Every turn
 * goes through the hi-IN model. English words are welcome; English sentences are not: a
 * missing Hindi key would fall back to English text, which the check below catches.
 */

const locale = 'hi-IN';

/** English words that only an English sentence would have (the Hindi text borrows nouns, never these). */
const ENGLISH_GRAMMAR = new Set(['the', 'you', 'your', 'is', 'are', 'and', 'with', 'to', 'of', 'for', 'this', 'that', 'it', 'say', 'please', 'now', 'what', 'hold', 'seconds', 'welcome', 'sorry']);

function englishLeaks(text: string): string[] {
  return (text.toLowerCase().match(/[a-z']+/g) ?? []).filter((word) => ENGLISH_GRAMMAR.has(word));
}

class Speaker extends Conversation {
  readonly heard: Reply[] = [];

  override async says(text: string): Promise<Reply> {
    const reply = await super.says(text);
    this.heard.push(reply);
    return reply;
  }

  englishLeaks(): string[] {
    return this.heard.flatMap((reply) => englishLeaks(`${reply.speech} ${reply.reprompt}`));
  }
}

const speaker = (userId?: string) => new Speaker({ locale, store: new MemoryStore(), userId });

describe('in hi-IN', () => {
  test('the model opens with the invocation name the transcript uses, in Devanagari', () => {
    const model = JSON.parse(readFileSync(`skill-package/interactionModels/custom/${locale}.json`, 'utf8')) as {
      interactionModel: { languageModel: { invocationName: string } };
    };
    expect(model.interactionModel.languageModel.invocationName).toBe('सीधी पीठ');
  });

  test('transcript: open, start the desk break, ask a safety question mid-stretch, stop, all in Hindi', async () => {
    const user = speaker();
    const welcome = await user.says('open सीधी पीठ');
    expect(welcome.speech).toMatch(/^सीधी पीठ में आपका स्वागत है।/);
    expect(welcome.speech).toContain('यह medical सलाह नहीं है');
    expect(welcome.speech).toContain('आप desk break, सुबह की routine, हल्की routine, या ऊपरी पीठ की पूरी routine कर सकते हैं।');
    expect(welcome.reprompt).toMatch(/^कौन सी routine करनी है\?/);

    const start = await user.says('desk break शुरू करो');
    expect(start.speech).toMatch(/^चलिए desk break करते हैं, लगभग \d+ मिनट। Shoulder rolls।.* मुझे रोकना हो तो कहिए, Alexa, pause।/);
    expect(start.ssml).toContain('<break time="');
    expect(start.speech).toContain('अब कुर्सी की टेक वाला stretch।');
    expect(start.speech).toMatch(/क्या मैं आगे बढ़ूँ\?$/);
    expect(start.reprompt).toBe('तैयार हों तो कहिए चलते रहो, या अभी के लिए ख़त्म करने के लिए कहिए stop।');

    user.after(25);
    const answer = await user.says('क्या पीठ चटकाना ठीक है');
    expect(answer.speech).toMatch(/^अपनी पीठ धीरे से चटकाना.*कभी ज़ोर मत लगाइए/);
    expect(answer.speech).toMatch(/shoulder rolls पर वापस जाने के लिए कहिए आगे चलो, या मुझसे कुछ और पूछिए।$/);
    expect(answer.ended).toBe(false);

    const goodbye = await user.says('stop');
    expect(goodbye.speech).toBe('ठीक है। अपनी पीठ का ध्यान रखिए, फिर मिलते हैं। आपने जहाँ रोका है, मुझे याद रहेगा।');
    expect(goodbye.ended).toBe(true);
    expect(user.englishLeaks()).toEqual([]);
  });

  test('"चलते रहो" at the keep-going question plays on to the end of the routine', async () => {
    const user = speaker();
    await user.says('open सीधी पीठ');
    await user.says('desk break शुरू करो');
    const reply = await user.says('चलते रहो');
    expect(reply.speech).toMatch(/बहुत बढ़िया, desk break के \d+ stretches लगभग \d+ मिनट में पूरे हो गए।/);
    expect(user.englishLeaks()).toEqual([]);
  });

  test.each(['सीने में दर्द हो रहा है', 'chest pain हो रहा है', 'ambulance बुलाओ', 'लगता है heart attack आ रहा है', 'सांस नहीं आ रही'])(
    '"%s" mid-stretch is an emergency: stop, call 112 said the Indian way',
    async (say) => {
      const user = speaker();
      await user.says('open सीधी पीठ');
      await user.says('desk break शुरू करो');
      const reply = await user.after(5).says(say);
      expect(reply.speech).toMatch(/^अभी रुकिए।/);
      expect(reply.speech).toContain('अभी एक एक दो पर call कीजिए, या पास के किसी व्यक्ति से call करने को कहिए।');
      expect(reply.speech).toMatch(/मैंने routine बंद कर दी है। अपना ध्यान रखिए।$/);
      expect(reply.ended).toBe(true);
      expect(user.englishLeaks()).toEqual([]);
    },
  );

  test('sweating alone asks the one question, and "हाँ" makes it an emergency', async () => {
    const user = speaker();
    await user.says('open सीधी पीठ');
    await user.says('desk break शुरू करो');
    const asked = await user.after(5).says('पसीना आ रहा है');
    expect(asked.speech).toContain('क्या साथ में छाती में दर्द या दबाव है, बाँह या जबड़े में दर्द है, या साँस लेने में तकलीफ़ है?');
    const yes = await user.says('हाँ');
    expect(yes.speech).toContain('ये लक्षण साथ में हों, तो तुरंत मदद चाहिए।');
    expect(yes.ended).toBe(true);
  });

  test.each([
    ['मुझे बुखार है', 'पीठ दर्द के साथ बुख़ार हो, तो जाँच करवानी चाहिए।'],
    ['हाथ में झुनझुनी हो रही है', 'बाँहों, हाथों या पैरों में झुनझुनी हो'],
    ['पेशाब पर काबू नहीं है', 'आज ही doctor को दिखाइए'],
  ])('"%s" mid-stretch ends the routine and sends the user to a doctor', async (say, hear) => {
    const user = speaker();
    await user.says('open सीधी पीठ');
    await user.says('desk break शुरू करो');
    const reply = await user.after(5).says(say);
    expect(reply.speech).toContain(hear);
    expect(reply.speech).toContain('मैंने routine बंद कर दी है।');
  });

  test('denials are no red flag: "सीने में दर्द नहीं है" gets the ordinary answer', async () => {
    const user = speaker();
    await user.says('open सीधी पीठ');
    await user.says('desk break शुरू करो');
    const reply = await user.after(5).says('सीने में दर्द नहीं है');
    expect(reply.speech).toMatch(/^यह बिल्कुल ठीक है।/);
    expect(reply.ended).toBe(false);
  });

  test('a one-shot "open सीधी पीठ और हल्की routine शुरू करो" starts it directly', async () => {
    const user = speaker();
    const reply = await user.says('open सीधी पीठ और हल्की routine शुरू करो');
    expect(reply.speech).toMatch(/^पहले एक ज़रूरी बात।/);
    expect(reply.speech).toContain('चलिए हल्की routine करते हैं, लगभग');
  });

  test.each([
    ['कुछ जल्दी वाली', 'desk break'],
    ['मैं office में हूँ', 'desk break'],
    ['बिना सामान वाली', 'हल्की routine'],
    ['मेरे पास foam roller है', 'पूरी routine'],
    ['सुबह की routine', 'सुबह की routine'],
  ])('a need like "%s" picks the %s', async (said, routine) => {
    const user = speaker();
    await user.says('open सीधी पीठ');
    const reply = await user.says(said);
    expect(reply.speech).toContain(`चलिए ${routine} करते हैं, लगभग`);
  });

  test('safety answers, and an honest answer for what the skill cannot answer', async () => {
    const user = speaker();
    await user.says('open सीधी पीठ');
    expect((await user.says('yoga के बारे में बताओ')).speech).toMatch(/^इसका जवाब मैं नहीं दे सकती।/);
    expect((await user.says('stretch कितनी देर रोकना चाहिए')).speech).toMatch(/^ज़्यादातर stretches बीस से तीस सेकंड तक रोकिए/);
    expect((await user.says('क्या stretching में दर्द होना चाहिए')).speech).toMatch(/^नहीं। Stretch में हल्का खिंचाव/);
    expect((await user.says('गरम सिकाई करूं या बर्फ़')).speech).toMatch(/heating pad.*ice pack/);
    expect((await user.says('doctor को कब दिखाना चाहिए')).speech).toContain('अभी एक एक दो पर call कीजिए।');
    expect(user.englishLeaks()).toEqual([]);
  });

  test('every control the prompts name answers to its word', async () => {
    const user = speaker();
    await user.says('open सीधी पीठ');
    await user.says('routines बताओ');
    await user.says('help');
    await user.says('एक एक करके');
    await user.says('हल्की routine शुरू करो');
    expect((await user.says('help')).speech).toMatch(/^आप shoulder rolls कर रहे हैं।/);
    expect((await user.says('next')).speech).toMatch(/^Side stretch।/);
    expect((await user.says('फिर से')).speech).toMatch(/^एक बार और। Side stretch।/);
    expect((await user.says('back')).speech).toMatch(/^पीछे चलते हैं। Shoulder rolls।/);
    user.after(8);
    expect((await user.says('pause')).speech).toBe('रोक दिया है। आराम से कीजिए। तैयार हों तो कहिए आगे चलो, या अभी के लिए ख़त्म करने के लिए कहिए stop।');
    expect((await user.says('आगे चलो')).speech).toMatch(/^वहीं से शुरू करते हैं, shoulder rolls।/);
    expect((await user.says('कम बोलो')).speech).toMatch(/^ठीक है, कम बोलूँगी।/);
    expect((await user.says('पूरा बताओ')).speech).toMatch(/^ठीक है, हर stretch के पूरे steps बताऊँगी।/);
    expect((await user.says('आगे चलो')).speech).toMatch(/^Side stretch।/);
    user.after(3);
    expect((await user.says('दर्द हो रहा है')).speech).toMatch(/^चलिए यह stretch रोकते हैं।.*क्या मैं यह stretch छोड़ दूँ\?/);
    expect((await user.says('हाँ')).speech).toMatch(/^इसे छोड़ देते हैं। तितली।/);
    expect((await user.says('शुरू से')).speech).toMatch(/^हल्की routine शुरू से करते हैं।/);
    expect((await user.says('ब्लाब्लाब्ला')).speech).toMatch(/^माफ़ कीजिए, मैं समझ नहीं पाई।/);
    expect(user.englishLeaks()).toEqual([]);
  });

  test.each(['desk break', 'सुबह की routine', 'हल्की routine', 'पूरी routine'])('the %s, said "next" to the end, is Hindi from start to goodbye', async (routine) => {
    const user = speaker();
    await user.says('open सीधी पीठ');
    let reply = await user.says(`${routine} शुरू करो`);
    for (let turn = 0; turn < 40 && user.inRoutine; turn++) reply = await user.says('next');
    expect(user.stateKind).toBe('finishing');
    expect(reply.speech).toMatch(/stretches लगभग \d+ मिनट में पूरे हो गए।/);
    expect(user.englishLeaks()).toEqual([]);
  });

  test('the next day, the unfinished routine is offered in Hindi, and "हाँ" picks it up', async () => {
    const store = new MemoryStore();
    const first = new Speaker({ locale, store, userId: 'amzn1.ask.account.hi', start: '2026-11-17T08:00:00Z' });
    await first.says('open सीधी पीठ');
    await first.says('desk break शुरू करो');
    await first.says('stop');
    const next = new Speaker({ locale, store, userId: 'amzn1.ask.account.hi', start: '2026-11-18T08:00:00Z' });
    const offer = await next.says('open सीधी पीठ');
    expect(offer.speech).toMatch(/^सीधी पीठ में आपका फिर से स्वागत है। कल आपने desk break में .+ पर रोका था। क्या वहीं से शुरू करें\?$/);
    expect((await next.says('हाँ')).speech).toMatch(/^वहीं से शुरू करते हैं, /);
    expect([...first.englishLeaks(), ...next.englishLeaks()]).toEqual([]);
  });
});
