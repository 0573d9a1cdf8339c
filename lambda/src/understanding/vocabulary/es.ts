import { lines, words } from '../lines';
import type { RegionVocabulary, Vocabulary } from '../vocabulary';

/** Spanish as it is spoken in Mexico and the United States. */
const AMERICAS: RegionVocabulary = {
  topics: {
    'crack-safe': {
      value: 'tronarme la espalda',
      add: lines`
        tronar la espalda
        tronarse la espalda
        tronarte la espalda
        hacerme tronar la espalda
        tronarme la columna
        tronarme la espalda alta
        tronarme yo mismo la espalda
        girarme para que truene la espalda
        es seguro tronarme la espalda
        es seguro tronarse la espalda
        es seguro tronarte la espalda
        está bien tronarme la espalda
        puedo tronarme la espalda
        debo tronarme la espalda
        me puedo tronar la espalda
        si es seguro tronarme la espalda
        es peligroso tronarme la espalda
        tronarme los huesos de la espalda
        truenan mis huesos
      `,
      remove: lines`
        chascarme la espalda
        hacer sonar la espalda
        sonarme la espalda
      `,
    },
    'crack-why': {
      value: 'por qué me truena la espalda',
      add: lines`
        por qué truena la espalda
        por qué me truena la columna
        por qué truena
        por qué suena la espalda
        qué es el tronido
        qué es ese tronido
        el tronido
        tronido
        el ruido al tronar
        qué provoca el tronido
        qué hace que truene la espalda
        por qué truenan las articulaciones
        es normal que truene
        es normal que me truene la espalda
        me tronó la espalda es normal
        por qué me tronó la espalda
      `,
    },
    'crack-worse': {
      value: 'tronar empeora la espalda',
      add: lines`
        tronarla puede empeorarla
        tronar la espalda la empeora
        puede empeorar si me la trueno
        es malo tronarse
        tronarse es malo
        tronar la espalda hace daño
        tronar la espalda da artritis
        tronar puede dañar la columna
        daño por tronar
        forzar el tronido
        forzar la espalda para que truene
        es malo forzar el tronido
        tronar afloja los ligamentos
        ligamentos flojos por tronar
        me puedo lastimar si me trueno la espalda
      `,
    },
    'crack-often': {
      value: 'cada cuánto puedo tronarme la espalda',
      add: lines`
        cuántas veces puedo tronarme la espalda
        cuántas veces al día puedo tronarme la espalda
        con qué frecuencia puedo tronarme la espalda
        tronarme la espalda todos los días
        tronarme la espalda a diario
        me trueno mucho la espalda
        me trueno la espalda todo el tiempo
        me trueno la espalda a cada rato
        tronarme la espalda mucho
        tronar demasiado
        demasiados tronidos
        es malo tronarme la espalda cada día
        tronarme la espalda muchas veces al día
        tengo la costumbre de tronarme la espalda
        cada cuánto tronarme la espalda
      `,
    },
    'crack-someone': {
      value: 'que otra persona me truene la espalda',
      add: lines`
        que alguien me truene la espalda
        puede otra persona tronarme la espalda
        puede mi pareja tronarme la espalda
        puede mi esposo tronarme la espalda
        puede mi esposa tronarme la espalda
        puede un amigo tronarme la espalda
        mi pareja me truena la espalda
        que me truenen la espalda
        que me jalen los brazos para tronar la espalda
        un quiro
        que me truenen
      `,
      remove: lines`
        que me crujan
      `,
    },
    'stretch-vs-crack': {
      value: 'estirar o tronar',
      add: lines`
        estirar o tronar qué es mejor
        qué es mejor estirar o tronar
        qué es mejor estirar o tronarme la espalda
        es mejor estirar que tronar
        es mejor tronar que estirar
        tronar o estirar
        tronar contra estirar
        debo estirar o tronarme la espalda
        estirar en vez de tronar
        funciona mejor tronar que estirar
        qué hago en vez de tronarme la espalda
        una alternativa a tronarme la espalda
        sirve de algo tronarse la espalda
        tronarme la espalda ayuda
        tiene beneficios tronarse la espalda
        beneficios de tronarse la espalda
        alivia tronarse la espalda
      `,
    },
    numbness: {
      add: lines`
        qué pasa si se me entume el brazo
        es normal que se me entuma la mano
      `,
      remove: lines`
        y si se me acorcha el brazo
      `,
    },
    'shooting-pain': {
      add: lines`
        un nervio atrapado
        tengo un nervio atrapado
      `,
      remove: lines`
        un pinzamiento
        tengo un pinzamiento
        y si me da un latigazo en el brazo
      `,
    },
    injury: {
      add: lines`
        tuve un accidente de carro
        accidente de carro
        me lastimé la espalda
        me lesioné la espalda
        me lastimé
        me di un jalón
      `,
      remove: lines`
        me he resbalado y me he caído
        he tenido un accidente
        he tenido un accidente de coche
        me he hecho daño en la espalda
        me he lesionado la espalda
        me he dado un tirón
        me he hecho daño
      `,
    },
    'see-doctor': {
      add: lines`
        cuándo debo ir al doctor
        debo ir al doctor
        ir al doctor
        un terapeuta físico
        terapia física
        debo ir a emergencias
      `,
      remove: lines`
        ir al fisio
        el fisio
      `,
    },
    causes: {
      add: lines`
        por qué tengo la espalda tan tiesa
      `,
      remove: lines`
        por qué tengo contracturas
        por qué tengo la espalda tan contracturada
      `,
    },
    posture: {
      add: lines`
        cómo me paro
        cuello de celular
        altura del escritorio
        joroba
      `,
      remove: lines`
        chepa
        cómo me pongo de pie
        cuello de móvil
        altura de la mesa
      `,
    },
    'heat-ice': {
      add: lines`
        una cobija eléctrica
        un cojín térmico
        un baño de agua caliente
        fomentos
      `,
      remove: lines`
        una manta eléctrica
        un saco térmico
      `,
    },
    painkiller: {
      add: lines`
        acetaminofén
        un desinflamatorio
      `,
      remove: lines`
        metamizol
      `,
    },
    pregnancy: {
      add: lines`
        acabo de tener un bebé
      `,
      remove: lines`
        estoy en estado
      `,
    },
    surgery: {
      add: lines`
        me operaron
        me operaron de la espalda
      `,
      remove: lines`
        me han operado
        me han operado de la espalda
      `,
    },
    disclaimer: {
      add: lines`
        eres doctora
        eres doctor
        estás certificada
        quién hizo estos estiramientos
        es seguro para todos
      `,
      remove: lines`
        estás cualificada
      `,
    },
  },
  symptoms: {
    breathless: {
      add: lines`
        no puedo agarrar aire
      `,
      remove: lines`
        no puedo coger aire
        me cuesta coger aire
        respiro fatal
      `,
    },
    'radiating-pain': {
      add: lines`
        me duele la quijada
        dolor en la quijada
      `,
    },
    'sweating-nausea': {
      add: lines`
        tengo ascos
        quiero vomitar
      `,
      remove: lines`
        estoy revuelto
        estoy revuelta
        tengo mal cuerpo
      `,
    },
    numbness: {
      add: lines`
        tengo el brazo entumido
        se me entumió la mano
        entumido
        se me entumió el brazo
        se me entumió la pierna
        se me entumieron los dedos
        se me entumieron las manos
        tengo la mano entumida
        tengo la pierna entumida
        tengo los dedos entumidos
        se me entume el brazo
        se me entume la mano
        se me entumen los dedos
        entumida
      `,
      remove: lines`
        tengo el brazo acorchado
        acorchado
        tengo la mano acorchada
        tengo los dedos acorchados
        se me acorcha el brazo
        se me acorcha la mano
        se me acorchan los dedos
        acorchada
      `,
    },
    tingling: {
      add: lines`
        siento hormiguitas en los dedos
      `,
    },
    weakness: {
      add: lines`
        me quedé sin fuerza en el brazo
      `,
      remove: lines`
        me he quedado sin fuerza en el brazo
      `,
    },
    'shooting-pain': {
      add: lines`
        me da toques
        siento toques en el brazo
        un toque eléctrico
        toques en el brazo
        como toques eléctricos
      `,
      remove: lines`
        un latigazo
        latigazo
        me ha dado un latigazo
        me da calambre
      `,
    },
    faint: {
      add: lines`
        me voy a desvanecer
        siento que me desvanezco
        me desvanezco
      `,
      remove: lines`
        me está bajando la tensión
        se me ha bajado la tensión
        una bajada de tensión
        lipotimia
        me está dando una lipotimia
      `,
    },
    dizzy: {
      add: lines`
        el cuarto da vueltas
      `,
      remove: lines`
        la habitación da vueltas
        me voy a marear
      `,
    },
    pain: {
      add: lines`
        me lastima
        me está lastimando
        eso me lastima
        auch
      `,
    },
    discomfort: {
      add: lines`
        adolorido
        estoy adolorido
        estoy adolorida
        me jala mucho
        jala demasiado
        me jala
        jala mucho
        me está jalando
        un jalón
      `,
      remove: lines`
        agujetas
        tengo agujetas
        dolorido
        estoy dolorido
        estoy dolorida
      `,
    },
  },
};

