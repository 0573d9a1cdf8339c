import { lines, words } from '../lines';
import type { Vocabulary } from '../vocabulary';

const vocabulary: Vocabulary = {
  grammar: {
    negations: words`nicht nichts kein keine keinen keinem keiner keines nie niemals ohne weder`,
    hedges: words`weiß_nicht weiss_nicht nicht_sicher keine_ahnung nicht_so_sicher`,
    clauseBreaks: words`aber doch jedoch sondern obwohl allerdings außer ausser`,
    scopeBreaks: words`und dann also auch ich es jetzt nur`,
    notSigns: words`
      *schmerzmittel* *schmerztablette* schmerzfrei* schmerzgel* schmerzsalbe* herzfrequenz* puls
      brustöffner* brustdehnung* brustmuskel* brustwirbel* brust_öffnen brust_dehnen knie_zur_brust vor_die_brust vor_der_brust
      notaufnahme
    `,
  },
  topics: {
    'crack-safe': {
      phrases: lines`
        rückenknacken
        den rücken knacken
        meinen rücken knacken
        meinen rücken knacken lassen
        den rücken knacken lassen
        den rücken knacken zu lassen
        meinen rücken knacken zu lassen
        knacken
        wirbelsäule knacken
        die wirbelsäule knacken lassen
        den oberen rücken knacken
        einrenken
        mich selbst einrenken
        selbst einrenken
        den rücken selbst einrenken
        mein rücken knackt
        rücken knacken
        ist rückenknacken sicher
        ist es gefährlich den rücken knacken zu lassen
        knacken lassen
        den rücken durchknacken
        ist knacken gefährlich
      `,
      cues: lines`
        knack* knacks* einrenk* + rücken* wirbel* gelenk* selbst
      `,
    },
    'crack-why': {
      phrases: lines`
        warum der rücken knackt
        warum knackt mein rücken
        warum knackt es
        warum knackt das
        warum knackt meine wirbelsäule
        woher kommt das knacken
        was ist das knacken
        was ist das für ein knacken
        was ist dieses knacken
        knackgeräusch
        das knackgeräusch
        was ist das knackgeräusch
        knacken im rücken
        was knackt da
        wieso knackt mein rücken
        warum knacken gelenke
        gelenkknacken
        was passiert beim knacken
        mein rücken hat geknackt
        mein rücken hat gerade geknackt
        ist das knacken normal
        woher kommt das geräusch
        das knacken
        was macht das knacken
        warum knackt mein rücken so oft
        warum knacken meine gelenke
      `,
      cues: lines`
        warum wieso weshalb was + knack* knacks* + rücken* wirbel* gelenk* geräusch* es das
      `,
    },
    'crack-worse': {
      phrases: lines`
        knacken schadet
        schadet knacken
        schadet das knacken
        schadet knacken dem rücken
        kann knacken schaden
        kann knacken den rücken schädigen
        macht knacken es schlimmer
        wird es durch knacken schlimmer
        ist knacken schädlich
        ist rückenknacken schädlich
        ist knacken schlecht
        ist rückenknacken schlecht
        ist knacken schlecht für den rücken
        ist rückenknacken schlimm
        ist knacken schlimm
        bekomme ich vom knacken arthrose
        macht knacken arthrose
        schäden durch knacken
        knacken erzwingen
        ein knacken erzwingen
        leiern die bänder aus
        ausgeleierte bänder
        lockere bänder vom knacken
        überbeweglichkeit
        rückenknacken schädlich ist
      `,
      cues: lines`
        knack* + schlecht* schad* schlimm* gefährlich* arthros* locker* verletz*
        knack* + rücken* wirbel* gelenk* nacken* hals + schlecht* schad* schlimm* gefährlich* arthros* locker* verletz*
      `,
    },
    'crack-often': {
      phrases: lines`
        wie oft knacken
        wie oft darf ich meinen rücken knacken
        wie oft kann ich meinen rücken knacken
        wie oft darf ich knacken
        wie oft ist zu oft
        wie oft am tag darf ich knacken
        jeden tag knacken
        täglich knacken
        den rücken jeden tag knacken
        ich knacke ständig
        ich knacke meinen rücken ständig
        ich knacke oft
        ich knacke meinen rücken oft
        ständiges knacken
        zu oft knacken
        knacken aus gewohnheit
        mehrmals am tag knacken
        wie oft soll ich meinen rücken knacken
        zu viel knacken
      `,
      cues: lines`
        knack* + oft häufig täglich jeden mal* viel
      `,
    },
    'crack-someone': {
      phrases: lines`
        jemand anderes knackt meinen rücken
        soll jemand anders meinen rücken knacken
        darf jemand anders meinen rücken knacken
        darf mein partner meinen rücken knacken
        darf meine partnerin meinen rücken knacken
        darf mein mann meinen rücken knacken
        darf meine frau meinen rücken knacken
        mein partner knackt meinen rücken
        jemand knackt meinen rücken
        mich einrenken lassen
        den rücken einrenken lassen
        über den rücken laufen
        auf dem rücken herumlaufen
        darf jemand auf meinem rücken laufen
        darf mein kind auf meinem rücken laufen
        jemand läuft auf meinem rücken
        an den armen ziehen
        jemand zieht an meinen armen
        chiropraktiker
        zum chiropraktiker
        chiropraktik
        osteopath
        zum osteopathen
        sich einrenken lassen
      `,
      cues: lines`
        knack* einrenk* lauf* + jemand* partner* mann frau freund* kind* andere*
        chiropraktik* chiropraktiker* osteopath*
      `,
    },
    'stretch-vs-crack': {
      phrases: lines`
        dehnen oder knacken
        knacken oder dehnen
        was ist besser dehnen oder knacken
        ist dehnen besser als knacken
        ist knacken besser als dehnen
        dehnen statt knacken
        lieber dehnen oder knacken
        soll ich dehnen oder knacken
        dehnen statt einrenken
        was hilft besser als knacken
        eine alternative zum knacken
        statt knacken
        hilft knacken
        hilft das knacken
        bringt knacken was
        bringt das knacken was
        nützt knacken etwas
        vorteile vom knacken
        dehnen oder einrenken
        was ist besser als knacken
      `,
      cues: lines`
        dehn* + knack* + besser statt oder lieber alternativ*
        knack* + hilf* hilft bringt nutz* sinn
      `,
    },
    'stretch-frequency': {
      phrases: lines`
        wie oft dehnen
        wie oft soll ich dehnen
        wie oft sollte ich dehnen
        wie oft soll ich mich dehnen
        wie oft sollte ich mich dehnen
        wie oft kann ich dehnen
        wie oft pro woche
        wie oft in der woche
        wie oft am tag
        wie oft soll ich das machen
        wie oft soll ich die übungen machen
        wie oft soll ich das programm machen
        jeden tag dehnen
        täglich dehnen
        soll ich jeden tag dehnen
        kann ich jeden tag dehnen
        darf ich jeden tag dehnen
        zweimal am tag dehnen
        zu viel dehnen
        kann man zu viel dehnen
        wie oft
        wie häufig
        wie oft ich dehnen soll
      `,
      cues: lines`
        oft häufig täglich jeden_tag woche* + dehn* übung* routine* das machen
      `,
    },
    'hold-length': {
      phrases: lines`
        wie lange halten
        wie lange soll ich halten
        wie lange soll ich eine dehnung halten
        wie lange sollte ich eine dehnung halten
        wie lange halte ich das
        wie lange soll ich das halten
        wie lange soll ich jede dehnung halten
        wie lange soll eine dehnung dauern
        wie lange soll ich dehnen
        wie lange dehnen
        wie viele sekunden
        wie viele sekunden halten
        reichen dreißig sekunden
        kann ich länger halten
        länger halten
        haltezeit
        die haltezeit
        wie lange ich eine dehnung halten soll
        wie lange halte ich eine dehnung
        wie lange muss ich halten
      `,
      cues: lines`
        lange sekunden + halt* dehn* bleib*
      `,
    },
    'warm-up': {
      phrases: lines`
        aufwärmen
        warm machen
        soll ich mich aufwärmen
        muss ich mich aufwärmen
        muss ich mich vorher aufwärmen
        sollte ich mich vorher aufwärmen
        wie wärme ich mich auf
        wie soll ich mich aufwärmen
        ist aufwärmen wichtig
        warum aufwärmen
        ohne aufwärmen
        aufwärmen überspringen
        kann ich das aufwärmen weglassen
        kalt dehnen
        dehnen ohne aufwärmen
        vorher aufwärmen
        das aufwärmen
        mich aufwärmen
        mich vorher aufwärmen
      `,
      cues: lines`
        aufwärm* warm_machen warmmachen einlaufen
      `,
    },
    'should-hurt': {
      phrases: lines`
        darf dehnen wehtun
        darf es wehtun
        soll es wehtun
        muss es wehtun
        muss dehnen wehtun
        soll dehnen wehtun
        tut dehnen weh
        ist schmerz beim dehnen normal
        ist ein bisschen schmerz normal
        ist es okay wenn es wehtut
        ist es schlimm wenn es wehtut
        wie weh darf es tun
        wie sehr darf es ziehen
        wie weit soll ich dehnen
        wie weit soll ich gehen
        wie stark soll ich dehnen
        wie fest soll ich dehnen
        wie soll sich eine dehnung anfühlen
        wie fühlt sich eine dehnung richtig an
        durch den schmerz durch
        soll ich durch den schmerz durch
        ohne fleiß kein preis
        wie viel soll ich spüren
        dehnen wehtun darf
        darf das wehtun
      `,
      cues: lines`
        weh* *schmerz* spür* fühl* + soll* normal darf okay ok muss
        wie + weit stark fest + dehn* gehen
      `,
    },
    'feel-little': {
      phrases: lines`
        ich spüre nichts
        ich spüre die dehnung nicht
        ich merke nichts
        ich merke kaum etwas
        ich fühle nichts
        ich spüre kaum was
        es tut nicht weh
        keine schmerzen
        gar nichts
        überhaupt nichts
      `,
      cues: lines`
        ~spür* ~fühl* ~merk* + was etwas viel dehnung es das
        spür* fühl* merk* + nichts
        ~weh ~*schmerz* ~wehtut
      `,
    },
    numbness: {
      phrases: lines`
        taubheit oder kribbeln
        taubheit und kribbeln
        wenn mein arm taub wird
        wenn meine hände taub werden
        wenn meine hand einschläft
        wenn mein arm einschläft
        wenn ich kribbeln spüre
        wenn ich taubheit spüre
        kribbeln beim dehnen
        taubheit beim dehnen
        taube finger beim dehnen
        kribbeln in den armen beim dehnen
        muss ich mir wegen kribbeln sorgen machen
        muss ich mir wegen taubheit sorgen machen
        eingeschlafene hände beim dehnen
        wenn es in den händen kribbelt
        kribbeln oder taubheit
      `,
    },
    'shooting-pain': {
      phrases: lines`
        schmerz der in den arm schießt
        wenn der schmerz in den arm schießt
        wenn es in den arm schießt
        wenn schmerzen in den arm schießen
        wenn mir ein schmerz in den arm schießt
        einschießender schmerz im arm
        eingeklemmter nerv
        ein eingeklemmter nerv
        ist das ein eingeklemmter nerv
        habe ich einen eingeklemmten nerv
        könnte das ein eingeklemmter nerv sein
        nerv eingeklemmt
        schmerz der in den arm zieht
        wenn ich einen stechenden schmerz im arm spüre
        wenn es den arm runter schießt
      `,
      cues: lines`
        ischias
        nerv + eingeklemmt* einklemm*
      `,
    },
    injury: {
      phrases: lines`
        nach einer verletzung
        ich bin gestürzt
        ich bin hingefallen
        ich bin auf den rücken gefallen
        ich bin ausgerutscht
        nach einem sturz
        ich hatte einen sturz
        ich hatte einen unfall
        nach einem unfall
        ein unfall
        autounfall
        ein autounfall
        ich hatte einen autounfall
        nach einem autounfall
        auffahrunfall
        schleudertrauma
        ich habe mir den rücken verletzt
        ich habe mich verletzt
        rückenverletzung
        eine verletzung
        dehnen nach einer verletzung
        sportverletzung
        ich habe mir was gezerrt
        zerrung
        eine zerrung
        muskelzerrung
        verletzung
        ich bin gestürzt und mein rücken tut weh
        ich habe mir beim sturz den rücken verletzt
      `,
      cues: lines`
        gestürzt sturz* hingefallen unfall* verletz* zerr* schleudertrauma ausgerutscht umgeknickt
      `,
    },
    'see-doctor': {
      phrases: lines`
        zum arzt gehen
        wann soll ich zum arzt
        wann sollte ich zum arzt gehen
        muss ich zum arzt
        soll ich zum arzt gehen
        brauche ich einen arzt
        arzt
        zum arzt
        zur ärztin
        wann zum arzt
        soll ich zur physiotherapie
        physiotherapie
        physiotherapeut
        krankengymnastik
        soll ich in die notaufnahme
        notaufnahme
        wann brauche ich hilfe
        wann sollte ich mir sorgen machen
        wann ist rückenschmerz gefährlich
        ist mein rückenschmerz gefährlich
        warnzeichen
        was sind warnzeichen
        alarmzeichen
        wann soll ich aufhören zu dehnen
        schmerzen die nicht weggehen
        wenn es nicht besser wird
        wenn es schlimmer wird
        wenn die schmerzen bleiben
        wann ich zum arzt gehen soll
      `,
      cues: lines`
        arzt* ärzt* physio* therapeut* krankenhaus* notaufnahme klinik* hausarzt*
        sorgen* ernst* warnzeichen* alarm* + rücken* schmerz* das es
      `,
    },
    causes: {
      phrases: lines`
        ursachen für rückenschmerzen
        was verursacht rückenschmerzen
        woher kommen rückenschmerzen
        ursachen
        die ursache
        warum tut mein rücken weh
        warum tut mein oberer rücken weh
        warum habe ich rückenschmerzen
        woher kommen meine rückenschmerzen
        warum ist mein rücken so steif
        warum ist mein rücken verspannt
        warum bin ich so verspannt
        warum sind meine schultern so verspannt
        verspannungen
        woher kommen verspannungen
        steifer rücken
        was macht den rücken steif
        brustwirbelsäule
        was ist die brustwirbelsäule
        welche muskeln dehne ich
        welche muskeln sind im oberen rücken
        was dehnt diese übung
        anatomie
        was verursacht schmerzen im oberen rücken
        woher kommt die steifheit
      `,
      cues: lines`
        warum wieso woher ursache* grund* kommt + rücken* schulter* nacken* steif* verspann* *schmerz* weh*
        muskel* anatomie brustwirbel* wirbelsäule + welche was
      `,
    },
    posture: {
      phrases: lines`
        haltung
        tipps für die haltung
        haltungstipps
        meine haltung
        gute haltung
        bessere haltung
        wie soll ich sitzen
        wie sitze ich richtig
        richtig sitzen
        wie sitze ich am schreibtisch richtig
        wie soll ich stehen
        wie verbessere ich meine haltung
        haltung verbessern
        meine haltung verbessern
        krumm sitzen
        ich sitze krumm
        ich sitze immer krumm
        rundrücken
        handynacken
        ich sitze den ganzen tag
        den ganzen tag sitzen
        arbeitsplatz einrichten
        ergonomie
        stuhlhöhe
        wie hoch soll mein tisch sein
        bildschirmhöhe
        stehschreibtisch
        runde schultern
        hängende schultern
      `,
      cues: lines`
        haltung* krumm* buckel* rundrücken ergonom* schreibtisch* büro* stuhl* bildschirm* monitor* laptop* handynacken sitz* sitzen
      `,
    },
    'heat-ice': {
      phrases: lines`
        wärme oder kälte
        kälte oder wärme
        wärme
        kälte
        eis
        kühlen
        wärmen
        heizkissen
        ein heizkissen
        wärmflasche
        eine wärmflasche
        kühlpack
        ein kühlpack
        kühlakku
        eisbeutel
        kirschkernkissen
        wärmepflaster
        soll ich kühlen
        soll ich wärmen
        soll ich kühlen oder wärmen
        kühlen oder wärmen
        warm oder kalt
        ein warmes bad
        heißes bad
        eine heiße dusche
        den rücken kühlen
        eis auf den rücken
      `,
      cues: lines`
        wärme* kälte* eis* kühl* wärmflasche* heizkissen* bad baden dusche* warm kalt
      `,
    },
    painkiller: {
      phrases: lines`
        schmerzmittel
        ein schmerzmittel
        schmerztabletten
        eine schmerztablette
        tabletten
        eine tablette
        medikamente
        ein medikament
        medizin
        ibuprofen
        paracetamol
        aspirin
        diclofenac
        voltaren
        novalgin
        muskelrelaxans
        entzündungshemmer
        schmerzsalbe
        schmerzgel
        schmerzmittel nehmen
        ein schmerzmittel nehmen
        ibuprofen nehmen
        etwas gegen die schmerzen nehmen
        was gegen schmerzen
        darf ich ein schmerzmittel nehmen
        soll ich ibuprofen nehmen
        tabletten nehmen
      `,
      cues: lines`
        schmerzmittel* schmerztablett* tablette* medikament* ibuprofen aspirin paracetamol diclofenac voltaren salbe* muskelrelax*
      `,
    },
    pregnancy: {
      phrases: lines`
        schwangerschaft
        ich bin schwanger
        schwanger
        dehnen in der schwangerschaft
        dehnen während der schwangerschaft
        in der schwangerschaft
        während der schwangerschaft
        ich erwarte ein baby
        ich bekomme ein baby
        ich bekomme ein kind
        erstes trimester
        zweites trimester
        drittes trimester
        ich habe gerade entbunden
        ich hatte gerade ein baby
        nach der geburt
        wochenbett
        rückbildung
        schwanger dehnen
      `,
      cues: lines`
        schwanger* trimester entbindung* geburt* wochenbett stillzeit
      `,
    },
    osteoporosis: {
      phrases: lines`
        osteoporose
        ich habe osteoporose
        osteopenie
        brüchige knochen
        ich habe brüchige knochen
        schwache knochen
        dünne knochen
        knochenschwund
        geringe knochendichte
        knochendichte
        dehnen mit osteoporose
        ist das mit osteoporose sicher
        dehnen bei osteoporose
      `,
      cues: lines`
        osteopor* osteopenie knochen*
      `,
    },
    surgery: {
      phrases: lines`
        nach einer operation
        ich wurde operiert
        ich hatte eine operation
        ich hatte eine op
        nach einer op
        nach meiner operation
        nach der operation
        eine operation
        operation
        op
        frisch operiert
        ich bin frisch operiert
        rückenoperation
        ich hatte eine rückenoperation
        wirbelsäulenoperation
        bandscheiben op
        versteifung der wirbelsäule
        schulteroperation
        herzoperation
        dehnen nach einer operation
        nach op
        fäden
        narbe
      `,
      cues: lines`
        operation* operiert op chirurg* eingriff* narbe* versteif*
      `,
    },
    disclaimer: {
      phrases: lines`
        medizinische beratung
        ist das medizinische beratung
        ist das ein medizinischer rat
        bist du ein arzt
        bist du eine ärztin
        bist du ein echter arzt
        bist du physiotherapeut
        bist du qualifiziert
        haftungsausschluss
        der haftungsausschluss
        kann ich dir vertrauen
        ist das für jeden sicher
        woher hast du die informationen
        woher stammen die infos
        wer hat die übungen gemacht
        wer hat das geschrieben
        ist das offiziell
        kannst du mich untersuchen
        kannst du eine diagnose stellen
        kannst du meine schmerzen beurteilen
        was fehlt meinem rücken
        was hat mein rücken
        was ist mit meinem rücken los
      `,
      cues: lines`
        rat + medizin* ärztlich*
        arzt + du bist echter
        qualifiz* diagnos* offiziell* vertrau* haftung*
        medizinisch* + ausbildung* studium studiert fachkraft
      `,
    },
  },
  symptoms: {
    emergency: {
      phrases: lines`
        notfall
        das ist ein notfall
        ich habe einen notfall
        medizinischer notfall
        ein notfall
        ruf einen krankenwagen
        ruf den krankenwagen
        ich brauche einen krankenwagen
        krankenwagen
        ruf den notarzt
        notarzt
        ruf den rettungsdienst
        herzinfarkt
        einen herzinfarkt
        ich habe einen herzinfarkt
        ich glaube ich habe einen herzinfarkt
        schlaganfall
        einen schlaganfall
        ich habe einen schlaganfall
        ich glaube ich habe einen schlaganfall
        ich bin zusammengebrochen
        ich bin ohnmächtig geworden
      `,
      cues: lines`
        notfall* notarzt* krankenwagen* rettungs* 112 eins_eins_zwei herzinfarkt* infarkt* herzanfall* herzstillstand
        schlaganfall* zusammengebroch* zusammengeklappt bewusstlos* ohnmächtig_geworden sterbe
      `,
    },
    'chest-pain': {
      phrases: lines`
        brustschmerzen
        brustschmerz
        schmerzen in der brust
        schmerz in der brust
        meine brust tut weh
        die brust tut weh
        brust tut weh
        es tut in der brust weh
        druck auf der brust
        druck in der brust
        brustdruck
        engegefühl in der brust
        enge in der brust
        meine brust ist eng
        meine brust fühlt sich eng an
        beklemmung in der brust
        beklemmung
        stechen in der brust
        stiche in der brust
        meine brust fühlt sich schwer an
        herzschmerzen
        mein herz tut weh
        schmerzen hinter dem brustbein
        herzstechen
        mir tut die brust weh
        es sticht in der brust
        mein brustkorb tut weh
        der brustkorb tut weh
        schmerzen im brustkorb
        es drückt auf der brust
        es drückt in der brust
        ein druck auf der brust
        ein stechen in der brust
        ein engegefühl in der brust
        meine brust schmerzt
        die brust schmerzt
        es zieht in der brust
        ein ziehen in der brust
        mein herz sticht
        meine brust ist wie zugeschnürt
        es schnürt mir die brust zu
        mir tut das herz weh
        ein brennen in der brust
        brennen in der brust
        meine brust brennt
        es brennt in der brust
        schmerzen in der herzgegend
        ein stich in der brust
        mein herz schmerzt
        es tut mir in der brust weh
        meine brust drückt
        druckgefühl in der brust
        ein druckgefühl in der brust
        ein enges gefühl in der brust
      `,
      cues: lines`
        brust* herz + *schmerz* weh* druck* drück* eng* stech* stich* sticht brenn* schwer* zieh* zieht beklemm* schnür* quetsch* presst*
        herzschmerz* herzstech* angina* brustenge beklemmung*
      `,
    },
    breathless: {
      phrases: lines`
        atemnot
        kurzatmig
        ich bin kurzatmig
        kurzatmigkeit
        ich kriege keine luft
        ich bekomme keine luft
        keine luft
        ich kann nicht atmen
        ich kann kaum atmen
        ich kann schlecht atmen
        schwer zu atmen
        das atmen fällt mir schwer
        atemprobleme
        probleme beim atmen
        luftnot
        außer atem
        ich bin außer atem
        ich ringe nach luft
        nach luft schnappen
        atmen tut weh
        es tut weh beim atmen
        schmerzen beim atmen
        pfeifende atmung
        schlecht luft
        kaum luft
        nicht genug luft
        keine luft mehr
        ich kann nicht richtig atmen
        ich kann nicht mehr atmen
        mir bleibt die luft weg
        mir fehlt die luft
        mir geht die luft aus
        atemlos
        das atmen tut weh
        ich kann nicht durchatmen
        ich kann nicht tief einatmen
        ich atme schwer
        schwer atmen
        ich ersticke
        ich schnappe nach luft
        ich japse nach luft
      `,
      cues: lines`
        ~atm* ~luft ~durchatm* ~einatm*
        atemnot kurzatmig* luftnot atemlos* erstick* japs* keuch* röchel*
        atem* atm* + schwer* problem* schlecht* kaum weh* *schmerz*
        luft + kaum schlecht* weg fehlt* knapp* wenig* aus bleibt
        außer_atem ausser_atem
      `,
    },
    'radiating-pain': {
      phrases: lines`
        ausstrahlende schmerzen
        schmerzen im kiefer
        mein kiefer tut weh
        kieferschmerzen
        der schmerz zieht in den kiefer
        es zieht in den kiefer
        es strahlt in den kiefer aus
        es strahlt in den arm aus
        schmerzen strahlen in den arm aus
        der schmerz strahlt aus
        ausstrahlender schmerz
        mein linker arm tut weh
        schmerzen im linken arm
        linker arm tut weh
        der schmerz zieht in den linken arm
        es zieht in arm und kiefer
        schmerzen in kiefer und arm
        der schmerz breitet sich aus
        die schmerzen breiten sich aus
        der rückenschmerz breitet sich aus
        schmerzen bis in den kiefer
        mir tut der linke arm weh
        der linke arm tut weh
        es zieht in den linken arm
      `,
      cues: lines`
        kiefer* + *schmerz* weh* zieh* zieht strahl*
        link* + arm* schulter* + *schmerz* weh* zieh* zieht
        strahl* ausbreit* breitet + *schmerz* arm* kiefer* rücken*
      `,
    },
    'sweating-nausea': {
      phrases: lines`
        kalter schweiß oder übelkeit
        kalter schweiß
        kalten schweiß
        ich habe kalten schweiß
        ich bin schweißgebadet
        schweißausbruch
        ich schwitze
        ich schwitze stark
        schwitzen
        mir ist übel
        übel
        übelkeit
        mir ist schlecht
        schlecht
        ich muss mich übergeben
        ich glaube ich muss mich übergeben
        mir wird schlecht
        mir wird übel
        brechreiz
        ich muss brechen
        ich schwitze und mir ist übel
        mir ist flau im magen
        flau
        kalter schweiß und übelkeit
      `,
      cues: lines`
        *schwitz* *schweiß* übel* brechreiz erbrech* kotz* flau* übergeb*
        mir_ist_schlecht mir_wird_schlecht
        magen + dreht* flau*
      `,
    },
    faint: {
      phrases: lines`
        ohnmachtsgefühl
        mir wird schwarz vor augen
        schwarz vor augen
        ich werde ohnmächtig
        ich glaube ich werde ohnmächtig
        ich kippe gleich um
        ich falle gleich um
        ich kippe um
        gleich schwarz vor augen
        kreislauf
        kreislaufprobleme
        mein kreislauf macht schlapp
        mein kreislauf spielt verrückt
        ich werde gleich ohnmächtig
        ich bin kurz vorm umkippen
        mir wird gleich schwarz vor augen
        ich fühle mich einer ohnmacht nahe
      `,
      cues: lines`
        ohnmächtig ohnmacht* umkipp* kippe_um kippe_gleich falle_gleich_um schwarz_vor_augen kreislauf*
        kipp* + um
      `,
    },
    numbness: {
      phrases: lines`
        taubheit
        taub
        mein arm ist taub
        meine arme sind taub
        mein arm wird taub
        meine hand ist taub
        meine hände sind taub
        meine finger sind taub
        mein bein ist taub
        meine beine sind taub
        tauber arm
        taube hände
        taube finger
        taubheitsgefühl
        taubheit im arm
        taubheit in den händen
        ich spüre meine finger nicht
        ich spüre meine hand nicht
        ich spüre meinen arm nicht
        mein arm ist eingeschlafen
        meine hand ist eingeschlafen
        kein gefühl in der hand
        gefühllos
        mein arm fühlt sich taub an
        meine hand fühlt sich taub an
        meine hände fühlen sich taub an
        meine finger fühlen sich taub an
        mein bein fühlt sich taub an
        meine beine fühlen sich taub an
        meine hand wird taub
        meine hände werden taub
        meine finger werden taub
        mein bein wird taub
        meine beine werden taub
        meine arme werden taub
        mein arm ist ganz taub
        meine hand ist ganz taub
        meine finger sind ganz taub
        meine finger sind eingeschlafen
        meine hände sind eingeschlafen
        mein bein ist eingeschlafen
        meine beine sind eingeschlafen
        mein fuß ist eingeschlafen
        mein arm schläft ein
        meine hand schläft ein
        meine finger schlafen ein
        mein bein schläft ein
        mir schläft der arm ein
        mir schläft die hand ein
        mir schlafen die finger ein
        mir schläft das bein ein
        mir ist der arm eingeschlafen
        mir ist die hand eingeschlafen
        mir sind die finger eingeschlafen
        mir ist das bein eingeschlafen
        mein arm fühlt sich an wie eingeschlafen
        ich spüre mein bein nicht
        ich spüre meine beine nicht
        ich spüre meine hände nicht
        ich spüre meine finger nicht mehr
        ich spüre meine hand nicht mehr
        ich spüre meinen arm nicht mehr
        ich fühle meine finger nicht
        ich fühle meine hand nicht
        ich fühle meinen arm nicht
        ich fühle meine finger nicht mehr
        ich kann meine finger nicht spüren
        ich kann meine finger nicht mehr spüren
        ich kann meine hand nicht spüren
        ich kann meinen arm nicht spüren
        kein gefühl in den fingern
        kein gefühl im arm
        kein gefühl im bein
        kein gefühl mehr in der hand
        kein gefühl mehr in den fingern
        kein gefühl mehr im arm
        taubheit in den fingern
        taubheit in der hand
        taubheit im bein
        taubheitsgefühl im arm
        taubheitsgefühl in der hand
        taubheitsgefühl in den fingern
        ein taubheitsgefühl
        ein taubheitsgefühl im arm
        ein taubheitsgefühl in der hand
        ein taubheitsgefühl in den fingern
        pelzig
        meine finger sind pelzig
        meine hand ist pelzig
        mein arm ist pelzig
        meine hand fühlt sich pelzig an
        mein arm fühlt sich pelzig an
        meine finger fühlen sich pelzig an
        ein pelziges gefühl
        der arm ist taub
        die hand ist taub
        die finger sind taub
        das bein ist taub
        taube hand
        taubes bein
        mein fuß ist taub
        meine füße sind taub
      `,
      cues: lines`
        taub* pelzig* gefühllos* eingeschlaf* einschlaf* schläft_ein schlafen_ein
        spür* fühl* + finger* hand* händ* arm* arme* bein* fuß* füß* zeh* + nicht nichts kein*
        ~spür* ~fühl* + finger* hand* händ* arm* arme* bein* fuß* füß* zeh*
        gefühl* + kein* + finger* hand* händ* arm* arme* bein*
      `,
    },
    tingling: {
      phrases: lines`
        kribbeln
        kribbelt
        es kribbelt
        ameisenlaufen
        meine arme kribbeln
        meine hand kribbelt
        meine hände kribbeln
        meine beine kribbeln
        kribbeln im arm
        kribbeln in den händen
        kribbeln in den fingern
        prickeln
        es prickelt
        ein prickeln in den händen
        mein arm prickelt
        wie ameisen
        ein kribbeln
        kribbeln im bein
        mein arm kribbelt
        meine finger kribbeln
        mein bein kribbelt
        mein fuß kribbelt
        meine füße kribbeln
        es kribbelt im arm
        es kribbelt in der hand
        es kribbelt in den fingern
        es kribbelt in den händen
        es kribbelt im bein
        es kribbelt in den beinen
        mir kribbeln die finger
        mir kribbelt der arm
        mir kribbelt die hand
        mir kribbeln die hände
        mir kribbelt das bein
        ein kribbeln im arm
        ein kribbeln in der hand
        ein kribbeln in den fingern
        ein kribbeln in den händen
        ein kribbeln im bein
        kribbeln in der hand
        kribbeln in den beinen
        kribbeln in den armen
        meine finger prickeln
        meine hand prickelt
        es prickelt in den fingern
        es prickelt in der hand
        ameisenlaufen im arm
        ameisenlaufen in den händen
        ameisenlaufen in den fingern
        kribbelig
        mein arm fühlt sich kribbelig an
        meine hand fühlt sich kribbelig an
        meine finger fühlen sich kribbelig an
      `,
      cues: lines`
        kribbel* kribbl* prickel* prickl* ameise*
      `,
    },
    weakness: {
      phrases: lines`
        schwäche im arm
        schwäche
        schwach
        mein arm ist schwach
        mein arm fühlt sich schwach an
        meine arme sind schwach
        schwacher arm
        kraftlos
        mein arm ist kraftlos
        meine hand ist schwach
        ich kann nicht richtig greifen
        ich kann nichts festhalten
        ich kann den arm nicht heben
        ich kann meinen arm nicht heben
        ich kann meinen arm nicht bewegen
        mein arm bewegt sich nicht
        keine kraft im arm
        ich habe keine kraft im arm
        mein bein ist schwach
        meine beine sind schwach
        meine beine knicken weg
        meine beine geben nach
        schwäche im bein
        meine hand fühlt sich schwach an
        meine hände fühlen sich schwach an
        mein bein fühlt sich schwach an
        meine beine fühlen sich schwach an
        meine arme fühlen sich schwach an
        keine kraft in der hand
        keine kraft in den fingern
        keine kraft in den armen
        keine kraft in den beinen
        keine kraft mehr im arm
        keine kraft mehr in der hand
        mein arm ist ganz schwach
        meine hand ist ganz schwach
        ich kann meine hand nicht bewegen
        ich kann meine finger nicht bewegen
        ich kann mein bein nicht bewegen
        ich kann meinen arm nicht mehr bewegen
        ich kann nicht mehr greifen
        ich kann nichts mehr festhalten
        mir fällt alles aus der hand
        ich kann den arm nicht mehr heben
        ich kann meinen arm nicht mehr heben
        mein arm ist wie gelähmt
        mein arm ist gelähmt
        meine hand ist gelähmt
        gelähmt
        lähmung
        lähmungserscheinungen
        meine beine tragen mich nicht
        meine beine tragen mich nicht mehr
        mein arm wird schwach
        meine hand wird schwach
        mein bein wird schwach
        meine beine werden schwach
        meine hand ist kraftlos
        mein bein ist kraftlos
        meine beine sind kraftlos
        mein arm gehorcht mir nicht
        meine hand gehorcht mir nicht
        ich kann keine faust machen
        ich kann keine faust mehr machen
        schwäche in der hand
        schwäche in den händen
        schwäche in den armen
        schwäche in den beinen
      `,
      cues: lines`
        schwach* schwäch* kraftlos* + arm* arme* hand* händ* bein* finger* griff*
        kraft + kein* kaum + arm* hand* händ* bein* finger*
        ~*halt* ~heb* ~beweg* ~greif* ~zumach* ~aufmach* ~schließ* ~ball* + arm* hand* händ* bein* finger* faust nichts
        gelähmt lähmung*
        knick* tragen + bein* knie*
      `,
    },
    'shooting-pain': {
      phrases: lines`
        einschießender schmerz
        einschießende schmerzen
        ein stechender schmerz
        stechender schmerz
        stechende schmerzen
        es sticht
        es schießt in den arm
        schmerz schießt in den arm
        der schmerz schießt in den arm
        schmerzen den arm runter
        es zieht den arm runter
        scharfer schmerz im arm
        brennender schmerz im arm
        wie ein stromschlag
        ein stromschlag
        elektrisierender schmerz
        nervenschmerzen
        nervenschmerz
        ein plötzlicher stechender schmerz
        es blitzt in den arm
        ein stich
        es schießt den arm runter
        ein einschießender schmerz
        es zieht in den arm
        es zieht in die hand
        es zieht bis in die finger
        es zieht bis in die hand
        es schießt in die hand
        es schießt in die finger
        es schießt ins bein
      `,
      cues: lines`
        schieß* schießt schoss* einschieß* blitz* stromschlag* elektrisi* elektrisch*
        nerv* + *schmerz*
        stech* stich* scharf* brenn* + arm* hand* finger*
        zieh* zieht + arm* hand* finger* runter
      `,
    },
    dizzy: {
      phrases: lines`
        schwindel
        schwindelig
        mir ist schwindelig
        mir wird schwindelig
        benommen
        ich fühle mich benommen
        alles dreht sich
        mir dreht sich alles
        der raum dreht sich
        mir ist schummrig
        schummrig
        wackelig
        ich bin wackelig auf den beinen
        ich sehe sterne
        ich sehe verschwommen
        drehschwindel
        schwindelgefühl
        schwindlig
        mir ist schwindlig
        mir wird schwindlig
        ganz schwindelig
        ganz schwindlig
        so schwindelig
        schummerig
        mir ist schummerig
        schwummrig
        mir ist schwummrig
        mir wird schwummrig
        mir dreht sich der kopf
        mein kopf dreht sich
        ich sehe alles verschwommen
        ich sehe doppelt
      `,
      cues: lines`
        schwindel* schwindl* benommen* drehschwindel schummr* schummer* schwumm* wackelig* wacklig* verschwommen doppelt
        dreh* + alles kopf raum
        sterne + seh* sehe
      `,
    },
    fever: {
      phrases: lines`
        fieber
        ich habe fieber
        ich hab fieber
        hohes fieber
        erhöhte temperatur
        ich habe erhöhte temperatur
        fiebrig
        ich fühle mich fiebrig
        schüttelfrost
        ich habe schüttelfrost
      `,
      cues: lines`
        fieber* fiebrig* temperatur schüttelfrost frier* fröstel*
      `,
    },
    'bladder-bowel': {
      phrases: lines`
        ich kann blase oder darm nicht mehr kontrollieren
        ich kann meine blase nicht kontrollieren
        ich kann das wasser nicht halten
        ich habe mir in die hose gemacht
        ich kann den stuhl nicht halten
        ich kann meinen darm nicht kontrollieren
        inkontinenz
        ich kann nicht mehr pinkeln
        ich kann nicht wasserlassen
      `,
      cues: lines`
        blase* darm* stuhl* wasser + ~kontroll* ~halt*
        inkontinen*
        hose + gemacht
        ~pinkel* ~wasserlass* ~urinier*
      `,
    },
    'weight-loss': {
      phrases: lines`
        ungewollter gewichtsverlust
        ich nehme ab ohne es zu wollen
        ich habe ungewollt abgenommen
        ich nehme einfach so ab
      `,
      cues: lines`
        abnehm* abgenommen nehme_ab gewicht* + ungewollt* grund* einfach_so ohne_es ohne_grund
      `,
    },
    pain: {
      phrases: lines`
        schmerzen
        schmerz
        es tut weh
        das tut weh
        tut weh
        es tut richtig weh
        das tut richtig weh
        es tut sehr weh
        das schmerzt
        es schmerzt
        aua
        au
        autsch
        mein rücken tut weh
        rückenschmerzen
        schmerzen im rücken
        meine schulter tut weh
        mein nacken tut weh
        nackenschmerzen
        schulterschmerzen
        das ist schmerzhaft
        schmerzhaft
        es tut mir weh
        das tut mir weh
        ich habe schmerzen
      `,
      cues: lines`
        *schmerz* weh aua au autsch schmerzhaft* wehtut
      `,
    },
    discomfort: {
      phrases: lines`
        unangenehm
        unwohl
        es ist unangenehm
        das ist unangenehm
        ein bisschen unangenehm
        zu viel
        das ist zu viel
        es ist zu viel
        zu heftig
        das ist zu heftig
        zu intensiv
        zu stark
        zu doll
        das zieht zu sehr
        es zieht zu stark
        zu anstrengend
        das ist zu anstrengend
        es zwickt
        das zwickt
        zwickt
        es spannt
        zu eng
        es ziept
        ziept
        das schaffe ich nicht
        ich schaffe das nicht
        das kann ich nicht
        verspannt
        es fühlt sich verspannt an
        unbequem
        das ist unbequem
        es zieht
        das zieht
        zieht
        ein ziehen
        ein starkes ziehen
        es zieht ganz schön
        das zieht ganz schön
        es zieht sehr
        das zieht sehr
        es zieht stark
      `,
      cues: lines`
        unangenehm* unbequem* zwick* spann* ziept zieh* zieht verspann* anstrengend*
        zu + viel stark heftig doll intensiv anstrengend eng
      `,
    },
  },
};

export default vocabulary;
