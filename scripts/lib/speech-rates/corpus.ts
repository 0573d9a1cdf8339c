/**
 * The passages the speaking rates are calibrated on (scripts/speech-rates.ts): the same
 * fifteen things the skill says, in every language. A language with a locale file is read
 * from it by these keys; the languages still to come are written out below (translated from
 * the English for the calibration, not the skill's content: delete a language's entry here
 * once its locale file has the keys). Japanese also gives each passage's reading in kana,
 * because espeak-ng reads no kanji: the reading is what is timed, and the text is what the
 * estimate counts.
 */
export const CALIBRATION_KEYS = [
  'stretches.seated-twist.setup.0',
  'stretches.seated-twist.setup.1',
  'stretches.seated-twist.setup.2',
  'stretches.seated-twist.setup.3',
  'stretches.seated-twist.during',
  'stretches.seated-twist.switch',
  'stretches.chest-opener.setup.0',
  'stretches.chest-opener.setup.1',
  'stretches.chest-opener.setup.2',
  'stretches.chest-opener.during',
  'safety.topics.hold-length',
  'safety.topics.should-hurt',
  'safety.topics.warm-up',
  'safety.topics.posture',
  'welcome.new',
] as const;

export interface Passage {
  text: string;
  /** What espeak-ng is given when it cannot read `text` (Japanese kanji): the same words in kana. */
  reading?: string;
}

