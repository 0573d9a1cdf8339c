import vocabulary from '../lambda/src/understanding/vocabulary/es';
import { lines, variants, type LanguageModelSource, type LocaleOverrides } from './define';

/** Spanish as it is spoken in Mexico and the United States. */
const AMERICAS: LocaleOverrides = {
  samples: {
    StartRoutineIntent: {
      add: lines`
        órale con la {routine}
        quiero que hagamos la {routine}
        cámbiale a la {routine}
      `,
      remove: lines`
        haz conmigo la {routine}
        me apetece la {routine}
        me apetece {routine}
        quiero echarme la {routine}
      `,
    },
    ListRoutinesIntent: {
      add: lines`
        muéstrame las rutinas
      `,
      remove: lines`
        enséñame las rutinas
      `,
    },
    SafetyQuestionIntent: {
      add: lines`
        qué tal {topic}
        oye {topic}
      `,
    },
    ReportSymptomIntent: {
      add: lines`
        me dio {symptom}
        noté {symptom}
        me empezó {symptom}
      `,
      remove: lines`
        me ha dado {symptom}
        me encuentro {symptom}
        he notado {symptom}
      `,
    },
    'AMAZON.NextIntent': {
      add: lines`
        ya
        ya quedó
        ya estuvo
        el que sigue
        vámonos
        ándale
        va el siguiente
      `,
      remove: lines`
        venga
        ya he terminado
        ya estoy
        venga vamos
        vale siguiente
        ya he acabado
        ya lo he hecho
      `,
    },
    'AMAZON.ResumeIntent': {
      add: lines`
        sigue donde me quedé
        siga donde me quedé
        continúa donde me quedé
      `,
      remove: lines`
        retoma donde lo dejé
      `,
    },
    'AMAZON.StopIntent': {
      add: lines`
        ya estuvo por hoy
        por hoy es todo
      `,
      remove: lines`
        por hoy ya está
        ya está por hoy
        ya vale por hoy
      `,
    },
  },
  values: {
    RoutineName: {
      desk: {
        add: lines`
          frente a la computadora
          estoy frente a la computadora
          en la computadora
          en la compu
          el descanso del café
          en mi chamba
          rapidito
          algo rapidito
        `,
        remove: lines`
          delante del ordenador
          estoy delante del ordenador
          en el ordenador
          la pausa del café
          en la mesa
          estoy en la mesa
        `,
      },
      morning: {
        add: lines`
          en el piso
          piso
          rutina de piso
          estiramientos en el piso
          tapete
          en el tapete
          en mi tapete
          tapete de yoga
          tengo un tapete
          colchoneta
          en la colchoneta
          tengo una colchoneta
          recién me levanté
          de piso
          de tapete
        `,
        remove: lines`
          en el suelo
          suelo
          rutina de suelo
          estiramientos en el suelo
          esterilla
          en la esterilla
          en mi esterilla
          esterilla de yoga
          tengo esterilla
          tengo una esterilla
          nada más levantarme
          rutina matinal
          de suelo
          de esterilla
        `,
      },
      gentle: {
        add: lines`
          sin equipo
          no tengo equipo
          tengo la espalda adolorida
          espalda adolorida
          con la espalda adolorida
          suavecito
          suavecita
          algo suavecito
        `,
        remove: lines`
          sin material
          no tengo material
          tengo la espalda cargada
          espalda cargada
          con la espalda cargada
        `,
      },
    },
    Verbosity: {
      brief: {
        add: lines`
          sin rollos
        `,
        remove: lines`
          menos rollo
        `,
      },
    },
  },
};

