import vocabulary from '../lambda/src/understanding/vocabulary/nl';
import { lines, variants, type LanguageModelSource } from './define';

const model: LanguageModelSource = {
  invocationName: 'soepele rug',
  vocabulary,
  intents: {
    StartRoutineIntent: {
      slots: { routine: 'RoutineName' },
      samples: [
        ...lines`
          start een routine
          begin een routine
          start mijn routine
          start een rekroutine
          laten we rekken
          laten we gaan rekken
          ik wil rekken
          ik wil mijn bovenrug rekken
          rek mijn bovenrug
          ik moet even rekken
          ik heb een rekoefening nodig
          geef me een rekoefening
          rek met mij mee
          begeleid me bij het rekken
          iets voor mijn bovenrug
          maak mijn bovenrug los
          ik wil oefeningen doen
          start de {routine}
          start {routine}
          start een {routine}
          begin de {routine}
          begin met de {routine}
          begin {routine}
          ik wil de {routine} doen
          ik wil {routine} doen
          ik wil een {routine} doen
          ik wil de {routine}
          {routine}
          {routine} graag
          {routine} alsjeblieft
          de {routine} graag
          de {routine} alsjeblieft
          geef me de {routine}
          geef me {routine}
          ik wil graag de {routine}
          ik wil graag de {routine} doen
          ik doe de {routine}
          laten we de {routine} doen
          laten we {routine} doen
          we doen de {routine}
          doe de {routine}
          doe {routine}
          kunnen we de {routine} doen
          ik neem de {routine}
          begeleid me door de {routine}
          ik heb {routine} nodig
          ik heb een {routine} nodig
          ik ben {routine}
          ik zit {routine}
          ik heb {routine}
          de {routine}
          een {routine}
          liever de {routine}
          doe maar de {routine}
          ik wil liever de {routine}
          toch maar de {routine}
          wissel naar de {routine}
          ga naar de {routine}
          doe de {routine} maar
          de {routine} te starten
          de {routine} te doen
          een {routine} te doen
          {routine} te doen
          mij door de {routine} te helpen
        `,
        ...variants`
          (kunnen we|laten we|ik wil|ik wil graag|mag ik) (de|een|) {routine} (doen|starten|beginnen)
          (start|begin|doe) (de|een) {routine} (oefening|sessie)
        `,
      ],
    },
    ListRoutinesIntent: {
      slots: {},
      samples: [
        ...lines`
          welke routines zijn er
          welke routines heb je
          welke routines heb jij
          welke routines kan ik doen
          wat kan ik nog meer doen
          wat zijn mijn opties
          wat zijn de opties
          wat zijn de keuzes
          welke keuzes heb ik
          wat heb je allemaal
          wat bied je aan
          noem de routines
          noem alle routines
          geef me de lijst met routines
          lees de routines voor
          welke oefeningen heb je
          welke oefeningen zijn er
          wat voor routines heb je
          wat voor oefeningen heb je
          vertel me welke routines er zijn
          hoeveel routines zijn er
          welke routine moet ik doen
          welke routine past bij mij
          welke routine raad je aan
          de routines
          de opties
          wat zit erin
          wat heb je voor me
          wat kan ik kiezen
          waar kan ik uit kiezen
        `,
        ...variants`
          (welke|wat voor) (routines|oefeningen|rekoefeningen) (heb je|zijn er|kan ik doen|bied je aan) (|allemaal)
          (vertel|zeg) (me|eens) (welke routines er zijn|wat je hebt|wat ik kan kiezen)
        `,
      ],
    },
    RoutineProgressIntent: {
      slots: {},
      samples: [
        ...lines`
          hoe lang nog
          hoe lang duurt het nog
          hoe lang is het nog
          hoeveel tijd nog
          hoeveel tijd is er nog
          hoeveel nog
          hoeveel oefeningen nog
          hoeveel oefeningen zijn er nog
          hoeveel komen er nog
          waar zijn we
          waar zijn we nu
          waar ben ik
          waar ben ik gebleven in de routine
          hoe ver zijn we
          hoe ver ben ik
          zijn we bijna klaar
          ben ik bijna klaar
          is het bijna klaar
          is het nog lang
          duurt het nog lang
          wat moet er nog
          hoeveel minuten nog
        `,
        ...variants`
          (hoeveel|hoe veel) (oefeningen|minuten|rekoefeningen) (nog|zijn er nog|komen er nog|moeten er nog)
          (zijn we|ben ik) (bijna|al bijna) (klaar|door|aan het eind)
        `,
      ],
    },
    SetVerbosityIntent: {
      slots: { verbosity: 'Verbosity' },
      samples: lines`
        {verbosity}
        {verbosity} graag
        {verbosity} alsjeblieft
        graag {verbosity}
        kun je {verbosity}
        kan het {verbosity}
        ik wil {verbosity}
        ik wil graag {verbosity}
        ik heb liever {verbosity}
        liever {verbosity}
        doe maar {verbosity}
        geef me {verbosity}
        vanaf nu {verbosity}
        voortaan {verbosity}
        zet het op {verbosity}
        schakel over naar {verbosity}
        met {verbosity}
        gewoon {verbosity}
        een beetje {verbosity}
        mag het {verbosity}
        mag ik {verbosity}
        kun je wat {verbosity}
        wat {verbosity}
      `,
    },
    SetPaceIntent: {
      slots: { pace: 'Pace' },
      samples: lines`
        {pace}
        {pace} graag
        {pace} alsjeblieft
        doe ze {pace}
        doe alles {pace}
        laten we {pace} gaan
        ik wil {pace}
        ik wil ze {pace} doen
        ik doe ze liever {pace}
        liever {pace}
        vanaf nu {pace}
        voortaan {pace}
        de oefeningen {pace}
        speel ze {pace} af
        we doen ze {pace}
        doe de routine {pace}
        mag het {pace}
      `,
    },
    SafetyQuestionIntent: {
      slots: { topic: 'SafetyTopic', symptom: 'Symptom' },
      samples: [
        ...lines`
          {topic}
          mag ik {topic}
          kan ik {topic}
          is het veilig om {topic}
          is het normaal om {topic}
          is het goed om {topic}
          is het verstandig om {topic}
          moet ik {topic}
          moet ik eerst {topic}
          hoort het {topic}
          wat als {topic}
          wat moet ik doen als {topic}
          wat gebeurt er als {topic}
          vertel me over {topic}
          vertel eens over {topic}
          wat weet je over {topic}
          wat is {topic}
          wat zijn {topic}
          wat is er met {topic}
          hoe zit het met {topic}
          ik heb een vraag over {topic}
          een vraag over {topic}
          vraagje over {topic}
          veiligheidsvraag over {topic}
          {topic} is dat normaal
          tips over {topic}
          advies over {topic}
          ik wil weten {topic}
          ik vroeg me af {topic}
          leg eens uit {topic}
          leg uit {topic}
          ik maak me zorgen over {topic}
          mag ik {topic} nemen
          kan ik {topic} nemen
          # Een klacht die gevraagd wordt in plaats van gemeld: elke Symptom-waarde is hier een vraag.
          wat als ik {symptom} heb
          wat als ik {symptom} krijg
          wat moet ik doen als ik {symptom} heb
          wat moet ik doen bij {symptom}
          wat doe ik bij {symptom}
          wat gebeurt er als ik {symptom} krijg
          is het normaal als ik {symptom} heb
          is het erg als ik {symptom} heb
          en bij {symptom}
        `,
        ...variants`
          (ik ben|ik heb|ik had|ik ben net) {topic}
          (moet ik|hoef ik|hoor ik) {topic}
          (is het|is dat) (erg|normaal|gevaarlijk|slecht) (als ik|wanneer ik) {symptom} (|heb|krijg|voel)
          (wat doe ik|wat moet ik doen) (als|wanneer) {symptom}
          (ben jij|ben je|bent u) {topic}
        `,
      ],
    },
    ReportSymptomIntent: {
      slots: { symptom: 'Symptom' },
      samples: [
        ...lines`
          {symptom}
          ik heb {symptom}
          ik voel {symptom}
          ik krijg {symptom}
          ik voel me {symptom}
          ik ben {symptom}
          ik heb last van {symptom}
          ik heb ineens {symptom}
          ineens {symptom}
          opeens heb ik {symptom}
          nu heb ik {symptom}
          ik begin {symptom} te krijgen
          ik word {symptom}
          het is {symptom}
          het voelt {symptom}
          dit voelt {symptom}
          ik denk dat ik {symptom} heb
          ik heb het gevoel dat {symptom}
          van deze oefening krijg ik {symptom}
          deze oefening geeft {symptom}
          deze oefening is {symptom}
          ik merk {symptom}
          ik merk dat {symptom}
          ik heb echt {symptom}
          ik heb een beetje {symptom}
          ik {symptom} heb
          dat ik {symptom} heb
        `,
        ...variants`
          (ik denk|ik geloof|ik heb het idee) dat {symptom}
          (ik heb|ik voel|ik krijg) (een soort|een beetje|best wel) {symptom}
          (au|auw|oei|oh nee) {symptom}
          (sinds gisteren|sinds vanochtend|vandaag) (heb ik|voel ik) {symptom}
          (het|dat|dit) (doet|geeft) {symptom}
        `,
      ],
    },
    'AMAZON.NextIntent': {
      samples: [
        ...lines`
          volgende oefening
          de volgende oefening
          naar de volgende oefening
          door naar de volgende
          ik ben klaar
          klaar
          ik sta klaar
          ik zit klaar
          ik lig klaar
          gereed
          oké volgende
          volgende graag
          volgende alsjeblieft
          deze overslaan
          sla deze over
          sla over
          wat is de volgende
          wat komt er nu
          wat nu
          en nu
          ga maar
          kom maar
          daar gaan we
          we gaan
          gedaan
          ik ben er klaar voor
          klaar voor de volgende
          dat was hem
          af
          ik heb hem gedaan
          deze is klaar
          ik ben zover
          zover
          doe de volgende maar
        `,
        ...variants`
          (wat is|wat wordt|wat komt) (de volgende|hierna|daarna|er hierna)
          (ik ben|ik sta|we zijn) (klaar|er klaar voor) (voor de volgende|voor de volgende oefening)
          (ga|gaan we|door) naar de (volgende|volgende oefening|volgende stretch)
        `,
      ],
    },
    'AMAZON.PreviousIntent': {
      samples: [
        ...lines`
          terug
          ga terug
          vorige oefening
          de vorige oefening
          de oefening hiervoor
          die van daarnet
        `,
        ...variants`
          (ga|we gaan|kunnen we|breng me) terug (|naar de vorige|naar de vorige oefening|een oefening|naar die van hiervoor)
          (de|die) (vorige|oefening ervoor|oefening hiervoor) (|graag|alsjeblieft)
        `,
      ],
    },
    'AMAZON.RepeatIntent': {
      samples: [
        ...lines`
          nog een keer
          nog eens
          opnieuw
          doe dat nog eens
          herhaal de oefening
          zeg dat nog eens
          wat zei je
          sorry wat zei je
          hoe bedoel je
          wat was dat
          pardon
        `,
        ...variants`
          (zeg|herhaal|vertel) (dat|het) (nog eens|nog een keer|opnieuw)
          (doe|laten we) (die|deze|dat|hem) (nog eens|nog een keer|opnieuw) (|doen)
          (ik heb het niet|ik kon het niet) (verstaan|gehoord|goed verstaan)
          (kun je|wil je) (dat|het) (nog eens|nog een keer|opnieuw) (zeggen|herhalen)
        `,
      ],
    },
    'AMAZON.StartOverIntent': {
      samples: lines`
        begin opnieuw
        vanaf het begin
        weer vanaf het begin
        start de routine opnieuw
        begin de routine opnieuw
        helemaal opnieuw
      `,
    },
    'AMAZON.PauseIntent': {
      samples: [
        ...lines`
          wacht
          wacht even
          momentje
          even wachten
          geef me een minuutje
          pauzeer de routine
        `,
        ...variants`
          (wacht|wacht eens) (even|een momentje|een minuutje|een seconde|heel even)
          (ik heb|geef me) (een minuutje|een momentje|even pauze|een pauze|even rust)
          (ik wil|laten we|kunnen we) (even pauzeren|even pauze houden|even uitrusten)
          (één|een) (momentje|minuutje|seconde|ogenblik)
          (kun je|wil je) (even|heel even|eventjes) wachten
          (hou|houd) (even|eventjes) op
        `,
      ],
    },
    'AMAZON.ResumeIntent': {
      samples: [
        ...lines`
          verder
          ga verder
          verdergaan
          we gaan verder
          ga verder met mijn routine
          ga verder waar ik gebleven was
          verder waar ik gebleven was
          verder te gaan waar ik gebleven was
          verder waar we gebleven waren
          terug naar de routine
          ga verder met de oefening
          hervat
          hervat de routine
        `,
        ...variants`
          (ga|we gaan|kunnen we|laten we) verder (|gaan) (waar we gebleven waren|waar ik gestopt was|met de routine|met de oefening)
          (ik ben|ik ben er) (terug|weer|weer klaar)
          (we gaan|ga|laten we|kunnen we) weer verder (|gaan)
          (ik wil|kunnen we) (verdergaan|verder|hervatten)
        `,
      ],
    },
    'AMAZON.YesIntent': {},
    'AMAZON.NoIntent': {},
    'AMAZON.HelpIntent': {},
    'AMAZON.StopIntent': {
      samples: [
        ...lines`
          stop de routine
          stop met de routine
          beëindig de routine
          ik stop ermee
          ik ben klaar voor vandaag
          genoeg voor vandaag
          het is genoeg geweest
        `,
        ...variants`
          (ik ben|we zijn) (klaar|uitgerekt) (voor vandaag|voor nu)
          (ik wil|laten we) (stoppen|ophouden) (|voor vandaag|voor nu|met de routine)
          (dat was het|dat is het) (voor vandaag|voor nu|voor mij)
          (ik heb|we hebben) genoeg gedaan (|voor vandaag)
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
        bureaupauze
        bureau
        een bureaupauze
        bureauroutine
        oefeningen aan het bureau
        rekken aan het bureau
        snel
        iets snels
        een snelle
        een korte
        iets korts
        snelle routine
        korte routine
        een korte pauze
        één minuut
        een paar minuten
        aan mijn bureau
        achter mijn bureau
        op kantoor
        op het werk
        op mijn werk
        koffiepauze
        op mijn stoel
        op een stoel
        zittend
        zitten
        stoel
        achter de computer
        achter de laptop
        de korte
        de kortste
      `,
      morning: lines`
        ochtendroutine
        ochtend
        de ochtend
        ochtendoefeningen
        ochtendgymnastiek
        ochtendmobiliteit
        mobiliteit
        op de grond
        op de vloer
        grond
        vloeroefeningen
        op een mat
        op mijn mat
        mat
        yogamat
        ik heb een mat
        wakker worden
        net wakker
        ik ben net wakker
        ik ben net op
        net opgestaan
        pas opgestaan
        goed wakker worden
        voor het werk
        soepel de dag in
      `,
      gentle: lines`
        rustige routine
        rustig
        rustige
        zacht
        zachte routine
        voorzichtig
        beginner
        beginners
        voor beginners
        beginnersroutine
        ik ben een beginner
        ik ben nieuw
        de eerste keer
        eerste keer
        makkelijk
        iets makkelijks
        een makkelijke
        gevoelige rug
        mijn rug is gevoelig
        pijnlijke rug
        een pijnlijke dag
        zonder spullen
        geen spullen
        ik heb geen spullen
        licht
        iets lichts
        rustig aan
        kalm aan
        niets zwaars
        ontspannend
        de makkelijkste
      `,
      full: lines`
        complete bovenrugroutine
        compleet
        complete routine
        complete
        volledige routine
        volledig
        de hele routine
        hele bovenrug
        de lange
        lange routine
        een lange
        lang
        alles
        alle oefeningen
        het hele programma
        uitgebreid
        gevorderd
        tien minuten
        foamroller
        een foamroller
        ik heb een foamroller
        met een foamroller
        met de foamroller
        roller
        de langste
      `,
    },
    Verbosity: {
      brief: [
        ...lines`
          minder praten
          praat minder
          minder gepraat
          korter
          kort
          korte aanwijzingen
          kortere aanwijzingen
          beknopt
          alleen het belangrijkste
          de korte versie
          minder uitleg
          niet zoveel uitleg
          stop met uitleggen
          je praat te veel
          alleen de tijden
          alleen korte herinneringen
          to the point
          minder tekst
        `,
        ...variants`
          (minder|niet zoveel|niet zo veel) (uitleg|praten|woorden|details)
        `,
      ],
      detailed: [
        ...lines`
          meer uitleg
          meer details
          uitgebreider
          uitgebreide uitleg
          gedetailleerd
          alle stappen
          alle uitleg
          leg meer uit
          leg alles uit
          praat meer
          de lange versie
          volledige aanwijzingen
          alle aanwijzingen
          meer aanwijzingen
          leg elke oefening uit
          met uitleg
        `,
        ...variants`
          (meer|uitgebreidere|volledige) (uitleg|aanwijzingen|instructies)
        `,
      ],
    },
    Pace: {
      flow: lines`
        ga door
        ga maar door
        doorgaan
        blijf doorgaan
        gewoon doorgaan
        achter elkaar
        alles achter elkaar
        in één keer
        in één keer door
        zonder te stoppen
        zonder pauzes
        non stop
        wacht niet op mij
        niet wachten
        stop niet na elke oefening
        doorlopend
        aan één stuk door
        handsfree
      `,
      step: lines`
        één voor één
        een voor een
        één tegelijk
        één oefening tegelijk
        stap voor stap
        oefening voor oefening
        per oefening
        één kant tegelijk
        wacht op mij
        wacht na elke oefening
        stop na elke oefening
        pauzeer na elke oefening
        in mijn eigen tempo
        op mijn eigen tempo
        mijn eigen tempo
      `,
    },
  },
  locales: {
    'nl-NL': {},
  },
};

export default model;
