import vocabulary from '../lambda/src/understanding/vocabulary/ar';
import { lines, variants, type LanguageModelSource } from './define';

/**
 * Arabic for Saudi Arabia. People speak to Alexa as to a woman (ابدئي، كملي، وقفي) and
 * often in the masculine form too (ابدأ، كمل): both are samples. Saudi everyday words
 * (أبي، وش، أسوي، الحين، يلا) stand beside the Modern Standard ones. Samples have no
 * short vowels, as Alexa writes what it hears without them; a slot is its own word, so a
 * carrier stops before a word with ب or ل written onto it ("أحس {symptom}" hears "بألم").
 */
const model: LanguageModelSource = {
  invocationName: 'مدرب الظهر',
  vocabulary,
  intents: {
    StartRoutineIntent: {
      slots: { routine: 'RoutineName' },
      samples: [
        ...lines`
          ابدئي التمارين
          ابدأ التمارين
          أبي أتمرن
          أبي أتمدد
          أبغى أتمدد
          أريد تمارين إطالة
          أحتاج إطالة
          أحتاج تمارين للظهر
          تمارين لأعلى الظهر
          شي لأعلى الظهر
          يلا نتمرن
          خلينا نتمدد
          تمدد معي
          {routine}
          {routine} لو سمحتي
          {routine} من فضلك
          أبي {routine}
          أبغى {routine}
          أريد {routine}
          نبدأ {routine}
          خلينا نسوي {routine}
          يلا {routine}
          نسوي {routine}
          عطيني {routine}
          أعطيني {routine}
          أفضل {routine}
          بدلها إلى {routine}
          غيري إلى {routine}
          خليها {routine}
          أنا في {routine}
          معي {routine}
        `,
        ...variants`
          (ابدئي|ابدأ|شغلي|شغل|افتحي|افتح) (روتين|تمارين|) {routine}
          (أبي|أبغى|أريد|ودي) (أسوي|أبدأ) {routine}
          (ابدئي|ابدأ|شغلي|شغل) (روتين|تمارين) (إطالة|الإطالة|الظهر)
          (لا|لا لا) (أبي|أبغى) {routine}
          # After "اطلبي من مدرب الظهر أن": the coach asked in the third person.
          (يبدأ|يشغل|يسوي معي|يبدأ معي) {routine}
        `,
      ],
    },
    ListRoutinesIntent: {
      slots: {},
      samples: [
        ...lines`
          وش عندك
          وش الروتينات
          ما هي الروتينات
          ما هي التمارين
          ما الخيارات
          وش الخيارات
          وش التمارين اللي عندك
          ايش التمارين اللي عندك
          كم روتين عندك
          أي روتين أسوي
          أي روتين أختار
          وش أختار
          عطيني الخيارات
          قولي الخيارات
          اقرئي الروتينات
          عددي الروتينات
          الخيارات
          الروتينات
          وش أقدر أسوي
          ماذا يمكنني أن أفعل
          ماذا لديك من تمارين
        `,
        ...variants`
          (وش|ايش|ما) (هي|) (الروتينات|التمارين|الخيارات) (المتوفرة|الموجودة|اللي عندك)
          (قولي|اذكري|عطيني) (قائمة|) (الروتينات|التمارين)
          (وش|ما|ماذا) (عندك|لديك) من (تمارين|روتينات|خيارات)
        `,
      ],
    },
    RoutineProgressIntent: {
      slots: {},
      samples: [
        ...lines`
          كم باقي
          كم بقي
          كم باقي من الوقت
          كم بقي من الوقت
          كم تمرين باقي
          كم تمرين بقي
          وين وصلنا
          أين وصلنا
          قربنا نخلص
          باقي كثير
          متى نخلص
          كم متبقي
          ما الذي تبقى
          وش باقي
          كم دقيقة باقية
        `,
        ...variants`
          (كم|وش) (باقي|بقي|يتبقى) (تمارين|من التمارين|دقايق|من الدقائق)
          (هل|) (باقي|بقي) (كثير|وقت طويل)
        `,
      ],
    },
    SetVerbosityIntent: {
      slots: { verbosity: 'Verbosity' },
      samples: lines`
        {verbosity}
        {verbosity} لو سمحتي
        {verbosity} من فضلك
        أبي {verbosity}
        أبغى {verbosity}
        أريد {verbosity}
        أفضل {verbosity}
        خليها {verbosity}
        خلي الشرح {verbosity}
        الشرح {verbosity}
        التعليمات {verbosity}
        تعليمات {verbosity}
        من الحين {verbosity}
        من الآن {verbosity}
        لو سمحتي {verbosity}
        ممكن {verbosity}
        بس {verbosity}
      `,
    },
    SetPaceIntent: {
      slots: { pace: 'Pace' },
      samples: lines`
        {pace}
        {pace} لو سمحتي
        {pace} من فضلك
        أبي {pace}
        أبغى {pace}
        أريد {pace}
        أفضل {pace}
        خليها {pace}
        التمارين {pace}
        نسويها {pace}
        خلينا نسويها {pace}
        من الحين {pace}
        من الآن {pace}
        كملي {pace}
        كمل {pace}
        امشي {pace}
      `,
    },
    SafetyQuestionIntent: {
      slots: { topic: 'SafetyTopic', symptom: 'Symptom' },
      samples: [
        ...lines`
          {topic}
          هل {topic}
          هل يمكن {topic}
          هل يجوز {topic}
          هل من الآمن {topic}
          هل هو آمن {topic}
          هل من الطبيعي {topic}
          هل من الخطر {topic}
          هل {topic} خطير
          هل {topic} مضر
          هل {topic} طبيعي
          {topic} خطير
          {topic} طبيعي
          ماذا عن {topic}
          وش رايك في {topic}
          وش تقولين عن {topic}
          سؤال عن {topic}
          عندي سؤال عن {topic}
          أبي أسأل عن {topic}
          أبغى أسأل عن {topic}
          أريد أن أسأل عن {topic}
          قولي لي عن {topic}
          حدثيني عن {topic}
          نصيحة عن {topic}
          أقدر {topic}
          هل أقدر {topic}
          هل يصلح {topic}
          ينفع {topic}
          هل ينفع {topic}
          لازم {topic}
          هل لازم {topic}
          هل يجب {topic}
          متى {topic}
          ليش {topic}
          لماذا {topic}
          كيف {topic}
          وش أسوي مع {topic}
          أحط {topic}
          أستخدم {topic}
          # A symptom asked about rather than reported: each Symptom value is a question here.
          ماذا لو {symptom}
          وش لو {symptom}
          ماذا أفعل إذا {symptom}
          وش أسوي إذا {symptom}
          وش أسوي لو {symptom}
          هل من الطبيعي أن يكون عندي {symptom}
          هل خطير {symptom}
          ماذا يعني {symptom}
        `,
        ...variants`
          (ماذا|وش) (أفعل|أسوي|اسوي) (إذا|لو|اذا) (كان عندي|صار عندي|حسيت|أحسست|شعرت) {symptom}
          (هل|) (أنت|انتي|أنتي) {topic}
        `,
      ],
    },
    ReportSymptomIntent: {
      slots: { symptom: 'Symptom' },
      samples: [
        ...lines`
          {symptom}
          عندي {symptom}
          أنا {symptom}
          أنا عندي {symptom}
          انا فيني {symptom}
          صار عندي {symptom}
          جاني {symptom}
          أحس {symptom}
          أشعر {symptom}
          حاس {symptom}
          حاسة {symptom}
          أحس إن {symptom}
          فيني {symptom}
          فيه {symptom}
          الحين {symptom}
          الآن {symptom}
          فجأة {symptom}
          أعتقد {symptom}
          أظن {symptom}
          أظن عندي {symptom}
          هذا التمرين {symptom}
          التمرين {symptom}
          من التمرين {symptom}
          لاحظت {symptom}
          بدأ عندي {symptom}
          بدأت أحس {symptom}
          آه {symptom}
          آي {symptom}
        `,
        ...variants`
          (أحس|أشعر|حاس|حاسة) (إني|اني|كأن|كأني) {symptom}
          (من أمس|من الصبح|اليوم) (عندي|أحس) {symptom}
        `,
      ],
    },
    'AMAZON.NextIntent': {
      samples: [
        ...lines`
          التمرين التالي
          اللي بعده
          التمرين اللي بعده
          هيا
          يلا
          يلا نكمل
          جاهز
          جاهزة
          أنا جاهز
          أنا جاهزة
          خلصت
          تم
          انتهيت
          خلاص جاهز
          خلاص جاهزة
          نروح للي بعده
          تخطي هذا التمرين
          تجاوزي هذا التمرين
          نتخطى هذا
          انتقلي للتالي
          وش بعده
          ايش بعده
          ماذا بعد
          الجانب الثاني
          الجهة الثانية
        `,
        ...variants`
          (انتقلي|انتقل|روحي|روح) (للتمرين التالي|للي بعده|للجانب الثاني)
          (أنا|) (جاهز|جاهزة|مستعد|مستعدة) (للتالي|للي بعده|)
        `,
      ],
    },
    'AMAZON.PreviousIntent': {
      samples: [
        ...lines`
          رجوع
          التمرين السابق
          ارجعي
          ارجع
          اللي قبله
          التمرين اللي قبله
        `,
        ...variants`
          (ارجعي|ارجع|رجعي|رجع) (للتمرين السابق|للي قبله|ورا|للخلف)
        `,
      ],
    },
    'AMAZON.RepeatIntent': {
      samples: [
        ...lines`
          مرة أخرى
          مرة ثانية
          كمان مرة
          عيديه
          أعيديه
          أعيدي التمرين
          عيدي التمرين
          كرري التمرين
          وش قلتي
          ما سمعت
          ما فهمت
          تعيدين
          تعيدين التمرين
        `,
        ...variants`
          (عيدي|أعيدي|كرري|عيد|أعد|كرر) (الكلام|اللي قلتيه|مرة ثانية|مرة أخرى)
        `,
      ],
    },
    'AMAZON.StartOverIntent': {
      samples: lines`
        من البداية
        ابدئي من الأول
        ابدأ من الأول
        نبدأ من جديد
        أعيدي الروتين من البداية
        من أول وجديد
      `,
    },
    'AMAZON.PauseIntent': {
      samples: [
        ...lines`
          لحظة
          لحظة لو سمحتي
          دقيقة
          عطيني دقيقة
          استراحة
          نرتاح شوي
          وقفي شوي
          وقف شوي
          اصبري
          اصبر
        `,
        ...variants`
          (انتظري|استني|انتظر) (شوي|لحظة|دقيقة|قليلا)
          (أبي|أبغى|أحتاج) (استراحة|أرتاح شوي|لحظة)
        `,
      ],
    },
    'AMAZON.ResumeIntent': {
      samples: [
        ...lines`
          متابعة
          استمرار
          نستمر
          لنستمر
          كملي
          كمل
          نكمل
          خلينا نكمل
          تابعي
          كملي الروتين
          كملي من وين وقفنا
          نكمل من حيث توقفنا
          رجعت
          أنا رجعت
          نرجع نكمل
          نرجع للتمارين
        `,
        ...variants`
          (أبي|أبغى|أريد) (أكمل|نكمل|أتابع|نستمر)
          (كملي|كمل|تابعي) (من حيث توقفنا|من وين وقفنا|التمارين)
          # After "اطلبي من مدرب الظهر أن": the coach asked in the third person.
          (يكمل|يتابع) (من حيث توقفت|من حيث توقفنا|من وين وقفت|من وين وقفنا|الروتين|التمارين)
        `,
      ],
    },
    'AMAZON.YesIntent': {},
    'AMAZON.NoIntent': {},
    'AMAZON.HelpIntent': {},
    'AMAZON.StopIntent': {
      samples: [
        ...lines`
          أوقفي الروتين
          أوقف الروتين
          أنهي الروتين
          إنهاء الروتين
          خلاص اليوم
          يكفي اليوم
          كفاية اليوم
          خلصنا اليوم
          بس كذا اليوم
          أبي أوقف
          أبي أوقف الروتين
          نكتفي بهذا القدر
        `,
        ...variants`
          (خلاص|يكفي|كفاية|بس) (كذا|لليوم|لهذا اليوم)
          (نوقف|نكتفي|نخلص) (هنا|الحين|لليوم)
        `,
      ],
    },
    'AMAZON.CancelIntent': {},
    'AMAZON.FallbackIntent': {},
    'AMAZON.NavigateHomeIntent': {},
  },
  types: {
    RoutineName: {
      desk: lines`
        استراحة المكتب
        استراحة مكتب
        المكتب
        تمارين المكتب
        روتين المكتب
        على المكتب
        أنا على المكتب
        أنا في الدوام
        في الدوام
        على الكرسي
        وأنا جالس
        وأنا جالسة
        شي سريع
        تمرين سريع
        تمارين سريعة
        الروتين السريع
        السريع
        الأقصر
        دقايق قليلة
      `,
      morning: lines`
        تمارين الصباح
        تمارين الصبح
        الصباح
        الصبح
        روتين الصباح
        حركة الصباح
        على الأرض
        على السجادة
        عندي سجادة
        سجادة يوغا
        صحيت الحين
        توني صاحي
        توني صاحية
        قبل الدوام
        بداية اليوم
      `,
      gentle: lines`
        الروتين اللطيف
        اللطيف
        لطيف
        روتين لطيف
        الخفيف
        تمارين خفيفة
        شي خفيف
        للمبتدئين
        مبتدئ
        مبتدئة
        أول مرة
        سهل
        شي سهل
        بدون أدوات
        ما عندي أدوات
        ظهري حساس اليوم
        هادي
        شي هادي
      `,
      full: lines`
        الروتين الكامل لأعلى الظهر
        الروتين الكامل
        الكامل
        كامل
        تمارين كاملة
        الطويل
        روتين طويل
        كل التمارين
        كل شي
        المتقدم
        عشر دقايق
        ربع ساعة
        أسطوانة التدليك
        عندي أسطوانة
        فوم رولر
        عندي فوم رولر
      `,
    },
    Verbosity: {
      brief: lines`
        كلام أقل
        أقل كلام
        قللي الكلام
        قلل الكلام
        اختصري
        باختصار
        مختصر
        الشرح المختصر
        تعليمات قصيرة
        قصير
        بدون شرح
        بدون تفاصيل
        تذكيرات قصيرة
        بس الأساسي
        تكلمي أقل
      `,
      detailed: lines`
        تفاصيل أكثر
        تفاصيل
        بالتفصيل
        مفصل
        الشرح الكامل
        شرح كامل
        كل الخطوات
        الخطوات كاملة
        اشرحي أكثر
        شرح أكثر
        تعليمات مفصلة
        تكلمي أكثر
      `,
    },
    Pace: {
      flow: lines`
        بدون توقف
        بلا توقف
        على طول
        ورا بعض
        وحدة ورا الثانية
        متواصل
        بشكل متواصل
        بدون انتظار
        لا تنتظريني
        كلها مرة وحدة
      `,
      step: lines`
        واحد واحد
        واحدا واحدا
        تمرين تمرين
        تمرين بتمرين
        خطوة خطوة
        خطوة بخطوة
        على راحتي
        انتظريني
        انتظريني بعد كل تمرين
        تمرين واحد كل مرة
      `,
    },
  },
  locales: {
    'ar-SA': {},
  },
};

export default model;
