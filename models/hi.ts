import vocabulary from '../lambda/src/understanding/vocabulary/hi';
import { lines, variants, type LanguageModelSource } from './define';

/**
 * Hindi as Indians speak to Alexa: Hindi words in Devanagari, the English words they use
 * (stretch, routine, desk break, ready, next) in Latin letters. Hindi puts the verb last:
 * "{routine} शुरू करो".
 */
const model: LanguageModelSource = {
  invocationName: 'सीधी पीठ',
  vocabulary,
  intents: {
    StartRoutineIntent: {
      slots: { routine: 'RoutineName' },
      samples: [
        ...lines`
          routine शुरू करो
          routine शुरू कीजिए
          stretching शुरू करो
          stretching शुरू कीजिए
          stretch करना है
          मुझे stretch करना है
          मुझे stretching करनी है
          पीठ के लिए कुछ करवाओ
          ऊपरी पीठ के stretches करवाओ
          मेरे साथ stretch करो
          कुछ stretches करवाओ
          start a routine
          {routine}
          {routine} please
          {routine} शुरू करो
          {routine} शुरू कीजिए
          {routine} शुरू करें
          {routine} start करो
          start {routine}
          {routine} करना है
          {routine} करनी है
          मुझे {routine} करना है
          मुझे {routine} करनी है
          {routine} करवाओ
          {routine} करवाइए
          {routine} कराओ
          {routine} चलाओ
          {routine} चलाइए
          {routine} लगाओ
          चलो {routine} करते हैं
          {routine} करते हैं
          {routine} कर लेते हैं
          मैं {routine} करूंगा
          मैं {routine} करूंगी
          {routine} से शुरू करो
          {routine} वाली routine
          {routine} वाली करो
          {routine} वाला करो
          मुझे {routine} चाहिए
          मैं {routine} हूँ
          मेरे पास {routine} है
          {routine} में हूँ
          इसकी जगह {routine} करो
          {routine} पर चलो
          {routine} शुरू करने को
          {routine} शुरू करने के लिए
        `,
        ...variants`
          (चलो|आज) {routine} (करते हैं|करेंगे|कर लेते हैं)
          {routine} (शुरू|start) (करो|कीजिए|करें|कर दो|कर दीजिए)
        `,
      ],
    },
    ListRoutinesIntent: {
      slots: {},
      samples: [
        ...lines`
          कौन कौन सी routines हैं
          कौन सी routines हैं
          आपके पास कौन सी routines हैं
          क्या क्या routines हैं
          क्या विकल्प हैं
          मेरे पास क्या options हैं
          options बताओ
          routines बताओ
          सारी routines बताओ
          routines की list
          कौन से stretches हैं
          किस तरह की routines हैं
          कितनी routines हैं
          मुझे कौन सी routine करनी चाहिए
          कौन सी routine अच्छी है
          routines
          options
          क्या क्या कर सकते हैं
          मैं क्या क्या कर सकता हूँ
          मैं क्या क्या कर सकती हूँ
        `,
        ...variants`
          (कौन सी|कौन कौन सी|क्या क्या) (routines|stretches) (हैं|मिलेंगी|करवाती हो|करवाती हैं)
          (routines|options|विकल्प) (बताओ|बताइए|सुनाओ|गिनाओ)
        `,
      ],
    },
    RoutineProgressIntent: {
      slots: {},
      samples: [
        ...lines`
          कितना बाकी है
          कितना समय बाकी है
          कितनी देर और
          और कितनी देर
          कितने stretches बाकी हैं
          कितने और बाकी हैं
          हम कहां हैं
          मैं कहां हूँ
          हम कहां तक पहुंचे
          बस होने वाला है क्या
          क्या खत्म होने वाला है
          अभी कितना और है
          कितने मिनट बाकी हैं
          अभी लंबा है क्या
          और कितने बचे हैं
        `,
        ...variants`
          (कितने|और कितने) (stretches|मिनट) (बाकी हैं|बचे हैं|और हैं)
          (क्या|) (लगभग|बस) (खत्म|पूरा) (होने वाला है|हो गया)
        `,
      ],
    },
    SetVerbosityIntent: {
      slots: { verbosity: 'Verbosity' },
      samples: lines`
        {verbosity}
        {verbosity} please
        please {verbosity}
        अब से {verbosity}
        थोड़ा {verbosity}
        बस {verbosity}
        मुझे {verbosity} चाहिए
        {verbosity} कीजिए
        {verbosity} करो
        आगे से {verbosity}
        {verbosity} ही ठीक है
        {verbosity} रखो
        {verbosity} रखिए
        अब {verbosity} कीजिए
        instructions {verbosity}
        निर्देश {verbosity}
      `,
    },
    SetPaceIntent: {
      slots: { pace: 'Pace' },
      samples: lines`
        {pace}
        {pace} please
        {pace} करो
        {pace} कीजिए
        {pace} करवाओ
        {pace} चलाओ
        {pace} चलो
        अब से {pace}
        आगे से {pace}
        मुझे {pace} करना है
        stretches {pace} करो
        routine {pace} चलाओ
        {pace} ही ठीक है
        {pace} करते हैं
        सब {pace}
        सारे stretches {pace}
      `,
    },
    SafetyQuestionIntent: {
      slots: { topic: 'SafetyTopic', symptom: 'Symptom' },
      samples: [
        ...lines`
          {topic}
          क्या {topic}
          {topic} क्या
          क्या {topic} ठीक है
          {topic} ठीक है क्या
          क्या {topic} सुरक्षित है
          {topic} सुरक्षित है क्या
          {topic} के बारे में बताओ
          {topic} के बारे में बताइए
          {topic} के बारे में
          {topic} के बारे में सवाल
          मेरा सवाल {topic} के बारे में है
          {topic} पर सवाल
          मुझे {topic} के बारे में जानना है
          {topic} के बारे में क्या जानती हो
          {topic} कैसे
          {topic} क्यों
          मुझे {topic} की चिंता है
          {topic} की सलाह दो
          मैं {topic} हूँ
          मुझे {topic} है
          मेरा {topic} हुआ है
          मेरी {topic} हुई है
          क्या मैं {topic} ले सकता हूँ
          क्या मैं {topic} ले सकती हूँ
          क्या आप {topic} हैं
          आप {topic} हो क्या
          # लक्षण के बारे में सवाल: यहां हर Symptom एक सवाल है।
          अगर {symptom} हो तो क्या करूं
          अगर {symptom} हो तो
          अगर {symptom} हो जाए तो
          {symptom} हो तो क्या करें
          {symptom} होने पर क्या करूं
          {symptom} होना normal है क्या
          क्या {symptom} होना ठीक है
          {symptom} हो जाए तो क्या करना चाहिए
        `,
        ...variants`
          (क्या|) {topic} (ठीक|सही) है (|क्या)
          (अगर|जब) {symptom} (हो|होने लगे|हो जाए|आए|आने लगे|आने लगें) तो (|क्या करूं|क्या करें|क्या करना चाहिए)
        `,
      ],
    },
    ReportSymptomIntent: {
      slots: { symptom: 'Symptom' },
      samples: [
        ...lines`
          {symptom}
          मुझे {symptom}
          मुझे {symptom} है
          मुझे {symptom} हो रहा है
          मुझे {symptom} हो रही है
          {symptom} हो रहा है
          {symptom} हो रही है
          अचानक {symptom}
          अचानक {symptom} हो रहा है
          अभी {symptom}
          अब {symptom}
          मुझे लगता है {symptom}
          लग रहा है {symptom}
          {symptom} लग रहा है
          {symptom} महसूस हो रहा है
          मुझे {symptom} महसूस हो रहा है
          इस stretch से {symptom}
          इस stretch में {symptom}
          इससे {symptom}
          मेरे {symptom}
          मेरी {symptom}
        `,
        ...variants`
          (आह|उफ़|अरे) {symptom}
          (कल से|सुबह से|आज) {symptom} (हो रहा है|हो रही है|है)
          (मुझे|) {symptom} (आ रहा है|आ रही है|आ रहे हैं|लग रहा है|लग रही है)
          (थोड़ा|बहुत|काफ़ी) {symptom} (हो रहा है|हो रही है)
        `,
      ],
    },
    'AMAZON.NextIntent': {
      samples: [
        ...lines`
          अगला stretch
          अगले पर चलो
          आगे बढ़ो
          आगे बढ़िए
          हो गया
          हो गया अगला
          मैं ready हूँ
          ready
          मैं तैयार हूँ
          तैयार
          तैयार हूँ
          done
          खत्म हुआ
          इसे छोड़ो
          इसे skip करो
          skip करो
          अगला कौन सा है
          अब क्या है
          ok next
          next please
          अगला please
        `,
        ...variants`
          (अगला|अगले) (stretch|वाला) (करो|करते हैं|पर चलो|बताओ)
          (मैं|हम) (ready|तैयार) (हूँ|हैं) (|अगले के लिए)
        `,
      ],
    },
    'AMAZON.PreviousIntent': {
      samples: [
        ...lines`
          पीछे
          पीछे जाओ
          पिछला stretch
          पिछला वाला
          वापस जाओ
          पिछले पर चलो
        `,
        ...variants`
          (पिछला|पिछले वाला|पहले वाला) (stretch|) (करो|फिर से करो|दिखाओ)
          (एक|) stretch पीछे (जाओ|चलो)
        `,
      ],
    },
    'AMAZON.RepeatIntent': {
      samples: [
        ...lines`
          फिर से
          दोबारा
          एक बार और
          फिर से करो
          दोबारा करो
          फिर से बोलो
          क्या कहा
          आपने क्या कहा
          समझ नहीं आया
          sorry क्या बोला
        `,
        ...variants`
          (फिर से|दोबारा|एक बार और) (बोलो|बोलिए|बताओ|बताइए|करवाओ)
          (यह|इसे|ये) (फिर से|दोबारा) (करो|करते हैं|कीजिए)
        `,
      ],
    },
    'AMAZON.StartOverIntent': {
      samples: lines`
        शुरू से
        शुरू से करो
        फिर से शुरू करो
        शुरुआत से
        routine शुरू से करो
        पूरी routine फिर से शुरू करो
      `,
    },
    'AMAZON.PauseIntent': {
      samples: [
        ...lines`
          रुको
          रुकिए
          ज़रा रुको
          थोड़ा रुको
          एक मिनट रुको
          pause करो
          routine रोको
        `,
        ...variants`
          (एक मिनट|एक सेकंड|ज़रा|थोड़ी देर) (रुको|रुकिए|रुकना|रुक जाओ|ठहरो)
          (मुझे|) (break|आराम|थोड़ा आराम) (चाहिए|लेना है)
          (थोड़ी देर|एक मिनट) के लिए (pause|रोको|रोक दो)
        `,
      ],
    },
    'AMAZON.ResumeIntent': {
      samples: [
        ...lines`
          आगे चलो
          आगे चलिए
          जारी रखो
          जारी रखिए
          continue
          continue करो
          वहीं से शुरू करो
          जहां रुके थे वहीं से
          जहां छोड़ा था वहीं से
          routine पर वापस चलो
          stretch जारी रखो
          resume करो
        `,
        ...variants`
          (जहां|जहाँ) (रुके थे|रोका था|छोड़ा था) (वहीं से|वहाँ से) (शुरू करो|चलो|जारी रखो)
          (मैं|हम) (वापस आ गया|वापस आ गई|वापस आ गए) (|हूँ|हैं)
          (चलो|) आगे (चलते हैं|चलें|चलिए ना)
        `,
      ],
    },
    'AMAZON.YesIntent': {},
    'AMAZON.NoIntent': {},
    'AMAZON.HelpIntent': {},
    'AMAZON.StopIntent': {
      samples: [
        ...lines`
          routine बंद करो
          routine खत्म करो
          आज के लिए बस
          आज के लिए इतना ही
          बस आज इतना
          अब बस करो
        `,
        ...variants`
          (आज के लिए|अभी के लिए) (बस|इतना ही|हो गया|खत्म)
          (मुझे|) (रुकना|बंद करना|खत्म करना) है
          (stretching|routine) (बंद|खत्म) (करो|कर दो|कीजिए)
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
        desk break
        desk
        desk वाली
        desk break वाली
        office
        office वाली
        office में
        मैं office में हूँ
        काम के बीच
        कुर्सी पर
        कुर्सी वाली
        बैठे बैठे
        chair
        जल्दी वाली
        जल्दी
        छोटी
        छोटी वाली
        सबसे छोटी
        कम समय वाली
        कुछ मिनट
        एक मिनट वाली
        quick
        computer के सामने
      `,
      morning: lines`
        सुबह की routine
        सुबह
        सुबह वाली
        सुबह की
        morning
        morning routine
        mat पर
        ज़मीन पर
        yoga mat
        mat
        मेरे पास mat है
        अभी उठा हूँ
        अभी उठी हूँ
        दिन की शुरुआत
        काम से पहले
        mobility
      `,
      gentle: lines`
        हल्की routine
        हल्की
        हल्की वाली
        हल्का
        आसान
        आसान वाली
        सबसे आसान
        gentle
        beginner
        beginners
        पहली बार
        मैं नया हूँ
        मैं नई हूँ
        धीरे धीरे वाली
        बिना सामान
        बिना सामान वाली
        कोई सामान नहीं
        no equipment
        आराम वाली
        relaxing
      `,
      full: lines`
        ऊपरी पीठ की पूरी routine
        पूरी routine
        पूरी
        पूरी वाली
        full
        full routine
        लंबी
        लंबी वाली
        सबसे लंबी
        सब कुछ
        सारे stretches
        दस मिनट वाली
        advanced
        foam roller
        मेरे पास foam roller है
        foam roller वाली
        roller
      `,
    },
    Verbosity: {
      brief: [
        ...lines`
          कम बोलो
          कम बोलिए
          कम बात
          छोटा करके बताओ
          छोटे निर्देश
          short में
          short
          कम detail
          less talking
          बस ज़रूरी बातें
          ज़्यादा मत समझाओ
          ज़्यादा मत बोलो
          सिर्फ़ समय बताओ
        `,
        ...variants`
          (थोड़ा|बहुत) कम (बोलो|बोलिए|समझाओ)
        `,
      ],
      detailed: [
        ...lines`
          पूरा बताओ
          पूरा बताइए
          पूरे steps
          detail में बताओ
          detail में
          ज़्यादा detail
          more detail
          विस्तार से
          विस्तार से बताओ
          अच्छे से समझाओ
          सब कुछ समझाओ
          हर step बताओ
        `,
        ...variants`
          (पूरी|ज़्यादा) (जानकारी|detail) (दो|दीजिए)
        `,
      ],
    },
    Pace: {
      flow: lines`
        चलते रहो
        चलते रहिए
        बिना रुके
        लगातार
        keep going
        रुको मत
        मत रुको
        एक के बाद एक
        सब एक साथ
        non stop
        एक ही बार में
        मेरा इंतज़ार मत करो
      `,
      step: lines`
        एक एक करके
        एक एक
        one by one
        एक बार में एक
        step by step
        मेरा इंतज़ार करो
        हर stretch के बाद रुको
        अपनी रफ़्तार से
        धीरे धीरे एक एक करके
        एक एक stretch
      `,
    },
  },
  locales: {
    'hi-IN': {},
  },
};

export default model;
