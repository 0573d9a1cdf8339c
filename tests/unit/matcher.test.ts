import { SAFETY_TOPIC_IDS, SYMPTOM_IDS, URGENCIES, symptomUrgency, type SymptomId } from '../../lambda/src/coach/safety-content';
import { heardQuestion, heardReport } from '../../lambda/src/understanding/heard';
import { LanguageMatcher, understand, type Asked, type Heard } from '../../lambda/src/understanding/matcher';
import { languageContent } from '../../lambda/src/languages';
import { LANGUAGE_IDS, type Language } from '../../lambda/src/localization/locales';

/**
 * The matcher per language: urgency first, denials are no signs, words that are no sign
 * ("painkiller", "emergency room") are not read as one. A row is words, how they came,
 * and what they must be understood as: "emergency:chest-pain", "topic:posture", "nothing".
 */

/** Every language's vocabulary, from the registry. */
const VOCABULARIES = Object.fromEntries(LANGUAGE_IDS.map((language) => [language, languageContent(language).vocabulary]));

function summary(heard: Heard): string {
  if (heard.kind === 'symptom') return `${heard.urgency}:${heard.symptom}`;
  if (heard.kind === 'topic') return `topic:${heard.topic}`;
  return 'nothing';
}

type Row = readonly [words: string, asked: Asked, expected: string];