const vocabulary: Vocabulary = {
  grammar: {
    negations: words`no nunca jamás nada ni sin ningún ninguna ninguno tampoco`,
    hedges: words`no_sé no_lo_sé no_estoy_segur* ni_idea no_tengo_idea`,
    clauseBreaks: words`pero aunque sino excepto salvo`,
    scopeBreaks: words`y e luego entonces pues yo también además ahora solo`,
    notSigns: words`
      analgésic* calmante* antiinflamatori* frecuencia_cardiaca ritmo_cardiaco pulso urgencias
      apertura_de_pecho rodilla_al_pecho rodillas_al_pecho abre_el_pecho abrir_el_pecho
    `,
  },
  topics: {
    'crack-safe': {
      phrases: lines`
        crujirme la espalda
        crujir la espalda
        crujirse la espalda
        crujirte la espalda
        hacerme crujir la espalda
        crujirme la columna
        crujirme la espalda alta
        crujirme yo mismo la espalda
        girarme para que cruja la espalda
        es seguro crujirme la espalda
        es seguro crujirse la espalda
        es seguro crujirte la espalda
        está bien crujirme la espalda
        puedo crujirme la espalda
        debo crujirme la espalda
        me puedo crujir la espalda
        si es seguro crujirme la espalda
        es peligroso crujirme la espalda
        chascarme la espalda
        hacer sonar la espalda
        sonarme la espalda
      `,
      cues: lines`
        cruj* tron* + espalda columna cuello vértebra* solo mismo
      `,
    },
    'crack-why': {
      phrases: lines`
        por qué me cruje la espalda
        por qué cruje la espalda
        por qué me cruje la columna
        por qué cruje
        por qué suena
        qué es el crujido
        qué es ese crujido
        el crujido
        crujido
        el ruido al crujir
        qué provoca el crujido
        qué hace que cruja la espalda
        por qué crujen las articulaciones
        es normal que cruja
        es normal que me cruja la espalda
        me ha crujido la espalda es normal
        por qué me ha crujido la espalda
        el chasquido
        chasquido
        qué es el chasquido
        ese ruido de la espalda
        por qué suena la columna
        cavitación
        qué es la cavitación
        el ruido de las articulaciones
      `,
      cues: lines`
        por_qué porque qué + cruj* tron* truen* + espalda columna articulación* ruido* sonido* eso
      `,
    },
    'crack-worse': {
      phrases: lines`
        crujir empeora la espalda
        crujirla puede empeorarla
        crujir la espalda la empeora
        puede empeorar si me la crujo
        es malo crujirse
        crujirse es malo
        crujir la espalda hace daño
        crujir la espalda da artrosis
        crujir puede dañar la columna
        daño por crujir
        forzar el crujido
        forzar la espalda para que cruja
        es malo forzar el crujido
        crujir afloja los ligamentos
        ligamentos flojos por crujir
        puede hacerme daño crujirme la espalda
        hipermovilidad
        ligamentos flojos
      `,
      cues: lines`
        cruj* tron* truen* + malo mala dañ* perjudic* empeor* artrosis artritis floj* lesión* peligro*
        cruj* tron* truen* + espalda columna cuello + malo mala dañ* perjudic* empeor* artrosis artritis floj* lesión* peligro*
      `,
    },
    'crack-often': {
      phrases: lines`
        cada cuánto puedo crujirme la espalda
        cuántas veces puedo crujirme la espalda
        cuántas veces al día puedo crujirme la espalda
        con qué frecuencia puedo crujirme la espalda
        crujirme la espalda todos los días
        crujirme la espalda a diario
        me crujo mucho la espalda
        me crujo la espalda todo el tiempo
        me crujo la espalda a todas horas
        crujirme la espalda mucho
        crujir demasiado
        demasiados crujidos
        es malo crujirme la espalda cada día
        crujirme la espalda muchas veces al día
        tengo la manía de crujirme la espalda
        cada cuánto crujirme la espalda
      `,
      cues: lines`
        cruj* tron* truen* + menudo cuánto veces diario día frecuen*
      `,
    },
    'crack-someone': {
      phrases: lines`
        que otra persona me cruja la espalda
        que alguien me cruja la espalda
        puede otra persona crujirme la espalda
        puede mi pareja crujirme la espalda
        puede mi marido crujirme la espalda
        puede mi mujer crujirme la espalda
        puede un amigo crujirme la espalda
        mi pareja me cruje la espalda
        que me crujan la espalda
        que me tiren de los brazos para crujir la espalda
        que me pisen la espalda
        que alguien me pise la espalda
        caminar sobre mi espalda
        que alguien camine sobre mi espalda
        puede mi hijo pisarme la espalda
        un quiropráctico
        quiropráctico
        ir al quiropráctico
        un ajuste
        un ajuste de columna
        que me crujan
      `,
      cues: lines`
        cruj* tron* truen* pis* + alguien otra otro pareja marido esposa amigo* hijo*
        quiropráct* osteópat*
      `,
    },
    'stretch-vs-crack': {
      phrases: lines`
        estirar o crujir
        estirar o crujir qué es mejor
        qué es mejor estirar o crujir
        qué es mejor estirar o crujirme la espalda
        es mejor estirar que crujir
        es mejor crujir que estirar
        crujir o estirar
        crujir contra estirar
        debo estirar o crujirme la espalda
        estirar en vez de crujir
        funciona mejor crujir que estirar
        qué hago en vez de crujirme la espalda
        una alternativa a crujirme la espalda
        sirve de algo crujirse la espalda
        crujirme la espalda ayuda
        tiene beneficios crujirse la espalda
        beneficios de crujirse la espalda
        alivia crujirse la espalda
      `,
      cues: lines`
        estir* + cruj* tron* + mejor en_vez lugar o alternativa
        cruj* tron* + sirve ayuda beneficio* vale
      `,
    },
    'stretch-frequency': {
      phrases: lines`
        cada cuánto estirar
        cada cuánto debo estirar
        cada cuánto tengo que estirar
        con qué frecuencia debo estirar
        cuántas veces por semana debo estirar
        cuántas veces al día debo estirar
        cuántos días a la semana
        cada cuánto hago esto
        cada cuánto hago estos estiramientos
        cada cuánto hago la rutina
        estirar todos los días
        estirar cada día
        debo estirar todos los días
        puedo estirar todos los días
        es malo estirar todos los días
        estirar a diario
        estirar dos veces al día
        estirar más de una vez al día
        estirar demasiado
        puedo estirar demasiado
        cada cuánto
        frecuencia
        con qué frecuencia
      `,
      cues: lines`
        menudo frecuen* veces diario cada_día semana* + estir* rutina* ejercicio* esto hacer
      `,
    },
    'hold-length': {
      phrases: lines`
        cuánto tiempo aguantar un estiramiento
        cuánto tiempo aguanto un estiramiento
        cuánto tiempo hay que aguantar un estiramiento
        cuánto tiempo debo aguantar
        cuánto tiempo lo aguanto
        cuánto aguanto
        cuánto tiempo mantengo un estiramiento
        cuánto tiempo hay que mantener un estiramiento
        cuánto tiempo mantengo cada estiramiento
        cuánto debe durar un estiramiento
        cuánto tiempo debo estirar
        cuánto rato estiro
        cuántos segundos
        cuántos segundos aguanto
        bastan treinta segundos
        puedo aguantar más
        aguantar más tiempo
        mantener un estiramiento
        aguantar los estiramientos
        tiempo de cada estiramiento
        duración de un estiramiento
      `,
      cues: lines`
        cuánto segundos + mant* aguant* sosten* estir* dura*
      `,
    },
    'warm-up': {
      phrases: lines`
        calentar
        calentamiento
        el calentamiento
        un calentamiento
        calentar primero
        calentar antes
        debo calentar
        tengo que calentar
        tengo que calentar antes
        hace falta calentar
        necesito calentar
        cómo caliento
        cómo debo calentar
        cómo calentar
        es importante calentar
        por qué calentar
        saltarme el calentamiento
        puedo saltarme el calentamiento
        estirar en frío
        estirar sin calentar
        si debo calentar
      `,
      cues: lines`
        calent* calentamiento
      `,
    },
    'should-hurt': {
      phrases: lines`
        estirar tiene que doler
        tiene que doler
        debe doler
        es normal que duela
        estirar debe doler
        duele estirar
        si estirar tiene que doler
        debería dolerme
        debo sentir dolor
        debo sentir dolor al estirar
        cuánto tiene que doler
        está bien que duela un poco
        es normal un poco de dolor
        es normal el dolor al estirar
        sin dolor no hay ganancia
        estirar con dolor
        aguantar el dolor
        debo aguantar el dolor
        hasta dónde estiro
        hasta dónde tengo que estirar
        cuánto tengo que forzar
        cuánto tengo que notarlo
        cómo se tiene que sentir un estiramiento
        qué tengo que sentir al estirar
      `,
      cues: lines`
        duel* dol* sent* not* + debería debe normal tiene_que
        cuánto hasta_dónde + estir* forzar* apretar doler
      `,
    },
    'feel-little': {
      phrases: lines`
        no siento nada
        no noto nada
        no siento el estiramiento
        no noto el estiramiento
        casi no siento nada
        no siento casi nada
        no me duele
        no me duele nada
      `,
      cues: lines`
        ~sient* ~sent* ~not* + nada mucho estiramiento lo
        sient* sent* not* + nada
        ~duel* ~dol* ~molest*
      `,
    },
    numbness: {
      phrases: lines`
        entumecimiento u hormigueo
        entumecimiento y hormigueo
        qué pasa si noto entumecimiento
        qué pasa si noto hormigueo
        qué pasa si siento hormigueo
        y si me hormiguea el brazo
        qué pasa si se me duerme el brazo
        y si se me duermen las manos
        qué pasa si me hormiguean los dedos
        es normal el hormigueo
        es normal el entumecimiento
        es normal notar hormigueo
        es normal que me hormiguee el brazo
        hormigueo al estirar
        entumecimiento al estirar
        debo preocuparme por el hormigueo
        debo preocuparme por el entumecimiento
        es normal que se me duerma el brazo
        y si se me acorcha el brazo
      `,
    },
    'shooting-pain': {
      phrases: lines`
        dolor que baja por el brazo
        qué pasa si el dolor baja por el brazo
        y si el dolor me baja por el brazo
        es normal un dolor que baja por el brazo
        es normal que el dolor baje por el brazo
        dolor que se corre por el brazo
        un nervio pinzado
        nervio pinzado
        puede ser un nervio pinzado
        tengo un nervio pinzado
        es un nervio pinzado
        y si siento un dolor agudo en el brazo
        un pinzamiento
        tengo un pinzamiento
        y si me da un latigazo en el brazo
      `,
      cues: lines`
        ciática
        nervio + pinzad* atrapad*
      `,
    },
    injury: {
      phrases: lines`
        después de una lesión
        una lesión
        lesión de espalda
        estirar después de una lesión
        lesión deportiva
        después de una caída
        tuve una caída
        después de un accidente
        un accidente
        tuve un accidente
        accidente de coche
        después de un accidente de coche
        latigazo cervical
        un tirón muscular
        una distensión muscular
        me he caído
        me he caído de espaldas
        me he resbalado y me he caído
        me caí
        me caí de espaldas
        me resbalé y me caí
        he tenido un accidente
        he tenido un accidente de coche
        me he hecho daño en la espalda
        me he lesionado la espalda
        me he dado un tirón
        me he hecho daño
        me caí y me duele la espalda
        me he caído y me duele la espalda
      `,
      cues: lines`
        caí caída* accident* golpe* lesion* lesión* choque resbal* tropez* tirón_muscular
      `,
    },
    'see-doctor': {
      phrases: lines`
        ir al médico
        cuándo debo ir al médico
        necesito un médico
        debo ir al médico
        tengo que ir al médico
        cuándo ir al médico
        cuándo voy al médico
        ver a un médico
        un fisioterapeuta
        fisioterapia
        debo ir al fisioterapeuta
        debo ir a urgencias
        cuándo debo pedir ayuda
        cuándo buscar ayuda médica
        cuándo me preocupo
        cuándo es grave el dolor de espalda
        es grave mi dolor de espalda
        señales de alarma
        cuáles son las señales de alarma
        cuándo debo dejar de estirar
        un dolor que no se va
        y si el dolor no se va
        y si empeora
        qué pasa si me duele el pecho
        y si me duele el pecho
        y si me falta el aire
        ir al fisio
        el fisio
      `,
      cues: lines`
        médic* doctor* fisio* fisioterapeut* hospital* urgencias clínica* ambulatorio
        preocup* grave seri* alarma señal* + dolor* espalda esto
      `,
    },
    causes: {
      phrases: lines`
        causas del dolor de espalda alta
        qué causa el dolor de espalda alta
        por qué me duele la parte alta de la espalda
        por qué me duele la espalda
        de dónde viene el dolor de espalda
        por qué tengo la espalda rígida
        por qué tengo la espalda tan tensa
        por qué tengo los hombros tan tensos
        qué causa la rigidez
        rigidez en la espalda alta
        dolor de espalda alta
        causas
        la causa
        columna dorsal
        qué es la columna dorsal
        zona dorsal
        qué músculos hay en la espalda alta
        qué músculos estoy estirando
        qué músculos trabaja este estiramiento
        anatomía
        por qué tengo la espalda cargada
        por qué tengo contracturas
        por qué tengo la espalda tan contracturada
      `,
      cues: lines`
        por_qué porque causa* origen* viene + espalda hombro* cuello rígid* tens* contractur* duel* dolor*
        músculo* anatomía dorsal columna + qué cuáles
      `,
    },
    posture: {
      phrases: lines`
        postura
        consejos de postura
        mi postura
        buena postura
        mejor postura
        cómo sentarme
        cómo debo sentarme
        cómo debo sentarme en el escritorio
        cómo mejoro mi postura
        mejorar mi postura
        corregir mi postura
        cómo corregir la postura
        me encorvo
        encorvarse
        voy encorvado
        voy encorvada
        estoy todo el día sentado
        estoy todo el día sentada
        ergonomía
        altura de la silla
        altura de la pantalla
        escritorio de pie
        hombros caídos
        hombros redondeados
        chepa
        cómo me pongo de pie
        cuello de móvil
        altura de la mesa
      `,
      cues: lines`
        postur* encorv* jorob* ergonom* escritorio* oficina* silla* pantalla* ordenador* computadora* sentad* sentar*
      `,
    },
    'heat-ice': {
      phrases: lines`
        calor o frío
        frío o calor
        calor
        hielo
        calor o hielo
        hielo o calor
        almohadilla térmica
        una almohadilla térmica
        bolsa de hielo
        una bolsa de hielo
        compresa fría
        compresa caliente
        bolsa de agua caliente
        debo ponerme calor
        debo ponerme hielo
        me pongo calor o frío
        me pongo calor o hielo
        un baño caliente
        una ducha caliente
        ponerme hielo en la espalda
        frío
        parche de calor
        una manta eléctrica
        un saco térmico
      `,
      cues: lines`
        calor* frío* hielo* caliente* ducha* baño* compresa* manta_eléctrica
      `,
    },
    painkiller: {
      phrases: lines`
        analgésicos
        analgésico
        un analgésico
        calmante
        un calmante
        calmantes
        medicamentos para el dolor
        medicamento
        medicina
        pastillas
        una pastilla
        ibuprofeno
        paracetamol
        aspirina
        naproxeno
        relajante muscular
        relajantes musculares
        antiinflamatorio
        antiinflamatorios
        tomar un analgésico
        tomar algo para el dolor
        puedo tomar un analgésico
        debo tomar ibuprofeno
        una crema para el dolor
        pomada para el dolor
        algo para el dolor
        tomar ibuprofeno
        tomar paracetamol
        tomar algo
        tomar un calmante
        tomar pastillas
        tomar analgésicos
        tomar medicamentos
        tomar una pastilla para el dolor
        metamizol
      `,
      cues: lines`
        analgésic* calmante* medicament* pastilla* ibuprofeno paracetamol aspirina naproxeno nolotil diclofenaco pomada* crema* relajante* antiinflamatori*
      `,
    },
    pregnancy: {
      phrases: lines`
        embarazo
        estoy embarazada
        embarazada
        estirar embarazada
        estirar durante el embarazo
        puedo estirar embarazada
        es seguro estirar embarazada
        durante el embarazo
        espero un bebé
        estoy esperando un bebé
        primer trimestre
        segundo trimestre
        tercer trimestre
        acabo de dar a luz
        después del parto
        posparto
        estoy en estado
        estoy encinta
      `,
      cues: lines`
        embaraz* gestación trimestre parto posparto
      `,
    },
    osteoporosis: {
      phrases: lines`
        osteoporosis
        tengo osteoporosis
        osteopenia
        huesos frágiles
        tengo los huesos frágiles
        huesos débiles
        baja densidad ósea
        densidad ósea
        estirar con osteoporosis
        es seguro con osteoporosis
        tengo osteopenia
      `,
      cues: lines`
        osteopor* osteopenia hueso*
      `,
    },
    surgery: {
      phrases: lines`
        después de una operación
        una operación
        operación
        cirugía
        una cirugía
        después de una cirugía
        después de mi operación
        cirugía reciente
        operación de espalda
        cirugía de columna
        una fusión vertebral
        operación de hombro
        operación de corazón
        me estoy recuperando de una operación
        estirar después de una operación
        postoperatorio
        puntos
        me han operado
        me acaban de operar
        me han operado de la espalda
      `,
      cues: lines`
        oper* cirugí* quirúrg* puntos fusión
      `,
    },
    disclaimer: {
      phrases: lines`
        consejo médico
        es consejo médico
        esto es consejo médico
        es esto consejo médico
        esto es un consejo médico
        eres médico
        eres un médico de verdad
        eres fisioterapeuta
        estás cualificada
        aviso médico
        el aviso
        me puedo fiar
        es esto seguro para todo el mundo
        de dónde sale esta información
        quién ha hecho estos estiramientos
        quién ha escrito esto
        es oficial
        puedes diagnosticarme
        puedes diagnosticar mi dolor
        qué le pasa a mi espalda
        qué tengo en la espalda
      `,
      cues: lines`
        consejo* + médic*
        médico + eres es
        cualificad* diagnóstic* oficial* confiar fiable*
        médico médica + eres es
      `,
    },
  },
  symptoms: {
    emergency: {
      phrases: lines`
        emergencia
        es una emergencia
        tengo una emergencia
        emergencia médica
        una emergencia
        llama a una ambulancia
        pide una ambulancia
        necesito una ambulancia
        ambulancia
        llama a emergencias
        infarto
        un infarto
        me está dando un infarto
        creo que me está dando un infarto
        ataque al corazón
        un ataque al corazón
        ictus
        un ictus
        derrame cerebral
        me está dando un derrame
        me he desmayado
        me desmayé
      `,
      cues: lines`
        emergencia urgencia ambulancia* 112 911 infarto* ataque_al_corazón ataque_cardiaco paro_cardiaco derrame* ictus
        desmayé desmayado desmayada perdí_el_conocimiento inconsciente colaps* muriendo
      `,
    },
    'chest-pain': {
      phrases: lines`
        dolor en el pecho
        dolor de pecho
        me duele el pecho
        me está doliendo el pecho
        duele el pecho
        presión en el pecho
        opresión en el pecho
        siento opresión en el pecho
        tengo el pecho oprimido
        el pecho apretado
        tengo el pecho apretado
        pesadez en el pecho
        el pecho pesado
        me aprieta el pecho
        dolor fuerte en el pecho
        me duele el corazón
        dolor en el corazón
        dolor detrás del esternón
        un dolor en el pecho
        me oprime el pecho
        me duele mucho el pecho
        una opresión en el pecho
        me pesa el pecho
        me arde el pecho
        ardor en el pecho
        una punzada en el pecho
        punzadas en el pecho
        un pinchazo en el pecho
        pinchazos en el pecho
        me pincha el pecho
        dolor torácico
        una presión en el pecho
        un dolor fuerte en el pecho
        me duele el pecho al respirar
        el pecho me duele
        el pecho cerrado
        tengo el pecho cerrado
      `,
      cues: lines`
        pecho tórax torácic* esternón corazón + dol* duel* presión* opresión* oprim* aprieta* apret* pesad* pesa peso quema* arde* ardor* punzada* pinchaz* pincha* cerrado
      `,
    },
    breathless: {
      phrases: lines`
        falta de aire
        me falta el aire
        me falta aire
        no puedo respirar
        no puedo recuperar el aliento
        me cuesta respirar
        dificultad para respirar
        tengo dificultad para respirar
        me ahogo
        me estoy ahogando
        sensación de ahogo
        ahogo
        sin aliento
        estoy sin aliento
        respiro mal
        respiro con dificultad
        me silba el pecho
        me duele al respirar
        duele al respirar
        no me entra el aire
        sin aire
        no puedo coger aire
        me falta la respiración
        no puedo respirar bien
        me estoy asfixiando
        me asfixio
        me quedo sin aire
        me estoy quedando sin aire
        me quedé sin aire
        me he quedado sin aire
        no me llega el aire
        casi no puedo respirar
        no puedo tomar aire
        jadeando
        me falta el aliento
        falta de aliento
        me cuesta mucho respirar
        no me alcanza el aire
        me cuesta trabajo respirar
        respiro muy mal
        no puedo respirar hondo
        no puedo respirar profundo
        me cuesta coger aire
        respiro fatal
      `,
      cues: lines`
        ~respir* ~aliento ~entra_el_aire ~llega_el_aire
        ~entra* ~llega* + aire
        ahog* asfixi* jade* sin_aliento sin_aire
        cuest* dificultad* difícil* trabajo mal fatal + respir*
        falt* + aire aliento respiración
        respir* + duel* dol*
      `,
    },
    'radiating-pain': {
      phrases: lines`
        dolor que se extiende a la mandíbula o al brazo
        dolor en la mandíbula
        me duele la mandíbula
        el dolor me llega a la mandíbula
        dolor que sube a la mandíbula
        dolor que va a la mandíbula
        dolor en el cuello y la mandíbula
        me duele el brazo izquierdo
        dolor en el brazo izquierdo
        el dolor se va al brazo
        el dolor se extiende al brazo
        me duelen el brazo y la mandíbula
        el dolor se está extendiendo
        el dolor se extiende
        dolor irradiado
        el dolor de espalda se extiende
        me duele la mandíbula y la espalda
        el dolor me llega al brazo izquierdo
      `,
      cues: lines`
        mandíbula* quijada* + dol* duel*
        brazo* + izquierd* + dol* duel*
        irradi* extiend* corre* + dolor* brazo* mandíbula*
      `,
    },
    'sweating-nausea': {
      phrases: lines`
        sudor frío o náuseas
        sudor frío
        tengo sudor frío
        sudores fríos
        estoy sudando
        sudando
        sudor
        estoy empapado en sudor
        estoy empapada en sudor
        náuseas
        tengo náuseas
        ganas de vomitar
        tengo ganas de vomitar
        voy a vomitar
        creo que voy a vomitar
        el estómago revuelto
        tengo el estómago revuelto
        sudo y tengo náuseas
        sudor y náuseas
        sudoración fría
        estoy revuelto
        estoy revuelta
        tengo mal cuerpo
      `,
      cues: lines`
        sudo* sudan* sudor* transpir* náusea* nausea* vomit* arcada* revuelto* revuelta* empapad*
        mal_cuerpo ganas_de_vomitar
      `,
    },
    faint: {
      phrases: lines`
        sensación de desmayo
        me voy a desmayar
        creo que me voy a desmayar
        siento que me desmayo
        siento que me voy a desmayar
        me estoy desmayando
        lipotimia
        me está dando una lipotimia
        se me baja la presión
        me bajó la presión
        se me bajó la presión
        me está bajando la presión
        me baja la tensión
        me está bajando la tensión
        se me ha bajado la tensión
        una bajada de tensión
        veo negro
        lo veo todo negro
        estoy a punto de desmayarme
      `,
      cues: lines`
        desmay* desvanec* desvanezc* lipotimia*
        presión tensión + baj* bajó bajón*
        veo_negro todo_negro
      `,
    },
    numbness: {
      phrases: lines`
        entumecimiento
        adormecimiento
        se me duerme el brazo
        se me duermen las manos
        tengo el brazo dormido
        brazo dormido
        mano dormida
        tengo la mano dormida
        tengo los dedos dormidos
        no siento los dedos
        no siento la mano
        no siento el brazo
        tengo el brazo entumecido
        brazo entumecido
        manos entumecidas
        se me entumece el brazo
        pierna dormida
        tengo la pierna dormida
        pérdida de sensibilidad
        sin sensibilidad en la mano
        no tengo sensibilidad en la mano
        entumecido
        entumecida
        se me ha dormido el brazo
        se me ha dormido la mano
        tengo el brazo acorchado
        acorchado
        se me duerme la mano
        se me duermen los dedos
        se me duerme la pierna
        se me duermen las piernas
        se me han dormido los dedos
        se me ha dormido la pierna
        se me han dormido las manos
        se me durmió el brazo
        se me durmió la mano
        se me durmieron los dedos
        se me durmió la pierna
        se me durmieron las manos
        se me está durmiendo el brazo
        se me está durmiendo la mano
        se me están durmiendo los dedos
        tengo las manos dormidas
        tengo las piernas dormidas
        tengo la mano entumecida
        tengo los dedos entumecidos
        tengo la pierna entumecida
        tengo las manos entumecidas
        se me entumece la mano
        se me entumecen los dedos
        se me entumece la pierna
        no siento la pierna
        no siento las piernas
        no siento las manos
        no siento mis dedos
        no siento mi mano
        no siento mi brazo
        no siento nada en la mano
        no siento nada en los dedos
        no noto los dedos
        no noto la mano
        no noto el brazo
        no tengo sensibilidad en los dedos
        no tengo sensibilidad en el brazo
        he perdido la sensibilidad en la mano
        perdí la sensibilidad en la mano
        el brazo dormido
        la mano dormida
        los dedos dormidos
        la pierna dormida
        el brazo entumecido
        la mano entumecida
        los dedos entumecidos
        el brazo adormecido
        la mano adormecida
        tengo el brazo adormecido
        tengo la mano adormecida
        se me adormece el brazo
        se me adormece la mano
        se me adormecen los dedos
        adormecido
        adormecida
        tengo el brazo como dormido
        tengo la mano como dormida
        el brazo como dormido
        me quedé sin fuerza en la mano
        tengo la mano acorchada
        tengo los dedos acorchados
        se me acorcha el brazo
        se me acorcha la mano
        se me acorchan los dedos
        acorchada
      `,
      cues: lines`
        entumec* dormid* durmi* duerm* adormec* acorch*
        ~sient* ~sent* ~not* + brazo* mano* dedo* pierna* pie*
        sensibilidad + perd* perdí*
        ~sensibilidad
      `,
    },
    tingling: {
      phrases: lines`
        hormigueo
        hormigueos
        tengo hormigueo
        siento hormigueo
        hormigueo en el brazo
        hormigueo en las manos
        hormigueo en los dedos
        me hormiguea el brazo
        me hormiguean las manos
        me hormiguean los dedos
        me hormiguean las piernas
        cosquilleo
        cosquilleo en las manos
        tengo cosquilleo en el brazo
        siento como agujas
        como agujas en la mano
        como si me picaran agujas
        me hormiguea la mano
        me hormiguea
        me hormiguea la pierna
        me hormiguean los pies
        me hormiguea el pie
        me hormiguea todo el brazo
        hormigueo en la mano
        hormigueo en la pierna
        hormigueo en las piernas
        hormigueo en los pies
        un hormigueo
        un hormigueo en el brazo
        un hormigueo en la mano
        un hormigueo en los dedos
        un hormigueo en la pierna
        cosquilleo en los dedos
        cosquilleo en el brazo
        un cosquilleo
        un cosquilleo en los dedos
        me cosquillea la mano
        me cosquillean los dedos
        cosquillas en los dedos
        cosquillas en la mano
        como hormigas
        como hormigas en la mano
        agujas en los dedos
        como agujas en los dedos
        hormiguitas
        como hormiguitas
        como hormiguitas en la mano
      `,
      cues: lines`
        hormigu* cosquill* agujas*
      `,
    },
    weakness: {
      phrases: lines`
        debilidad en el brazo
        debilidad
        débil
        tengo el brazo débil
        siento el brazo débil
        noto el brazo débil
        brazo débil
        brazos débiles
        tengo la mano débil
        no tengo fuerza en la mano
        no tengo fuerza en el brazo
        sin fuerza
        sin fuerza en el brazo
        no puedo agarrar nada
        no puedo sujetar nada
        no puedo levantar el brazo
        no puedo subir el brazo
        no puedo mover el brazo
        el brazo no me responde
        tengo la pierna débil
        las piernas me fallan
        se me doblan las piernas
        debilidad en la pierna
        me he quedado sin fuerza en el brazo
        no tengo fuerza en los dedos
        no tengo fuerza en la pierna
        no tengo fuerza en las piernas
        no tengo fuerza en las manos
        sin fuerza en la mano
        sin fuerza en las piernas
        se me caen las cosas de la mano
        se me cae todo de las manos
        no puedo cerrar la mano
        no puedo mover la mano
        no puedo mover los dedos
        no puedo mover la pierna
        no puedo levantar la mano
        no puedo apretar la mano
        no puedo apretar nada
        la mano no me responde
        la pierna no me responde
        las piernas no me responden
        los dedos no me responden
        no me responde el brazo
        no me responde la mano
        pierdo fuerza en el brazo
        pierdo fuerza en la mano
        estoy perdiendo fuerza en el brazo
        he perdido fuerza en el brazo
        perdí fuerza en el brazo
        se me va la fuerza del brazo
        el brazo débil
        la mano débil
        la pierna débil
        las piernas débiles
        los brazos débiles
        tengo las piernas débiles
        se me doblan las rodillas
        me fallan las rodillas
        el brazo paralizado
        tengo el brazo paralizado
        se me paraliza el brazo
        parálisis
      `,
      cues: lines`
        débil* debilidad flojo* floja* + brazo* mano* pierna* dedo*
        ~fuerza* + brazo* mano* pierna* dedo*
        fuerza* + perd* pierdo perdí* va + brazo* mano* pierna* dedo*
        ~agarr* ~sujet* ~levant* ~mov* ~muev* ~apret* ~cerrar ~subir + brazo* mano* pierna* dedo* nada
        paraliz* parálisis
        fallan doblan + piernas rodillas
      `,
    },
    'shooting-pain': {
      phrases: lines`
        dolor punzante
        dolor agudo en el brazo
        un dolor agudo
        dolor agudo
        dolor agudo que baja por el brazo
        me baja un dolor por el brazo
        un dolor me baja por el brazo
        dolor bajando por el brazo
        dolor que me corre por el brazo
        dolor quemante en el brazo
        ardor que baja por el brazo
        una descarga
        como una descarga eléctrica
        una descarga eléctrica
        un calambre en el brazo
        calambre en el brazo
        dolor de nervio
        un dolor punzante
        una punzada
        punzada
        un pinchazo
        pinchazo
        dolor repentino y fuerte
        un latigazo
        latigazo
        me ha dado un latigazo
        me da calambre
        el dolor baja por el brazo
        el dolor me baja por el brazo
        un dolor que baja por el brazo
      `,
      cues: lines`
        fulgurant* punzante* descarga* eléctric* latigazo* calambr* corrient*
        nervio* + dol* duel* pinzad*
        baja* corre* bajando + brazo* mano* dedo*
      `,
    },
    dizzy: {
      phrases: lines`
        mareo
        mareado
        mareada
        estoy mareado
        estoy mareada
        me mareo
        me estoy mareando
        me siento mareado
        me siento mareada
        me da vueltas la cabeza
        todo me da vueltas
        todo da vueltas
        vértigo
        tengo vértigo
        inestable
        me tambaleo
        veo borroso
        veo estrellitas
        se me nubla la vista
        mareos
        la habitación da vueltas
        me voy a marear
        la cabeza me da vueltas
        me da vueltas todo
        estoy como mareado
        estoy como mareada
        un mareo
        me dio un mareo
        se me va la cabeza
        aturdido
        aturdida
        me voy a caer
        siento que me caigo
        siento que me mareo
        muy mareado
        muy mareada
        un poco mareado
        un poco mareada
      `,
      cues: lines`
        mare* vértig* aturdid* inestable tambale* borros* nubla*
        vueltas + cabeza todo habitación cuarto
        estrellitas
      `,
    },
    fever: {
      phrases: lines`
        fiebre
        tengo fiebre
        tengo calentura
        tengo temperatura
        fiebre alta
        escalofríos
        tengo escalofríos
        me siento con fiebre
      `,
      cues: lines`
        fiebre* calentura* temperatura* escalofrí* tiritando
      `,
    },
    'bladder-bowel': {
      phrases: lines`
        pérdida de control de la vejiga o el intestino
        no puedo controlar la vejiga
        no controlo la orina
        se me escapa la orina
        me he hecho pis encima
        no puedo controlar el intestino
        no controlo las heces
        incontinencia
        no puedo orinar
      `,
      cues: lines`
        vejiga* intestin* orina* heces pis + ~control* ~aguant* ~reten* escap*
        incontinen*
        ~orinar ~hacer_pis
      `,
    },
    'weight-loss': {
      phrases: lines`
        pérdida de peso sin motivo
        estoy perdiendo peso sin querer
        he perdido peso sin querer
        he adelgazado sin motivo
        bajé de peso sin querer
      `,
      cues: lines`
        peso + perd* perdí* baj* + sin_querer sin_motivo sin_razón motivo razón
        adelgaz* + sin_motivo sin_querer sin_razón
      `,
    },
    pain: {
      phrases: lines`
        dolor
        me duele
        eso duele
        esto duele
        duele
        duele mucho
        me duele mucho
        me está doliendo
        me hace daño
        me está haciendo daño
        eso me hace daño
        es doloroso
        doloroso
        muy doloroso
        ay
        au
        me duele la espalda
        me duele el hombro
        me duele el cuello
        dolor de espalda
        dolor en la espalda
        tengo dolor
        duele bastante
      `,
      cues: lines`
        duel* dol* doloros* ay au
      `,
    },
    discomfort: {
      phrases: lines`
        molestia
        molestias
        me molesta
        incómodo
        es incómodo
        un poco incómodo
        demasiado
        es demasiado
        esto es demasiado
        es mucho
        demasiado intenso
        demasiado fuerte
        demasiado difícil
        es muy difícil
        tira demasiado
        me tira mucho
        está tirando demasiado
        me molesta un poco
        tensión
        demasiado tenso
        tirante
        muy tirante
        me pellizca
        no puedo hacer este
        no puedo con este
        no me sale
        agujetas
        tengo agujetas
        dolorido
        estoy dolorido
        estoy dolorida
        me tira
        tira
        tira mucho
        me está tirando
        un tirón
        tirantez
        una tirantez
        me tira un poco
      `,
      cues: lines`
        incómod* molest* tir* tensión* tens* demasiad* agujeta* pellizc* cuesta* forzad* cargad*
      `,
    },
  },
  regions: {
    'es-MX': AMERICAS,
    'es-US': AMERICAS,
  },
};

export default vocabulary;
