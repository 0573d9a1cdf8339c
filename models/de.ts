import vocabulary from '../lambda/src/understanding/vocabulary/de';
import { lines, variants, type LanguageModelSource } from './define';

const model: LanguageModelSource = {
  invocationName: 'lockerer rücken',
  vocabulary,
  intents: {
    StartRoutineIntent: {
      slots: { routine: 'RoutineName' },
      samples: lines`
        starte ein programm
        starte mein programm
        ein programm starten
        lass uns dehnen
        lass uns loslegen
        dehnen
        ich will dehnen
        ich möchte dehnen
        ich möchte mich dehnen
        ich will meinen oberen rücken dehnen
        meinen oberen rücken dehnen
        ich muss mich dehnen
        ich brauche eine dehnung
        dehn dich mit mir
        führ mich durch eine dehnung
        etwas für den oberen rücken
        was für meinen oberen rücken
        mein oberer rücken braucht was
        lockere meinen rücken
        ein programm beginnen
        starte die {routine}
        starte {routine}
        starte eine {routine}
        starte das {routine}
        beginne die {routine}
        beginnen wir mit der {routine}
        die {routine} starten
        {routine} starten
        ich möchte die {routine} machen
        ich will die {routine} machen
        ich möchte {routine}
        ich will {routine}
        ich hätte gern die {routine}
        ich hätte gern {routine}
        ich nehme die {routine}
        {routine}
        {routine} bitte
        die {routine} bitte
        die {routine}
        das {routine}
        lass uns die {routine} machen
        machen wir die {routine}
        mach mit mir die {routine}
        mach die {routine}
        können wir die {routine} machen
        kannst du die {routine} starten
        gib mir {routine}
        gib mir die {routine}
        führ mich durch die {routine}
        ich brauche {routine}
        ich brauche die {routine}
        ich bin {routine}
        ich sitze {routine}
        ich habe {routine}
        ich hab {routine}
        ich die {routine} machen möchte
        ich die {routine} machen will
        die {routine} zu starten
        {routine} zu starten
        mit mir die {routine} zu machen
        wechsel zur {routine}
        wechsle zur {routine}
        wechseln wir zur {routine}
        lieber die {routine}
        doch lieber die {routine}
        mach lieber die {routine}
        mach stattdessen die {routine}
        stattdessen die {routine}
        ich will lieber die {routine}
        ich möchte lieber die {routine}
        ich nehme lieber die {routine}
        lass uns lieber die {routine} machen
        ich will die {routine}
        ich möchte die {routine}
        nimm die {routine}
      `,
    },
    ListRoutinesIntent: {
      slots: {},
      samples: [
        ...lines`
          welche programme gibt es
          welche programme hast du
          was für programme gibt es
          welche übungen gibt es
          welche übungen hast du
          was kann ich machen
          was kann ich auswählen
          was gibt es
          was gibt es alles
          was hast du im angebot
          was bietest du an
          welche möglichkeiten habe ich
          welche optionen gibt es
          was steht zur auswahl
          zähl die programme auf
          nenn mir die programme
          sag mir die programme
          lies mir die programme vor
          welche runden gibt es
          wie viele programme gibt es
          was für übungen kennst du
          welches programm soll ich machen
          welches programm passt zu mir
          zeig mir die programme
          auswahl
          die auswahl
          was kann ich sonst noch machen
          was gibt es noch
          welche dehnübungen kennst du
          was für dehnprogramme hast du
        `,
        ...variants`
          (welche|was für) (programme|übungen|dehnungen|runden) (hast du|kannst du|bietest du an)
        `,
      ],
    },
    RoutineProgressIntent: {
      slots: {},
      samples: [
        ...lines`
          wie lange noch
          wie lange dauert es noch
          wie viel ist noch übrig
          wie viel noch
          wie viele noch
          wie viele übungen noch
          wie viele übungen kommen noch
          wie viele übungen sind es noch
          wie viel zeit noch
          wo sind wir
          wo bin ich
          wie weit sind wir
          sind wir bald fertig
          sind wir fast fertig
          ist es bald vorbei
          was kommt noch
        `,
        ...variants`
          wie (lange|viel) (dauert das noch|fehlt noch)
          wie viele (übungen|dehnungen) (fehlen noch|sind übrig)
          (sind wir|bin ich) (bald|gleich|fast) (fertig|durch)
        `,
      ],
    },
    SetVerbosityIntent: {
      slots: { verbosity: 'Verbosity' },
      samples: [
        ...lines`
          {verbosity}
          {verbosity} bitte
          bitte {verbosity}
          etwas {verbosity}
          ein bisschen {verbosity}
          mach es {verbosity}
          erklär {verbosity}
          ich möchte {verbosity}
          ich hätte gern {verbosity}
          ich will {verbosity}
          lieber {verbosity}
          geht das {verbosity}
          kannst du es {verbosity} machen
          kannst du {verbosity} erklären
          ab jetzt {verbosity}
          bitte ab jetzt {verbosity}
          von jetzt an {verbosity}
          stell auf {verbosity}
          stell die anleitung auf {verbosity}
          wechsel zu {verbosity}
          die anleitungen bitte {verbosity}
          gib mir {verbosity}
          versuch es {verbosity}
          nur noch {verbosity}
          mach mal {verbosity}
          können wir {verbosity}
        `,
        ...variants`
        `,
      ],
    },
    SetPaceIntent: {
      slots: { pace: 'Pace' },
      samples: lines`
        {pace}
        {pace} bitte
        mach {pace}
        lass uns {pace} machen
        mach es {pace}
        machen wir {pace}
        ich möchte {pace}
        ich will {pace}
        ab jetzt {pace}
        bitte {pace}
        die übungen {pace}
        wechsel zu {pace}
        lieber {pace}
        machen wir es {pace}
        können wir {pace} machen
        mach die übungen {pace}
      `,
    },
    SafetyQuestionIntent: {
      slots: { topic: 'SafetyTopic', symptom: 'Symptom' },
      samples: [
        ...lines`
          {topic}
          ist {topic} gefährlich
          ist {topic} okay
          ist {topic} in ordnung
          ist {topic} normal
          ist {topic} sicher
          ist es gefährlich {topic}
          ist es okay {topic}
          ist es in ordnung {topic}
          darf ich {topic}
          kann ich {topic}
          soll ich {topic}
          sollte ich {topic}
          was ist mit {topic}
          wie ist das mit {topic}
          wie sieht es aus mit {topic}
          erzähl mir was über {topic}
          erklär mir {topic}
          ich habe eine frage zu {topic}
          ich hab eine frage zu {topic}
          eine frage zu {topic}
          kurze frage {topic}
          sicherheitsfrage zu {topic}
          was sagst du zu {topic}
          was weißt du über {topic}
          was ist {topic}
          was passiert {topic}
          was soll ich tun {topic}
          was mache ich {topic}
          was tue ich {topic}
          hast du tipps zu {topic}
          tipps zu {topic}
          infos zu {topic}
          ich mache mir sorgen wegen {topic}
          ich möchte wissen {topic}
          ich wüsste gern {topic}
          weißt du {topic}
          sag mir {topic}
          und {topic}
          {topic} gefährlich ist
          {topic} okay ist
          {topic} normal ist
          ich {topic} darf
          ich {topic} soll
          # Ein Symptom als Frage statt als Meldung: jeder Symptom-Wert ist hier eine Frage.
          was ist wenn {symptom}
          was ist wenn ich {symptom} habe
          was ist wenn ich {symptom} bekomme
          und wenn ich {symptom} bekomme
          was mache ich bei {symptom}
          was mache ich wenn ich {symptom} habe
          was soll ich bei {symptom} tun
          was tun bei {symptom}
          ist {symptom} normal
          ist {symptom} gefährlich
          ist es normal wenn ich {symptom} habe
          ist es schlimm wenn ich {symptom} habe
          muss ich mir sorgen machen wegen {symptom}
          was bedeutet {symptom}
        `,
        ...variants`
          (muss|sollte|soll) (ich|man) {topic}
          (ist|wäre) es (okay|ok|in ordnung) wenn ich {topic}
          wie (kann|soll|sollte) ich {topic}
          (ich bin|ich habe|ich hatte|ich hab) {topic}
          ist es (schlimm|normal|gefährlich|okay) wenn (|ich|mir|mein|meine) {symptom}
          was (soll|muss|kann) ich (machen|tun) (wenn|bei) {symptom}
          was (mache|tue) ich wenn {symptom}
          (muss ich mir|sollte ich mir) sorgen machen (wenn|bei|wegen) {symptom}
        `,
      ],
    },
    ReportSymptomIntent: {
      slots: { symptom: 'Symptom' },
      samples: [
        ...lines`
          {symptom}
          ich habe {symptom}
          ich hab {symptom}
          ich kriege {symptom}
          ich krieg {symptom}
          ich bekomme {symptom}
          ich spüre {symptom}
          ich fühle {symptom}
          ich fühle mich {symptom}
          mir ist {symptom}
          mir wird {symptom}
          es ist {symptom}
          das ist {symptom}
          das fühlt sich {symptom} an
          es fühlt sich {symptom} an
          ich habe plötzlich {symptom}
          plötzlich {symptom}
          auf einmal {symptom}
          jetzt habe ich {symptom}
          ich habe gerade {symptom}
          ich merke {symptom}
          ich habe ein bisschen {symptom}
          ich glaube ich habe {symptom}
          diese übung macht mir {symptom}
          bei dieser übung habe ich {symptom}
          die übung ist {symptom}
          ich habe {symptom} bekommen
          ich {symptom} habe
          mein {symptom}
          meine {symptom}
          hilfe ich habe {symptom}
          ich bin {symptom}
        `,
        ...variants`
          ich (glaub|glaube) (|ich (hab|habe|kriege|krieg|bekomme)) {symptom}
          (ich hab|ich habe|ich hatte|ich kriege|ich krieg|ich bekomme) (nen|ne|so einen|so eine|so ein|da einen|da eine) {symptom}
          (au|aua|autsch|oh nein) {symptom}
          (es|das|da) {symptom}
          (seit gestern|seit heute|heute) (habe ich|hab ich) {symptom}
        `,
      ],
    },
    SetReminderIntent: {
      slots: { days: 'ReminderDays', moreDays: 'ReminderDays', time: 'AMAZON.TIME' },
      samples: [
        ...lines`
          erinnere mich ans dehnen
          erinnere mich an meine übungen
          erinnere mich ans stretchen
          stell eine erinnerung ein
          stell eine erinnerung zum dehnen ein
          richte eine erinnerung zum dehnen ein
          ich möchte eine erinnerung zum dehnen
          ich hätte gern eine erinnerung zum dehnen
          erstelle eine erinnerung zum dehnen
          eine tägliche erinnerung bitte
          stell eine erinnerung für {time} ein
          stell eine erinnerung {days} um {time} ein
          um {time}
          {time}
          {days}
          {days} um {time}
          {days} und {moreDays}
          {days} und {moreDays} um {time}
        `,
        ...variants`
          erinnere mich {days} (|ans dehnen|an meine übungen)
          erinnere mich um {time} (|ans dehnen|an meine übungen)
          erinnere mich {days} um {time} (|ans dehnen|an meine übungen|zu dehnen)
          erinnere mich (ans dehnen|an meine übungen) {days} um {time}
          erinnere mich {days} und {moreDays} um {time} (|ans dehnen)
        `,
      ],
    },
    ChangeReminderIntent: {
      slots: { days: 'ReminderDays', moreDays: 'ReminderDays', time: 'AMAZON.TIME' },
      samples: [
        ...lines`
          ändere meine erinnerung
          ändere meine erinnerung zum dehnen
          verschieb meine erinnerung
          stell meine erinnerung um
          ändere die uhrzeit meiner erinnerung
          erinnere mich lieber um {time}
          erinnere mich stattdessen um {time}
        `,
        ...variants`
          (ändere|verschieb|verlege|stell) (meine|die) erinnerung auf {time}
          (ändere|verschieb|verlege|stell) (meine|die) erinnerung auf {days}
          (ändere|verschieb|verlege|stell) (meine|die) erinnerung auf {days} um {time}
          (ändere|verschieb) meine erinnerung auf {days} und {moreDays}
        `,
      ],
    },
    ListRemindersIntent: {
      samples: [
        ...lines`
          welche erinnerungen habe ich
          welche erinnerungen hab ich
          welche erinnerung habe ich
          was für erinnerungen habe ich
          habe ich eine erinnerung
          hab ich eine erinnerung
          habe ich erinnerungen
          habe ich eine erinnerung zum dehnen
          wann ist meine erinnerung
          um wie viel uhr ist meine erinnerung
          wann erinnerst du mich
          wann erinnerst du mich ans dehnen
          sag mir meine erinnerungen
          lies meine erinnerungen vor
          zeig meine erinnerungen
          was ist meine erinnerung
          prüf meine erinnerungen
          meine erinnerungen
        `,
      ],
    },
    CancelReminderIntent: {
      samples: [
        ...lines`
          hör auf mich zu erinnern
          erinnere mich nicht mehr
          erinnere mich nicht mehr ans dehnen
          keine erinnerungen mehr
          ich will keine erinnerung mehr
          schalte meine erinnerung aus
          mach meine erinnerung aus
        `,
        ...variants`
          (lösche|entferne|stoppe|deaktiviere) (meine|die) (erinnerung|erinnerungen) (|zum dehnen)
        `,
      ],
    },
    'AMAZON.NextIntent': {
      samples: [
        ...lines`
          nächste übung
          die nächste übung
          ich bin bereit
          ich bin so weit
          bereit
          fertig
          ich bin fertig
          geschafft
          weiter geht's
          auf zur nächsten
          diese überspringen
          die hier überspringen
          überspring die übung
          was kommt jetzt
          was kommt als nächstes
          los geht's
          auf geht's
          los
          na los
          okay weiter
          ok weiter
          weiter bitte
          und weiter
          nächste bitte
          die nächste
          die nächste bitte
          die nächste übung bitte
          zur nächsten übung
          weiter zur nächsten übung
          gehen wir weiter
          erledigt
          hab ich
          hab ich gemacht
          fertig damit
          ich bin fertig damit
          bin fertig
          bin bereit
          ich bin soweit
          bin soweit
          es kann weitergehen
        `,
        ...variants`
          (was|welche) (kommt|ist) (als nächstes|jetzt|danach|dran)
          (die nächste|zur nächsten) (übung|dehnung) (|bitte)
          (ich bin|bin) (bereit|fertig|so weit) (für die nächste übung|für die nächste dehnung|mit der übung)
          weiter (zur nächsten|mit der nächsten) (übung|dehnung)
        `,
      ],
    },
    'AMAZON.PreviousIntent': {
      samples: [
        ...lines`
          geh zurück
          vorherige übung
          die vorige übung
          die übung davor
          eine übung zurück
          die letzte übung
        `,
        ...variants`
          (geh|gehen wir|zurück) (zur|zu der) (vorherigen|letzten) (|übung|dehnung)
          (die|nochmal die) (vorherige|letzte) (übung|dehnung) (|bitte)
          eine (dehnung) (zurück|davor)
        `,
      ],
    },
    'AMAZON.RepeatIntent': {
      samples: [
        ...lines`
          nochmal
          mach das noch mal
          die übung wiederholen
          übung wiederholen
          noch mal bitte
          sag das noch mal
          wiederhol das
          was hast du gesagt
          was war das
          bitte was
        `,
        ...variants`
          (sag|erklär) (das|es) (noch mal|nochmal|noch einmal)
          (mach|machen wir) (das|die übung|die dehnung) (noch mal|nochmal|noch einmal)
          (wiederhol|wiederhole) (das|die übung|die letzte|es) (|bitte)
          (ich hab|ich habe) das nicht (verstanden|mitbekommen)
        `,
      ],
    },
    'AMAZON.StartOverIntent': {
      samples: lines`
        von vorne anfangen
        noch mal von vorne
        von anfang an
        das programm neu starten
        alles noch mal von vorne
        fang von vorne an
      `,
    },
    'AMAZON.PauseIntent': {
      samples: [
        ...lines`
          warte
          warte mal
          moment
          einen moment
          gib mir eine minute
          mach eine pause
          pause machen
          kurze pause
          eine kurze pause
          das programm anhalten
          halt mal kurz
        `,
        ...variants`
          (warte|wart) (kurz|einen moment|eine sekunde|eine minute)
          (moment|sekunde) (mal|kurz|bitte)
          (ich brauche|gib mir|ich brauch) (eine pause|eine kurze pause|einen moment|eine minute)
          (lass uns|können wir) (eine pause machen|kurz pausieren|kurz anhalten)
        `,
      ],
    },
    'AMAZON.ResumeIntent': {
      samples: [
        ...lines`
          mach weiter
          weitermachen
          lass uns weitermachen
          mein programm fortsetzen
          das programm fortsetzen
          da weitermachen wo ich aufgehört habe
          da weiterzumachen wo ich aufgehört habe
          mach da weiter wo ich aufgehört habe
          zurück zum programm
          zurück zur übung
          die übung fortsetzen
          weiter mit der übung
          ich will weitermachen
          ich weitermachen will
          ich möchte weitermachen
        `,
        ...variants`
          (mach|lass uns) weiter wo (wir|ich) (aufgehört haben|aufgehört habe|stehen geblieben sind)
          (ich bin|bin) (wieder da|zurück|bereit weiterzumachen)
          (können wir|wir können) (weitermachen|fortfahren)
        `,
      ],
    },
    'AMAZON.YesIntent': {},
    'AMAZON.NoIntent': {},
    'AMAZON.HelpIntent': {},
    'AMAZON.StopIntent': {
      samples: [
        ...lines`
          programm beenden
          das programm beenden
          beende das programm
          programm stoppen
          stopp das programm
          hör auf mit dem programm
          das reicht für heute
          genug für heute
          für heute reicht's
          für heute reicht es
          ich bin für heute fertig
          schluss für heute
          für heute ist schluss
          ich höre für heute auf
          ich mache schluss
          ich mache für heute schluss
          das war's für heute
          das war's
          genug gedehnt
        `,
        ...variants`
          (ich will|ich möchte|lass uns) (aufhören|schluss machen|das programm beenden)
          ich (habe|hab) (genug|keine lust mehr) (|für heute)
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
        schreibtischpause
        schreibtisch
        eine schreibtischpause
        büropause
        pause am schreibtisch
        übungen am schreibtisch
        dehnen am schreibtisch
        schnell
        was schnelles
        etwas schnelles
        was kurzes
        etwas kurzes
        kurze runde
        eine kurze runde
        kurzes programm
        eine minute dehnen
        kurz dehnen
        ein paar minuten
        nur ein paar minuten
        wenig zeit
        am schreibtisch
        im büro
        büro
        auf der arbeit
        bei der arbeit
        arbeitspause
        kaffeepause
        auf dem stuhl
        am computer
        im sitzen
        sitzend
        stuhl
        übungen im sitzen
        ich sitze am schreibtisch
        kurze
        schnelle
        schnelle runde
        die schnelle runde
      `,
      morning: lines`
        morgenrunde
        morgen
        morgens
        am morgen
        morgenroutine
        morgenprogramm
        dehnen am morgen
        mobilität
        mobilisation
        morgenmobilität
        auf dem boden
        boden
        bodenübungen
        matte
        auf der matte
        auf einer matte
        yogamatte
        eine matte
        eine yogamatte
        zum aufwachen
        aufwachen
        gerade aufgestanden
        ich bin gerade aufgestanden
        ich bin gerade aufgewacht
        direkt nach dem aufstehen
        in den tag starten
        vor der arbeit
        für morgens
        morgendliche runde
      `,
      gentle: lines`
        sanfte runde
        sanft
        sanften runde
        sanftes programm
        sanfte übungen
        sanftes dehnen
        anfänger
        für anfänger
        anfängerin
        einsteiger
        für einsteiger
        einsteigerprogramm
        ich bin anfänger
        ich bin anfängerin
        ich bin neu
        ich bin neu hier
        zum ersten mal
        das erste mal
        leicht
        leichte runde
        was leichtes
        etwas leichtes
        leichte übungen
        muskelkater
        ich habe muskelkater
        empfindlicher rücken
        mein rücken ist empfindlich
        empfindlicher tag
        ohne geräte
        ohne hilfsmittel
        keine hilfsmittel
        keine geräte
        ohne alles
        ganz langsam
        ganz entspannt
        entspannend
        nichts anstrengendes
        nicht so anstrengend
        sanfte
        leichte
        was sanftes
        etwas sanftes
      `,
      full: lines`
        große rückenrunde
        groß
        große runde
        großen rückenrunde
        großen runde
        rückenrunde
        komplett
        komplettes programm
        das komplette programm
        ganzes programm
        das ganze programm
        volles programm
        das volle programm
        alles
        alle übungen
        lang
        lange runde
        eine lange runde
        was langes
        etwas längeres
        fortgeschritten
        für fortgeschrittene
        zehn minuten
        eine viertelstunde
        faszienrolle
        eine faszienrolle
        mit der faszienrolle
        mit faszienrolle
        ich habe eine faszienrolle
        schaumstoffrolle
        eine schaumstoffrolle
        blackroll
        eine blackroll
        lange
        große
        komplette
      `,
    },
    Verbosity: {
      brief: [
        ...lines`
          weniger reden
          kürzer
          kurz
          kurze anweisungen
          kürzere anweisungen
          kurze anleitungen
          kürzere anleitungen
          kurz und knapp
          knapp
          knapper
          kurzfassung
          die kurzfassung
          kurze version
          die kurze version
          weniger erklären
          weniger erklärungen
          weniger details
          nicht so viel reden
          red nicht so viel
          du redest zu viel
          weniger gerede
          nur das nötigste
          nur die hinweise
          nur kurze hinweise
          hör auf zu erklären
          weniger text
          weniger worte
        `,
        ...variants`
          (weniger|nicht so viel) (reden|gerede|erklären|erklärungen|text|worte)
        `,
      ],
      detailed: [
        ...lines`
          mehr details
          ausführlicher
          ausführlich
          ausführliche anweisungen
          ausführliche anleitungen
          alle schritte
          genauer
          genauer erklären
          erklär mehr
          mehr erklärungen
          mehr erklären
          die lange version
          lange version
          ausführliche version
          mit allen details
          alle details
          jede übung erklären
          mehr anleitung
          wieder ausführlich
          mehr reden
          detaillierter
          ganz genau
        `,
        ...variants`
          (mehr|ausführlichere) (erklärungen|anleitung|hinweise)
        `,
      ],
    },
    Pace: {
      flow: lines`
        am stück
        alles am stück
        einfach weiter
        immer weiter
        weiter so
        durchgehend
        ohne pause
        ohne pausen
        ohne unterbrechung
        ohne anzuhalten
        nicht nach jeder übung warten
        warte nicht auf mich
        in einem durchgang
        in einem rutsch
        alles hintereinander
        hintereinander weg
      `,
      step: lines`
        eine nach der anderen
        übung für übung
        schritt für schritt
        einzeln
        eine übung nach der anderen
        nach jeder übung warten
        warte nach jeder übung
        warte auf mich
        in meinem tempo
        seite für seite
        immer nur eine übung
        immer nur eine seite
        eins nach dem anderen
      `,
    },
    ReminderDays: {
      daily: lines`
        jeden tag
        täglich
        an jedem tag
        alle tage
      `,
      weekdays: lines`
        montags bis freitags
        werktags
        an werktagen
        jeden werktag
        von montag bis freitag
        montag bis freitag
        unter der woche
        an wochentagen
        wochentags
      `,
      weekend: lines`
        am wochenende
        an wochenenden
        jedes wochenende
        wochenende
      `,
      mon: lines`
        montags
        montag
        am montag
        jeden montag
      `,
      tue: lines`
        dienstags
        dienstag
        am dienstag
        jeden dienstag
      `,
      wed: lines`
        mittwochs
        mittwoch
        am mittwoch
        jeden mittwoch
      `,
      thu: lines`
        donnerstags
        donnerstag
        am donnerstag
        jeden donnerstag
      `,
      fri: lines`
        freitags
        freitag
        am freitag
        jeden freitag
      `,
      sat: lines`
        samstags
        samstag
        am samstag
        jeden samstag
        sonnabends
      `,
      sun: lines`
        sonntags
        sonntag
        am sonntag
        jeden sonntag
      `,
    },
  },
  locales: {
    'de-DE': {},
  },
};

export default model;