/** Rows for every language of the registry: the type check asks for a language's. */
const ROWS: Record<Language, readonly Row[]> = {
  en: [
    // Emergency signs anywhere in the words, whatever else is said.
    ['a crushing pain in my chest', 'report', 'emergency:chest-pain'],
    ['chest pain while stretching', 'question', 'emergency:chest-pain'],
    ['my back is sore and my chest feels really heavy', 'report', 'emergency:chest-pain'],
    ["i'm sweating and my chest is tight", 'report', 'emergency:chest-pain'],
    ["i don't know if it's my heart but my chest feels heavy", 'report', 'emergency:chest-pain'],
    ["i don't have chest pain but i can't breathe", 'report', 'emergency:breathless'],
    ['my jaw aches', 'report', 'emergency:radiating-pain'],
    ['i think i had a stroke', 'report', 'emergency:emergency'],
    ['i passed out', 'report', 'emergency:emergency'],
    // Alarming only in company.
    ["i'm sweating", 'report', 'companion:sweating-nausea'],
    ['i feel sick', 'report', 'companion:sweating-nausea'],
    ["i think i'm going to pass out", 'report', 'companion:faint'],
    ['i feel sick and dizzy', 'report', 'companion:sweating-nausea'],
    // A doctor soon.
    ['my arm is tingling', 'question', 'prompt:tingling'],
    ["i can't feel my fingers", 'report', 'prompt:numbness'],
    ['no fever and my arm is numb', 'report', 'prompt:numbness'],
    ['the room is spinning', 'report', 'prompt:dizzy'],
    // Discomfort, and topics.
    ['my shoulder hurts a bit', 'report', 'ease:pain'],
    ['can i take a painkiller for the pain', 'question', 'topic:painkiller'],
    ['can i take a painkiller for the pain', 'report', 'ease:pain'],
    ["i'm pregnant and it hurts a little", 'report', 'topic:pregnancy'],
    ['is it bad to crack my neck every morning', 'question', 'topic:crack-worse'],
    ['should i go to the emergency room', 'question', 'topic:see-doctor'],
    ['my chest opener hurts a bit', 'report', 'ease:pain'],
    // Denials are no signs.
    ['no pain at all', 'report', 'topic:feel-little'],
    ["my chest doesn't hurt", 'report', 'topic:feel-little'],
    ['is it normal to not feel anything', 'question', 'topic:feel-little'],
    ["i don't have chest pain or shortness of breath", 'report', 'topic:feel-little'],
    ['i feel the stretch in my chest', 'report', 'nothing'],
    ['purple elephant', 'report', 'nothing'],
  ],
  de: [
    ['ein drückender schmerz in der brust', 'report', 'emergency:chest-pain'],
    ['keine schmerzen aber ich bekomme keine luft', 'report', 'emergency:breathless'],
    ['ich schwitze und die brust ist eng', 'report', 'emergency:chest-pain'],
    ['ich bin ohnmächtig geworden', 'report', 'emergency:emergency'],
    ['ich schwitze', 'report', 'companion:sweating-nausea'],
    ['mir wird schwarz vor augen', 'report', 'companion:faint'],
    ['mein arm kribbelt', 'question', 'prompt:tingling'],
    ['ich spüre meine finger nicht', 'report', 'prompt:numbness'],
    ['schmerzen in der brustwirbelsäule', 'report', 'ease:pain'],
    ['darf ich ein schmerzmittel nehmen', 'question', 'topic:painkiller'],
    ['meine brust tut nicht weh', 'report', 'topic:feel-little'],
    ['ich habe keine brustschmerzen', 'report', 'topic:feel-little'],
    ['ist es normal dass ich nichts spüre', 'question', 'topic:feel-little'],
  ],
  es: [
    ['un dolor aplastante en el pecho', 'report', 'emergency:chest-pain'],
    ['qué pasa si me duele el pecho mientras estiro', 'question', 'emergency:chest-pain'],
    ['no puedo respirar', 'report', 'emergency:breathless'],
    ['me desmayé', 'report', 'emergency:emergency'],
    ['estoy sudando', 'report', 'companion:sweating-nausea'],
    ['me voy a desmayar', 'report', 'companion:faint'],
    ['me hormiguea el brazo', 'report', 'prompt:tingling'],
    ['no siento los dedos', 'report', 'prompt:numbness'],
    ['no me duele el pecho', 'report', 'topic:feel-little'],
    ['no tengo dolor en el pecho ni me falta el aire', 'report', 'topic:feel-little'],
    ['es normal no sentir nada', 'question', 'topic:feel-little'],
  ],
  fr: [
    ['une douleur qui écrase la poitrine', 'report', 'emergency:chest-pain'],
    ["je n'arrive pas à respirer", 'report', 'emergency:breathless'],
    ['je me suis évanoui', 'report', 'emergency:emergency'],
    ['je transpire', 'report', 'companion:sweating-nausea'],
    ["j'ai mal au cœur", 'report', 'companion:sweating-nausea'],
    ["je vais m'évanouir", 'report', 'companion:faint'],
    ["j'ai des picotements dans le bras", 'report', 'prompt:tingling'],
    ['je ne sens plus mes doigts', 'report', 'prompt:numbness'],
    ['ça tire pas mal', 'report', 'ease:discomfort'],
    ['ma poitrine ne me fait pas mal', 'report', 'topic:feel-little'],
    ["je n'ai pas mal à la poitrine", 'report', 'topic:feel-little'],
    ["c'est normal de ne rien sentir", 'question', 'topic:feel-little'],
  ],
  it: [
    // Emergency signs in other words, whatever else is said.
    ['un dolore che mi schiaccia il petto', 'report', 'emergency:chest-pain'],
    ['cosa succede se mi fa male il petto mentre mi allungo', 'question', 'emergency:chest-pain'],
    ['non ho dolore al petto ma non riesco a respirare', 'report', 'emergency:breathless'],
    ['mi manca l\'aria', 'report', 'emergency:breathless'],
    ['mi fa male la mascella', 'report', 'emergency:radiating-pain'],
    ['sono svenuta un attimo fa', 'report', 'emergency:emergency'],
    ['sto sudando e ho il petto stretto', 'report', 'emergency:chest-pain'],
    // Alarming only in company.
    ['sto sudando', 'report', 'companion:sweating-nausea'],
    ['ho un po\' di nausea', 'report', 'companion:sweating-nausea'],
    ['mi sento svenire', 'report', 'companion:faint'],
    // A doctor soon.
    ['mi formicola il braccio', 'question', 'prompt:tingling'],
    ['non sento più le dita', 'report', 'prompt:numbness'],
    ['niente febbre e ho il braccio intorpidito', 'report', 'prompt:numbness'],
    ['mi gira tutta la stanza', 'report', 'prompt:dizzy'],
    // Discomfort, topics and words that are no sign.
    ['tira parecchio', 'report', 'ease:discomfort'],
    ['mi fa un po\' male la spalla', 'report', 'ease:pain'],
    ['posso prendere un antidolorifico per il dolore', 'question', 'topic:painkiller'],
    ['l\'apertura del petto mi fa un po\' male', 'report', 'ease:pain'],
    ['devo andare al pronto soccorso', 'question', 'topic:see-doctor'],
    // Denials are no signs. Folded, "è" is "e" (and), which ends a denial: "non è intorpidito" errs on the safe side.
    ['il petto non mi fa male', 'report', 'topic:feel-little'],
    ['non ho male al petto', 'report', 'topic:feel-little'],
    ['il braccio non è intorpidito', 'report', 'prompt:numbness'],
    ['non ho dolore al petto né fiato corto', 'report', 'topic:feel-little'],
    ['è normale non sentire niente', 'question', 'topic:feel-little'],
    ['non so se è il cuore ma ho il petto pesante', 'report', 'emergency:chest-pain'],
  ],
  pt: [
    // Emergency signs in other words, whatever else is said.
    ['parece que tem um elefante sentado no meu peito', 'report', 'emergency:chest-pain'],
    ['o que acontece se meu peito doer enquanto eu alongo', 'question', 'emergency:chest-pain'],
    ['não tô com dor no peito mas não consigo respirar', 'report', 'emergency:breathless'],
    ['tá me faltando o ar', 'report', 'emergency:breathless'],
    ['meu queixo tá doendo', 'report', 'emergency:radiating-pain'],
    ['dói aqui no braço esquerdo', 'report', 'emergency:radiating-pain'],
    ['eu desmaiei agora há pouco', 'report', 'emergency:emergency'],
    ['tô suando e com o peito apertado', 'report', 'emergency:chest-pain'],
    // Alarming only in company.
    ['tô suando frio', 'report', 'companion:sweating-nausea'],
    ['tô meio enjoada', 'report', 'companion:sweating-nausea'],
    ['acho que vou desmaiar', 'report', 'companion:faint'],
    ['minha pressão caiu', 'report', 'companion:faint'],
    // A doctor soon.
    ['meu braço tá formigando', 'question', 'prompt:tingling'],
    ['não sinto mais os dedos', 'report', 'prompt:numbness'],
    ['sem febre e o braço tá dormente', 'report', 'prompt:numbness'],
    ['tá tudo girando', 'report', 'prompt:dizzy'],
    ['escapou xixi sem eu perceber', 'report', 'prompt:bladder-bowel'],
    // Discomfort, topics and words that are no sign.
    ['tá puxando demais', 'report', 'ease:discomfort'],
    ['meu ombro tá doendo um pouco', 'report', 'ease:pain'],
    ['dormi de mau jeito', 'report', 'nothing'],
    ['posso tomar um analgésico pra dor', 'question', 'topic:painkiller'],
    ['a abertura do peito tá doendo um pouco', 'report', 'ease:pain'],
    ['devo ir pro pronto socorro', 'question', 'topic:see-doctor'],
    // Denials are no signs. Folded, "é" is "e" (and), which ends a denial: "não é dormente" errs on the safe side.
    ['meu peito não dói', 'report', 'topic:feel-little'],
    ['não tenho dor no peito', 'report', 'topic:feel-little'],
    ['o braço não é dormente', 'report', 'prompt:numbness'],
    ['não tenho dor no peito nem falta de ar', 'report', 'topic:feel-little'],
    ['é normal não sentir nada', 'question', 'topic:feel-little'],
    ['não sei se é o coração mas meu peito tá pesado', 'report', 'emergency:chest-pain'],
  ],
  // Arabic: what is written onto a word (بـ، لـ، وـ، الـ) is read off it, with or without the hamza and the short vowels.
  ar: [
    ['عندي ألم شديد في صدري', 'report', 'emergency:chest-pain'],
    ['أحس بضغط على الصدر', 'report', 'emergency:chest-pain'],
    ['بصدري ثِقَلٌ', 'report', 'emergency:chest-pain'],
    ['ما أقدر أتنفس', 'report', 'emergency:breathless'],
    ['فكي يوجعني', 'report', 'emergency:radiating-pain'],
    ['أحس بألم في ذراعي اليسرى', 'report', 'emergency:radiating-pain'],
    ['لا أعرف إذا هو قلبي لكن صدري ثقيل', 'report', 'emergency:chest-pain'],
    // "ما" asks as often as it denies: a question about chest pain is no denial of it.
    ['ما الذي أفعله إذا شعرت بألم في صدري', 'question', 'emergency:chest-pain'],
    ['لما أتمدد أحس بألم في صدري', 'report', 'emergency:chest-pain'],
    ['أغمي علي', 'report', 'emergency:emergency'],
    // An emergency said as such, or the Red Crescent (Saudi Arabia's ambulance service) called; the ER asked about is no sign.
    ['عندنا حالة طارئة', 'report', 'emergency:emergency'],
    ['نزل الألم في ذراعي', 'question', 'prompt:shooting-pain'],
    ['كلموا الهلال الأحمر بسرعة', 'report', 'emergency:emergency'],
    ['أنا أتعرق', 'report', 'companion:sweating-nausea'],
    ['أحس بغثيان', 'report', 'companion:sweating-nausea'],
    ['أحس إني بيغمى علي', 'report', 'companion:faint'],
    ['عندي تنميل في ذراعي', 'question', 'prompt:tingling'],
    ['ما أحس بأصابعي', 'report', 'prompt:numbness'],
    // An attached "and" ends a denial's reach, as "and" does in English.
    ['ما عندي حرارة ويدي مخدرة', 'report', 'prompt:numbness'],
    ['الدنيا تدور فيني', 'report', 'prompt:dizzy'],
    ['كتفي يوجعني شوي', 'report', 'ease:pain'],
    ['تمرين فتح الصدر يوجعني شوي', 'report', 'ease:pain'],
    ['هل أقدر آخذ مسكن للألم', 'question', 'topic:painkiller'],
    ['أنا حامل وفيه ألم بسيط', 'report', 'topic:pregnancy'],
    ['هل طقطقة الرقبة كل صباح مضرة', 'question', 'topic:crack-worse'],
    ['هل لازم أروح الطوارئ', 'question', 'topic:see-doctor'],
    ['ما عندي ألم في صدري', 'report', 'topic:feel-little'],
    ['صدري ما يعورني', 'report', 'topic:feel-little'],
    ['لا أشعر بشيء', 'report', 'topic:feel-little'],
    ['أحس بشد في صدري', 'report', 'nothing'],
    ['فيل بنفسجي', 'report', 'nothing'],
  ],
  // Unspaced: read one character at a time, katakana as hiragana; a denial follows what it denies.
  ja: [
    // Emergency signs in other words.
    ['胸がぎゅっと押しつぶされるような痛み', 'report', 'emergency:chest-pain'],
    ['ストレッチ中に胸が痛くなったらどうする', 'question', 'emergency:chest-pain'],
    ['背中が痛くて胸も重苦しい', 'report', 'emergency:chest-pain'],
    ['心臓かわからないけど胸が重い', 'report', 'emergency:chest-pain'],
    ['胸は痛くないけど息ができない', 'report', 'emergency:breathless'],
    ['息が吸えない', 'report', 'emergency:breathless'],
    ['あごがずきずきする', 'report', 'emergency:radiating-pain'],
    ['左腕に痛みが広がる', 'report', 'emergency:radiating-pain'],
    ['ろれつが回らない', 'report', 'emergency:emergency'],
    ['さっき気を失いました', 'report', 'emergency:emergency'],
    // Verbs that hold ない but deny nothing: the sign stays.
    ['胸の痛みが取れない', 'report', 'emergency:chest-pain'],
    ['胸が痛いのが治まらない', 'report', 'emergency:chest-pain'],
    // Alarming only in company: one question first.
    ['汗をかいています', 'report', 'companion:sweating-nausea'],
    ['汗が止まりません', 'report', 'companion:sweating-nausea'],
    ['気持ち悪いです', 'report', 'companion:sweating-nausea'],
    ['倒れそうです', 'report', 'companion:faint'],
    ['吐き気がしてめまいもする', 'report', 'companion:sweating-nausea'],
    // A doctor soon.
    ['腕がピリピリします', 'question', 'prompt:tingling'],
    ['指の感覚がありません', 'report', 'prompt:numbness'],
    ['熱はないけど腕がしびれてる', 'report', 'prompt:numbness'],
    ['しびれが取れない', 'report', 'prompt:numbness'],
    ['部屋がぐるぐる回ってる', 'report', 'prompt:dizzy'],
    // て/で ends a clause a denial reaches: 痛くて眠れない still hurts, and what follows て is denied alone.
    ['痛くて眠れない', 'report', 'ease:pain'],
    ['胸が痛くて眠れない', 'report', 'emergency:chest-pain'],
    ['腕がしびれて胸は痛くない', 'report', 'prompt:numbness'],
    ['しびれてはいないけど痛い', 'report', 'ease:pain'],
    // Discomfort, and topics.
    ['肩が少し痛いです', 'report', 'ease:pain'],
    ['痛み止めを飲んでもいいですか', 'question', 'topic:painkiller'],
    ['妊娠中で少し痛いです', 'report', 'topic:pregnancy'],
    ['胸を開くストレッチが少し痛い', 'report', 'ease:pain'],
    ['肩をぐるぐる回すと痛い', 'report', 'ease:pain'],
    // Negations are no red flags.
    ['しびれていない', 'report', 'nothing'],
    ['手がしびれていません', 'report', 'nothing'],
    ['熱はありません', 'report', 'nothing'],
    ['熱もしびれもありません', 'report', 'nothing'],
    ['胸の痛みはありません', 'report', 'topic:feel-little'],
    ['胸は痛くありません', 'report', 'topic:feel-little'],
    ['胸の痛みはまったくないです', 'report', 'topic:feel-little'],
    ['全然痛くない', 'report', 'topic:feel-little'],
    ['何も感じないのは普通ですか', 'question', 'topic:feel-little'],
    ['伸びている感覚がない', 'report', 'topic:feel-little'],
    ['胸が伸びているのを感じます', 'report', 'nothing'],
    ['紫の象', 'report', 'nothing'],
  ],
  nl: [
    // Noodsignalen, ook in andere woorden en midden in een zin.
    ['een drukkende pijn op mijn borst', 'report', 'emergency:chest-pain'],
    ['mijn rug doet zeer en mijn borst voelt zwaar', 'report', 'emergency:chest-pain'],
    ['ik zweet en het knelt op mijn borst', 'report', 'emergency:chest-pain'],
    ['geen borstpijn maar ik krijg geen lucht', 'report', 'emergency:breathless'],
    ['ik kan niet goed doorademen', 'report', 'emergency:breathless'],
    ['mijn kaak doet zeer', 'report', 'emergency:radiating-pain'],
    ['ik denk dat ik een beroerte heb', 'report', 'emergency:emergency'],
    ['bel honderdtwaalf', 'report', 'emergency:emergency'],
    // Alleen alarmerend in gezelschap.
    ['ik zweet', 'report', 'companion:sweating-nausea'],
    ['ik ben misselijk', 'report', 'companion:sweating-nausea'],
    ['ik denk dat ik flauwval', 'report', 'companion:faint'],
    // Binnenkort naar de dokter.
    ['mijn arm tintelt', 'question', 'prompt:tingling'],
    ['ik voel mijn vingers niet meer', 'report', 'prompt:numbness'],
    ['geen koorts en mijn arm is doof', 'report', 'prompt:numbness'],
    ['de kamer draait', 'report', 'prompt:dizzy'],
    ['ik kan mijn arm niet optillen', 'report', 'prompt:weakness'],
    // Ongemak, en onderwerpen.
    ['mijn schouder doet een beetje pijn', 'report', 'ease:pain'],
    ['het trekt best wel', 'report', 'ease:discomfort'],
    ['mag ik een pijnstiller nemen tegen de pijn', 'question', 'topic:painkiller'],
    ['ik ben zwanger en het doet een beetje pijn', 'report', 'topic:pregnancy'],
    ['is het slecht om elke ochtend mijn nek te laten kraken', 'question', 'topic:crack-worse'],
    ['moet ik naar de spoedeisende hulp', 'question', 'topic:see-doctor'],
    ['de borstopener doet een beetje pijn', 'report', 'ease:pain'],
    // Ontkenningen zijn geen signaal.
    ['helemaal geen pijn', 'report', 'topic:feel-little'],
    ['mijn borst doet geen pijn', 'report', 'topic:feel-little'],
    ['ik heb geen pijn op de borst en ik ben niet benauwd', 'report', 'topic:feel-little'],
    ['is het normaal dat ik niks voel', 'question', 'topic:feel-little'],
    ['ik voel de rek in mijn borst', 'report', 'nothing'],
    ['paarse olifant', 'report', 'nothing'],
  ],
  hi: [
    // खतरे के संकेत, दूसरे शब्दों में, कहीं भी वाक्य में; English words as Indians say them.
    ['सीने पर भारी दबाव है', 'report', 'emergency:chest-pain'],
    ['पीठ दुख रही है और छाती कस रही है', 'report', 'emergency:chest-pain'],
    ['chest में pain हो रहा है', 'report', 'emergency:chest-pain'],
    ['सीने में दर्द नहीं है लेकिन सांस नहीं आ रही', 'report', 'emergency:breathless'],
    ['जबड़ा दुख रहा है', 'report', 'emergency:radiating-pain'],
    ['लगता है heart attack है', 'report', 'emergency:emergency'],
    // Alarming only in company.
    ['पसीना आ रहा है', 'report', 'companion:sweating-nausea'],
    ['जी मिचला रहा है', 'report', 'companion:sweating-nausea'],
    ['लगता है बेहोश हो जाऊंगी', 'report', 'companion:faint'],
    // A doctor soon.
    ['हाथ में झुनझुनी है', 'question', 'prompt:tingling'],
    ['उंगलियां महसूस नहीं हो रहीं', 'report', 'prompt:numbness'],
    ['बुखार नहीं है और हाथ सुन्न है', 'report', 'prompt:numbness'],
    ['सिर घूम रहा है', 'report', 'prompt:dizzy'],
    // Discomfort, and topics.
    ['कंधे में थोड़ा दर्द है', 'report', 'ease:pain'],
    ['दर्द के लिए painkiller ले सकती हूँ क्या', 'question', 'topic:painkiller'],
    ['मैं pregnant हूँ और थोड़ा दर्द है', 'report', 'topic:pregnancy'],
    ['रोज़ सुबह गर्दन चटकाना बुरा है क्या', 'question', 'topic:crack-worse'],
    ['chest opener में थोड़ा दर्द है', 'report', 'ease:pain'],
    // Denials are no signs: the negation follows what it denies.
    ['बिल्कुल दर्द नहीं है', 'report', 'topic:feel-little'],
    ['सीने में दर्द नहीं है', 'report', 'topic:feel-little'],
    ['क्या कुछ महसूस न होना ठीक है', 'question', 'topic:feel-little'],
    ['न सीने में दर्द है न सांस की तकलीफ़', 'report', 'topic:feel-little'],
    ['stretch छाती में महसूस हो रहा है', 'report', 'nothing'],
    ['बैंगनी हाथी', 'report', 'nothing'],
  ],
};

