import { MemoryStore } from '../../lambda/src/stores/memory';
import { Conversation, type Reply } from '../harness/conversation';

/**
 * The skill in Arabic, as a Saudi user hears it: every turn goes through the ar-SA model,
 * and every reply is checked for Latin letters (a missing Arabic key falls back to English
 * silently) and for a second-person form (the skill addresses no one as a man or a woman).
 */

/**
 * Words that would address the user as a man or a woman. Unvowelled Arabic cannot tell every
 * imperative from its verbal noun (تنفس is "breathe!" and "breathing"), so these are the
 * unambiguous ones: second-person pronouns and imperatives that are no noun.
 */
const GENDERED = /(^|\s)(أنت|انت|لك|عليك|منك|بك|قولي|ارفع|ارفعي|اجلس|اجلسي|قف|قفي|اتصل|اتصلي|أحسنت)(\s|$|[.،؟:])/u;

class Speaker extends Conversation {
  readonly heard: Reply[] = [];

  override async says(text: string): Promise<Reply> {
    const reply = await super.says(text);
    this.heard.push(reply);
    return reply;
  }

  leaks(): string[] {
    return this.heard.flatMap((reply) => `${reply.speech} ${reply.reprompt}`.match(/[A-Za-z]+/g) ?? []);
  }

  gendered(): string[] {
    return this.heard.map((reply) => `${reply.speech} ${reply.reprompt}`).filter((text) => GENDERED.test(text));
  }
}

const speaker = (userId?: string) => new Speaker({ locale: 'ar-SA', store: new MemoryStore(), userId });

