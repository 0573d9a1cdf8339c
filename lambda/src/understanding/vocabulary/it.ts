import { lines, words } from '../lines';
import type { Vocabulary } from '../vocabulary';

/**
 * Italian. Folded, "è" is "e" (and): "e" ends a denial's reach, so "niente febbre e ho il
 * braccio intorpidito" is numbness; the price is that "il braccio non è intorpidito" is
 * heard as numbness too, which errs on the safe side.
 */
const vocabulary: Vocabulary = {
  grammar: {
    negations: words`non né nessun nessuno nessuna niente nulla mai senza neanche nemmeno neppure`,
    hedges: words`non_so non_lo_so non_saprei non_sono_sicur* non_ne_ho_idea boh non_c'è_male niente_male mica_male`,
    clauseBreaks: words`ma però invece eppure tranne salvo altrimenti comunque`,
    scopeBreaks: words`e ed poi allora quindi dunque adesso ora anche pure solo soltanto io`,
    elisions: words`l un dell all dall nell sull coll d c m t s v quell quest dov com cos`,
    notSigns: words`
      antidolorific* antinfiammatori* anti_infiammatori* analgesic* pronto_soccorso guardia_medica
      frequenza_cardiaca battito_cardiaco battiti pulsazioni
      apertura_del_petto aprire_il_petto apri_il_petto ginocchio_al_petto ginocchia_al_petto ginocchio_verso_il_petto
    `,
  },
  topics: {
    'crack-safe': {
      phrases: lines`
        scrocchiarmi la schiena
        scrocchiare la schiena
        scrocchiarsi la schiena
        far scrocchiare la schiena
        farmi scrocchiare la schiena
        scrocchiarmi la colonna
        scrocchiarmi la parte alta della schiena
        scrocchiarmi la schiena da solo
        scrocchiarmi la schiena da sola
        girarmi per far scrocchiare la schiena
        crocchiare la schiena
        far crocchiare la schiena
        far schioccare la schiena
        posso scrocchiarmi la schiena
        è pericoloso scrocchiarsi la schiena
        fa male scrocchiarsi la schiena
        è sicuro scrocchiarsi la schiena
        devo scrocchiarmi la schiena
        scrocchiare
        lo scrocchio della schiena
      `,
      cues: lines`
        scrocch* crocch* schiocc* + schiena colonna collo vertebr* sol* me
      `,
    },
    'crack-why': {
      phrases: lines`
        perché la schiena scrocchia
        perché mi scrocchia la schiena
        perché scrocchia
        perché la mia schiena scrocchia così tanto
        perché la colonna scrocchia
        perché le articolazioni scrocchiano
        da dove viene lo scrocchio
        da dove viene questo rumore
        cos'è questo scrocchio
        cos'è quel rumore
        il rumore di scrocchio
        lo scrocchio
        scrocchio
        quello scrocchio
        il rumore
        il rumorino
        cosa fa scrocchiare la schiena
        le articolazioni che scrocchiano
        la cavitazione
        è normale che la schiena scrocchi
        mi è scrocchiata la schiena è normale
        perché mi è appena scrocchiata la schiena
      `,
      cues: lines`
        perché perche cosa cos' come + scrocch* crocch* schiocc* + schiena colonna articolazion* rumor* suono
      `,
    },
    'crack-worse': {
      phrases: lines`
        scrocchiare fa peggio
        scrocchiare peggiora le cose
        scrocchiare può peggiorare la schiena
        scrocchiare fa male alla schiena
        scrocchiarsi fa male
        è dannoso scrocchiarsi la schiena
        scrocchiare rovina la schiena
        scrocchiare fa venire l'artrosi
        scrocchiare può fare danni
        i rischi dello scrocchio
        forzare uno scrocchio
        forzare la schiena a scrocchiare
        è grave forzare uno scrocchio
        scrocchiare allenta i legamenti
        legamenti troppo lassi
        l'ipermobilità
      `,
      cues: lines`
        scrocch* crocch* + peggio* dannos* dann* rovin* artros* artrit* legament* lass* lesion* male
        scrocch* crocch* + schiena colonna collo + peggio* dannos* dann* rovin* artros* artrit* legament* lass* lesion* male
      `,
    },
    'crack-often': {
      phrases: lines`
        quante volte scrocchiarmi la schiena
        quante volte posso scrocchiarmi la schiena
        quante volte al giorno posso scrocchiarmi la schiena
        ogni quanto scrocchiare la schiena
        posso scrocchiarmi la schiena tutti i giorni
        scrocchiare tutti i giorni
        scrocchiarmi la schiena spesso
        mi scrocchio la schiena spesso
        mi scrocchio la schiena di continuo
        scrocchio sempre la schiena
        scrocchiare troppo spesso
        scrocchiare troppo
        scrocchiare più volte al giorno
        il vizio di scrocchiare
        è grave scrocchiare tutti i giorni
      `,
      cues: lines`
        scrocch* crocch* + spesso quante volt* giorn* continuo sempre vizio abitudine
      `,
    },
    'crack-someone': {
      phrases: lines`
        qualcuno che mi scrocchia la schiena
        qualcun altro può scrocchiarmi la schiena
        mio marito può scrocchiarmi la schiena
        mia moglie può scrocchiarmi la schiena
        il mio compagno può scrocchiarmi la schiena
        un amico può scrocchiarmi la schiena
        farmi scrocchiare la schiena da qualcuno
        camminare sulla mia schiena
        qualcuno che mi cammina sulla schiena
        mio figlio può camminarmi sulla schiena
        farmi tirare le braccia per scrocchiare
        farmi manipolare la schiena
        una manipolazione
        una manipolazione vertebrale
        farmi manipolare
        un chiropratico
        chiropratico
        andare dal chiropratico
        un osteopata
        osteopata
        andare dall'osteopata
      `,
      cues: lines`
        scrocch* cammin* + qualcun* marito moglie compagn* amic* figli* altr*
        chiropratic* osteopat* manipola*
      `,
    },
    'stretch-vs-crack': {
      phrases: lines`
        allungarmi o scrocchiare
        meglio allungarsi o scrocchiare
        è meglio allungarsi o scrocchiarsi la schiena
        è meglio scrocchiare o allungarsi
        scrocchiare o allungarsi
        stretching o scrocchio
        allungarmi invece di scrocchiare
        invece di scrocchiarmi la schiena
        un'alternativa allo scrocchio
        scrocchiare aiuta
        scrocchiare dà sollievo
        i benefici dello scrocchio
        scrocchiare serve a qualcosa
      `,
      cues: lines`
        allung* stretching + scrocch* + meglio piuttosto invece alternativ*
        scrocch* + aiut* sollievo serve utile benefic*
      `,
    },
    'stretch-frequency': {
      phrases: lines`
        ogni quanto allungarmi
        quanto spesso devo fare stretching
        quante volte a settimana allungarmi
        quante volte a settimana
        quante volte al giorno allungarmi
        devo allungarmi tutti i giorni
        posso fare stretching tutti i giorni
        allungarmi tutti i giorni
        fa male allungarsi tutti i giorni
        allungarsi due volte al giorno
        quante volte fare la routine
        ogni quanto
        allungarsi troppo
        la frequenza
        quante volte devo fare questi esercizi
      `,
      cues: lines`
        spesso frequenza quante_volte volt* giorn* settiman* + allung* stretching routine esercizi* farl* fare
      `,
    },
    'hold-length': {
      phrases: lines`
        quanto tenere un allungamento
        quanto devo tenere
        quanto tempo devo tenere
        quanto tempo tenere la posizione
        quanto tenere ogni allungamento
        quanto deve durare un allungamento
        quanto tempo allungarmi
        quanti secondi
        quanti secondi tenere
        trenta secondi bastano
        posso tenere di più
        tenere più a lungo
        tenere un allungamento
        la durata di un allungamento
        il tempo di tenuta
        quanto resto in posizione
      `,
      cues: lines`
        quanto quanti secondi durata + ten* mant* rest* allung* posizion* dur*
      `,
    },
    'warm-up': {
      phrases: lines`
        scaldarmi
        scaldarsi
        il riscaldamento
        un riscaldamento
        riscaldamento
        devo scaldarmi prima
        scaldarsi prima
        bisogna scaldarsi
        come mi scaldo
        come scaldarsi
        perché scaldarsi
        saltare il riscaldamento
        posso saltare il riscaldamento
        allungarsi a freddo
        allungarmi a freddo
        allungarsi senza scaldarsi
      `,
      cues: lines`
        scald* riscald* a_freddo
      `,
    },
    'should-hurt': {
      phrases: lines`
        un allungamento deve fare male
        deve fare male
        è normale che faccia male
        è normale sentire un po' di male
        fin dove devo allungarmi
        fin dove arrivare
        quanto devo spingere
        devo forzare
        forzare anche se fa male
        se non fa male non funziona
        devo sentire dolore
        deve tirare
        cosa devo sentire
        cosa si deve sentire
        allungarsi quando fa male
      `,
      cues: lines`
        male dolor* sentir* sento + normal* deve devo dovrei bisogna
        fin_dove quanto + forzar* spinger* allung* tirar*
      `,
    },
    'feel-little': {
      phrases: lines`
        non sento niente
        non sento nulla
        non sento l'allungamento
        non sento quasi niente
        sento pochissimo
        non fa male
        nessun dolore
        non mi fa male
      `,
      cues: lines`
        ~sent* ~sento + niente nulla allungament* granché
        ~male ~dolor*
      `,
    },
    numbness: {
      phrases: lines`
        intorpidimento o formicolio
        l'intorpidimento
        il formicolio
        se mi si addormenta il braccio
        se mi si intorpidiscono le mani
        il formicolio è normale
        l'intorpidimento è normale
        è normale che il braccio si intorpidisca
        formicolio mentre mi allungo
        devo preoccuparmi del formicolio
        cosa fare se ho le mani intorpidite
      `,
    },
    'shooting-pain': {
      phrases: lines`
        dolore che scende lungo il braccio
        se il dolore scende nel braccio
        un dolore che si irradia al braccio
        è normale che il dolore scenda nel braccio
        un nervo accavallato
        un nervo schiacciato
        nervo accavallato
        è un nervo schiacciato
        forse ho un nervo accavallato
        la cervicobrachialgia
        una nevralgia
        e se il dolore mi scende nel braccio
      `,
      cues: lines`
        nevralgi* cervicobrachialgi* sciatic*
        nerv* + accavall* schiacciat* pizzicat* infiammat*
      `,
    },
    injury: {
      phrases: lines`
        dopo un trauma
        sono caduto
        sono caduta
        sono caduto di schiena
        sono caduta di schiena
        ho fatto una caduta
        dopo una caduta
        ho avuto un incidente
        dopo un incidente
        un incidente
        un incidente in macchina
        un tamponamento
        il colpo di frusta
        mi sono fatto male alla schiena
        mi sono fatta male alla schiena
        una lesione alla schiena
        un infortunio
        allungarsi dopo un infortunio
        mi sono stirato un muscolo
        mi sono stirata un muscolo
        uno stiramento
        uno strappo muscolare
        sono caduto e ho male alla schiena
      `,
      cues: lines`
        cadut* caduta incident* infortun* trauma* tamponament* colpo_di_frusta strapp* stirament* distorsion* scivolat*
      `,
    },
    'see-doctor': {
      phrases: lines`
        andare dal medico
        quando andare dal medico
        quando vedere un medico
        devo andare dal medico
        devo farmi vedere da un medico
        andare dal dottore
        quando andare al pronto soccorso
        devo andare al pronto soccorso
        quando preoccuparmi
        quando è grave
        è grave il mio mal di schiena
        i segnali d'allarme
        i campanelli d'allarme
        quando smettere di allungarmi
        un dolore che non passa
        se il dolore non passa
        se peggiora
        andare dal fisioterapista
        un fisioterapista
        il fisioterapista
        devo vedere un fisioterapista
        andare dal medico di base
      `,
      cues: lines`
        medic* dottor* fisioterap* fisiatr* ospedal* pronto_soccorso
        preoccup* grav* allarm* segnal* + dolor* schiena male
      `,
    },
    causes: {
      phrases: lines`
        le cause del mal di schiena
        da dove viene il mal di schiena
        perché ho male alla parte alta della schiena
        perché ho mal di schiena
        perché ho la schiena rigida
        perché ho la schiena contratta
        perché le spalle sono tese
        cosa causa la rigidità
        le cause
        la causa
        le cause del dolore
        il dolore alla parte alta della schiena
        la rigidità della parte alta della schiena
        la colonna dorsale
        cos'è la colonna dorsale
        quali muscoli allungo
        quali muscoli lavorano
        l'anatomia della schiena
        i muscoli della schiena
      `,
      cues: lines`
        perché perche caus* origin* viene + schiena spall* collo rigid* tes* contratt* male dolor*
        muscol* anatomi* dorsal* colonna vertebr* + qual* quali
      `,
    },
    posture: {
      phrases: lines`
        la postura
        la mia postura
        una buona postura
        migliorare la postura
        correggere la postura
        consigli sulla postura
        come sedermi
        come sedermi bene
        come sedermi alla scrivania
        come stare seduto
        come stare seduta
        sono curvo
        sono curva
        la schiena curva
        ho la gobba
        sto storto
        le spalle in avanti
        le spalle chiuse
        il collo piegato sul telefono
        seduto tutto il giorno
        seduta tutto il giorno
        l'ergonomia
        l'altezza della sedia
        l'altezza della scrivania
        l'altezza dello schermo
        una scrivania in piedi
      `,
      cues: lines`
        postur* curv* gobb* ingobb* ergonom* scrivani* sedia schermo computer sedut* seder* telefon* cellular*
      `,
    },
    'heat-ice': {
      phrases: lines`
        caldo o freddo
        freddo o caldo
        il caldo
        il freddo
        caldo
        freddo
        il calore
        il ghiaccio
        del ghiaccio
        mettere il ghiaccio
        mettere il caldo
        un termoforo
        una borsa dell'acqua calda
        una borsa del ghiaccio
        un impacco caldo
        un impacco freddo
        metto caldo o freddo
        caldo o freddo per la schiena
        un bagno caldo
        una doccia calda
        una fascia riscaldante
        un cerotto riscaldante
      `,
      cues: lines`
        cald* fredd* ghiacci* calore termofor* impacc* borsa_dell'acqua bagno doccia
      `,
    },
    painkiller: {
      phrases: lines`
        gli antidolorifici
        un antidolorifico
        antidolorifico
        antidolorifici
        farmaci
        un farmaco
        dei farmaci
        i farmaci
        una medicina
        le medicine
        una pastiglia
        una pillola
        una compressa
        ibuprofene
        l'ibuprofene
        aspirina
        un'aspirina
        un antinfiammatorio
        degli antinfiammatori
        un miorilassante
        prendere un antidolorifico
        prendere qualcosa per il dolore
        posso prendere un antidolorifico
        una pomata
        una crema antidolorifica
        tachipirina
        una tachipirina
        paracetamolo
        il paracetamolo
        moment
        brufen
        oki
        voltaren
        un analgesico
      `,
      cues: lines`
        antidolorific* analgesic* farmac* medicin* pastigli* pillol* compress* ibuprofen* paracetamol* aspirin* tachipirin* brufen moment oki voltaren pomat* crem* antinfiammator* miorilassant* cortison*
      `,
    },
    pregnancy: {
      phrases: lines`
        la gravidanza
        sono incinta
        incinta
        allungarsi in gravidanza
        allungarsi durante la gravidanza
        posso allungarmi se sono incinta
        durante la gravidanza
        aspetto un bambino
        primo trimestre
        secondo trimestre
        terzo trimestre
        ho appena partorito
        dopo il parto
        dopo la gravidanza
      `,
      cues: lines`
        incinta gravidanz* trimestr* partorit* parto post_partum
      `,
    },
    osteoporosis: {
      phrases: lines`
        l'osteoporosi
        ho l'osteoporosi
        osteoporosi
        l'osteopenia
        le ossa fragili
        ho le ossa fragili
        la fragilità ossea
        una bassa densità ossea
        la densità ossea
        allungarsi con l'osteoporosi
        è pericoloso con l'osteoporosi
      `,
      cues: lines`
        osteoporos* osteopeni* ossa + fragil* densit*
        densità_ossea
      `,
    },
    surgery: {
      phrases: lines`
        dopo un intervento
        mi hanno operato
        mi hanno operata
        sono stato operato
        sono stata operata
        un'operazione
        dopo la mia operazione
        un intervento recente
        un intervento chirurgico
        dopo un intervento chirurgico
        un'operazione alla schiena
        un intervento alla colonna
        un'operazione alla spalla
        un'operazione al cuore
        allungarsi dopo un'operazione
        i punti di sutura
      `,
      cues: lines`
        chirurg* operat* operazion* intervent* cicatric* punti_di_sutura
      `,
    },
    disclaimer: {
      phrases: lines`
        un consiglio medico
        è un consiglio medico
        sei un medico
        sei un vero medico
        sei una fisioterapista
        sei qualificata
        l'avvertenza
        posso fidarmi di te
        vale per tutti
        da dove vengono queste informazioni
        chi ha creato questi esercizi
        è ufficiale
        puoi farmi una diagnosi
        puoi diagnosticare il mio dolore
        cos'ha la mia schiena
        cosa c'è che non va nella mia schiena
        medico
        un medico
        un vero medico
        dottore
        qualificata
      `,
      cues: lines`
        consigl* parer* + medic*
        medic* dottor* + sei vero
        qualificat* diagnos* ufficial* fidar* affidabil*
      `,
    },
  },
  symptoms: {
    emergency: {
      phrases: lines`
        emergenza
        è un'emergenza
        ho un'emergenza
        emergenza medica
        un'emergenza
        chiama un'ambulanza
        chiamate un'ambulanza
        mi serve un'ambulanza
        ambulanza
        chiama i soccorsi
        chiamate i soccorsi
        infarto
        un infarto
        ho un infarto
        credo di avere un infarto
        attacco di cuore
        un attacco di cuore
        ictus
        un ictus
        sto avendo un ictus
        sono svenuto
        sono svenuta
        ho perso i sensi
        chiama il centododici
        chiama il centodiciotto
        il centodiciotto
        sto morendo
      `,
      cues: lines`
        emergenz* ambulanz* soccors* 112 118 centododici centodiciotto infart* attacco_di_cuore arresto_cardiaco ictus
        svenut* perso_i_sensi perso_conoscenza incoscient* crollat* morend* morire
      `,
    },
    'chest-pain': {
      phrases: lines`
        dolore al petto
        male al petto
        un dolore al petto
        un dolore nel petto
        mi fa male il petto
        ho male al petto
        ho mal di petto
        una pressione sul petto
        un peso sul petto
        un'oppressione al petto
        oppressione
        il petto stretto
        una stretta al petto
        mi si stringe il petto
        il petto pesante
        dolore toracico
        un dolore toracico
        male al torace
        un dolore al cuore
        mi fa male il cuore
        un dolore dietro lo sterno
        dolore allo sterno
        mi brucia il petto
        un bruciore al petto
        una fitta al petto
        una fitta al cuore
        mi schiaccia il petto
        come un macigno sul petto
        mi sento il petto stretto in una morsa
      `,
      cues: lines`
        petto torac* sterno + male dolor* stret* string* press* oppress* pesant* peso brucia* bruciore fitt* schiacc* morsa macigno
        cuore + male dolor* fitt* stret* string*
      `,
    },
    breathless: {
      phrases: lines`
        fiato corto
        ho il fiato corto
        affanno
        ho l'affanno
        sono senza fiato
        non riesco a respirare
        non posso respirare
        non riesco a riprendere fiato
        faccio fatica a respirare
        difficoltà a respirare
        respiro male
        respiro a fatica
        mi manca l'aria
        mi manca il respiro
        manca l'aria
        soffoco
        mi sento soffocare
        non respiro
        mi fa male respirare
        ho male quando respiro
        non riesco più a respirare
        il respiro corto
        il fiato mozzato
      `,
      cues: lines`
        ~respir*
        affann* soffoc* fiato_corto respiro_corto senza_fiato fiato_mozzato
        respir* fiato + fatica difficolt* male mozz*
        manc* + aria respiro fiato
        ~prend* ~riprend* + fiato aria respiro
      `,
    },
    'radiating-pain': {
      phrases: lines`
        dolore che si estende alla mascella o al braccio
        un dolore che sale alla mascella
        il dolore va alla mascella
        male alla mascella
        ho male alla mascella
        mi fa male la mascella
        un dolore alla mascella
        male al braccio sinistro
        mi fa male il braccio sinistro
        ho male al braccio sinistro
        un dolore al braccio sinistro
        il dolore va nel braccio
        il dolore si allarga al braccio
        male al braccio e alla mascella
        il dolore alla schiena si irradia
        il dolore si irradia
        si irradia
      `,
      cues: lines`
        mascell* mandibol* + male dolor*
        braccio + sinistro + male dolor*
        irradi* estend* allarg* + dolor* braccio mascell*
      `,
    },
    'sweating-nausea': {
      phrases: lines`
        sudore freddo o nausea
        sudore freddo
        sudori freddi
        sudo freddo
        ho i sudori freddi
        sto sudando
        sudo
        sono tutto sudato
        sono tutta sudata
        sudato
        sudata
        la nausea
        nausea
        ho la nausea
        mi viene da vomitare
        devo vomitare
        ho voglia di vomitare
        ho lo stomaco sottosopra
        mi sento male
      `,
      cues: lines`
        sud* nause* vomit* stomaco_sottosopra voltastomaco
      `,
    },
    faint: {
      phrases: lines`
        sto per svenire
        mi sento svenire
        mi sento mancare
        sto per perdere i sensi
        mi sta venendo un calo di pressione
        un calo di pressione
        sto per avere un mancamento
        un mancamento
        vedo nero
        mi si annebbia la vista
        mi sento debole come se svenissi
      `,
      cues: lines`
        svenire svengo svenissi mancament* calo_di_pressione sento_mancare vedo_nero perdere_i_sensi
      `,
    },
    numbness: {
      phrases: lines`
        intorpidimento
        intorpidito
        intorpidita
        il braccio intorpidito
        ho il braccio intorpidito
        ho le braccia intorpidite
        mi si intorpidisce il braccio
        la mano intorpidita
        ho la mano intorpidita
        ho le mani intorpidite
        ho le dita intorpidite
        ho la gamba intorpidita
        ho le gambe intorpidite
        ho il braccio addormentato
        ho la mano addormentata
        mi si è addormentato il braccio
        mi si è addormentata la mano
        non sento più le dita
        non sento più la mano
        non sento più il braccio
        non sento più la gamba
        non sento le dita
        non sento la mano
        non sento il braccio
        non ho sensibilità nella mano
        ho perso la sensibilità
        una perdita di sensibilità
        le dita insensibili
        il braccio morto
      `,
      cues: lines`
        intorpid* addormentat* insensibil* braccio_morto
        ~sent* ~sento + dit* mano mani bracci* gamb* pied*
        sensibilit* + pers* perdita
        ~sensibilit*
      `,
    },
    tingling: {
      phrases: lines`
        formicolio
        un formicolio
        formicolii
        ho un formicolio
        ho il formicolio al braccio
        ho il formicolio alle mani
        ho il formicolio alle dita
        mi formicola il braccio
        mi formicolano le mani
        mi formicolano le dita
        mi formicolano le gambe
        un formicolio al braccio
        un formicolio alle mani
        come degli spilli nelle mani
        ho gli spilli nelle dita
        mi pizzicano le dita
        un pizzicore alle mani
        delle scosse nelle dita
      `,
      cues: lines`
        formicol* spill* + dit* mano mani bracci* gamb* pied*
        formicol*
      `,
    },
    weakness: {
      phrases: lines`
        debolezza al braccio
        una debolezza
        debolezza
        debole
        ho il braccio debole
        ho le braccia deboli
        il braccio debole
        una debolezza al braccio
        ho la mano debole
        ho le mani deboli
        non ho più forza nella mano
        non riesco più a stringere
        non riesco a tenere niente in mano
        non riesco ad alzare il braccio
        non riesco più a muovere il braccio
        il braccio non si muove
        non ho più forza nel braccio
        ho perso forza nel braccio
        ho la gamba debole
        ho le gambe deboli
        mi cedono le gambe
        mi cede la gamba
        mi cade tutto dalle mani
        il braccio paralizzato
        paralizzato
        paralizzata
        il braccio non risponde
        la mano non risponde
        perdo forza nella mano
        una perdita di forza
      `,
      cues: lines`
        debol* + bracci* mano mani gamb* dit*
        ~forz* + bracci* mano mani gamb* dit*
        forz* + pers* perdo perdita + bracci* mano mani gamb* dit*
        ~strin* ~muov* ~alz* ~ten* ~rispond* + bracci* mano mani gamb* dit* pugno
        paralizz*
        ced* + gamb* bracci*
      `,
    },
    'shooting-pain': {
      phrases: lines`
        dolore lancinante
        un dolore lancinante
        una fitta al braccio
        un dolore acuto al braccio
        un dolore che scende nel braccio
        male fino al braccio
        un dolore che parte dal collo e scende nel braccio
        scende nel braccio
        un bruciore nel braccio
        una scossa elettrica
        come una scossa elettrica
        come una scossa
        un dolore ai nervi
        un dolore acuto
        un dolore improvviso
        come una pugnalata
        il dolore mi scende nel braccio
        mi tira fino alla mano
        scende fino alle dita
      `,
      cues: lines`
        lancinant* scoss* pugnalat*
        fitt* + bracci* mano mani dit*
        nerv* + dolor* accavall* schiacciat*
        scend* + bracci* mano mani dit*
      `,
    },
    dizzy: {
      phrases: lines`
        capogiro
        un capogiro
        dei capogiri
        vertigini
        ho le vertigini
        mi gira la testa
        la testa mi gira
        un giramento di testa
        mi gira tutto
        la stanza gira
        stordito
        stordita
        mi sento stordito
        mi sento stordita
        vedo le stelline
        vedo sfocato
        vedo annebbiato
        non mi reggo in piedi
        sto per cadere
        la testa leggera
        mi sento la testa leggera
        non mi sento bene
        sbando
      `,
      cues: lines`
        capogir* vertigin* giramen* stordit* sfocat* annebbiat* stelline testa_leggera sband*
        gira + testa tutto stanza
      `,
    },
    fever: {
      phrases: lines`
        febbre
        la febbre
        ho la febbre
        ho qualche linea di febbre
        ho la febbre alta
        mi sento la febbre
        ho i brividi
        dei brividi
        sono febbricitante
      `,
      cues: lines`
        febbr* brivid* temperatur*
      `,
    },
    'bladder-bowel': {
      phrases: lines`
        perdita di controllo della vescica o dell'intestino
        non controllo più la vescica
        non riesco a trattenere la pipì
        perdo urina
        delle perdite di urina
        non controllo più l'intestino
        non riesco a trattenermi
        incontinenza
        non riesco a fare pipì
        non riesco a urinare
      `,
      cues: lines`
        vescic* intestin* urin* pipì pipi + ~controll* ~tratten*
        perd* + urin* pipì pipi
        incontinen*
        ~urinare ~fare_pipì ~fare_pipi
      `,
    },
    'weight-loss': {
      phrases: lines`
        perdita di peso inspiegabile
        perdo peso senza motivo
        ho perso peso senza volerlo
        sto dimagrendo senza motivo
        dimagrisco senza motivo
      `,
      cues: lines`
        peso + pers* perdo perdit* cal* + motivo volerlo spiegar* inspiegabil*
        dimagr* + motivo volerlo inspiegabil*
      `,
    },
    pain: {
      phrases: lines`
        dolore
        fa male
        mi fa male
        fa molto male
        fa davvero male
        ho male
        ahi
        ahia
        ahi ahi
        è doloroso
        doloroso
        è molto doloroso
        un dolore
        mal di schiena
        ho mal di schiena
        mi fa male la schiena
        male alla spalla
        mi fa male la spalla
        mal di collo
        male al collo
        mi fa male il collo
        la cervicale
        un dolore alla schiena
        mi fa soffrire
      `,
      cues: lines`
        male mal dolor* ahi ahia soffr* cervicale
      `,
    },
    discomfort: {
      phrases: lines`
        fastidio
        scomodo
        è scomodo
        non è comodo
        fastidioso
        mi dà fastidio
        troppo forte
        è troppo forte
        è troppo
        troppo intenso
        è troppo intenso
        troppo difficile
        è troppo difficile
        tira troppo
        sto forzando troppo
        mi pizzica
        un pizzico
        mi blocca
        indolenzito
        indolenzita
        sono indolenzito
        sono indolenzita
        teso
        tesa
        troppo teso
        rigido
        rigida
        non ce la faccio
        non riesco a fare questo
        tira
        tira parecchio
        tira forte
        mi tira
        una tensione
        una contrattura
      `,
      cues: lines`
        fastidi* scomod* tir* pizzic* indolenz* teso tesa tesi tese rigid* tension* contrattur* forz* blocc*
        troppo + forte difficil* intens* dur*
        ~ce_la_faccio
      `,
    },
  },
};

export default vocabulary;