const rows = Object.entries(ROWS).flatMap(([language, list]) => list.map(([words, asked, expected]) => [language, words, asked, expected] as const));

describe('understanding heard words', () => {
  test.each(rows)('%s: "%s" (%s) is %s', (language, words, asked, expected) => {
    expect(summary(understand(language, words, asked))).toBe(expected);
  });

  test('every sign heard is listed, most urgent first', () => {
    const heard = understand('en', 'i feel sick and dizzy and my chest is tight', 'report');
    expect(heard.kind === 'symptom' && heard.signs).toEqual(['chest-pain', 'sweating-nausea', 'dizzy', 'discomfort']);
  });

  test('a denied sign is reported as denied when nothing else is heard', () => {
    expect(understand('en', 'no chest pressure', 'question')).toEqual({ kind: 'nothing', denied: ['chest-pain'] });
  });

  test('a locale reads its language; a language the skill does not have reads English', () => {
    expect(summary(understand('en-GB', 'pain in my chest', 'report'))).toBe('emergency:chest-pain');
    expect(summary(understand('sv-SE', 'pain in my chest', 'report'))).toBe('emergency:chest-pain');
    expect(understand('en', '', 'report')).toEqual({ kind: 'nothing', denied: [] });
    expect(understand('en', undefined, 'report')).toEqual({ kind: 'nothing', denied: [] });
  });
});

