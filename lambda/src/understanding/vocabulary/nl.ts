import { lines, words } from '../lines';
import type { Vocabulary } from '../vocabulary';

const vocabulary: Vocabulary = {
  grammar: {
    negations: words`niet geen nooit niets niks zonder noch nergens`,
    hedges: words`weet_niet weet_het_niet weet_ik_niet niet_zeker geen_idee niet_helemaal_zeker niet_echt_zeker`,
    clauseBreaks: words`maar echter behalve hoewel ofschoon alleen_wel`,
    scopeBreaks: words`en dan dus ook ik het nu alleen want omdat daarna`,
    notSigns: words`
      *pijnstiller* pijnvrij* pijnbestrijd* pijnmedicatie tegen_de_pijn hartslag* pols
      borstopener* borststretch* borstspier* borstwervel* borst_openen borst_open knie_naar_je_borst knie_naar_de_borst
      knieën_naar_je_borst knieën_naar_de_borst knie_naar_mijn_borst voor_je_borst_langs voor_mijn_borst_langs
      spoedeisende_hulp eerste_hulp spoedpost huisartsenpost
      de_rek_voelen voel_de_rek
    `,
  },
  topics: {
    'crack-safe': {
      phrases: lines`
        mijn rug laten kraken
        mijn rug kraken
        je rug laten kraken
        rug kraken
        rug laten kraken
        mijn eigen rug laten kraken
        mijn rug laten knakken
        mijn rug knakken
        mijn wervels laten kraken
        mijn bovenrug laten kraken
        kraken
        mijn rug zelf laten kraken
        mag ik mijn rug laten kraken
        is het veilig om mijn rug te laten kraken
        is rug kraken gevaarlijk
        is het gevaarlijk om je rug te laten kraken
        mijn rug kraken door te draaien
        moet ik mijn rug laten kraken
      `,
      cues: lines`
        kraak* krak* knak* + rug* wervel* nek zelf
      `,
    },
    'crack-why': {
      phrases: lines`
        waarom kraakt mijn rug
        waarom knakt mijn rug
        waarom kraakt het
        waarom kraakt mijn rug zo vaak
        waarom knakken mijn wervels
        waarom kraken mijn gewrichten
        waar komt dat kraken vandaan
        waar komt dat geluid vandaan
        wat is dat krakende geluid
        wat is dat geknak
        het krakende geluid
        het geknak
        geknak
        dat geknak
        het knakje
        de knak
        hoe komt dat kraken
        krakende gewrichten
        het ploppen
        is het kraken normaal
        mijn rug kraakte is dat normaal
        waarom kraakte mijn rug net
      `,
      cues: lines`
        waarom wat hoe_komt waar_komt + kraak* krak* knak* geknak* plop* + rug* wervel* gewricht* geluid* het dat
      `,
    },
    'crack-worse': {
      phrases: lines`
        maakt kraken het erger
        is kraken slecht
        is kraken slecht voor je rug
        kraken is slecht
        is rug kraken slecht
        kan kraken mijn rug beschadigen
        is kraken schadelijk
        krijg je artrose van kraken
        krijg je slijtage van kraken
        kan kraken kwaad
        de risico's van kraken
        een knak forceren
        mijn rug forceren om te kraken
        is het erg om een knak te forceren
        worden je banden slap van kraken
        slappe banden
        hypermobiliteit
      `,
      cues: lines`
        kraak* krak* knak* + slecht* schadelijk* gevaarlijk* kwaad artrose slijt* band* slap* blesse* erger beschadig* forceer* forceren
        kraak* krak* knak* + rug* wervel* nek + slecht* schadelijk* gevaarlijk* kwaad artrose slijt* band* slap* blesse* erger beschadig* forceer* forceren
      `,
    },
    'crack-often': {
      phrases: lines`
        hoe vaak mag ik mijn rug laten kraken
        hoe vaak mag je je rug laten kraken
        hoe vaak per dag mag ik kraken
        hoe vaak kraken
        mag ik mijn rug elke dag laten kraken
        elke dag kraken
        mijn rug elke dag laten kraken
        vaak mijn rug laten kraken
        ik laat mijn rug vaak kraken
        ik laat mijn rug steeds kraken
        ik kraak de hele tijd
        te vaak kraken
        te veel kraken
        meerdere keren per dag kraken
        de gewoonte om te kraken
        is het erg om elke dag te kraken
      `,
      cues: lines`
        kraak* krak* knak* + vaak hoeveel keer keren elke_dag dagelijks steeds hele_tijd gewoonte
      `,
    },
    'crack-someone': {
      phrases: lines`
        iemand anders mijn rug laten kraken
        mag iemand anders mijn rug laten kraken
        mijn partner mijn rug laten kraken
        mag mijn man mijn rug laten kraken
        mag mijn vrouw mijn rug laten kraken
        mag mijn vriend mijn rug laten kraken
        iemand over mijn rug laten lopen
        over mijn rug lopen
        mag mijn kind over mijn rug lopen
        iemand op mijn rug laten staan
        aan mijn armen laten trekken
        mijn rug laten rechtzetten
        mijn rug laten manipuleren
        een manipulatie
        een chiropractor
        chiropractor
        naar de chiropractor
        een manueel therapeut
        manueel therapeut
        een osteopaat
        osteopaat
        naar de osteopaat
        kraken bij de chiropractor
      `,
      cues: lines`
        kraak* krak* knak* lop* loop* + iemand partner* man vrouw vriend* vriendin* kind* ander*
        chiropract* manuele_therap* manueel_therap* osteopa* rechtzet* manipul*
      `,
    },
    'stretch-vs-crack': {
      phrases: lines`
        rekken of kraken
        wat is beter rekken of kraken
        is rekken beter dan kraken
        is kraken beter dan rekken
        kraken of rekken
        rekken in plaats van kraken
        moet ik rekken of kraken
        liever rekken of kraken
        in plaats van mijn rug te laten kraken
        een alternatief voor kraken
        helpt kraken
        helpt het om mijn rug te laten kraken
        kraken lucht op
        geeft kraken verlichting
        wat levert kraken op
        heeft kraken zin
      `,
      cues: lines`
        rek* + kraak* krak* knak* + beter liever of plaats alternatief
        kraak* krak* knak* + help* helpt zin nut* verlicht* lucht_op oplever*
      `,
    },
    'stretch-frequency': {
      phrases: lines`
        hoe vaak moet ik rekken
        hoe vaak rekken
        hoe vaak per week rekken
        hoe vaak per week
        hoe vaak per dag rekken
        moet ik elke dag rekken
        mag ik elke dag rekken
        elke dag rekken
        dagelijks rekken
        is elke dag rekken slecht
        twee keer per dag rekken
        hoe vaak moet ik de routine doen
        hoe vaak moet ik deze oefeningen doen
        te veel rekken
        kan ik te veel rekken
        hoe vaak
      `,
      cues: lines`
        vaak dagelijks elke_dag keer_per week* + rek* oefen* routine* doen
      `,
    },
    'hold-length': {
      phrases: lines`
        hoe lang moet ik een rekoefening vasthouden
        hoe lang vasthouden
        hoe lang moet ik vasthouden
        hoe lang moet ik het volhouden
        hoe lang houd je een rekoefening vast
        hoe lang moet een rekoefening duren
        hoe lang moet ik rekken
        hoeveel seconden
        hoeveel seconden vasthouden
        is dertig seconden genoeg
        mag ik langer vasthouden
        langer vasthouden
        een rekoefening vasthouden
        hoe lang per kant
        de duur van een rekoefening
        hoe lang blijf ik zo
      `,
      cues: lines`
        lang seconden + vasthoud* vast houd* hou* aanhoud* volhoud* blijf* rek* duren
      `,
    },
    'warm-up': {
      phrases: lines`
        opwarmen
        moet ik opwarmen
        eerst opwarmen
        een warming up
        warming up
        de warming up
        moet ik eerst opwarmen
        is opwarmen nodig
        hoe moet ik opwarmen
        waarom opwarmen
        de warming up overslaan
        mag ik de warming up overslaan
        koud rekken
        rekken zonder opwarmen
        rekken zonder warming up
      `,
      cues: lines`
        opwarm* warming_up warmingup inlopen warm_worden
      `,
    },
    'should-hurt': {
      phrases: lines`
        mag rekken pijn doen
        moet rekken pijn doen
        moet het pijn doen
        hoort het pijn te doen
        hoort rekken pijn te doen
        is het normaal dat rekken pijn doet
        is het normaal dat het een beetje pijn doet
        hoe ver moet ik gaan
        hoe ver moet ik rekken
        hoe diep moet ik gaan
        moet ik doorduwen
        moet ik doorzetten als het pijn doet
        door de pijn heen rekken
        geen pijn geen winst
        wat moet ik voelen
        wat hoor ik te voelen
        hoe hard moet het trekken
        moet ik het voelen
      `,
      cues: lines`
        pijn* zeer voel* + mag moet hoort hoor normaal
        hoe + ver diep hard + rek* gaan trekk* duw*
      `,
    },
    'feel-little': {
      phrases: lines`
        ik voel niks
        ik voel niets
        ik voel de rekoefening niet
        ik voel het niet
        ik voel bijna niks
        het doet geen pijn
        geen pijn
        helemaal geen pijn
      `,
      cues: lines`
        ~voel* ~merk* + iets veel rek* het er
        voel* merk* + niks niets weinig
        ~pijn* ~zeer
      `,
    },
    numbness: {
      phrases: lines`
        een doof gevoel of tintelingen
        wat als mijn vingers gaan slapen
        wat als mijn arm doof wordt
        wat als mijn handen doof worden
        wat als mijn vingers gaan tintelen
        is tintelen normaal
        is een doof gevoel normaal
        is het normaal dat mijn arm doof wordt
        tintelingen tijdens het rekken
        een doof gevoel tijdens het rekken
        moet ik me zorgen maken over tintelingen
        slapende handen
      `,
    },
    'shooting-pain': {
      phrases: lines`
        pijn die naar mijn arm schiet
        wat als de pijn naar mijn arm schiet
        pijn die door mijn arm schiet
        een schietende pijn in mijn arm
        is het normaal dat de pijn naar mijn arm schiet
        een beknelde zenuw
        beknelde zenuw
        een zenuw in de knel
        is het een beknelde zenuw
        ik heb misschien een beknelde zenuw
        zenuwpijn
        een hernia
        hernia
        ischias
        wat als het in mijn arm schiet
      `,
      cues: lines`
        ischias hernia* zenuwpijn*
        zenuw* + bekneld* knel* geklemd* ingeklemd*
      `,
    },
    injury: {
      phrases: lines`
        na een blessure
        ik ben gevallen
        ik ben op mijn rug gevallen
        ik ben van de trap gevallen
        een val
        na een val
        ik heb een ongeluk gehad
        na een ongeluk
        een ongeluk
        een auto ongeluk
        na een auto ongeluk
        een aanrijding
        whiplash
        ik heb mijn rug bezeerd
        ik heb mijn rug geblesseerd
        een rugblessure
        een blessure
        rekken na een blessure
        een sportblessure
        ik heb een spier verrekt
        een verrekte spier
        een scheurtje in een spier
        ik ben gevallen en heb nu rugpijn
      `,
      cues: lines`
        gevallen val* ongeluk* aanrijding* blesse* geblesseerd* verrek* verstuik* whiplash uitgegleden bezeerd
      `,
    },
    'see-doctor': {
      phrases: lines`
        naar de dokter
        wanneer moet ik naar de dokter
        wanneer naar de dokter
        moet ik naar de dokter
        moet ik naar de huisarts
        wanneer moet ik naar de huisarts
        naar de huisarts
        een arts bezoeken
        wanneer naar de spoedeisende hulp
        moet ik naar de spoedeisende hulp
        moet ik naar de eerste hulp
        wanneer moet ik me zorgen maken
        wanneer is het ernstig
        is mijn rugpijn ernstig
        de alarmsignalen
        alarmsignalen
        waarschuwingssignalen
        wanneer moet ik stoppen met rekken
        pijn die niet overgaat
        als de pijn niet overgaat
        als het erger wordt
        naar de fysiotherapeut
        een fysiotherapeut
        fysio
        moet ik naar de fysio
      `,
      cues: lines`
        dokter* arts huisarts* fysio* therapeut* ziekenhuis* spoedeisend* eerste_hulp huisartsenpost kliniek*
        zorgen ernstig* alarm* waarschuw* + rug* pijn* het dat
      `,
    },
    causes: {
      phrases: lines`
        oorzaken van rugpijn
        waar komt rugpijn vandaan
        waarom heb ik pijn in mijn bovenrug
        waarom heb ik rugpijn
        waarom is mijn rug zo stijf
        waarom zit mijn rug zo vast
        waarom is mijn bovenrug stijf
        waarom zijn mijn schouders zo gespannen
        waar komt die stijfheid vandaan
        wat veroorzaakt stijfheid
        de oorzaken
        de oorzaak
        oorzaken van pijn
        pijn in de bovenrug
        een stijve bovenrug
        de borstwervelkolom
        wat is de borstwervelkolom
        welke spieren rek ik
        welke spieren werken er
        de anatomie van de rug
        de rugspieren
      `,
      cues: lines`
        waarom oorza* hoe_komt waar_komt + rug* schouder* nek stijf* gespannen* vast pijn*
        spier* anatom* wervelkolom* wervel* + welke wat
      `,
    },
    posture: {
      phrases: lines`
        houding
        mijn houding
        een goede houding
        mijn houding verbeteren
        mijn houding verbeteren hoe
        tips voor mijn houding
        hoe moet ik zitten
        hoe zit ik goed
        hoe zit ik het best
        hoe zit ik het beste
        hoe zit ik goed aan mijn bureau
        hoe moet ik staan
        ik zit krom
        ik loop krom
        een kromme rug
        een bolle rug
        ik heb een slechte houding
        hangende schouders
        afhangende schouders
        mijn nek gebogen over mijn telefoon
        de hele dag zitten
        ergonomie
        de hoogte van mijn stoel
        de hoogte van mijn bureau
        de hoogte van mijn beeldscherm
        een sta bureau
      `,
      cues: lines`
        houding* krom* bochel* gebogen* ergonom* bureau* stoel* beeldscherm* scherm* laptop* computer*
        zit zitten + hoe goed recht krom rechtop
      `,
    },
    'heat-ice': {
      phrases: lines`
        warmte of kou
        kou of warmte
        warmte
        kou
        ijs
        koelen
        koelen of warmen
        warm of koud
        ijs of warmte
        moet ik koelen
        ijs erop doen
        warmte erop doen
        een warmtekussen
        een kruik
        een warme kruik
        een coldpack
        een ijszak
        een warm bad
        een warme douche
        een hot pack
        wat is beter warmte of ijs
      `,
      cues: lines`
        warmte* kou koud* ijs* koel* kruik* warmtekussen* coldpack* hotpack* hot_pack bad douche* warm*
      `,
    },
    painkiller: {
      phrases: lines`
        pijnstillers
        een pijnstiller
        pijnstiller
        medicijnen
        een medicijn
        medicatie
        een pil
        pillen
        een tablet
        paracetamol
        een paracetamol
        ibuprofen
        een ibuprofen
        naproxen
        diclofenac
        aspirine
        een ontstekingsremmer
        ontstekingsremmers
        een spierverslapper
        spierverslappers
        een pijnstiller nemen
        iets tegen de pijn
        iets tegen de pijn nemen
        mag ik een pijnstiller nemen
        een zalf tegen pijn
        een pijnzalf
        tijgerbalsem
        voltaren
      `,
      cues: lines`
        *pijnstiller* medicij* medicatie* pil pillen tablet* paracetamol* ibuprofen* naproxen* diclofenac* aspirine* ontstekingsremm* spierverslap* zalf* balsem voltaren
      `,
    },
    pregnancy: {
      phrases: lines`
        zwangerschap
        ik ben zwanger
        zwanger
        rekken als je zwanger bent
        rekken tijdens de zwangerschap
        mag ik rekken als ik zwanger ben
        tijdens de zwangerschap
        ik verwacht een baby
        in verwachting
        eerste trimester
        tweede trimester
        derde trimester
        ik ben net bevallen
        na de bevalling
        na de zwangerschap
        in de kraamtijd
      `,
      cues: lines`
        zwanger* trimester* bevall* bevallen kraam* verwachting
      `,
    },
    osteoporosis: {
      phrases: lines`
        botontkalking
        ik heb botontkalking
        osteoporose
        ik heb osteoporose
        osteopenie
        broze botten
        ik heb broze botten
        zwakke botten
        een lage botdichtheid
        botdichtheid
        rekken met botontkalking
        is het gevaarlijk met botontkalking
      `,
      cues: lines`
        botontkalk* osteopor* osteopen* bot* + broos broze zwak* dichtheid
      `,
    },
    surgery: {
      phrases: lines`
        na een operatie
        ik ben geopereerd
        ik ben net geopereerd
        ik ben kort geleden geopereerd
        een operatie
        na mijn operatie
        een recente operatie
        een ingreep
        na een ingreep
        een rugoperatie
        een operatie aan mijn rug
        een hernia operatie
        een operatie aan mijn schouder
        een hartoperatie
        rekken na een operatie
        hechtingen
        een litteken
      `,
      cues: lines`
        operatie* geopereerd* opereren ingreep* chirurg* hechting* litteken*
      `,
    },
    disclaimer: {
      phrases: lines`
        medisch advies
        is dit medisch advies
        geef je medisch advies
        ben je een dokter
        ben je arts
        ben je een echte dokter
        ben je fysiotherapeut
        ben je gekwalificeerd
        de disclaimer
        kan ik je vertrouwen
        geldt dit voor iedereen
        waar komt deze informatie vandaan
        wie heeft deze oefeningen gemaakt
        is dit officieel
        kun je een diagnose stellen
        kun je mijn pijn beoordelen
        wat heb ik aan mijn rug
        wat is er mis met mijn rug
        dokter
        een dokter
        een echte dokter
        arts
        een arts
        gekwalificeerd
      `,
      cues: lines`
        advies + medisch*
        dokter arts + ben_je echte
        gekwalificeerd* diagnose* officieel* vertrouw* betrouwbaar*
      `,
    },
  },
  symptoms: {
    emergency: {
      phrases: lines`
        noodgeval
        het is een noodgeval
        ik heb een noodgeval
        medisch noodgeval
        een noodgeval
        bel een ambulance
        bel de ambulance
        ik heb een ambulance nodig
        ambulance
        bel één één twee
        bel honderdtwaalf
        bel de hulpdiensten
        hartaanval
        een hartaanval
        ik heb een hartaanval
        ik denk dat ik een hartaanval heb
        hartinfarct
        een hartinfarct
        infarct
        beroerte
        een beroerte
        ik krijg een beroerte
        herseninfarct
        ik ben flauwgevallen
        ik ben even weggeweest
        ik ben buiten bewustzijn geweest
        ik ga dood
      `,
      cues: lines`
        noodgeval* ambulance* 112 één_één_twee honderdtwaalf hulpdienst* hartaanval* hartinfarct* infarct* hartstilstand beroerte* herseninfarct*
        flauwgevallen bewusteloos* weggeweest buiten_bewustzijn in_elkaar_gezakt ga_dood doodga*
      `,
    },
    'chest-pain': {
      phrases: lines`
        pijn op de borst
        borstpijn
        pijn in mijn borst
        pijn op mijn borst
        mijn borst doet pijn
        ik heb pijn op de borst
        druk op de borst
        druk op mijn borst
        een drukkend gevoel op mijn borst
        een beklemmend gevoel op de borst
        een beklemd gevoel
        een knellend gevoel op mijn borst
        mijn borst voelt strak
        een zwaar gevoel op mijn borst
        een gewicht op mijn borst
        een steek in mijn borst
        steken in mijn borst
        pijn bij mijn hart
        hartpijn
        pijn achter mijn borstbeen
        het knelt op mijn borst
        mijn borst knijpt samen
        een brandend gevoel in mijn borst
        het brandt in mijn borst
        mijn hart doet pijn
        pijn in de borst
        het doet pijn in mijn borst
        een band om mijn borst
        mijn borst voelt zwaar
      `,
      cues: lines`
        borstpijn* hartpijn* pijn_op_de_borst
        borst* borstbeen* hart* + *pijn* zeer druk* drukk* knel* beklem* zwaar* gewicht steek* steken stek* brand* strak* knijp* *knijp* *knep* band olifant
      `,
    },
    breathless: {
      phrases: lines`
        benauwd
        ik ben benauwd
        ik heb het benauwd
        kortademig
        ik ben kortademig
        kortademigheid
        benauwdheid
        ademnood
        ik krijg geen lucht
        ik krijg bijna geen lucht
        ik kan niet ademen
        ik kan niet goed ademen
        ik kan moeilijk ademen
        moeite met ademen
        ik heb moeite met ademhalen
        ademhalen gaat moeilijk
        ik kom adem tekort
        ik hap naar adem
        naar adem happen
        buiten adem
        ik stik
        ik ben buiten adem
        het doet pijn als ik adem
        pijn bij het ademen
        ik krijg mijn adem niet
        mijn adem stokt
        ik kan niet doorademen
        piepende ademhaling
      `,
      cues: lines`
        ~adem* ~ademhal* ~lucht ~doorademen
        benauwd* kortademig* ademnood stik* hap*_naar_adem buiten_adem
        adem* ademhal* + moeilijk* moeite zwaar pijn* piep* tekort stokt
        lucht + geen weinig tekort
      `,
    },
    'radiating-pain': {
      phrases: lines`
        pijn die uitstraalt naar mijn kaak of arm
        pijn die naar mijn kaak trekt
        de pijn trekt naar mijn kaak
        pijn in mijn kaak
        kaakpijn
        ik heb pijn in mijn kaak
        mijn kaak doet pijn
        pijn in mijn kaak en rug
        pijn in mijn linkerarm
        mijn linkerarm doet pijn
        pijn in mijn linker arm
        de pijn straalt uit naar mijn arm
        de pijn trekt naar mijn arm
        pijn in mijn arm en kaak
        de pijn in mijn rug straalt uit
        uitstralende pijn
        het straalt uit
      `,
      cues: lines`
        kaakpijn* kaak* + *pijn* zeer trek* straal*
        linkerarm* linker_arm + *pijn* zeer
        straal* uitstral* + *pijn* arm* kaak*
      `,
    },
    'sweating-nausea': {
      phrases: lines`
        koud zweet of misselijkheid
        koud zweet
        ik heb koud zweet
        ik zweet
        ik zweet heel erg
        ik ben bezweet
        klam
        ik ben klam
        misselijk
        misselijkheid
        ik ben misselijk
        ik voel me misselijk
        ik moet overgeven
        ik ga overgeven
        ik moet kotsen
        ik word misselijk
        ik voel me ziek
        mijn maag draait om
        ik zweet en ik ben misselijk
        ik zweet me kapot
        ik zweet me rot
      `,
      cues: lines`
        zweet* zweten bezweet* transpir* klam* misselijk* overgeven overgeef* kots* braak* spugen
        maag + draait
        voel_me_ziek
      `,
    },
    faint: {
      phrases: lines`
        ik voel me flauw
        flauw
        ik ga flauwvallen
        ik val bijna flauw
        het wordt zwart voor mijn ogen
        zwart voor mijn ogen
        ik ga van mijn stokje
        ik voel me slap en licht
        ik ga onderuit
        ik heb het gevoel dat ik flauwval
      `,
      cues: lines`
        flauw* stokje zwart_voor_mijn_ogen zwart_voor_ogen onderuit
      `,
    },
    numbness: {
      phrases: lines`
        doof gevoel
        een doof gevoel
        doof
        gevoelloos
        mijn arm is doof
        mijn armen zijn doof
        mijn arm wordt doof
        mijn hand is doof
        mijn handen zijn doof
        mijn vingers zijn doof
        mijn been is doof
        mijn benen zijn doof
        een dove arm
        dove handen
        dove vingers
        een doof gevoel in mijn arm
        een doof gevoel in mijn handen
        ik voel mijn vingers niet
        ik voel mijn hand niet meer
        ik voel mijn arm niet meer
        mijn arm slaapt
        mijn hand slaapt
        mijn been slaapt
        ik heb geen gevoel in mijn hand
        ik heb geen gevoel in mijn vingers
        gevoelloze vingers
        verdoofd gevoel
        mijn voet is doof
      `,
      cues: lines`
        doof dove gevoelloos* verdoofd*
        ~voel* + vinger* hand* handen arm* been* benen voet* voeten teen* tenen
        gevoel + geen + vinger* hand* arm* been* benen voet*
        slaapt slapen + arm* hand* been* voet* vinger*
      `,
    },
    tingling: {
      phrases: lines`
        tintelingen
        tinteling
        het tintelt
        tintelen
        mijn arm tintelt
        mijn handen tintelen
        mijn vingers tintelen
        mijn benen tintelen
        tintelingen in mijn arm
        tintelingen in mijn handen
        tintelingen in mijn vingers
        prikkelingen
        het prikkelt
        speldenprikken
        een prikkelend gevoel in mijn hand
        alsof er mieren over mijn arm lopen
        mieren in mijn vingers
        het kriebelt in mijn vingers
        mijn hand tintelt
        mijn been tintelt
        mijn voeten tintelen
      `,
      cues: lines`
        tintel* prikkel* speldenprik* mieren kriebel*
      `,
    },
    weakness: {
      phrases: lines`
        krachtverlies in mijn arm
        krachtverlies
        zwak
        zwakte
        mijn arm is zwak
        mijn armen zijn zwak
        mijn hand is zwak
        mijn been is zwak
        mijn benen zijn zwak
        een zwakke arm
        geen kracht in mijn arm
        geen kracht in mijn hand
        geen kracht in mijn benen
        ik heb geen kracht meer in mijn arm
        ik kan niet meer knijpen
        ik kan niets meer vasthouden
        ik kan mijn arm niet optillen
        ik kan mijn arm niet bewegen
        mijn arm doet het niet meer
        ik verlies kracht in mijn arm
        mijn benen zakken door
        mijn been geeft het op
        mijn arm is slap
        mijn arm is verlamd
        verlamd
        verlamming
        ik laat alles vallen
        ik kan geen vuist maken
      `,
      cues: lines`
        zwak* krachtverlies* slap* + arm* hand* handen been* benen vinger*
        kracht + geen weinig verlies* + arm* hand* been* benen vinger*
        ~*knijp* ~optil* ~til* ~beweg* ~vasthoud* ~vuist + arm* hand* been* vinger* niets vuist
        verlam*
        zakken_door zakt_door laat_alles_vallen
      `,
    },
    'shooting-pain': {
      phrases: lines`
        schietende pijn
        een schietende pijn
        een scherpe pijn in mijn arm
        pijn die door mijn arm naar beneden schiet
        het schiet in mijn arm
        het schiet door mijn arm
        pijn tot in mijn arm
        een brandende pijn in mijn arm
        een elektrische schok
        als een elektrische schok
        een stroomstoot
        als een stroomstoot
        zenuwpijn in mijn arm
        een scherpe pijn
        een stekende pijn
        een plotselinge pijn
        een pijnscheut
        een scheut in mijn arm
        het trekt door tot in mijn hand
        het schiet naar mijn vingers
      `,
      cues: lines`
        schiet* scheut* stroomstoot* schok* elektrisch*
        zenuw* + *pijn*
        scherp* stek* brand* + arm* hand* vinger*
        trekt schiet* + arm* hand* vinger*
      `,
    },
    dizzy: {
      phrases: lines`
        duizelig
        ik ben duizelig
        ik word duizelig
        duizeligheid
        draaierig
        ik ben draaierig
        alles draait
        de kamer draait
        mijn hoofd draait
        licht in mijn hoofd
        ik ben licht in mijn hoofd
        een licht gevoel in mijn hoofd
        ik zie sterretjes
        ik zie wazig
        alles wordt wazig
        ik sta te wankelen
        ik word draaierig
        ik voel me niet goed
        ik voel me beroerd
      `,
      cues: lines`
        duizel* draaierig* wazig* wankel* sterretjes licht_in_mijn_hoofd licht_in_het_hoofd voel_me_niet_goed beroerd
        draait + alles kamer hoofd
      `,
    },
    fever: {
      phrases: lines`
        koorts
        ik heb koorts
        verhoging
        ik heb verhoging
        hoge koorts
        koortsig
        ik voel me koortsig
        koude rillingen
        ik heb koude rillingen
        ik gloei
      `,
      cues: lines`
        koorts* verhoging* rilling* gloei*
      `,
    },
    'bladder-bowel': {
      phrases: lines`
        ik verlies controle over mijn blaas of darmen
        ik kan mijn plas niet ophouden
        ik kan mijn urine niet ophouden
        ik verlies urine
        ik kan mijn ontlasting niet ophouden
        incontinentie
        incontinent
        ik kan niet meer plassen
        ik heb in mijn broek geplast
      `,
      cues: lines`
        blaas* darm* plas* urine* ontlasting* + ~ophoud* ~houden ~controle* verlies*
        incontinen*
        ~plassen
        broek + geplast gepoept
      `,
    },
    'weight-loss': {
      phrases: lines`
        onverklaarbaar gewichtsverlies
        ik val af zonder reden
        ik ben zomaar afgevallen
        ik verlies gewicht zonder dat ik het wil
      `,
      cues: lines`
        afgevallen val_af gewicht* + zomaar reden* onverklaar* zonder_dat
        gewichtsverlies*
      `,
    },
    pain: {
      phrases: lines`
        pijn
        het doet pijn
        dat doet pijn
        het doet echt pijn
        het doet erg pijn
        ik heb pijn
        au
        auw
        au au
        het is pijnlijk
        pijnlijk
        het doet zeer
        rugpijn
        ik heb rugpijn
        mijn rug doet pijn
        pijn in mijn schouder
        mijn schouder doet pijn
        nekpijn
        pijn in mijn nek
        mijn nek doet pijn
        pijn in mijn rug
        schouderpijn
      `,
      cues: lines`
        *pijn* pijnlijk* zeer au auw auwtsj
      `,
    },
    discomfort: {
      phrases: lines`
        ongemakkelijk
        niet prettig
        onprettig
        het is onprettig
        vervelend
        het voelt vervelend
        te zwaar
        het is te zwaar
        te veel
        het is te veel
        te intens
        het is te intens
        te moeilijk
        het trekt te veel
        ik forceer te veel
        het knelt
        het spant
        spierpijn
        stijf
        ik ben stijf
        gespannen
        te strak
        het lukt me niet
        ik kan deze niet
        het trekt
        het trekt flink
        het trekt best wel
      `,
      cues: lines`
        ongemakkelijk* onprettig* vervelend* trek* trekt knel* span* spant stijf* gespannen* strak* forceer*
        te + zwaar veel intens moeilijk hard strak
      `,
    },
  },
};

export default vocabulary;
