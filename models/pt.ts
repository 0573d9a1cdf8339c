import vocabulary from '../lambda/src/understanding/vocabulary/pt';
import { lines, variants, type LanguageModelSource } from './define';

/** Brazilian Portuguese, as people in Brazil talk to Alexa: "tô", "pra", "me fala", "bora". */
const model: LanguageModelSource = {
  invocationName: 'costas em dia',
  vocabulary,
  intents: {
    StartRoutineIntent: {
      slots: { routine: 'RoutineName' },
      samples: [
        ...lines`
          começar uma rotina
          começa uma rotina
          iniciar uma rotina
          inicia uma rotina
          vamos alongar
          bora alongar
          quero alongar
          quero me alongar
          preciso alongar
          preciso me alongar
          quero alongar as costas
          quero alongar a parte de cima das costas
          me guia no alongamento
          alonga comigo
          me dá uns exercícios
          algo para as costas
          alguma coisa pra parte de cima das costas
          quero fazer alongamento
          fazer alongamento
          {routine}
          {routine} por favor
          a {routine}
          a {routine} por favor
          uma {routine}
          começa a {routine}
          começar a {routine}
          comece a {routine}
          começa {routine}
          inicia a {routine}
          iniciar a {routine}
          inicie a {routine}
          faz a {routine}
          fazer a {routine}
          faça a {routine}
          faz uma {routine}
          fazer uma {routine}
          quero a {routine}
          quero fazer a {routine}
          quero fazer uma {routine}
          quero uma {routine}
          queria fazer a {routine}
          eu queria a {routine}
          gostaria de fazer a {routine}
          vamos fazer a {routine}
          vamos de {routine}
          vamos com a {routine}
          bora fazer a {routine}
          bora de {routine}
          pode ser a {routine}
          me dá a {routine}
          me guia na {routine}
          preciso de uma {routine}
          escolho a {routine}
          prefiro a {routine}
          melhor a {routine}
          muda para a {routine}
          muda pra {routine}
          troca para a {routine}
          troca pra {routine}
          coloca a {routine}
          na verdade a {routine}
          quero fazer {routine}
          vamos fazer {routine}
          essa {routine}
          quero essa {routine}
          prefiro essa {routine}
        `,
      ],
    },
    ListRoutinesIntent: {
      slots: {},
      samples: [
        ...lines`
          quais rotinas tem
          quais são as rotinas
          que rotinas você tem
          quais rotinas você tem
          o que você tem
          o que eu posso fazer
          o que mais eu posso fazer
          quais são as opções
          quais as opções
          que opções eu tenho
          lista as rotinas
          me fala as rotinas
          me diz as rotinas
          que exercícios você tem
          que alongamentos tem
          que tipo de rotina você tem
          quantas rotinas tem
          qual rotina eu devo fazer
          qual rotina escolher
          me apresenta as rotinas
          as opções
          as rotinas
          que rotinas tem
          o que você sugere
        `,
        ...variants`
          (o que|que rotinas|que exercícios|que alongamentos) você (tem|sugere|recomenda|me sugere)
          (o que|que) (tem|você tem) (de rotina|de exercício|pra fazer)
        `,
      ],
    },
    RoutineProgressIntent: {
      slots: {},
      samples: [
        ...lines`
          quanto falta
          quanto tempo falta
          quantos faltam
          quantos exercícios faltam
          quantos alongamentos faltam
          faltam muitos exercícios
          em que parte a gente está
          onde a gente está
          onde a gente tá
          já está acabando
          tá acabando
          o que falta
          quanto tempo ainda
          quanto tempo mais
        `,
        ...variants`
          (falta|ainda falta) (muito|pouco) (|pra acabar|para terminar)
          (tá|está) (quase|perto de) (acabando|terminando|acabar|terminar)
        `,
      ],
    },
    SetVerbosityIntent: {
      slots: { verbosity: 'Verbosity' },
      samples: lines`
        {verbosity}
        {verbosity} por favor
        por favor {verbosity}
        modo {verbosity}
        passa para {verbosity}
        quero {verbosity}
        prefiro {verbosity}
        pode ser {verbosity}
        me dá {verbosity}
        de agora em diante {verbosity}
        a partir de agora {verbosity}
        instruções {verbosity}
        quero instruções {verbosity}
        pode falar {verbosity}
        agora {verbosity}
        só {verbosity}
      `,
    },
    SetPaceIntent: {
      slots: { pace: 'Pace' },
      samples: lines`
        {pace}
        {pace} por favor
        faz {pace}
        faça {pace}
        vamos {pace}
        quero fazer {pace}
        prefiro {pace}
        de agora em diante {pace}
        os exercícios {pace}
        faz os exercícios {pace}
        pode ir {pace}
        vai {pace}
        segue {pace}
        a partir de agora {pace}
        quero {pace}
      `,
    },
    SafetyQuestionIntent: {
      slots: { topic: 'SafetyTopic', symptom: 'Symptom' },
      samples: [
        ...lines`
          {topic}
          posso {topic}
          pode {topic}
          é seguro {topic}
          é perigoso {topic}
          é normal {topic}
          é grave {topic}
          faz mal {topic}
          tudo bem {topic}
          é melhor {topic}
          devo {topic}
          preciso {topic}
          tenho que {topic}
          e se {topic}
          o que acontece se {topic}
          o que eu faço se {topic}
          me fala sobre {topic}
          me fala de {topic}
          me fale sobre {topic}
          me conta sobre {topic}
          posso tomar {topic}
          posso usar {topic}
          o que é {topic}
          tenho uma pergunta sobre {topic}
          uma pergunta sobre {topic}
          pergunta de segurança sobre {topic}
          {topic} é perigoso
          {topic} é normal
          dicas sobre {topic}
          quero saber {topic}
          queria saber {topic}
          eu queria saber {topic}
          me explica {topic}
          o que você sabe sobre {topic}
          tô preocupado com {topic}
          tô preocupada com {topic}
          estou preocupado com {topic}
          estou preocupada com {topic}
          # Um sintoma perguntado, não relatado: aqui cada valor de Symptom é uma pergunta.
          e se eu tiver {symptom}
          e se eu sentir {symptom}
          e se der {symptom}
          o que eu faço se tiver {symptom}
          o que fazer se tiver {symptom}
          o que acontece se eu tiver {symptom}
          é normal ter {symptom}
          é normal sentir {symptom}
          é grave ter {symptom}
          o que fazer em caso de {symptom}
          e em caso de {symptom}
        `,
        ...variants`
          (é|mas é) (grave|normal|perigoso) se (|eu) (tiver|sentir) {symptom}
          (o que eu faço|o que faço|o que devo fazer) (se|quando) (|eu) (tiver|sentir) {symptom}
          (você é|você não é|mas você é) {topic}
        `,
      ],
    },
    ReportSymptomIntent: {
      slots: { symptom: 'Symptom' },
      samples: [
        ...lines`
          {symptom}
          tô com {symptom}
          estou com {symptom}
          tenho {symptom}
          sinto {symptom}
          tô sentindo {symptom}
          estou sentindo {symptom}
          me deu {symptom}
          deu {symptom}
          bateu {symptom}
          tô {symptom}
          estou {symptom}
          me sinto {symptom}
          tô me sentindo {symptom}
          estou me sentindo {symptom}
          acho que tô com {symptom}
          acho que estou com {symptom}
          acho que tô {symptom}
          de repente {symptom}
          de repente me deu {symptom}
          comecei a sentir {symptom}
          esse exercício me dá {symptom}
          com esse exercício me deu {symptom}
          tá me dando {symptom}
          percebi {symptom}
        `,
        ...variants`
          (acho|parece|sinto) que {symptom}
          (tô com|tenho|sinto) (tipo|um pouco de|uma) {symptom}
          (ai|ui|nossa|meu deus) {symptom}
          (desde ontem|desde hoje cedo|hoje) (tô com|sinto|tenho) {symptom}
        `,
      ],
    },
    SetReminderIntent: {
      slots: { days: 'ReminderDays', moreDays: 'ReminderDays', time: 'AMAZON.TIME' },
      samples: [
        ...lines`
          cria um lembrete de alongamento
          crie um lembrete de alongamento
          cria um lembrete para alongar
          coloca um lembrete de alongamento
          põe um lembrete para eu alongar
          quero um lembrete de alongamento
          quero um lembrete para alongar
          adiciona um lembrete de alongamento
          configura um lembrete de alongamento
          cria um lembrete
          quero um lembrete diário
          cria um lembrete {days}
          cria um lembrete às {time}
          cria um lembrete {days} às {time}
          cria um lembrete de alongamento {days} às {time}
          às {time}
          {time}
          {days}
          {days} às {time}
          {days} ao {time}
          {days} e {moreDays} às {time}
        `,
        ...variants`
          (me lembra|me lembre) (|de alongar|de me alongar|de fazer alongamento|de fazer meus alongamentos) {days}
          (me lembra|me lembre) (|de alongar|de me alongar|de fazer alongamento|de fazer meus alongamentos) às {time}
          (me lembra|me lembre) (|de alongar|de me alongar|de fazer alongamento|de fazer meus alongamentos) {days} às {time}
          (me lembra|me lembre) (|de alongar|de fazer alongamento) {days} ao {time}
          (me lembra|me lembre) (|de alongar|de fazer alongamento) {days} e {moreDays} às {time}
        `,
      ],
    },
    ChangeReminderIntent: {
      slots: { days: 'ReminderDays', moreDays: 'ReminderDays', time: 'AMAZON.TIME' },
      samples: [
        ...lines`
          muda meu lembrete
          mude meu lembrete
          muda o lembrete de alongamento
          altera meu lembrete
          muda o horário do meu lembrete
          troca o horário do lembrete
          remarca meu lembrete
          melhor me lembrar às {time}
        `,
        ...variants`
          (muda|passa|troca|altera) (meu|o) lembrete (para as|pras|para o|pro) {time}
          (muda|passa|troca|altera) (meu|o) lembrete para {days}
          (muda|passa|troca|altera) (meu|o) lembrete para {days} às {time}
          (muda|passa) (meu|o) lembrete para {days} e {moreDays}
        `,
      ],
    },
    ListRemindersIntent: {
      samples: [
        ...lines`
          quais lembretes eu tenho
          quais são meus lembretes
          quais são os meus lembretes
          qual é meu lembrete
          qual é o meu lembrete
          que lembretes eu tenho
          eu tenho algum lembrete
          tenho algum lembrete
          tenho lembrete de alongamento
          quando é meu lembrete
          que horas é meu lembrete
          que horas é o lembrete
          quando você vai me lembrar
          me fala meus lembretes
          lê meus lembretes
          verifica meus lembretes
          meus lembretes
        `,
      ],
    },
    CancelReminderIntent: {
      samples: [
        ...lines`
          para de me lembrar
          pare de me lembrar
          para de me lembrar de alongar
          não quero mais lembrete
          não quero mais lembretes
          chega de lembrete
        `,
        ...variants`
          (cancela|cancele|apaga|apague|exclui|remove|desativa) (meu|o) lembrete (|de alongamento)
          (cancela|apaga|exclui) meus lembretes
        `,
      ],
    },
    'AMAZON.NextIntent': {
      samples: [
        ...lines`
          próximo exercício
          próximo alongamento
          o próximo exercício
          vai para o próximo
          passa para o próximo
          pode passar
          pode seguir
          segue
          seguir
          vamos seguir
          tô pronto
          tô pronta
          estou pronto
          estou pronta
          pronto
          pronta
          feito
          terminei
          acabei
          já fiz
          já terminei
          pula esse
          pula esse exercício
          o que vem depois
          e agora
          vai
          vamos
          bora
          ok pode ir
          próximo por favor
          tô na posição
          estou na posição
          já tô na posição
          em posição
        `,
        ...variants`
          (qual é o|o que vem) (próximo|depois|agora)
          (tô|estou) (pronto|pronta) (pro próximo|para o próximo|pra seguir)
          (passa|vamos) (pro próximo|para o próximo|pro seguinte|para o seguinte)
          (pronto|pronta|tô pronto|tô pronta|ok) (vamos|pode ir|pode seguir|bora)
        `,
      ],
    },
    'AMAZON.PreviousIntent': {
      samples: [
        ...lines`
          voltar
          volta
          volta um
          exercício anterior
          o exercício anterior
          o de antes
          o anterior
          volta pro anterior
        `,
        ...variants`
          (volta|voltar|vamos voltar) (para o exercício anterior|pro exercício anterior|para o anterior|pro de antes)
          (o exercício|o alongamento) (anterior|de antes) (|por favor)
        `,
      ],
    },
    'AMAZON.RepeatIntent': {
      samples: [
        ...lines`
          de novo
          mais uma vez
          outra vez
          faz de novo
          repete o exercício
          repete esse
          fala de novo
          o quê
          o que você disse
          pode repetir
        `,
        ...variants`
          (repete|refaz|faz) (esse|esse exercício|o exercício) (de novo|mais uma vez|outra vez)
          (não entendi|não ouvi|não ouvi direito)
          (pode|poderia) (repetir|falar de novo|fazer de novo)
        `,
      ],
    },
    'AMAZON.StartOverIntent': {
      samples: lines`
        começar de novo
        começa de novo
        do começo
        desde o começo
        recomeça a rotina
        começa a rotina do zero
        volta pro começo
      `,
    },
    'AMAZON.PauseIntent': {
      samples: [
        ...lines`
          espera
          espera aí
          um minuto
          um momento
          me dá um minuto
          dá uma pausa
          faz uma pausa
          pausa a rotina
        `,
        ...variants`
          (espera|me espera) (um pouco|um segundo|um instante|um pouquinho|um minutinho|um segundinho)
          (me dá|deixa eu tomar) (um minuto|um instante|um fôlego)
          (posso|podemos) (dar uma pausa|fazer uma pausa|descansar um pouco)
        `,
      ],
    },
    'AMAZON.ResumeIntent': {
      samples: [
        ...lines`
          continua
          continue
          continuar
          vamos continuar
          retoma
          retomar
          retoma a minha rotina
          continua de onde eu parei
          continuar de onde eu parei
          volta pra rotina
          continua o exercício
          continua a minha rotina
        `,
        ...variants`
          (posso|podemos|quero|queria|vamos) (retomar|continuar) (|de onde parei|de onde eu parei)
          (continua|retoma) (de onde a gente parou|de lá|daí)
          (voltei|tô de volta|estou de volta|pronto voltei)
        `,
      ],
    },
    'AMAZON.YesIntent': {},
    'AMAZON.NoIntent': {},
    'AMAZON.HelpIntent': {},
    'AMAZON.StopIntent': {
      samples: [
        ...lines`
          pare a rotina
          para a rotina
          encerra a rotina
          termina a rotina
          fim da rotina
          por hoje chega
          chega por hoje
          vamos parar por aqui
          paro por aqui
          terminei por hoje
          quero parar
          quero terminar a rotina
        `,
        ...variants`
          (já|acho que já) (deu|chega) (|por hoje)
          (fiz|já fiz) o suficiente (|por hoje)
          (por hoje|hoje) (chega|é só|é isso)
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
        pausa no escritório
        escritório
        a pausa no escritório
        pausa do escritório
        rotina do escritório
        alongamento no escritório
        exercícios no escritório
        rápida
        algo rápido
        uma coisa rápida
        um alongamento rápido
        uma rotina rápida
        rotina rápida
        alongamento de um minuto
        poucos minutos
        tô no escritório
        estou no trabalho
        no escritório
        no trabalho
        na cadeira
        sentado
        sentada
        tô sentado
        tô sentada
        na frente do computador
        no computador
        home office
        a mais curta
        a mais rápida
        curtinha
        uma rotina curta
        algo curto
      `,
      morning: lines`
        rotina da manhã
        manhã
        da manhã
        de manhã
        rotina matinal
        matinal
        alongamento da manhã
        mobilidade
        mobilidade da manhã
        no chão
        no tapete
        no meu tapete
        tapete
        tapetinho
        tapete de yoga
        tenho um tapete
        acabei de acordar
        logo cedo
        pra começar o dia
        para começar bem o dia
        antes do trabalho
      `,
      gentle: lines`
        rotina leve
        leve
        de leve
        bem de leve
        alongamento leve
        alongamentos leves
        suave
        rotina suave
        iniciante
        pra iniciantes
        sou iniciante
        tô começando agora
        é a minha primeira vez
        primeira vez
        fácil
        algo fácil
        um alongamento fácil
        costas sensíveis
        hoje minhas costas estão sensíveis
        um dia ruim
        sem equipamento
        não tenho equipamento
        tranquila
        algo tranquilo
        relaxante
        a mais leve
        a mais fácil
      `,
      full: lines`
        rotina completa
        completa
        a completa
        rotina completa para as costas
        a rotina completa para a parte de cima das costas
        sessão completa
        treino completo
        longa
        uma rotina longa
        rotina longa
        a longa
        tudo
        todos os alongamentos
        avançado
        avançada
        dez minutos
        um quarto de hora
        rolo
        rolo de espuma
        tenho um rolo de espuma
        com o rolo
        rolinho
        foam roller
        a mais longa
        a mais completa
      `,
    },
    Verbosity: {
      brief: lines`
        menos detalhes
        menos explicação
        menos conversa
        fala menos
        você fala demais
        instruções curtas
        instruções mais curtas
        versão curta
        a versão curta
        resumido
        resumida
        mais resumido
        mais curto
        seja breve
        só o essencial
        o essencial
        sem explicação
        para de explicar
        não precisa explicar tudo
        o mínimo
        só os lembretes
        lembretes curtos
      `,
      detailed: lines`
        mais detalhes
        mais detalhado
        detalhado
        detalhada
        com detalhes
        instruções detalhadas
        todos os passos
        explica mais
        me explica tudo
        mais explicação
        fala mais
        versão longa
        a versão longa
        todas as instruções
        todos os detalhes
        mais instruções
        explica cada exercício
      `,
    },
    Pace: {
      flow: lines`
        direto
        sem parar
        tudo seguido
        seguido
        em sequência
        tudo em sequência
        sem pausa
        sem pausas
        sem interrupção
        um atrás do outro
        um depois do outro
        não precisa me esperar
        emendando
        de uma vez
        direto sem parar
      `,
      step: lines`
        um de cada vez
        um por vez
        um exercício de cada vez
        passo a passo
        no meu ritmo
        no meu tempo
        me espera
        me espera depois de cada exercício
        espera entre um exercício e outro
        exercício por exercício
        um lado de cada vez
      `,
    },
    ReminderDays: {
      daily: lines`
        todos os dias
        todo dia
        todo santo dia
        diariamente
        cada dia
      `,
      weekdays: lines`
        de segunda a sexta
        de segunda a sexta feira
        de segunda até sexta
        dias úteis
        nos dias úteis
        em dias úteis
        todo dia útil
        durante a semana
        nos dias de semana
        dia de semana
      `,
      weekend: lines`
        no fim de semana
        nos fins de semana
        fim de semana
        fins de semana
        todo fim de semana
        no final de semana
        nos finais de semana
        final de semana
      `,
      mon: lines`
        segunda
        segunda feira
        segundas
        às segundas
        toda segunda
        toda segunda feira
        na segunda
        nas segundas
      `,
      tue: lines`
        terça
        terça feira
        terças
        às terças
        toda terça
        toda terça feira
        na terça
        nas terças
      `,
      wed: lines`
        quarta
        quarta feira
        quartas
        às quartas
        toda quarta
        toda quarta feira
        na quarta
        nas quartas
      `,
      thu: lines`
        quinta
        quinta feira
        quintas
        às quintas
        toda quinta
        toda quinta feira
        na quinta
        nas quintas
      `,
      fri: lines`
        sexta
        sexta feira
        sextas
        às sextas
        toda sexta
        toda sexta feira
        na sexta
        nas sextas
      `,
      sat: lines`
        sábado
        sábados
        aos sábados
        todo sábado
        no sábado
        nos sábados
      `,
      sun: lines`
        domingo
        domingos
        aos domingos
        todo domingo
        no domingo
        nos domingos
      `,
    },
  },
  locales: {
    'pt-BR': {},
  },
};

export default model;
