import vocabulary from '../lambda/src/understanding/vocabulary/it';
import { lines, variants, type LanguageModelSource } from './define';

const model: LanguageModelSource = {
  invocationName: 'schiena sciolta',
  vocabulary,
  intents: {
    StartRoutineIntent: {
      slots: { routine: 'RoutineName' },
      samples: lines`
        inizia una routine
        avvia una routine
        fai partire una routine
        avvia una routine di allungamento
        comincia gli allungamenti
        facciamo stretching
        facciamo un po' di stretching
        voglio allungarmi
        voglio allungare la parte alta della schiena
        ho bisogno di allungarmi
        ho bisogno di fare stretching
        dammi degli esercizi
        allungati con me
        guidami negli allungamenti
        qualcosa per la parte alta della schiena
        sciogli la schiena
        vorrei fare degli allungamenti
        iniziare una routine
        fare stretching
        avvia la {routine}
        avvia {routine}
        avvia una {routine}
        inizia la {routine}
        inizia {routine}
        comincia la {routine}
        comincia {routine}
        fai partire la {routine}
        voglio fare la {routine}
        voglio fare una {routine}
        voglio la {routine}
        {routine}
        {routine} per favore
        la {routine} per favore
        la {routine}
        dammi la {routine}
        vorrei la {routine}
        vorrei fare la {routine}
        mi piacerebbe fare la {routine}
        facciamo la {routine}
        facciamo una {routine}
        possiamo fare la {routine}
        scelgo la {routine}
        andiamo con la {routine}
        guidami nella {routine}
        ho bisogno di una {routine}
        avviare la {routine}
        iniziare la {routine}
        fare la {routine}
        fare una {routine}
        vorrei {routine}
        voglio fare {routine}
        facciamo {routine}
        passa alla {routine}
        passiamo alla {routine}
        meglio la {routine}
        preferisco la {routine}
        cambia con la {routine}
        anzi la {routine}
        voglio piuttosto la {routine}
        metti la {routine}
        quella {routine}
        voglio quella {routine}
        scelgo quella {routine}
        facciamo quella {routine}
        preferisco quella {routine}
        passa a quella {routine}
      `,
    },
    ListRoutinesIntent: {
      slots: {},
      samples: [
        ...lines`
          quali routine ci sono
          quali sono le routine
          che routine hai
          quali routine hai
          cosa proponi
          cosa posso fare
          cos'altro posso fare
          quali sono le opzioni
          quali sono le possibilità
          che scelta ho
          elenca le routine
          dimmi le routine
          leggimi le routine
          che esercizi hai
          che allungamenti ci sono
          che tipo di routine hai
          quante routine ci sono
          quale routine dovrei fare
          quale routine scegliere
          presentami le routine
          le opzioni
          le routine
          che routine ci sono
          cosa mi proponi
        `,
        ...variants`
          (che cosa|quali routine|quali esercizi|che allungamenti) (proponi|hai|mi proponi|mi consigli)
          (cosa|che cosa) (c'è|hai) (come routine|come esercizi|da fare)
        `,
      ],
    },
    RoutineProgressIntent: {
      slots: {},
      samples: [
        ...lines`
          quanto manca
          quanto tempo manca
          quanti ne mancano
          quanti esercizi mancano
          quanti allungamenti mancano
          mancano tanti esercizi
          a che punto siamo
          dove siamo arrivati
          abbiamo quasi finito
          è quasi finita
          cosa manca
          quanto ci vuole ancora
        `,
        ...variants`
          (manca|ci vuole) ancora (molto|tanto)
          (manca|mancano) (molto|tanto|ancora molto) (alla fine|)
        `,
      ],
    },
    SetVerbosityIntent: {
      slots: { verbosity: 'Verbosity' },
      samples: lines`
        {verbosity}
        {verbosity} per favore
        per favore {verbosity}
        passa alla modalità {verbosity}
        modalità {verbosity}
        passa a {verbosity}
        metti {verbosity}
        voglio {verbosity}
        preferisco {verbosity}
        puoi darmi {verbosity}
        dammi {verbosity}
        d'ora in poi {verbosity}
        da adesso {verbosity}
        istruzioni {verbosity}
        vorrei istruzioni {verbosity}
        solo {verbosity}
        un po' {verbosity}
        posso avere {verbosity}
      `,
    },
    SetPaceIntent: {
      slots: { pace: 'Pace' },
      samples: lines`
        {pace}
        {pace} per favore
        falli {pace}
        facciamoli {pace}
        andiamo {pace}
        voglio farli {pace}
        preferisco {pace}
        d'ora in poi {pace}
        gli esercizi {pace}
        facciamo gli esercizi {pace}
        continua {pace}
        vai {pace}
        fai {pace}
        fai gli esercizi {pace}
        possiamo farli {pace}
        da adesso {pace}
        li vorrei {pace}
      `,
    },
    SafetyQuestionIntent: {
      slots: { topic: 'SafetyTopic', symptom: 'Symptom' },
      samples: [
        ...lines`
          {topic}
          posso {topic}
          si può {topic}
          è grave {topic}
          è pericoloso {topic}
          è normale {topic}
          è sbagliato {topic}
          va bene {topic}
          è meglio {topic}
          devo {topic}
          bisogna {topic}
          e se {topic}
          cosa succede se {topic}
          cosa devo fare se {topic}
          parlami di {topic}
          parlami del {topic}
          parlami della {topic}
          parlami dello {topic}
          parlami dei {topic}
          parlami delle {topic}
          posso prendere {topic}
          posso prendere un {topic}
          cos'è {topic}
          che cos'è {topic}
          dimmi {topic}
          puoi dirmi {topic}
          ho una domanda su {topic}
          una domanda su {topic}
          domanda di sicurezza su {topic}
          {topic} è grave
          {topic} è pericoloso
          {topic} è normale
          un consiglio su {topic}
          consigli per {topic}
          vorrei sapere {topic}
          volevo sapere {topic}
          mi chiedevo {topic}
          spiegami {topic}
          cosa sai di {topic}
          sono preoccupato per {topic}
          sono preoccupata per {topic}
          # Un sintomo chiesto e non segnalato: qui ogni valore di Symptom è una domanda.
          e se ho {symptom}
          e se sento {symptom}
          cosa faccio se ho {symptom}
          cosa devo fare se ho {symptom}
          cosa succede se ho {symptom}
          è normale avere {symptom}
          è grave avere {symptom}
          cosa fare in caso di {symptom}
          e in caso di {symptom}
        `,
        ...variants`
          (sono|ho|ho avuto|mi hanno fatto) {topic}
          (bisogna|devo|dovrei) {topic}
          (è|ma è) (grave|normale|pericoloso) se (|ho|sento) {symptom}
          (cosa faccio|che faccio|cosa devo fare) (se|quando) (|ho) {symptom}
          (sei|tu sei|ma sei) {topic}
        `,
      ],
    },
    ReportSymptomIntent: {
      slots: { symptom: 'Symptom' },
      samples: [
        ...lines`
          {symptom}
          ho {symptom}
          sento {symptom}
          mi sento {symptom}
          c'è {symptom}
          all'improvviso ho {symptom}
          adesso ho {symptom}
          ora ho {symptom}
          comincio ad avere {symptom}
          mi viene {symptom}
          mi è venuto {symptom}
          mi è venuta {symptom}
          sono {symptom}
          mi sento un po' {symptom}
          mi sento molto {symptom}
          credo di avere {symptom}
          mi sembra di avere {symptom}
          ho notato {symptom}
          sento che {symptom}
          questo esercizio mi dà {symptom}
          con questo esercizio ho {symptom}
        `,
        ...variants`
          (credo|penso|mi sembra) che {symptom}
          (ho|sento) (tipo|un po' di|come) {symptom}
          (ahi|ahia|oddio|oh no) {symptom}
          (da ieri|da stamattina|oggi) (ho|sento) {symptom}
        `,
      ],
    },
    SetReminderIntent: {
      slots: { days: 'ReminderDays', moreDays: 'ReminderDays', time: 'AMAZON.TIME' },
      samples: [
        ...lines`
          imposta un promemoria per gli allungamenti
          imposta un promemoria per lo stretching
          imposta un promemoria per allungarmi
          crea un promemoria per gli allungamenti
          metti un promemoria per gli allungamenti
          aggiungi un promemoria per lo stretching
          voglio un promemoria per gli allungamenti
          vorrei un promemoria per fare stretching
          mi serve un promemoria per gli allungamenti
          imposta un promemoria
          imposta un promemoria giornaliero
          voglio un promemoria quotidiano
          imposta un promemoria {days}
          imposta un promemoria alle {time}
          imposta un promemoria per le {time}
          imposta un promemoria {days} alle {time}
          imposta un promemoria per gli allungamenti {days} alle {time}
          alle {time}
          a {time}
          {time}
          {days}
          {days} alle {time}
          {days} a {time}
          {days} e {moreDays} alle {time}
          {days} e {moreDays} a {time}
        `,
        ...variants`
          ricordami (|di fare gli allungamenti|di fare stretching|di allungarmi|di fare i miei esercizi) {days}
          ricordami (|di fare gli allungamenti|di fare stretching|di allungarmi|di fare i miei esercizi) alle {time}
          ricordami (|di fare gli allungamenti|di fare stretching|di allungarmi|di fare i miei esercizi) {days} alle {time}
          ricordami (|di fare gli allungamenti|di fare stretching) {days} a {time}
          ricordami (|di fare gli allungamenti|di fare stretching) {days} e {moreDays} alle {time}
        `,
      ],
    },
    ChangeReminderIntent: {
      slots: { days: 'ReminderDays', moreDays: 'ReminderDays', time: 'AMAZON.TIME' },
      samples: [
        ...lines`
          cambia il mio promemoria
          cambia il promemoria per gli allungamenti
          modifica il mio promemoria
          modifica il promemoria per gli allungamenti
          cambia l'orario del promemoria
          cambia l'orario del mio promemoria
          sposta il mio promemoria
          sposta il promemoria per gli allungamenti
          ricordamelo invece alle {time}
          anzi ricordamelo alle {time}
        `,
        ...variants`
          (cambia|sposta|modifica|metti) (il mio|il) promemoria alle {time}
          (cambia|sposta|modifica) (il mio|il) promemoria a {time}
          (cambia|sposta|modifica|metti) (il mio|il) promemoria {days}
          (cambia|sposta|modifica|metti) (il mio|il) promemoria {days} alle {time}
          (cambia|sposta|metti) (il mio|il) promemoria {days} e {moreDays}
        `,
      ],
    },
    ListRemindersIntent: {
      samples: [
        ...lines`
          quali promemoria ho
          che promemoria ho
          quali sono i miei promemoria
          qual è il mio promemoria
          ho dei promemoria
          ho un promemoria
          ho qualche promemoria
          ho un promemoria per gli allungamenti
          quando è il mio promemoria
          quando suona il mio promemoria
          a che ora è il mio promemoria
          a che ora suona il promemoria
          quando mi ricordi di fare stretching
          quando mi ricordi gli allungamenti
          dimmi i miei promemoria
          leggimi i miei promemoria
          controlla i miei promemoria
          i miei promemoria
        `,
      ],
    },
    CancelReminderIntent: {
      samples: [
        ...lines`
          smetti di ricordarmelo
          smetti di ricordarmi di fare stretching
          non ricordarmelo più
          non voglio più promemoria
          non voglio più il promemoria
          basta promemoria
          basta con i promemoria
        `,
        ...variants`
          (cancella|elimina|togli|rimuovi|disattiva) (il mio|il) promemoria (|per gli allungamenti|per lo stretching)
          (cancella|elimina|disattiva) i miei promemoria
        `,
      ],
    },
    'AMAZON.NextIntent': {
      samples: [
        ...lines`
          avanti
          vai avanti
          andiamo avanti
          esercizio successivo
          passa all'esercizio successivo
          il prossimo esercizio
          allungamento successivo
          sono pronto
          sono pronta
          pronto
          pronta
          fatto
          ecco fatto
          ho finito
          finito
          ho fatto
          salta questo
          salta questo esercizio
          cosa c'è dopo
          e poi
          vai
          andiamo
          dai
          dai andiamo
          ok avanti
          avanti per favore
          ci sono in posizione
          sono in posizione
          in posizione
          passiamo oltre
          passa oltre
        `,
        ...variants`
          (qual è|cosa c'è|che c'è) (dopo|adesso|come prossimo)
          qual è il (prossimo|prossimo esercizio|successivo)
          (sono|siamo) (pronto|pronta|pronti) (per il prossimo|per il successivo|per andare avanti)
          (passa|passiamo) (al prossimo|al successivo|all'allungamento successivo)
          (sono pronto|sono pronta|pronto|pronta|ok) (andiamo|vai|andiamo avanti|possiamo andare)
        `,
      ],
    },
    'AMAZON.PreviousIntent': {
      samples: [
        ...lines`
          indietro
          torna indietro
          tornare indietro
          esercizio precedente
          l'esercizio di prima
          quello di prima
          quello precedente
          l'altro di prima
        `,
        ...variants`
          (torna|torniamo) (all'esercizio precedente|all'allungamento precedente|al precedente|a quello di prima)
          (l'esercizio|l'allungamento) (precedente|di prima) (|per favore)
        `,
      ],
    },
    'AMAZON.RepeatIntent': {
      samples: [
        ...lines`
          ancora
          ancora una volta
          rifallo
          rifacciamolo
          ripeti l'esercizio
          un'altra volta
          ridimmelo
          come
          cosa hai detto
          puoi ripetere
        `,
        ...variants`
          (ripeti|rifai|ridimmi) (questo|l'esercizio|quello) (ancora|ancora una volta|un'altra volta)
          (non ho capito|non ho sentito|non ho sentito bene)
          (puoi|potresti) (ridirlo|ripeterlo|rifarlo)
        `,
      ],
    },
    'AMAZON.StartOverIntent': {
      samples: lines`
        ricomincia dall'inizio
        dall'inizio
        riparti dall'inizio
        ricomincia la routine
        riprendi la routine dall'inizio
        ricominciamo da capo
      `,
    },
    'AMAZON.PauseIntent': {
      samples: [
        ...lines`
          aspetta
          un attimo
          un momento
          dammi un minuto
          fai una pausa
          facciamo una pausa
          metti la routine in pausa
        `,
        ...variants`
          (aspetta|aspettami) (un attimo|un secondo|un momento|un po')
          (dammi|lasciami) (un minuto|un attimo|un momento|una pausa)
          (posso|possiamo) (fare una pausa|riprendere fiato|riposarmi un po')
        `,
      ],
    },
    'AMAZON.ResumeIntent': {
      samples: [
        ...lines`
          continua
          continuare
          continuiamo
          riprendi
          riprendiamo
          riprendi la mia routine
          riprendi da dove mi ero fermato
          riprendi da dove mi ero fermata
          riprendere da dove ero rimasto
          riprendere da dove ero rimasta
          torna alla routine
          continua l'esercizio
          continua la mia routine
        `,
        ...variants`
          (possiamo|voglio|vorrei) (riprendere|continuare)
          (riprendi|riprendiamo|continua|continuiamo) (da dove eravamo|da dove ci eravamo fermati|da lì)
          (sono tornato|sono tornata|eccomi qui|eccomi di nuovo)
        `,
      ],
    },
    'AMAZON.YesIntent': {},
    'AMAZON.NoIntent': {},
    'AMAZON.HelpIntent': {},
    'AMAZON.StopIntent': {
      samples: [
        ...lines`
          ferma la routine
          termina la routine
          interrompi la routine
          fine della routine
          chiudiamo qui
          per oggi basta
          basta per oggi
          ci fermiamo qui
          mi fermo qui
          ho finito per oggi
          per oggi ho finito
          voglio smettere
          voglio fermare la routine
        `,
        ...variants`
          (ne ho|ne abbiamo) (abbastanza|avuto abbastanza) (|per oggi)
          (ho|abbiamo) fatto abbastanza (|per oggi)
          (per oggi|oggi) (chiudiamo|smettiamo|mi fermo)
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
        pausa scrivania
        scrivania
        la pausa scrivania
        una pausa scrivania
        routine scrivania
        allungamenti alla scrivania
        esercizi da scrivania
        veloce
        qualcosa di veloce
        una cosa veloce
        un allungamento veloce
        una routine veloce
        una pausa breve
        una routine di un minuto
        un allungamento di un minuto
        pochi minuti
        sono in ufficio
        sono alla scrivania
        in ufficio
        al lavoro
        pausa caffè
        sulla sedia
        su una sedia
        da seduto
        da seduta
        sedia
        davanti al computer
        davanti al pc
        la più breve
        la più veloce
        rapida
        breve
        una routine breve
        qualcosa di corto
      `,
      morning: lines`
        routine del mattino
        mattino
        mattina
        del mattino
        la mattina
        risveglio
        risveglio muscolare
        il risveglio muscolare
        allungamenti del mattino
        mobilità
        mobilità del mattino
        a terra
        per terra
        sul pavimento
        sul tappetino
        sul mio tappetino
        tappetino
        tappetino da yoga
        ho un tappetino
        mi sono appena svegliato
        mi sono appena svegliata
        appena alzato
        appena alzata
        al risveglio
        per iniziare bene la giornata
        prima del lavoro
      `,
      gentle: lines`
        routine dolce
        dolce
        con dolcezza
        allungamenti dolci
        principiante
        per principianti
        sono principiante
        sono alle prime armi
        è la prima volta
        prima volta
        facile
        qualcosa di facile
        un allungamento facile
        oggi la schiena è delicata
        schiena delicata
        una giornata no
        senza attrezzi
        nessun attrezzo
        non ho attrezzi
        leggera
        qualcosa di leggero
        tranquilla
        poco intensa
        rilassante
        soft
        la più dolce
        la più facile
      `,
      full: lines`
        routine completa
        completa
        la completa
        routine completa per la schiena
        la routine completa per la parte alta della schiena
        sessione completa
        lunga
        una routine lunga
        la lunga
        routine lunga
        tutto
        tutti gli allungamenti
        il programma completo
        avanzato
        avanzata
        dieci minuti
        un quarto d'ora
        rullo
        un rullo
        ho un rullo
        con il rullo
        foam roller
        ho un foam roller
        rullo massaggiante
        la più lunga
        la più completa
      `,
    },
    Verbosity: {
      brief: lines`
        meno dettagli
        meno chiacchiere
        meno parole
        parla meno
        parli troppo
        istruzioni brevi
        istruzioni più brevi
        versione corta
        versione breve
        la versione breve
        sii breve
        in breve
        l'essenziale
        solo l'essenziale
        vai al sodo
        meno spiegazioni
        smetti di spiegare
        non spiegare tutto
        il minimo
        solo i promemoria
        promemoria brevi
        più sintetica
        sintetica
      `,
      detailed: lines`
        più dettagli
        più dettagliato
        dettagliato
        dettagliata
        nel dettaglio
        istruzioni dettagliate
        tutti i passaggi
        spiega di più
        spiegami tutto
        più spiegazioni
        parla di più
        versione lunga
        la versione lunga
        tutte le istruzioni
        tutti i dettagli
        più istruzioni
        spiega ogni esercizio
      `,
    },
    Pace: {
      flow: lines`
        tutto di fila
        di fila
        di seguito
        tutto di seguito
        senza pause
        senza fermarti
        senza interruzioni
        uno dopo l'altro
        non aspettarmi
        vai avanti da sola
        in continuo
        di fila senza fermarti
        senza mai fermarti
        di fila senza pause
      `,
      step: lines`
        uno alla volta
        uno per volta
        un esercizio alla volta
        passo passo
        passo dopo passo
        al mio ritmo
        aspettami
        aspettami dopo ogni esercizio
        aspetta tra un esercizio e l'altro
        esercizio per esercizio
        un lato alla volta
      `,
    },
    ReminderDays: {
      daily: lines`
        tutti i giorni
        ogni giorno
        ogni santo giorno
        quotidianamente
        giornalmente
        tutti i santi giorni
      `,
      weekdays: lines`
        dal lunedì al venerdì
        da lunedì a venerdì
        i giorni lavorativi
        nei giorni lavorativi
        tutti i giorni lavorativi
        ogni giorno lavorativo
        in settimana
        durante la settimana
        nei giorni di lavoro
      `,
      weekend: lines`
        il fine settimana
        nel fine settimana
        nei fine settimana
        ogni fine settimana
        il weekend
        nel weekend
        ogni weekend
        nei weekend
      `,
      mon: lines`
        lunedì
        il lunedì
        di lunedì
        ogni lunedì
        tutti i lunedì
      `,
      tue: lines`
        martedì
        il martedì
        di martedì
        ogni martedì
        tutti i martedì
      `,
      wed: lines`
        mercoledì
        il mercoledì
        di mercoledì
        ogni mercoledì
        tutti i mercoledì
      `,
      thu: lines`
        giovedì
        il giovedì
        di giovedì
        ogni giovedì
        tutti i giovedì
      `,
      fri: lines`
        venerdì
        il venerdì
        di venerdì
        ogni venerdì
        tutti i venerdì
      `,
      sat: lines`
        sabato
        il sabato
        di sabato
        ogni sabato
        tutti i sabati
      `,
      sun: lines`
        domenica
        la domenica
        di domenica
        ogni domenica
        tutte le domeniche
      `,
    },
  },
  locales: {
    'it-IT': {},
  },
};

export default model;