const model: LanguageModelSource = {
  invocationName: 'espalda en forma',
  vocabulary,
  intents: {
    StartRoutineIntent: {
      slots: { routine: 'RoutineName' },
      samples: lines`
        empieza una rutina
        empezar una rutina
        empieza mi rutina
        empieza una rutina de estiramientos
        vamos a estirar
        a estirar
        quiero estirar
        quiero estirar la espalda
        quiero estirar la parte alta de la espalda
        estira conmigo
        estira la espalda conmigo
        necesito estirar
        necesito un estiramiento
        dame un estiramiento
        guíame en un estiramiento
        algo para la espalda alta
        algo para la parte alta de la espalda
        quiero soltar la espalda
        comienza una rutina
        quiero hacer estiramientos
        hagamos estiramientos
        empezar a estirar
        empiece una rutina
        me ayude a estirar
        estirar la espalda
        hacer estiramientos
        empieza la {routine}
        empieza {routine}
        empieza una {routine}
        comienza la {routine}
        inicia la {routine}
        pon la {routine}
        ponme la {routine}
        quiero hacer la {routine}
        quiero hacer {routine}
        quiero la {routine}
        {routine}
        {routine} por favor
        la {routine} por favor
        la {routine}
        dame {routine}
        dame la {routine}
        me gustaría {routine}
        me gustaría la {routine}
        me gustaría hacer la {routine}
        vamos con {routine}
        vamos con la {routine}
        hagamos la {routine}
        hacemos la {routine}
        podemos hacer la {routine}
        puedo hacer la {routine}
        me quedo con la {routine}
        elijo la {routine}
        guíame en la {routine}
        necesito {routine}
        necesito la {routine}
        estoy {routine}
        tengo {routine}
        quiero algo {routine}
        algo {routine}
        empiece la {routine}
        empiece {routine}
        comience la {routine}
        inicie la {routine}
        ponga la {routine}
        me ponga la {routine}
        me guíe en la {routine}
        haz conmigo la {routine}
        me apetece la {routine}
        me apetece {routine}
        quiero echarme la {routine}
        cambia a la {routine}
        cámbiame a la {routine}
        quiero cambiar a la {routine}
        mejor la {routine}
        mejor haz la {routine}
        mejor hagamos la {routine}
        mejor ponme la {routine}
        mejor pon la {routine}
        prefiero la {routine}
        prefiero hacer la {routine}
        pasa a la {routine}
        en vez de esta la {routine}
      `,
    },
    ListRoutinesIntent: {
      slots: {},
      samples: [
        ...lines`
          qué rutinas hay
          qué rutinas tienes
          qué rutinas hay disponibles
          qué rutinas puedo elegir
          qué puedo hacer
          qué opciones hay
          qué opciones tengo
          cuáles son las opciones
          dime las rutinas
          dime las opciones
          lista las rutinas
          enumera las rutinas
          qué estiramientos tienes
          qué estiramientos hay
          qué tipos de rutinas tienes
          qué tipo de estiramientos puedo hacer
          léeme las rutinas
          cuáles son las rutinas
          qué hay disponible
          qué ofreces
          qué rutina hago
          cuál me recomiendas
          cuántas rutinas hay
          qué rutinas de estiramiento conoces
          opciones
          qué más puedo hacer
          qué me ofreces
          qué tienes
          qué rutinas tiene
          qué ofrece
          me diga las rutinas
          me diga qué rutinas hay
          las rutinas
          cuáles hay
          enséñame las rutinas
        `,
        ...variants`
          (qué|cuáles) (tipos de|clases de) (rutinas|estiramientos) (tienes|hay|me ofreces|puedo hacer|me puedes ofrecer)
          (qué|cuáles) (rutinas|estiramientos|opciones) (me ofreces|puedo hacer|me puedes ofrecer)
        `,
      ],
    },
    RoutineProgressIntent: {
      slots: {},
      samples: [
        ...lines`
          cuánto falta
          cuánto queda
          cuánto tiempo queda
          cuánto tiempo falta
          cuántos quedan
          cuántos faltan
          cuántos estiramientos quedan
          cuántos estiramientos faltan
          por dónde vamos
          dónde estamos
          en qué punto estamos
          ya casi terminamos
          falta mucho
          queda mucho
          qué queda
        `,
        ...variants`
          cuánto (|tiempo) (falta|queda) para terminar
          (cuántos|cuántas) (estiramientos|ejercicios) (quedan|faltan) (todavía|aún)
        `,
      ],
    },
    SetVerbosityIntent: {
      slots: { verbosity: 'Verbosity' },
      samples: [
        ...lines`
          {verbosity}
          {verbosity} por favor
          por favor {verbosity}
          dame {verbosity}
          cambia a {verbosity}
          pasa a {verbosity}
          modo {verbosity}
          pon el modo {verbosity}
          usa {verbosity}
          quiero {verbosity}
          prefiero {verbosity}
          me gustaría {verbosity}
          puedes {verbosity}
          podrías {verbosity}
          a partir de ahora {verbosity}
          desde ahora {verbosity}
          mejor {verbosity}
          haz las instrucciones {verbosity}
          quiero instrucciones {verbosity}
          instrucciones {verbosity}
          prefiero que {verbosity}
          pon las instrucciones {verbosity}
          ahora {verbosity}
          las instrucciones {verbosity}
          cambia al modo {verbosity}
        `,
        ...variants`
        `,
      ],
    },
    SetPaceIntent: {
      slots: { pace: 'Pace' },
      samples: lines`
        {pace}
        {pace} por favor
        hazlo {pace}
        hagámoslo {pace}
        vamos {pace}
        quiero ir {pace}
        prefiero {pace}
        mejor {pace}
        cambia a {pace}
        a partir de ahora {pace}
        los estiramientos {pace}
        hazlos {pace}
        hagámoslos {pace}
        quiero hacerlos {pace}
        podemos ir {pace}
        sigamos {pace}
      `,
    },
    SafetyQuestionIntent: {
      slots: { topic: 'SafetyTopic', symptom: 'Symptom' },
      samples: [
        ...lines`
          {topic}
          es seguro {topic}
          es malo {topic}
          es normal {topic}
          está bien {topic}
          pasa algo si {topic}
          qué pasa si {topic}
          qué hago si {topic}
          qué debo hacer si {topic}
          y si {topic}
          háblame de {topic}
          cuéntame sobre {topic}
          dime algo sobre {topic}
          puedes decirme {topic}
          debo {topic}
          puedo {topic}
          tengo una pregunta sobre {topic}
          una pregunta sobre {topic}
          pregunta sobre {topic}
          una duda sobre {topic}
          tengo una duda sobre {topic}
          es bueno {topic}
          consejos sobre {topic}
          algún consejo sobre {topic}
          quiero saber {topic}
          quiero saber sobre {topic}
          me gustaría saber {topic}
          explícame {topic}
          sabes {topic}
          qué sabes de {topic}
          información sobre {topic}
          me preocupa {topic}
          qué opinas de {topic}
          qué me dices de {topic}
          una pregunta de seguridad sobre {topic}
          sobre {topic}
          me diga {topic}
          me explique {topic}
          me hable de {topic}
          si {topic}
          # Un síntoma preguntado en vez de avisado: cada valor de Symptom es aquí una pregunta.
          y si tengo {symptom}
          y si me da {symptom}
          y si siento {symptom}
          qué pasa si tengo {symptom}
          qué pasa si me da {symptom}
          qué hago si tengo {symptom}
          qué hago si me da {symptom}
          qué hago si siento {symptom}
          qué debo hacer si tengo {symptom}
          es normal tener {symptom}
          es normal sentir {symptom}
          es grave tener {symptom}
          es peligroso tener {symptom}
          me debe preocupar {symptom}
        `,
        ...variants`
          (estoy|tengo|tuve|he tenido|me han hecho|me hicieron) {topic}
          (hace falta|tengo que|hay que|debería) {topic}
          es (malo|normal|grave|peligroso) (si|cuando) (|me|se me) {symptom}
          qué (hago|debo hacer|tengo que hacer) (si|cuando) (|me|se me) {symptom}
          (me debería|debería) preocupar (si|que) {symptom}
        `,
      ],
    },
    ReportSymptomIntent: {
      slots: { symptom: 'Symptom' },
      samples: [
        ...lines`
          {symptom}
          siento {symptom}
          noto {symptom}
          tengo {symptom}
          me está dando {symptom}
          me siento {symptom}
          hay {symptom}
          estoy {symptom}
          es {symptom}
          esto es {symptom}
          eso es {symptom}
          estoy teniendo {symptom}
          tengo algo de {symptom}
          tengo un poco de {symptom}
          siento algo de {symptom}
          empiezo a notar {symptom}
          empiezo a sentir {symptom}
          de repente siento {symptom}
          de repente tengo {symptom}
          ahora siento {symptom}
          ahora tengo {symptom}
          me noto {symptom}
          estoy un poco {symptom}
          estoy muy {symptom}
          creo que tengo {symptom}
          este estiramiento me da {symptom}
          este estiramiento es {symptom}
          con este estiramiento siento {symptom}
          me da {symptom}
          se siente {symptom}
          me ha dado {symptom}
          me encuentro {symptom}
          he notado {symptom}
        `,
        ...variants`
          creo que (|tengo|me está dando|me da) {symptom}
          (tengo|siento|noto|me dio|me ha dado) (como|como un|como una|un poco de) {symptom}
          (ay|uy|au) {symptom}
          (me|se me) {symptom}
          (desde ayer|desde hace rato|hoy) (tengo|siento) {symptom}
        `,
      ],
    },
    SetReminderIntent: {
      slots: { days: 'ReminderDays', moreDays: 'ReminderDays', time: 'AMAZON.TIME' },
      samples: [
        ...lines`
          pon un recordatorio para estirar
          ponme un recordatorio para estirar
          crea un recordatorio para estirar
          programa un recordatorio para estirar
          programa un recordatorio
          quiero un recordatorio para estirar
          me gustaría un recordatorio para estirar
          añade un recordatorio para estirar
          pon un recordatorio para {time}
          pon un recordatorio {days} a {time}
          a {time}
          {time}
          {days}
          {days} a {time}
          {days} y {moreDays}
          {days} y {moreDays} a {time}
        `,
        ...variants`
          recuérdame (|estirar|hacer mis estiramientos|que estire) {days}
          recuérdame (|estirar|hacer mis estiramientos|que estire) a {time}
          recuérdame (|estirar|hacer mis estiramientos|que estire) {days} a {time}
          recuérdame (|estirar) {days} y {moreDays} a {time}
        `,
      ],
    },
    ChangeReminderIntent: {
      slots: { days: 'ReminderDays', moreDays: 'ReminderDays', time: 'AMAZON.TIME' },
      samples: [
        ...lines`
          cambia mi recordatorio
          cambia mi recordatorio para estirar
          cambia la hora de mi recordatorio
          modifica mi recordatorio
          mueve mi recordatorio
          mejor recuérdame a {time}
        `,
        ...variants`
          (cambia|mueve|pasa|modifica) mi recordatorio a {time}
          (cambia|mueve|pasa|modifica) mi recordatorio para {time}
          (cambia|mueve|pasa) mi recordatorio a {days}
          (cambia|mueve|pasa) mi recordatorio a {days} a {time}
          (cambia|pasa) mi recordatorio a {days} y {moreDays}
        `,
      ],
    },
    ListRemindersIntent: {
      samples: [
        ...lines`
          qué recordatorios tengo
          cuáles son mis recordatorios
          cuál es mi recordatorio
          qué recordatorio tengo
          tengo algún recordatorio
          tengo recordatorios
          tengo un recordatorio para estirar
          cuándo es mi recordatorio
          a qué hora es mi recordatorio
          cuándo me vas a recordar
          cuándo me recuerdas estirar
          dime mis recordatorios
          lee mis recordatorios
          revisa mis recordatorios
          muéstrame mis recordatorios
          mis recordatorios
        `,
      ],
    },
    CancelReminderIntent: {
      samples: [
        ...lines`
          cancela mis recordatorios
          borra mis recordatorios
          deja de recordarme
          deja de recordarme estirar
          ya no quiero recordatorios
          no quiero más recordatorios
          ya no me lo recuerdes
        `,
        ...variants`
          (cancela|borra|elimina|quita|desactiva) (mi|el) (recordatorio|recordatorio para estirar)
        `,
      ],
    },
    'AMAZON.NextIntent': {
      samples: [
        ...lines`
          siguiente estiramiento
          estoy a punto
          ya está
          hecho
          ya terminé
          adelante
          sigamos adelante
          salta este
          sáltatelo
          qué viene ahora
          sigue adelante
          listo
          lista
          venga
          ya he terminado
          ya estoy
          vamos
          ok siguiente
          okey siguiente
          siguiente por favor
          el siguiente por favor
          terminé
          he terminado
          acabé
          ya acabé
          he acabado
          estoy listo
          estoy lista
          ya estoy listo
          ya estoy lista
          vamos al siguiente
          al siguiente
          vamos con el siguiente
          pasemos al siguiente
          siguiente ejercicio
          el siguiente ejercicio
          ya lo hice
          venga vamos
          vale siguiente
          ya he acabado
          ya lo he hecho
        `,
        ...variants`
          (cuál|qué) (sigue|es el siguiente|viene ahora|toca ahora|viene después)
          (estoy|) (listo|lista) para el (siguiente|próximo)
          (vamos|pasa|pasemos) al (próximo|siguiente) (|estiramiento|ejercicio)
        `,
      ],
    },
    'AMAZON.PreviousIntent': {
      samples: [
        ...lines`
          atrás
          vuelve atrás
          estiramiento anterior
          el de antes
          vuelve al anterior
        `,
        ...variants`
          (regresa|vuelve|ve|volvamos|regresemos) (al anterior|al de antes|atrás|uno atrás)
          (el|al) (estiramiento|ejercicio) (anterior|de antes)
        `,
      ],
    },
    'AMAZON.RepeatIntent': {
      samples: [
        ...lines`
          otra vez
          hazlo otra vez
          repite el estiramiento
          una vez más
          dímelo otra vez
          qué dijiste
          qué has dicho
          cómo dices
          perdona qué
        `,
        ...variants`
          (repítemelo|repítelo|repite eso|dilo|dímelo) (otra vez|de nuevo|una vez más)
          (repítemelo|repítelo)
          (no te entendí|no te he entendido|no lo entendí|no lo he entendido)
          (haz|hazme|hagamos) (eso|este|el estiramiento) (otra vez|de nuevo)
        `,
      ],
    },
    'AMAZON.StartOverIntent': {
      samples: lines`
        empieza desde el principio
        reinicia
        desde el principio
        reinicia la rutina
        empieza la rutina otra vez
      `,
    },
    'AMAZON.PauseIntent': {
      samples: [
        ...lines`
          espera
          un momento
          dame un minuto
          necesito un descanso
          pausa la rutina
        `,
        ...variants`
          (espera|espérame|aguarda) (un momento|un segundo|un minuto|un poco)
          (dame|necesito) (un momento|un segundo|un respiro|una pausa)
          (vamos a|podemos) (hacer una pausa|parar un momento|descansar un poco)
          (espérate|espere|esperen|esperad|aguanta|aguarda) (|un momentito|un segundo|un segundito|un poco)
      `,
      ],
    },
    'AMAZON.ResumeIntent': {
      samples: [
        ...lines`
          continuar
          sigue
          reanuda mi rutina
          sigue donde lo dejé
          continúa mi rutina
          sigamos
          continúa donde lo dejé
          vuelve a la rutina
          sigue con el estiramiento
          seguimos
          siga donde lo dejé
          continúe donde lo dejé
          retoma donde lo dejé
        `,
        ...variants`
          (quiero|podemos|hay que) (seguir|continuar|retomar)
          (sigue|sigamos|continúa|continuemos) (por donde íbamos|donde nos quedamos|donde estábamos)
          (ya estoy de vuelta|ya volví|estoy lista para seguir|estoy listo para seguir)
          (seguir|continuar|retomar)
      `,
      ],
    },
    'AMAZON.YesIntent': {},
    'AMAZON.NoIntent': {},
    'AMAZON.HelpIntent': {},
    'AMAZON.StopIntent': {
      samples: [
        ...lines`
          para la rutina
          termina la rutina
          terminar la rutina
          detén la rutina
          acaba la rutina
          finaliza la rutina
          ya terminé por hoy
          suficiente por hoy
          ya es suficiente por hoy
          por hoy es suficiente
          lo dejo por hoy
          lo dejamos por hoy
          hasta aquí por hoy
          es todo por hoy
          no quiero seguir
          quiero parar
          por hoy ya está
          ya está por hoy
          ya vale por hoy
        `,
        ...variants`
          (no quiero|ya no quiero) (seguir|continuar|hacer más) (|por hoy)
          (ya está bien|ya he tenido bastante|con esto basta) (|por hoy)
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
        rutina de oficina
        oficina
        la de oficina
        rutina de escritorio
        escritorio
        descanso en la oficina
        estiramientos de oficina
        estiramientos en la silla
        algo rápido
        rápido
        rápida
        una rápida
        la rápida
        rutina rápida
        un estiramiento rápido
        estiramiento rápido
        un descanso rápido
        un estiramiento de un minuto
        de un minuto
        una de un minuto
        unos minutos
        pocos minutos
        poco tiempo
        tengo poco tiempo
        en la oficina
        estoy en la oficina
        en el trabajo
        estoy en el trabajo
        en mi escritorio
        estoy en mi escritorio
        en la silla
        en mi silla
        sentado
        sentada
        estoy sentado
        estoy sentada
        pausa activa
        una pausa activa
        de oficina
        delante del ordenador
        estoy delante del ordenador
        en el ordenador
        la pausa del café
        en la mesa
        estoy en la mesa
        corta
        la corta
        una corta
        rutina corta
        corta
        cortita
        cortito
        una corta
        la corta
      `,
      morning: lines`
        movilidad matutina
        movilidad
        mañana
        la de la mañana
        rutina de mañana
        rutina de la mañana
        rutina matutina
        estiramientos de la mañana
        estiramientos matutinos
        matutina
        de movilidad
        rutina de movilidad
        para despertar
        para despertarme
        me acabo de despertar
        acabo de despertarme
        me acabo de levantar
        para empezar el día
        antes de trabajar
        antes del trabajo
        con toalla
        con una toalla
        en el suelo
        suelo
        rutina de suelo
        estiramientos en el suelo
        esterilla
        en la esterilla
        en mi esterilla
        esterilla de yoga
        tengo esterilla
        tengo una esterilla
        nada más levantarme
        rutina matinal
        de la mañana
        de suelo
        de esterilla
      `,
      gentle: lines`
        rutina suave
        suave
        la suave
        estiramientos suaves
        estiramiento suave
        algo suave
        principiante
        principiantes
        para principiantes
        rutina para principiantes
        soy principiante
        soy nuevo
        soy nueva
        es mi primera vez
        primera vez
        fácil
        algo fácil
        una fácil
        rutina fácil
        un estiramiento fácil
        un día malo
        un día con molestias
        con calma
        algo tranquilo
        tranquila
        nada intenso
        relajante
        algo relajante
        ligera
        algo ligero
        estiramiento ligero
        despacio
        lento y suave
        sin nada
        no tengo nada
        sin material
        no tengo material
        tengo la espalda cargada
        espalda cargada
        con la espalda cargada
        una suave
        la tranquila
        de principiantes
      `,
      full: lines`
        rutina completa
        completa
        la completa
        rutina completa de espalda
        rutina completa de espalda alta
        sesión completa
        entrenamiento completo
        larga
        la larga
        rutina larga
        una larga
        todo
        un poco de todo
        todos los estiramientos
        toda la rutina
        entera
        la rutina entera
        a fondo
        avanzada
        avanzado
        nivel avanzado
        diez minutos
        rodillo
        rodillo de espuma
        un rodillo de espuma
        tengo un rodillo de espuma
        tengo rodillo
        con rodillo
        con el rodillo de espuma
        tengo un rodillo
      `,
    },
    Verbosity: {
      brief: [
        ...lines`
          habla menos
          hablar menos
          hables menos
          menos charla
          menos explicaciones
          explicaciones cortas
          instrucciones cortas
          instrucciones más cortas
          más cortas
          cortas
          más corto
          más breve
          breve
          corto
          versión corta
          la versión corta
          solo lo básico
          solo los avisos
          solo las indicaciones
          sin tanta explicación
          no expliques tanto
          deja de explicar
          hablas demasiado
          hablas mucho
          menos detalle
          menos detalles
          al grano
          ve al grano
          resumido
          breves
          menos palabras
          hable menos
          sea más breve
          sea breve
          menos rollo
        `,
        ...variants`
          (menos|sin tantas) (explicaciones|palabras|detalles)
        `,
      ],
      detailed: [
        ...lines`
          más detalle
          más detalles
          instrucciones completas
          explícame más
          explica más
          explicar más
          expliques más
          detallado
          detalladas
          más detalladas
          instrucciones detalladas
          con detalle
          instrucciones paso a paso
          más explicaciones
          más instrucciones
          habla más
          hablar más
          versión larga
          la versión larga
          todos los detalles
          explica cada estiramiento
          más indicaciones
          versión completa
          con todos los pasos
          todos los pasos
          más largas
          largas
          hable más
          explique más
        `,
        ...variants`
          (más) (explicaciones|indicaciones|detalles)
        `,
      ],
    },
    Pace: {
      flow: lines`
        sin parar
        sigue sin parar
        todo seguido
        seguido
        de corrido
        de un tirón
        del tirón
        todo de una vez
        de una vez
        sin esperar
        no me esperes
        sin pausas
        no pares después de cada estiramiento
        continuo
        sin interrupciones
      `,
      step: lines`
        uno a uno
        uno por uno
        de uno en uno
        paso a paso
        espérame
        espera después de cada estiramiento
        a mi ritmo
        un estiramiento cada vez
        un estiramiento a la vez
        un lado cada vez
        de a uno
        para después de cada estiramiento
        estiramiento por estiramiento
      `,
    },
    ReminderDays: {
      daily: lines`
        todos los días
        cada día
        a diario
        diariamente
      `,
      weekdays: lines`
        de lunes a viernes
        entre semana
        los días laborables
        días laborables
        los días de semana
        cada día laborable
        días entre semana
      `,
      weekend: lines`
        los fines de semana
        el fin de semana
        fines de semana
        cada fin de semana
      `,
      mon: lines`
        los lunes
        el lunes
        lunes
        cada lunes
        todos los lunes
      `,
      tue: lines`
        los martes
        el martes
        martes
        cada martes
        todos los martes
      `,
      wed: lines`
        los miércoles
        el miércoles
        miércoles
        cada miércoles
        todos los miércoles
      `,
      thu: lines`
        los jueves
        el jueves
        jueves
        cada jueves
        todos los jueves
      `,
      fri: lines`
        los viernes
        el viernes
        viernes
        cada viernes
        todos los viernes
      `,
      sat: lines`
        los sábados
        el sábado
        sábado
        sábados
        cada sábado
        todos los sábados
      `,
      sun: lines`
        los domingos
        el domingo
        domingo
        domingos
        cada domingo
        todos los domingos
      `,
    },
  },
  locales: {
    'es-ES': {},
    'es-MX': AMERICAS,
    'es-US': AMERICAS,
  },
};

export default model;