describe('in ar-SA', () => {
  test('open, start the desk break, ask a safety question mid-stretch, stop: Arabic throughout, no one addressed as a man or a woman', async () => {
    const user = speaker();
    const welcome = await user.says('افتحي مدرب الظهر');
    expect(welcome.speech).toMatch(/^أهلًا وسهلًا في مدرب الظهر\./);
    expect(welcome.speech).toContain('وليست استشارة طبية');
    expect(welcome.ended).toBe(false);

    const start = await user.says('ابدئي استراحة المكتب');
    expect(start.speech).toMatch(/^لنبدأ استراحة المكتب\. المدة التقريبية بالدقائق \d+\./);
    expect(start.speech).toMatch(/بالدقائق \d+\. تدوير الكتفين\. نجلس أو نقف باستقامة\./);
    expect(start.speech).toContain('وللتوقف في أي لحظة، يكفي قول: أليكسا، توقف مؤقت.');
    expect(start.speech).toMatch(/هل نستمر؟$/);

    user.after(25);
    const answer = await user.says('هل طقطقة الظهر آمنة');
    expect(answer.speech).toMatch(/^طقطقة الظهر بلطف غير ضارة في العادة/);
    expect(answer.speech).toMatch(/يكفي قول متابعة للعودة إلى تدوير الكتفين، أو طرح سؤال آخر\.$/);

    const goodbye = await user.says('إيقاف');
    expect(goodbye.speech).toBe('حسنًا. رفقًا بالظهر، وإلى اللقاء في المرة القادمة. سأتذكر أين توقفنا.');
    expect(goodbye.ended).toBe(true);
    expect(user.leaks()).toEqual([]);
    expect(user.gendered()).toEqual([]);
  });

  test.each(['صدري يعورني', 'أحس بضغط على صدري', 'ما أقدر أتنفس', 'اتصلوا بالإسعاف', 'فكي يوجعني'])(
    '"%s" mid-stretch stops everything and says 997 the Saudi way',
    async (say) => {
      const user = speaker();
      await user.says('افتحي مدرب الظهر');
      await user.says('ابدئي استراحة المكتب');
      const reply = await user.after(10).says(say);
      expect(reply.speech).toMatch(/^يجب التوقف الآن\./);
      expect(reply.speech).toContain('يجب الاتصال بالإسعاف على الرقم تسعة تسعة سبعة الآن');
      expect(reply.ended).toBe(true);
      expect(user.leaks()).toEqual([]);
      expect(user.gendered()).toEqual([]);
    },
  );

  test('sweating alone gets one question; yes is an emergency', async () => {
    const user = speaker();
    await user.says('افتحي مدرب الظهر');
    await user.says('ابدئي استراحة المكتب');
    const ask = await user.after(10).says('أنا أتعرق كثير');
    expect(ask.speech).toContain('هل يوجد معه أيضًا ألم أو ضغط في الصدر');
    expect(ask.ended).toBe(false);
    const yes = await user.says('نعم');
    expect(yes.speech).toContain('تسعة تسعة سبعة');
    expect(user.leaks()).toEqual([]);
  });

  test('tingling in the hand ends the routine and sends the user to a doctor', async () => {
    const user = speaker();
    await user.says('افتحي مدرب الظهر');
    await user.says('ابدئي الروتين اللطيف');
    const reply = await user.after(5).says('عندي تنميل في يدي');
    expect(reply.speech).toContain('الأفضل مراجعة طبيب قريبًا.');
    expect(reply.speech).toContain('أنهيت الروتين.');
  });

  test('a one-shot "اطلبي من مدرب الظهر استراحة المكتب" starts it directly', async () => {
    const reply = await speaker().says('اطلبي من مدرب الظهر استراحة المكتب');
    expect(reply.speech).toContain('لنبدأ استراحة المكتب.');
  });

  test('every control the prompts name answers to its Arabic word', async () => {
    const user = speaker();
    await user.says('افتحي مدرب الظهر');
    await user.says('واحد واحد');
    await user.says('ابدئي الروتين اللطيف');
    expect((await user.says('مساعدة')).speech).toMatch(/^نحن في تدوير الكتفين\./);
    expect((await user.says('التالي')).speech).toMatch(/^المد الجانبي\./);
    expect((await user.says('مرة أخرى')).speech).toMatch(/^مرة أخرى\./);
    expect((await user.says('رجوع')).speech).toMatch(/^نعود إلى الخلف\./);
    user.after(8);
    expect((await user.says('توقف مؤقت')).speech).toMatch(/^توقفنا مؤقتًا\./);
    expect((await user.says('استئناف')).speech).toMatch(/^نكمل من تدوير الكتفين\./);
    expect((await user.says('كلام أقل')).speech).toMatch(/^حسنًا، كلام أقل\./);
    expect((await user.says('تفاصيل أكثر')).speech).toMatch(/^حسنًا، سأشرح كل تمرين/);
    user.after(3);
    expect((await user.says('يوجعني')).speech).toMatch(/^لنتوقف عن هذا التمرين\./);
    expect((await user.says('نعم')).speech).toMatch(/^نتخطى هذا التمرين\./);
    expect((await user.says('من البداية')).speech).toMatch(/^نبدأ الروتين اللطيف من أوله\./);
    expect(user.leaks()).toEqual([]);
    expect(user.gendered()).toEqual([]);
  });

  test.each(['استراحة المكتب', 'تمارين الصباح', 'الروتين اللطيف', 'الروتين الكامل'])('%s, said التالي to the end, is Arabic to the goodbye', async (routine) => {
    const user = speaker();
    await user.says('افتحي مدرب الظهر');
    let reply = await user.says(`ابدئي ${routine}`);
    for (let turn = 0; turn < 40 && user.inRoutine; turn++) reply = await user.says('التالي');
    expect(user.stateKind).toBe('finishing');
    expect(reply.speech).toMatch(/انتهينا من .+\. عدد التمارين \d+، في (نحو \d+ (دقائق|دقيقة)|دقيقتين تقريبًا|دقيقة تقريبًا)\. عمل رائع\./);
    expect(user.leaks()).toEqual([]);
    expect(user.gendered()).toEqual([]);
  });

  test('the next day, the unfinished routine is offered, and نعم picks it up', async () => {
    const store = new MemoryStore();
    const first = new Speaker({ locale: 'ar-SA', store, userId: 'amzn1.ask.account.ar', start: '2026-11-17T08:00:00Z' });
    await first.says('افتحي مدرب الظهر');
    await first.says('ابدئي استراحة المكتب');
    await first.says('إيقاف');
    const next = new Speaker({ locale: 'ar-SA', store, userId: 'amzn1.ask.account.ar', start: '2026-11-18T08:00:00Z' });
    const offer = await next.says('افتحي مدرب الظهر');
    expect(offer.speech).toMatch(/^أهلًا بالعودة إلى مدرب الظهر\. توقفنا أمس عند .+ في استراحة المكتب\. هل نكمل من هناك؟$/);
    expect((await next.says('نعم')).speech).toMatch(/^نكمل من /);
    expect([...first.leaks(), ...next.leaks()]).toEqual([]);
  });
});