describe.each(Object.entries(VOCABULARIES))('the %s vocabulary', (_language, vocabulary) => {
  const matcher = new LanguageMatcher(vocabulary);
  const rank = (id: SymptomId) => URGENCIES.indexOf(symptomUrgency(id));

  test('every listed symptom phrase is understood as its symptom, or as one more urgent', () => {
    const wrong: string[] = [];
    for (const id of SYMPTOM_IDS) {
      for (const phrase of vocabulary.symptoms[id].phrases) {
        const heard = matcher.understand(phrase, 'report');
        if (heard.kind !== 'symptom' || rank(heard.symptom) > rank(id) || (rank(heard.symptom) === rank(id) && heard.symptom !== id && heard.urgency !== 'ease')) {
          wrong.push(`${id}: "${phrase}" is ${summary(heard)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  test('every listed topic phrase, asked, is understood as its topic, or as a red flag', () => {
    const wrong: string[] = [];
    for (const id of SAFETY_TOPIC_IDS) {
      for (const phrase of vocabulary.topics[id].phrases) {
        const heard = matcher.understand(phrase, 'question');
        const redFlag = heard.kind === 'symptom' && heard.urgency !== 'ease';
        if (!redFlag && !(heard.kind === 'topic' && heard.topic === id)) wrong.push(`${id}: "${phrase}" is ${summary(heard)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('slots: what Alexa matched, and the words', () => {
  test('a matched symptom stands, unless the words hold a more urgent sign', () => {
    expect(summary(heardReport('en-US', { id: 'pain', words: 'it hurts' }))).toBe('ease:pain');
    expect(summary(heardReport('en-US', { id: 'pain', words: 'pain in my back and my left arm' }))).toBe('emergency:radiating-pain');
    expect(summary(heardReport('en-US', { id: 'chest-pain', words: 'chest pain' }))).toBe('emergency:chest-pain');
  });

  test('a report that matched nothing is read from its words', () => {
    expect(summary(heardReport('en-US', { words: 'a crushing pain in my chest' }))).toBe('emergency:chest-pain');
    expect(summary(heardReport('en-US', { words: "i'm pregnant" }))).toBe('topic:pregnancy');
    expect(summary(heardReport('en-US', {}))).toBe('nothing');
  });

  test('a question: its symptom slot, its topic slot, or its words', () => {
    expect(summary(heardQuestion('en-US', { symptom: { id: 'tingling', words: 'my arm is tingling' } }))).toBe('prompt:tingling');
    expect(summary(heardQuestion('en-US', { topic: { id: 'posture', words: 'posture' } }))).toBe('topic:posture');
    expect(summary(heardQuestion('en-US', { topic: { words: 'i get chest pain while stretching' } }))).toBe('emergency:chest-pain');
    expect(summary(heardQuestion('en-US', { topic: { words: 'yoga mats' } }))).toBe('nothing');
  });

  test('a matched topic gives way only to an emergency sign in its words', () => {
    expect(summary(heardQuestion('en-US', { topic: { id: 'see-doctor', words: 'when should i see a doctor about chest pain' } }))).toBe('emergency:chest-pain');
    expect(summary(heardQuestion('en-US', { topic: { id: 'numbness', words: 'what if i feel numbness or tingling' } }))).toBe('topic:numbness');
  });
});