/** The calibration passages of the languages without a locale file yet, in CALIBRATION_KEYS order. */
export const PENDING: Record<string, Passage[]> = {
  it: [
    { text: 'Siediti dritto vicino al bordo della sedia, con entrambi i piedi ben appoggiati a terra.' },
    { text: 'Metti la mano sinistra sul ginocchio destro, e la mano destra sullo schienale della sedia.' },
    { text: 'Inspira e raddrizza la schiena, poi espira e ruota lentamente verso destra.' },
    { text: 'Ruota con dolcezza e solo fin dove è comodo, senza scatti improvvisi.' },
    { text: 'Tieni i fianchi fermi, e lascia che sia il petto a ruotare.' },
    { text: 'Torna lentamente al centro. Ora ruota verso sinistra, con la mano sinistra sullo schienale e la mano destra sul ginocchio sinistro.' },
    { text: 'Stai in piedi ben dritto, con i piedi alla larghezza dei fianchi.' },
    { text: 'Porta le mani dietro la schiena e intreccia le dita.' },
    { text: 'Avvicina le scapole tra loro e lascia che il petto si sollevi.' },
    { text: 'Tieni il mento dritto e lascia scendere le spalle, lontano dalle orecchie.' },
    { text: 'Tieni la maggior parte degli allungamenti per venti o trenta secondi, su ogni lato. Alcuni sono invece movimenti lenti e ripetuti, e ti darò io il ritmo. Continua a respirare con calma, e non trattenere mai il respiro.' },
    { text: 'No. Un allungamento deve dare una leggera tensione, mai dolore. Muoviti lentamente, e solo fin dove ti senti a tuo agio. Se fa male, fermati subito.' },
    { text: 'Sì, prima riscaldati. Bastano pochi minuti di camminata, qualche rotazione delle spalle o cerchio con le braccia. I muscoli caldi si allungano meglio. Poi muoviti lentamente e con controllo.' },
    { text: "Tieni orecchie, spalle e fianchi sulla stessa linea. Regola sedia e scrivania a un'altezza che lasci rilassare le spalle. E mentre lavori alla scrivania, fai brevi pause per alzarti e muoverti." },
    { text: "Benvenuto in Schiena Sciolta. Ti guido negli allungamenti per la parte alta della schiena, con tenute a tempo, uno dopo l'altro. Se preferisci andare al tuo ritmo, di' uno alla volta." },
  ],
  pt: [
    { text: 'Sente-se com a coluna ereta perto da beirada da cadeira, com os dois pés apoiados no chão.' },
    { text: 'Coloque a mão esquerda no joelho direito, e a mão direita no encosto da cadeira.' },
    { text: 'Inspire e alongue a coluna, depois solte o ar e gire devagar para a direita.' },
    { text: 'Gire com suavidade e só até onde for confortável, sem trancos.' },
    { text: 'Deixe o quadril parado enquanto o peito faz a rotação.' },
    { text: 'Volte devagar para o centro. Agora gire para a esquerda, com a mão esquerda no encosto da cadeira e a mão direita no joelho esquerdo.' },
    { text: 'Fique em pé com a postura ereta e os pés afastados na largura do quadril.' },
    { text: 'Leve as mãos para trás do corpo e entrelace os dedos.' },
    { text: 'Aproxime as escápulas uma da outra e deixe o peito se erguer.' },
    { text: 'Mantenha o queixo reto e deixe os ombros descerem, longe das orelhas.' },
    { text: 'Mantenha a maioria dos alongamentos por vinte a trinta segundos, de cada lado. Alguns são movimentos lentos e repetidos, e eu marco o ritmo com você. Continue respirando com calma, e nunca prenda a respiração.' },
    { text: 'Não. Um alongamento deve parecer um puxão suave, nunca dor. Mova-se devagar, e só até onde for confortável. Se doer, pare na hora.' },
    { text: 'Sim, aqueça antes. Alguns minutos de caminhada, rotações de ombros ou círculos com os braços já bastam. Músculos aquecidos alongam com mais conforto. Depois, mova-se devagar e com controle.' },
    { text: 'Mantenha orelhas, ombros e quadris na mesma linha. Ajuste a cadeira e a mesa numa altura que deixe seus ombros relaxados. E durante o trabalho na mesa, faça pausas curtas para levantar e se mexer.' },
    { text: 'Boas-vindas ao Costas em Dia. Vou guiar você em alongamentos para a parte de cima das costas, com tempo marcado, um depois do outro. Se preferir ir no seu ritmo, diga um de cada vez.' },
  ],
  nl: [
    { text: 'Ga rechtop voor op je stoel zitten, met beide voeten plat op de grond.' },
    { text: 'Leg je linkerhand op je rechterknie, en je rechterhand op de rugleuning van de stoel.' },
    { text: 'Adem in en zit rechtop, adem dan uit en draai langzaam naar rechts.' },
    { text: 'Draai soepel en alleen zo ver als prettig voelt, zonder plotselinge rukken.' },
    { text: 'Houd je heupen recht terwijl je borst het draaien doet.' },
    { text: 'Kom langzaam terug naar het midden. Draai nu naar links, met je linkerhand op de rugleuning en je rechterhand op je linkerknie.' },
    { text: 'Sta rechtop met je voeten op heupbreedte uit elkaar.' },
    { text: 'Breng je handen achter je rug en vouw je vingers in elkaar.' },
    { text: 'Trek je schouderbladen naar elkaar toe en laat je borst omhoogkomen.' },
    { text: 'Houd je kin recht en laat je schouders zakken, weg van je oren.' },
    { text: 'Houd de meeste rekoefeningen twintig tot dertig seconden vast, aan elke kant. Een paar zijn juist langzame, herhaalde bewegingen, en daarbij geef ik het tempo aan. Blijf rustig ademen, en houd nooit je adem in.' },
    { text: 'Nee. Een rekoefening moet voelen als een zachte trek, nooit als pijn. Beweeg langzaam, en alleen zo ver als prettig voelt. Doet het pijn, stop dan meteen.' },
    { text: 'Ja, warm eerst op. Een paar minuten wandelen, je schouders rollen of je armen draaien is genoeg. Warme spieren rekken prettiger. Beweeg daarna langzaam en rustig.' },
    { text: 'Houd je oren, schouders en heupen op één lijn. Zet je stoel en bureau op een hoogte waarbij je schouders kunnen ontspannen. En neem tijdens bureauwerk korte pauzes om op te staan en te bewegen.' },
    { text: 'Welkom bij Soepele Rug. Ik begeleid je door rekoefeningen voor je bovenrug, met getimede houdingen, de een na de ander. Wil je liever je eigen tempo aanhouden, zeg dan één voor één.' },
  ],
  hi: [
    { text: 'कुर्सी के आगे वाले हिस्से पर सीधे बैठिए, दोनों पैर ज़मीन पर टिकाकर.' },
    { text: 'अपना बायाँ हाथ दाएँ घुटने पर रखिए, और दायाँ हाथ कुर्सी की पीठ पर.' },
    { text: 'साँस लीजिए और सीधे बैठिए, फिर साँस छोड़ते हुए धीरे से दाईं ओर मुड़िए.' },
    { text: 'आराम से और बस उतना ही मुड़िए जितना अच्छा लगे, बिना किसी झटके के.' },
    { text: 'कूल्हों को सीधा रहने दीजिए, मुड़ने का काम छाती को करने दीजिए.' },
    { text: 'धीरे से बीच में वापस आइए. अब बाईं ओर मुड़िए, बायाँ हाथ कुर्सी की पीठ पर और दायाँ हाथ बाएँ घुटने पर रखकर.' },
    { text: 'सीधे खड़े होइए, और पैरों के बीच कूल्हों जितनी दूरी रखिए.' },
    { text: 'हाथों को पीछे ले जाइए और उँगलियाँ आपस में फँसा लीजिए.' },
    { text: 'कंधों की हड्डियों को एक दूसरे की ओर खींचिए और छाती को ऊपर उठने दीजिए.' },
    { text: 'ठोड़ी सीधी रखिए और कंधों को नीचे, कानों से दूर जाने दीजिए.' },
    { text: 'ज़्यादातर स्ट्रेच हर तरफ़ बीस से तीस सेकंड तक रोकिए. कुछ धीमी, दोहराई जाने वाली हरकतें हैं, और उनमें मैं आपके साथ गिनती करूँगी. आराम से साँस लेते रहिए, और साँस कभी मत रोकिए.' },
    { text: 'नहीं. स्ट्रेच में हल्का खिंचाव महसूस होना चाहिए, दर्द कभी नहीं. धीरे चलिए, और बस उतना ही जितना अच्छा लगे. दर्द हो तो तुरंत रुक जाइए.' },
    { text: 'हाँ, पहले वार्म अप कीजिए. कुछ मिनट टहलना, कंधे घुमाना या बाँहें घुमाना काफ़ी है. गर्म मांसपेशियाँ आराम से खिंचती हैं. फिर धीरे और संभलकर चलिए.' },
    { text: 'कान, कंधे और कूल्हे एक सीध में रखिए. कुर्सी और मेज़ को ऐसी ऊँचाई पर रखिए कि कंधे ढीले रहें. और डेस्क पर काम करते हुए, उठकर चलने के लिए छोटे ब्रेक लीजिए.' },
    { text: 'अपर बैक कोच में आपका स्वागत है. मैं आपको ऊपरी पीठ के स्ट्रेच करवाऊँगी, समय के साथ, एक के बाद एक. अगर आप अपनी रफ़्तार से चलना चाहें, तो कहिए एक एक करके.' },
  ],
  ar: [
    { text: 'الجلوس باستقامة قرب حافة الكرسي الأمامية، مع وضع القدمين بالكامل على الأرض.' },
    { text: 'وضع اليد اليسرى على الركبة اليمنى، واليد اليمنى على ظهر الكرسي.' },
    { text: 'شهيق مع الجلوس باستقامة، ثم زفير مع الالتفاف ببطء نحو اليمين.' },
    { text: 'الالتفاف بسلاسة وإلى الحد المريح فقط، دون حركات مفاجئة.' },
    { text: 'إبقاء الوركين ثابتين، والصدر هو الذي يلتف.' },
    { text: 'العودة ببطء إلى المنتصف. والآن الالتفاف نحو اليسار، مع وضع اليد اليسرى على ظهر الكرسي واليد اليمنى على الركبة اليسرى.' },
    { text: 'الوقوف باستقامة مع إبعاد القدمين بعرض الوركين.' },
    { text: 'مدّ اليدين خلف الظهر وتشبيك الأصابع معًا.' },
    { text: 'تقريب لوحي الكتفين من بعضهما وترك الصدر يرتفع.' },
    { text: 'إبقاء الذقن مستويًا وترك الكتفين تنزلان بعيدًا عن الأذنين.' },
    { text: 'معظم تمارين الإطالة تُثبَّت من عشرين إلى ثلاثين ثانية على كل جانب. وبعضها حركات بطيئة متكررة، وسأضبط إيقاعها معًا. التنفس بهدوء طوال الوقت، ومن دون حبس النفس أبدًا.' },
    { text: 'لا. تمرين الإطالة شدّ لطيف، وليس ألمًا أبدًا. الحركة ببطء وإلى الحد المريح فقط. وعند الشعور بألم، التوقف فورًا.' },
    { text: 'نعم، الإحماء أولًا. تكفي بضع دقائق من المشي أو تدوير الكتفين أو الذراعين. العضلات الدافئة تتمدد براحة أكبر. ثم الحركة ببطء وتحكم.' },
    { text: 'الأذنان والكتفان والوركان على خط واحد. ضبط الكرسي والمكتب على ارتفاع يسمح للكتفين بالاسترخاء. وأثناء العمل على المكتب، أخذ فترات راحة قصيرة للقيام والحركة.' },
    { text: 'أهلًا وسهلًا في مدرب أعلى الظهر. سنمر معًا بتمارين إطالة لأعلى الظهر، بثوانٍ محسوبة، تمرينًا بعد آخر. وللسير على الإيقاع الخاص، يكفي قول: تمرينًا تمرينًا.' },
  ],
  ja: [
    { text: '椅子の前のほうに背筋を伸ばして座り、両足を床にしっかりつけます。', reading: 'いすのまえのほうにせすじをのばしてすわり、りょうあしをゆかにしっかりつけます。' },
    { text: '左手を右ひざに、右手を椅子の背もたれに置きます。', reading: 'ひだりてをみぎひざに、みぎてをいすのせもたれにおきます。' },
    { text: '息を吸って背筋を伸ばし、息を吐きながらゆっくり右へひねります。', reading: 'いきをすってせすじをのばし、いきをはきながらゆっくりみぎへひねります。' },
    { text: '反動をつけず、心地よい範囲でなめらかにひねりましょう。', reading: 'はんどうをつけず、ここちよいはんいでなめらかにひねりましょう。' },
    { text: '腰は正面に向けたまま、胸でひねるようにします。', reading: 'こしはしょうめんにむけたまま、むねでひねるようにします。' },
    {
      text: 'ゆっくり正面に戻ります。今度は左へひねります。左手を背もたれに、右手を左ひざに置きましょう。',
      reading: 'ゆっくりしょうめんにもどります。こんどはひだりへひねります。ひだりてをせもたれに、みぎてをひだりひざにおきましょう。',
    },
    { text: '足を腰幅に開いて、まっすぐ立ちます。', reading: 'あしをこしはばにひらいて、まっすぐたちます。' },
    { text: '両手を背中の後ろに回して、指を組みます。', reading: 'りょうてをせなかのうしろにまわして、ゆびをくみます。' },
    { text: '肩甲骨を寄せて、胸を持ち上げます。', reading: 'けんこうこつをよせて、むねをもちあげます。' },
    { text: 'あごは水平に保ち、肩を耳から遠ざけるように下ろします。', reading: 'あごはすいへいにたもち、かたをみみからとおざけるようにおろします。' },
    {
      text: 'ほとんどのストレッチは、左右それぞれ二十秒から三十秒キープします。ゆっくり繰り返す動きもいくつかあり、そのときは私がペースをお伝えします。呼吸は止めずに、落ち着いて続けてください。',
      reading:
        'ほとんどのすとれっちは、さゆうそれぞれにじゅうびょうからさんじゅうびょうきーぷします。ゆっくりくりかえすうごきもいくつかあり、そのときはわたしがぺーすをおつたえします。こきゅうはとめずに、おちついてつづけてください。',
    },
    {
      text: 'いいえ。ストレッチは、やさしく伸びる感じがするもので、痛みは禁物です。ゆっくり動かし、心地よい範囲にとどめてください。痛いときは、すぐにやめましょう。',
      reading: 'いいえ。すとれっちは、やさしくのびるかんじがするもので、いたみはきんもつです。ゆっくりうごかし、ここちよいはんいにとどめてください。いたいときは、すぐにやめましょう。',
    },
    {
      text: 'はい、まずウォーミングアップをしましょう。数分歩いたり、肩や腕を回したりすれば十分です。温まった筋肉のほうが気持ちよく伸びます。それから、ゆっくりコントロールしながら動きましょう。',
      reading:
        'はい、まずうぉーみんぐあっぷをしましょう。すうふんあるいたり、かたやうでをまわしたりすればじゅうぶんです。あたたまったきんにくのほうがきもちよくのびます。それから、ゆっくりこんとろーるしながらうごきましょう。',
    },
    {
      text: '耳、肩、腰が一直線になるようにしましょう。肩の力が抜ける高さに、椅子と机を調整してください。デスクワークの合間には、こまめに立ち上がって体を動かしましょう。',
      reading: 'みみ、かた、こしがいっちょくせんになるようにしましょう。かたのちからがぬけるたかさに、いすとつくえをちょうせいしてください。ですくわーくのあいまには、こまめにたちあがってからだをうごかしましょう。',
    },
    {
      text: '背中ほぐしコーチへようこそ。背中の上のほうのストレッチを、時間を計りながら、ひとつずつご案内します。自分のペースで進めたいときは、ひとつずつ、と言ってください。',
      reading: 'せなかほぐしこーちへようこそ。せなかのうえのほうのすとれっちを、じかんをはかりながら、ひとつずつごあんないします。じぶんのぺーすですすめたいときは、ひとつずつ、といってください。',
    },
  ],
};
