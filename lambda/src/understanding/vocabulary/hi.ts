import { lines, words } from '../lines';
import type { Vocabulary } from '../vocabulary';

/**
 * Hindi as Indians say it to Alexa: Hindi words in Devanagari, the English words people use
 * (doctor, stretch, chest pain, painkiller) in Latin letters, and the most common of those
 * also as Alexa may write them in Devanagari (डॉक्टर, एंबुलेंस). The negation follows what it
 * denies ("सीने में दर्द नहीं है").
 */
const vocabulary: Vocabulary = {
  grammar: {
    negations: words`नहीं नही न मत बिना no not never without don't can't`,
    hedges: words`पता_नहीं पक्का_नहीं मालूम_नहीं पता_नही not_sure don't_know`,
    clauseBreaks: words`लेकिन मगर किंतु बल्कि but however`,
    scopeBreaks: words`और तो फिर भी अब मैं मुझे मेरा मेरी मेरे and also then so`,
    negationFollows: true,
    notSigns: words`
      painkiller* pain_killer* दर्द_की_दवा* दर्द_निवारक* pain_relief दर्द_की_गोली
      heart_rate chest_opener* chest_stretch* दरवाजे_वाला छाती_खोल* knee_to_chest घुटना_छाती घुटनों_वाला
      emergency_ward emergency_room
    `,
  },
  topics: {
    'crack-safe': {
      phrases: lines`
        पीठ चटकाना
        पीठ चटकाना ठीक है
        अपनी पीठ चटकाना
        पीठ कड़काना
        back crack करना
        back crack
        कमर चटकाना
        रीढ़ चटकाना
        चटकाना
        क्या पीठ चटकाना ठीक है
        क्या पीठ चटकाना सुरक्षित है
        पीठ चटकाना खतरनाक है क्या
        मैं अपनी पीठ चटका सकता हूँ
        मैं अपनी पीठ चटका सकती हूँ
        crack करना ठीक है
      `,
      cues: lines`
        चटक* कड़क* crack* + पीठ* कमर* back रीढ़* गर्दन* neck खुद
      `,
    },
    'crack-why': {
      phrases: lines`
        पीठ क्यों चटकती है
        पीठ से आवाज़ क्यों आती है
        कट की आवाज़ क्यों आती है
        यह आवाज़ कैसी है
        चटकने की आवाज़
        पीठ चटकने की आवाज़
        जोड़ों से आवाज़ क्यों आती है
        मेरी पीठ अभी चटकी क्या यह ठीक है
        crack की आवाज़ क्यों आती है
      `,
      cues: lines`
        क्यों कैसी क्या why + चटक* कड़क* crack* कट + आवाज* sound* पीठ* जोड़*
      `,
    },
    'crack-worse': {
      phrases: lines`
        चटकाने से नुकसान होता है
        क्या चटकाना बुरा है
        चटकाना खराब है क्या
        क्या पीठ चटकाने से नुकसान होता है
        चटकाने से गठिया होता है क्या
        ज़ोर से चटकाना
        ज़बरदस्ती पीठ चटकाना
        ligaments ढीले हो जाते हैं
      `,
      cues: lines`
        चटक* कड़क* crack* + नुकसान* खराब* बुरा* बुरी गठिया arthritis ligament* ढील* चोट* जोर* जबरदस्ती bad
        चटक* कड़क* crack* + पीठ* कमर* गर्दन* neck back + नुकसान* खराब* बुरा* बुरी गठिया arthritis ligament* ढील* चोट* जोर* जबरदस्ती bad
      `,
    },
    'crack-often': {
      phrases: lines`
        कितनी बार पीठ चटका सकते हैं
        दिन में कितनी बार चटकाना ठीक है
        रोज़ पीठ चटकाना
        मैं बार बार पीठ चटकाता हूँ
        मैं बार बार पीठ चटकाती हूँ
        पीठ चटकाने की आदत
      `,
      cues: lines`
        चटक* कड़क* crack* + कितनी_बार रोज बार_बार दिन_में आदत often daily
      `,
    },
    'crack-someone': {
      phrases: lines`
        किसी और से पीठ चटकवाना
        पीठ पर किसी को चलवाना
        बच्चों से पीठ पर चलवाना
        पीठ पर चलना
        पति से पीठ चटकवाना
        पत्नी से पीठ चटकवाना
        दोस्त से पीठ चटकवाना
        हाथ खिंचवाकर पीठ चटकवाना
        chiropractor
        chiropractor के पास जाना
        कायरोप्रैक्टर
      `,
      cues: lines`
        चटकव* चलव* खिंचव* + कोई किसी पति पत्नी दोस्त बच्च* और
        chiropract* कायरोप्रैक्टर*
      `,
    },
    'stretch-vs-crack': {
      phrases: lines`
        stretch करूँ या चटकाऊँ
        stretching या cracking
        चटकाना बेहतर है या stretch करना
        चटकाने की जगह stretch
        क्या चटकाने से आराम मिलता है
        चटकाने से फ़ायदा होता है क्या
      `,
      cues: lines`
        stretch* खिंचाव + चटक* crack* + बेहतर या अच्छा better जगह
        चटक* crack* + आराम फायदा फायदे मदद
      `,
    },
    'stretch-frequency': {
      phrases: lines`
        कितनी बार stretch करना चाहिए
        हफ़्ते में कितनी बार
        क्या रोज़ stretch कर सकते हैं
        रोज़ stretching करना
        दिन में दो बार stretch
        यह routine कितनी बार करनी चाहिए
        ज़्यादा stretching
      `,
      cues: lines`
        कितनी_बार रोज रोजाना हफ्ते* daily often + stretch* routine* कसरत* करना करनी
      `,
    },
    'hold-length': {
      phrases: lines`
        stretch कितनी देर रोकना चाहिए
        कितनी देर रोकूँ
        कितनी देर तक रोकना है
        कितने सेकंड
        कितने सेकंड रोकना है
        तीस सेकंड काफ़ी है क्या
        ज़्यादा देर तक रोक सकते हैं
        हर तरफ़ कितनी देर
      `,
      cues: lines`
        कितनी_देर कितने_सेकंड कितना_समय देर सेकंड seconds how_long + रोक* hold* stretch* तक
      `,
    },
    'warm-up': {
      phrases: lines`
        warm up
        warm up करना ज़रूरी है
        पहले warm up करना चाहिए क्या
        वार्म अप
        शरीर गरम करना
        warm up कैसे करें
        बिना warm up के stretch
      `,
      cues: lines`
        warm_up warmup वार्म_अप वार्मअप गरम_कर*
      `,
    },
    'should-hurt': {
      phrases: lines`
        क्या stretching में दर्द होना चाहिए
        stretch में दर्द होना चाहिए क्या
        दर्द होना चाहिए क्या
        थोड़ा दर्द होना normal है क्या
        कितना खींचना चाहिए
        कितना ज़ोर लगाना है
        दर्द के बावजूद stretch करूँ
        क्या महसूस होना चाहिए
      `,
      cues: lines`
        दर्द* pain* hurt* महसूस + चाहिए normal सामान्य
        कितना कितनी + खींच* जोर* दूर
      `,
    },
    'feel-little': {
      phrases: lines`
        कुछ महसूस नहीं हो रहा
        stretch महसूस नहीं हो रहा
        खिंचाव महसूस नहीं हो रहा
        कुछ खास महसूस नहीं हो रहा
        दर्द नहीं हो रहा
        कोई दर्द नहीं
        बिल्कुल दर्द नहीं है
        सीने में दर्द नहीं है
        छाती में दर्द नहीं है
        दर्द नहीं है
      `,
      cues: lines`
        ~महसूस* ~feel* + कुछ stretch खिंचाव ज्यादा
        ~दर्द* ~pain* ~दुख*
      `,
    },
    numbness: {
      phrases: lines`
        सुन्नपन या झुनझुनी
        अगर हाथ सुन्न हो जाए तो
        उंगलियों में झुनझुनी की चिंता
        stretch करते हुए हाथ सुन्न होना
        सुन्नपन की चिंता करूँ क्या
      `,
    },
    'shooting-pain': {
      phrases: lines`
        दर्द बांह में नीचे जाना
        अगर दर्द हाथ में नीचे जाए तो
        नस दबना
        नस दब गई है
        दबी हुई नस
        slip disc
        स्लिप डिस्क
        sciatica
        क्या यह नस का दर्द है
      `,
      cues: lines`
        sciatica slip_disc स्लिप_डिस्क
        नस* nerve + दब* pinch*
      `,
    },
    injury: {
      phrases: lines`
        चोट के बाद
        मैं गिर गया
        मैं गिर गई
        मैं पीठ के बल गिरा
        मैं पीठ के बल गिरी
        सीढ़ियों से गिर गया
        accident हुआ था
        accident के बाद
        गाड़ी का accident
        पीठ में चोट लगी
        मोच आ गई
        मांसपेशी खिंच गई
        sports injury
      `,
      cues: lines`
        गिर* accident* एक्सीडेंट* चोट* मोच* injur*
      `,
    },
    'see-doctor': {
      phrases: lines`
        doctor को कब दिखाना चाहिए
        कब doctor के पास जाऊँ
        क्या मुझे doctor को दिखाना चाहिए
        डॉक्टर को कब दिखाएं
        hospital कब जाना चाहिए
        कब चिंता करनी चाहिए
        कब गंभीर है
        खतरे के संकेत
        दर्द ठीक नहीं हो रहा
        physiotherapist को दिखाना
        फिजियोथेरेपिस्ट
      `,
      cues: lines`
        doctor* डॉक्टर* डाक्टर* physio* फिजियो* hospital* अस्पताल*
        चिंता serious गंभीर खतर* + दर्द* पीठ* यह
      `,
    },
    causes: {
      phrases: lines`
        पीठ दर्द क्यों होता है
        पीठ में अकड़न क्यों होती है
        ऊपरी पीठ में दर्द क्यों है
        पीठ दर्द की वजह
        पीठ दर्द के कारण
        कंधे इतने जकड़े क्यों हैं
        कौन सी मांसपेशियां खिंचती हैं
        रीढ़ की हड्डी
      `,
      cues: lines`
        क्यों कारण वजह why cause* + पीठ* कमर* कंधे* गर्दन* अकड़* जकड़* दर्द*
        मांसपेशि* muscle* रीढ़* + कौन कौनसी which
      `,
    },
    posture: {
      phrases: lines`
        posture
        मेरा posture
        posture कैसे सुधारें
        सही posture
        बैठने का सही तरीका
        कैसे बैठना चाहिए
        मैं झुककर बैठता हूँ
        मैं झुककर बैठती हूँ
        कंधे आगे की तरफ़ झुके हुए
        पूरे दिन बैठे रहना
        laptop पर काम करते हुए
        कुर्सी की ऊंचाई
        screen की ऊंचाई
      `,
      cues: lines`
        posture* पोस्चर* कूबड़* ergonom* laptop* screen* computer* मेज*
        बैठ* झुक* + कैसे सही सीधा तरीका दिन
      `,
    },
    'heat-ice': {
      phrases: lines`
        गरम या ठंडा
        ठंडा या गरम
        सिकाई
        गरम सिकाई
        बर्फ़ की सिकाई
        बर्फ़ लगाऊँ या गरम
        बर्फ़
        ice pack
        heating pad
        गरम पानी की थैली
        hot water bag
        गरम पानी से नहाना
      `,
      cues: lines`
        सिकाई सेंक* बर्फ* ice* heat* गरम* गर्म* ठंडा ठंडी hot_water
      `,
    },
    painkiller: {
      phrases: lines`
        painkiller
        painkiller ले सकते हैं
        दर्द की दवा
        दर्द की गोली
        दवाई
        दवा
        tablet
        crocin
        combiflam
        disprin
        paracetamol
        ibuprofen
        volini
        moov
        iodex
        balm
        मरहम
        muscle relaxant
      `,
      cues: lines`
        painkiller* दवा* दवाई* tablet* गोली* crocin combiflam disprin volini moov iodex balm* paracetamol ibuprofen ointment* मरहम* relaxant*
      `,
    },
    pregnancy: {
      phrases: lines`
        pregnancy
        मैं pregnant हूँ
        pregnant
        गर्भवती
        pregnancy में stretching
        delivery के बाद
        बच्चा होने के बाद
        बच्चा होने वाला है
      `,
      cues: lines`
        pregnan* गर्भ* delivery* डिलीवरी* प्रसव*
      `,
    },
    osteoporosis: {
      phrases: lines`
        osteoporosis
        मुझे osteoporosis है
        कमज़ोर हड्डियां
        मेरी हड्डियां कमज़ोर हैं
        bone density
        हड्डियों का कमज़ोर होना
      `,
      cues: lines`
        osteopor* ऑस्टियोपोरोसिस
        हड्डि* bone* + कमजोर* density भुरभुर* weak*
      `,
    },
    surgery: {
      phrases: lines`
        operation के बाद
        मेरा operation हुआ है
        हाल ही में surgery हुई है
        surgery
        ऑपरेशन
        पीठ का operation
        कंधे की surgery
        दिल का operation
        टांके
      `,
      cues: lines`
        operation* ऑपरेशन* surgery* सर्जरी* टांके stitch*
      `,
    },
    disclaimer: {
      phrases: lines`
        medical सलाह
        क्या यह medical advice है
        क्या आप doctor हैं
        आप doctor हो क्या
        क्या आप असली doctor हैं
        क्या मैं आप पर भरोसा कर सकता हूँ
        यह जानकारी कहां से है
        क्या आप मेरे दर्द की जांच कर सकती हैं
        मेरी पीठ में क्या खराबी है
        doctor
        डॉक्टर
      `,
      cues: lines`
        सलाह advice + medical मेडिकल डॉक्टरी
        doctor डॉक्टर + आप तुम असली
        diagnos* भरोसा trust* जांच_कर
      `,
    },
  },
  symptoms: {
    emergency: {
      phrases: lines`
        emergency
        इमरजेंसी
        यह emergency है
        ambulance बुलाओ
        एंबुलेंस बुलाओ
        ambulance
        एंबुलेंस
        एम्बुलेंस
        heart attack
        हार्ट अटैक
        मुझे heart attack आ रहा है
        दिल का दौरा
        लगता है दिल का दौरा पड़ रहा है
        stroke
        लकवे का दौरा
        मैं बेहोश हो गया था
        मैं बेहोश हो गई थी
        मैं मरने वाला हूँ
        एक एक दो पर call करो
      `,
      cues: lines`
        emergency* इमरजेंसी ambulance* एंबुलेंस* एम्बुलेंस* 112 heart_attack हार्ट_अटैक दिल_का_दौरा stroke स्ट्रोक cardiac
        बेहोश + गया गई था थी हो_गया हो_गई
        मर* + रहा रही वाला वाली
      `,
    },
    'chest-pain': {
      phrases: lines`
        सीने में दर्द
        छाती में दर्द
        chest pain
        चेस्ट पेन
        मेरे सीने में दर्द हो रहा है
        छाती में दबाव
        सीने पर दबाव
        सीने में भारीपन
        छाती भारी लग रही है
        सीना जकड़ रहा है
        छाती कस रही है
        सीने में जलन
        सीने में चुभन
        दिल में दर्द
        दिल के पास दर्द
        chest में दर्द
        chest tight लग रहा है
        सीने पर कुछ भारी रखा हो जैसे
      `,
      cues: lines`
        सीन* छाती* chest दिल heart चेस्ट + दर्द* दुख* दबाव* दब* भारी* जकड़* कस* जल* चुभ* pain* pressure tight* heavy
      `,
    },
    breathless: {
      phrases: lines`
        सांस लेने में तकलीफ़
        साँस फूल रही है
        सांस फूलना
        साँस नहीं आ रही
        मैं सांस नहीं ले पा रहा
        मैं सांस नहीं ले पा रही
        सांस लेने में दिक्कत
        दम घुट रहा है
        सांस अटक रही है
        breathing problem
        सांस लेने में दर्द
        सांस रुक रही है
      `,
      cues: lines`
        ~सांस* + आ ले ली लिया पा
        ~breath* ~breathe
        सांस* breath* + फूल* तकलीफ* दिक्कत* मुश्किल* problem* अटक* रुक* दर्द* difficult*
        दम_घुट* breathless*
      `,
    },
    'radiating-pain': {
      phrases: lines`
        दर्द जबड़े या बांह तक फैल रहा है
        जबड़े में दर्द
        जबड़ा दुख रहा है
        बाएं हाथ में दर्द
        बाईं बांह में दर्द
        left arm में दर्द
        दर्द बाएं हाथ तक जा रहा है
        दर्द फैल रहा है
        jaw pain
      `,
      cues: lines`
        जबड़* jaw + दर्द* दुख* pain*
        बाएं_हाथ बाईं_बांह बाएं_बाजू बाईं_बाजू left_arm + दर्द* दुख* pain*
        फैल* + दर्द* हाथ* बांह* जबड़*
      `,
    },
    'sweating-nausea': {
      phrases: lines`
        ठंडा पसीना या उल्टी जैसा
        ठंडा पसीना
        पसीना आ रहा है
        बहुत पसीना आ रहा है
        मैं पसीने से भीग गया
        जी मिचला रहा है
        उल्टी जैसा लग रहा है
        उल्टी आ रही है
        मतली
        घबराहट हो रही है
        nausea
        vomiting
      `,
      cues: lines`
        पसीन* sweat* जी_मिचल* मिचल* उल्टी* मतली nausea* vomit* घबराहट*
      `,
    },
    faint: {
      phrases: lines`
        बेहोशी जैसा लग रहा है
        लगता है बेहोश हो जाऊंगा
        लगता है बेहोश हो जाऊंगी
        आंखों के आगे अंधेरा छा रहा है
        आंखों के सामने अंधेरा
        गिरने वाला हूँ
        गिरने वाली हूँ
        faint लग रहा है
      `,
      cues: lines`
        बेहोशी बेहोश अंधेरा faint*
        गिरने + वाला वाली
      `,
    },
    numbness: {
      phrases: lines`
        सुन्नपन
        सुन्न
        हाथ सुन्न हो गया
        मेरा हाथ सुन्न है
        बांह सुन्न हो गई
        उंगलियां सुन्न हैं
        पैर सुन्न हो गया
        हाथ सो गया है
        उंगलियां महसूस नहीं हो रहीं
        हाथ में कुछ महसूस नहीं हो रहा
        numbness
        numb
      `,
      cues: lines`
        सुन्न* numb*
        ~महसूस + उंगलि* हाथ* पैर* बांह* finger* hand* arm* leg*
        सो_गया सो_गई + हाथ* पैर* बांह*
      `,
    },
    tingling: {
      phrases: lines`
        झुनझुनी
        झुनझुनी हो रही है
        हाथ में झुनझुनी
        उंगलियों में झुनझुनी
        पैरों में झुनझुनी
        चींटियां चल रही हैं
        सुई जैसी चुभन हाथ में
        tingling
        हाथ में tingling
      `,
      cues: lines`
        झुनझुन* tingl* चींटि* pins_and_needles
      `,
    },
    weakness: {
      phrases: lines`
        बांह में कमज़ोरी
        कमज़ोरी
        हाथ में कमज़ोरी
        पैर में कमज़ोरी
        हाथ में ताकत नहीं है
        हाथ उठ नहीं रहा
        हाथ से कुछ पकड़ नहीं पा रहा
        मुट्ठी नहीं बंध रही
        पैर साथ नहीं दे रहे
        हाथ में लकवा
        weakness
      `,
      cues: lines`
        कमजोर* weak* + हाथ* बांह* पैर* उंगलि* arm* hand* leg*
        ~ताकत* ~जान + हाथ* बांह* पैर* उंगलि*
        ~उठ* ~पकड़* ~बंध* ~हिल* + हाथ* बांह* पैर* मुट्ठी
        लकवा paraly*
      `,
    },
    'shooting-pain': {
      phrases: lines`
        तेज़ दर्द बांह में नीचे जा रहा है
        दर्द हाथ में नीचे उतर रहा है
        करंट जैसा लग रहा है
        करंट जैसा दर्द
        झटके जैसा दर्द
        नस में दर्द
        shooting pain
        तेज़ चुभने वाला दर्द
        दर्द उंगलियों तक जा रहा है
      `,
      cues: lines`
        करंट current शॉक shock* shooting झटके
        नस* nerve + दर्द* pain*
        तेज* चुभ* sharp + दर्द* pain* + हाथ* बांह* उंगलि* arm*
        उतर* नीचे + हाथ* बांह* उंगलि*
      `,
    },
    dizzy: {
      phrases: lines`
        चक्कर
        चक्कर आ रहा है
        मुझे चक्कर आ रहे हैं
        सिर घूम रहा है
        सब कुछ घूम रहा है
        सिर हल्का लग रहा है
        धुंधला दिख रहा है
        dizzy
        dizziness
      `,
      cues: lines`
        चक्कर* dizz* धुंधल*
        घूम* + सिर सब कमरा
      `,
    },
    fever: {
      phrases: lines`
        बुखार
        मुझे बुखार है
        तेज़ बुखार
        fever
        हल्का बुखार है
        कंपकंपी हो रही है
        बदन तप रहा है
      `,
      cues: lines`
        बुखार* fever* temperature कंपकंपी तप*
      `,
    },
    'bladder-bowel': {
      phrases: lines`
        पेशाब या मल पर काबू नहीं
        पेशाब पर काबू नहीं है
        पेशाब रुक नहीं रहा
        पेशाब नहीं हो रहा
        टॉयलेट पर कंट्रोल नहीं है
        कपड़ों में पेशाब निकल गया
      `,
      cues: lines`
        पेशाब* मल toilet* टॉयलेट* bladder* urine* + ~काबू ~कंट्रोल* ~control ~रुक* निकल*
        ~पेशाब*
      `,
    },
    'weight-loss': {
      phrases: lines`
        बिना वजह वज़न कम होना
        मेरा वज़न अपने आप घट रहा है
        बिना कोशिश के वज़न कम हो रहा है
        weight loss
      `,
      cues: lines`
        वजन* weight + कम घट* loss + बिना_वजह अपने_आप बिना_कोशिश unexplain* without
      `,
    },
    pain: {
      phrases: lines`
        दर्द
        दर्द हो रहा है
        बहुत दर्द हो रहा है
        दुख रहा है
        pain
        pain हो रहा है
        आह
        उफ़
        पीठ में दर्द
        पीठ दर्द
        कमर दर्द
        कंधे में दर्द
        गर्दन में दर्द
        दर्द है
        hurt हो रहा है
      `,
      cues: lines`
        दर्द* दुख* pain* hurt* आह उफ
      `,
    },
    discomfort: {
      phrases: lines`
        अजीब लग रहा है
        आराम नहीं है
        बहुत ज़्यादा खिंचाव
        बहुत ज़्यादा है
        बहुत मुश्किल है
        मुझसे नहीं हो रहा
        अकड़न
        जकड़न
        खिंचाव
        uncomfortable
        tight लग रहा है
        stiff
        बहुत टाइट है
      `,
      cues: lines`
        अकड़* जकड़* खिंच* uncomfort* tight* stiff* टाइट अजीब
        बहुत ज्यादा + मुश्किल भारी खिंच* है
      `,
    },
  },
};

export default vocabulary;
