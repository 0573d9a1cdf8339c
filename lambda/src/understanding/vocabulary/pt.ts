import { lines, words } from '../lines';
import type { Vocabulary } from '../vocabulary';

/**
 * Brazilian Portuguese, as it is spoken to Alexa: "tô", "tá", "pro", "pra" as well as the
 * written forms. Folded, "é" (is) is "e" (and), which ends a denial's reach, so "sem febre
 * e o braço tá dormente" is numbness; the price is that "o braço não é dormente" is heard as
 * numbness too, which errs on the safe side (as in Italian). "dor" is listed word by word,
 * never as a stem: "dor*" would hear "dormente" and "dormi" as pain.
 */
const vocabulary: Vocabulary = {
  grammar: {
    negations: words`não nao nem nenhum nenhuma nada nunca sem jamais`,
    hedges: words`não_sei sei_lá não_tenho_certeza não_faço_ideia nada_mal não_é_nada_demais`,
    clauseBreaks: words`mas porém só_que entretanto contudo senão exceto tirando`,
    scopeBreaks: words`e depois então agora também só somente eu`,
    notSigns: words`
      analgésic* anti_inflamatóri* antiinflamatóri* relaxante_muscular pronto_socorro upa
      frequência_cardíaca batimento* pulsação pulso
      abertura_do_peito abrir_o_peito abre_o_peito joelho_no_peito joelhos_no_peito joelho_ao_peito joelhos_ao_peito
      dormi dormir dormindo
    `,
  },
  topics: {
    'crack-safe': {
      phrases: lines`
        estalar as costas
        estalar a coluna
        estalar as minhas costas
        estalar minhas costas
        estalar a parte de cima das costas
        estalar as costas sozinho
        estalar as costas sozinha
        fazer as costas estalarem
        girar o corpo para estalar as costas
        posso estalar as costas
        posso estalar minhas costas
        é seguro estalar as costas
        é perigoso estalar as costas
        faz mal estalar as costas
        tudo bem estalar as costas
        devo estalar as costas
        estalar a coluna faz mal
        estalar
        o estalo das costas
      `,
      cues: lines`
        estal* + costas coluna pescoço vértebra* sozinh* mesmo
      `,
    },
    'crack-why': {
      phrases: lines`
        por que as costas estalam
        por que minhas costas estalam
        por que minha coluna estala
        por que estala
        por que as articulações estalam
        de onde vem o estalo
        de onde vem esse barulho
        o que é esse estalo
        o que é esse barulho
        o barulho nas costas
        o estalo
        esse estalo
        o barulhinho
        as costas estalando
        é normal as costas estalarem
        é normal a coluna estalar
        minhas costas estalaram é normal
        por que minhas costas estalaram agora
      `,
      cues: lines`
        por_que porque porquê o_que como + estal* + costas coluna articula* barulh* som
        barulh* + costas coluna articula*
      `,
    },
    'crack-worse': {
      phrases: lines`
        estalar faz mal
        estalar piora
        estalar as costas piora
        estalar pode piorar as costas
        estalar estraga a coluna
        estalar dá artrose
        estalar as costas dá artrose
        estalar demais faz mal
        estalar afrouxa os ligamentos
        estalar a coluna é ruim
        é ruim estalar as costas
      `,
      cues: lines`
        estal* + faz_mal ruim prejudic* pior* piora* estrag* artrose artrite lesion* lesão perig* afrouxa* frouxo*
      `,
    },
    'crack-often': {
      phrases: lines`
        quantas vezes estalar as costas
        quantas vezes posso estalar as costas
        quantas vezes por dia posso estalar as costas
        com que frequência posso estalar as costas
        estalar as costas todo dia
        posso estalar as costas todo dia
        estalar toda hora
        estalar as costas várias vezes por dia
      `,
      cues: lines`
        estal* + vezes frequência todo_dia toda_hora diário diariamente quanto
      `,
    },
    'crack-someone': {
      phrases: lines`
        alguém estalar minhas costas
        outra pessoa pode estalar minhas costas
        meu marido pode estalar minhas costas
        minha esposa pode estalar minhas costas
        alguém andar nas minhas costas
        pisar nas costas
        alguém pisar nas minhas costas
        um quiropraxista
        ir ao quiropraxista
        quiropraxia
        puxar os braços para estalar
        alguém me levantar para estalar as costas
      `,
      cues: lines`
        estal* pis* andar + alguém outra outro pessoa marido esposa namorad* amig* filh* mãe pai
        quiroprax* osteopat*
      `,
    },
    'stretch-vs-crack': {
      phrases: lines`
        alongar ou estalar
        é melhor alongar ou estalar
        é melhor alongar ou estalar as costas
        alongar é melhor do que estalar
        estalar ajuda
        estalar as costas ajuda
        estalar alivia
        estalar as costas alivia a dor
        em vez de estalar
      `,
      cues: lines`
        along* + estal* + melhor ou vez lugar
        estal* + ajuda alivi* adianta serve resolve
      `,
    },
    'stretch-frequency': {
      phrases: lines`
        com que frequência alongar
        com que frequência devo alongar
        quantas vezes por semana alongar
        quantas vezes por semana devo alongar
        devo alongar todo dia
        posso alongar todo dia
        alongar todos os dias
        quantas vezes fazer a rotina
        de quanto em quanto tempo alongar
        quantas vezes por dia alongar
      `,
      cues: lines`
        frequência vezes todo_dia todos_os_dias diariamente semana* + along* rotina* exercício* isso
      `,
    },
    'hold-length': {
      phrases: lines`
        quanto tempo segurar um alongamento
        quanto tempo segurar
        quanto tempo devo segurar
        quanto tempo fico na posição
        quantos segundos segurar
        quantos segundos em cada alongamento
        quanto tempo manter o alongamento
        quanto tempo dura cada alongamento
        por quanto tempo alongar
      `,
      cues: lines`
        quanto segundos + segur* mant* fic* along* dura* posição
      `,
    },
    'warm-up': {
      phrases: lines`
        aquecer
        aquecer antes
        aquecer antes de começar
        aquecer antes de alongar
        o aquecimento
        aquecimento
        preciso aquecer
        devo aquecer antes de alongar
        precisa aquecer antes
        tenho que aquecer
        alongar sem aquecer
      `,
      cues: lines`
        aquec*
      `,
    },
    'should-hurt': {
      phrases: lines`
        alongamento tem que doer
        alongamento deve doer
        tem que doer
        é normal doer
        é para doer
        alongar dói
        alongar deveria doer
        até onde forçar
        quanto devo forçar
        é normal incomodar
      `,
      cues: lines`
        doer dói doi doendo dor + deve deveria tem_que normal precisa para
        até_onde quanto + forçar forço esticar puxar
      `,
    },
    'feel-little': {
      phrases: lines`
        não sinto nada
        não tô sentindo nada
        não estou sentindo nada
        não sinto o alongamento
        não sinto quase nada
        não sinto muita coisa
        é normal não sentir nada
        não sentir nada
        quase não sinto
      `,
      cues: lines`
        ~sint* ~sinto ~sentir ~sentindo + nada alongamento muito coisa
        sint* sinto sentir sentindo + nada
        ~dor ~dores ~doi ~dói ~doendo ~doer ~doem ~doeu
      `,
    },
    numbness: {
      phrases: lines`
        dormência ou formigamento
        a dormência
        o formigamento
        dormência no braço
        formigamento nas mãos
        dormência nas mãos
        braço dormente
        mão dormente
      `,
    },
    'shooting-pain': {
      phrases: lines`
        dor que desce pelo braço
        se a dor descer pelo braço
        uma dor que irradia para o braço
        dor que corre pelo braço
        nervo pinçado
        um nervo pinçado
        nervo preso
        ciático
        o ciático
        dor no ciático
        dor ciática
      `,
      cues: lines`
        ciátic*
        nervo + pinçad* pres* inflamad* travad*
      `,
    },
    injury: {
      phrases: lines`
        depois de uma lesão
        depois de uma queda
        eu caí
        caí
        levei um tombo
        tomei um tombo
        sofri um acidente
        bati as costas
        machuquei as costas
        torci as costas
        me machuquei
        tive uma distensão
        depois de um acidente
      `,
      cues: lines`
        caí caiu queda* tombo* acidente* pancada* batida* bati lesão lesion* machuquei machucad* escorreg* distensão distendi torci
      `,
    },
    'see-doctor': {
      phrases: lines`
        ir ao médico
        quando ir ao médico
        quando procurar um médico
        preciso ir ao médico
        devo ir ao médico
        quando devo procurar um médico
        ir ao pronto socorro
        devo ir ao pronto socorro
        quando é grave
        quando me preocupar
        é sinal de alerta
        quais são os sinais de alerta
        procurar um ortopedista
        ir ao fisioterapeuta
      `,
      cues: lines`
        médic* doutor* fisioterapeut* fisio ortopedist* hospital* pronto_socorro upa posto_de_saúde clínica*
        preocup* grave sério séria alerta sinal* + dor costas isso
      `,
    },
    causes: {
      phrases: lines`
        as causas da dor nas costas
        o que causa dor nas costas
        de onde vem a dor nas costas
        por que minhas costas doem
        por que tenho dor na parte de cima das costas
        por que minhas costas ficam travadas
        por que as costas ficam duras
        de onde vem essa tensão
        por que meus ombros ficam tensos
        o que causa rigidez nas costas
      `,
      cues: lines`
        por_que porque causa* origem vem + costas ombro* pescoço rígid* rigidez dur* tens* travad* dor dói doem
      `,
    },
    posture: {
      phrases: lines`
        a postura
        minha postura
        uma boa postura
        dicas de postura
        como melhorar a postura
        como sentar direito
        postura no trabalho
        postura no computador
        a cadeira do escritório
        ergonomia
        fico corcunda
        ombros curvados
      `,
      cues: lines`
        postur* corcund* curvad* ergonom* escritório cadeira* tela* computador* notebook celular* sentad* sentar
      `,
    },
    'heat-ice': {
      phrases: lines`
        calor ou gelo
        gelo ou calor
        quente ou frio
        frio ou quente
        o calor
        o gelo
        bolsa de água quente
        bolsa térmica
        compressa quente
        compressa fria
        bolsa de gelo
        banho quente
        posso pôr gelo
        posso usar bolsa de água quente
      `,
      cues: lines`
        calor quente* frio fria* gelo bolsa* compressa* banho* água_quente
      `,
    },
    painkiller: {
      phrases: lines`
        os analgésicos
        um analgésico
        analgésico
        remédio para dor
        um remédio para dor
        posso tomar remédio
        posso tomar um analgésico
        relaxante muscular
        um relaxante muscular
        anti inflamatório
        um anti inflamatório
        dipirona
        paracetamol
        ibuprofeno
        dorflex
        pomada
        uma pomada para dor
      `,
      cues: lines`
        analgésic* remédio* medicament* comprimido* dipirona paracetamol ibuprofeno tylenol dorflex torsilax aspirina diclofenaco pomada* relaxante* anti_inflamatóri* antiinflamatóri*
      `,
    },
    pregnancy: {
      phrases: lines`
        a gravidez
        estou grávida
        tô grávida
        grávida
        gravidez
        na gravidez
        gestante
        depois do parto
        pós parto
        estou no pós parto
        acabei de ter bebê
        estou amamentando
      `,
      cues: lines`
        grávid* gravidez gestante gestação parto pós_parto resguardo amamentand* bebê
      `,
    },
    osteoporosis: {
      phrases: lines`
        a osteoporose
        tenho osteoporose
        osteoporose
        osteopenia
        ossos fracos
        tenho ossos fracos
        ossos frágeis
      `,
      cues: lines`
        osteopor* osteopenia
        osso* + frac* frág*
      `,
    },
    surgery: {
      phrases: lines`
        depois de uma cirurgia
        fiz uma cirurgia
        fui operado
        fui operada
        operei a coluna
        fiz cirurgia na coluna
        cirurgia recente
        acabei de ser operado
        acabei de ser operada
        me operei
      `,
      cues: lines`
        cirurgi* operad* operei operação operar
      `,
    },
    disclaimer: {
      phrases: lines`
        orientação médica
        é orientação médica
        isso é orientação médica
        conselho médico
        médico
        médica
        você é médico
        você é médica
        você é um médico
        posso confiar em você
        você substitui o médico
        você faz diagnóstico
      `,
      cues: lines`
        orientação conselho* + médic*
        você voce + médic*
        diagnóstic* confiável confiar qualificad* substitui
      `,
    },
  },
  symptoms: {
    emergency: {
      phrases: lines`
        emergência
        é uma emergência
        tô numa emergência
        emergência médica
        uma emergência
        chama uma ambulância
        chame uma ambulância
        preciso de uma ambulância
        ambulância
        chama o samu
        liga pro samu
        samu
        chama socorro
        socorro
        infarto
        um infarto
        tô tendo um infarto
        acho que tô tendo um infarto
        ataque cardíaco
        um ataque cardíaco
        derrame
        um derrame
        avc
        tô tendo um derrame
        desmaiei
        perdi a consciência
        liga pro cento e noventa e dois
        o cento e noventa e dois
        tô morrendo
      `,
      cues: lines`
        emergênci* urgênci* ambulânci* samu socorro 192 cento_e_noventa_e_dois infart* ataque_cardíaco ataque_do_coração parada_cardíaca derrame avc
        desmaiei desmaiou desmaiado desmaiada perdi_a_consciência perdi_os_sentidos inconsciente morrendo morrer
      `,
    },
    'chest-pain': {
      phrases: lines`
        dor no peito
        uma dor no peito
        dor forte no peito
        tô com dor no peito
        meu peito dói
        meu peito tá doendo
        tô sentindo dor no peito
        pressão no peito
        uma pressão no peito
        aperto no peito
        um aperto no peito
        peito apertado
        peito pesado
        um peso no peito
        dor no tórax
        dor torácica
        dor no coração
        meu coração dói
        dor atrás do esterno
        queimação no peito
        meu peito tá queimando
        uma pontada no peito
        uma fisgada no peito
        algo esmagando meu peito
        como se tivesse um elefante no peito
      `,
      cues: lines`
        peito tórax torácic* esterno + dor dores doi dói doendo doer doeu aperto apert* pressão pesad* peso queima* queimação ardend* ardência pontada* fisgada* esmag* espreme* elefante pedra
        coração + dor doi dói doendo aperto apert* pontada* fisgada*
      `,
    },
    breathless: {
      phrases: lines`
        falta de ar
        tô com falta de ar
        me falta o ar
        sem ar
        tô sem ar
        não consigo respirar
        não tô conseguindo respirar
        dificuldade para respirar
        dificuldade pra respirar
        fôlego curto
        tô sem fôlego
        respirando mal
        sufocando
        tô sufocando
        ofegante
        o ar não entra
        falta o ar
      `,
      cues: lines`
        ~respir* ~ar_entra ~entra_ar ~entra_o_ar
        ~pux* ~puxo ~puxando + ar fôlego
        falt* + ar fôlego
        sufoc* ofegant* afog* sem_ar sem_fôlego
        dificuldade difícil custa mal + respir*
        respir* + dor doi dói doendo
      `,
    },
    'radiating-pain': {
      phrases: lines`
        dor que vai para o queixo ou o braço
        dor no queixo
        uma dor que sobe pro queixo
        a dor vai pro queixo
        dor na mandíbula
        dor no maxilar
        dor no braço esquerdo
        meu braço esquerdo dói
        tô com dor no braço esquerdo
        uma dor que se espalha pro braço
        dor que irradia pro braço esquerdo
        a dor vai pro braço esquerdo
      `,
      cues: lines`
        queixo mandíbula* maxilar* + dor dores doi dói doendo doer doeu
        braço* + esquerd* + dor dores doi dói doendo doer doeu
        irradi* espalh* + queixo mandíbula* maxilar* esquerd*
      `,
    },
    'sweating-nausea': {
      phrases: lines`
        suor frio ou enjoo
        suor frio
        tô suando frio
        suando frio
        tô suando
        suando muito
        tô suando muito
        enjoo
        tô enjoado
        tô enjoada
        enjoado
        enjoada
        náusea
        tô com náusea
        vontade de vomitar
        tô com vontade de vomitar
        ânsia de vômito
        vomitei
        tô encharcado de suor
        tô encharcada de suor
      `,
      cues: lines`
        suand* suor suei suad* transpir* encharcad* enjo* náuse* vomit* vômit* ânsia_de_vômito
      `,
    },
    faint: {
      phrases: lines`
        vou desmaiar
        acho que vou desmaiar
        sensação de desmaio
        quase desmaiando
        tô quase desmaiando
        me sinto fraco como se fosse desmaiar
        minha vista escureceu
        tá tudo escurecendo
        minha pressão caiu
        pressão baixa
        queda de pressão
        tô passando mal
      `,
      cues: lines`
        desmai* desfalec*
        pressão + caiu caindo baixa baixou queda
        vista + escur* escureceu
        passando_mal
      `,
    },
    numbness: {
      phrases: lines`
        dormência
        dormente
        tô com o braço dormente
        meu braço tá dormente
        minha mão tá dormente
        meus dedos estão dormentes
        os dedos dormentes
        braço adormecido
        não sinto meus dedos
        não sinto o braço
        não tô sentindo a mão
        perdi a sensibilidade
        perda de sensibilidade
        a perna dormente
      `,
      cues: lines`
        dormênci* dormente* adormec* entorpec* anestesiad*
        ~sint* ~sinto ~sentir ~sentindo + braço* mão mãos dedo* perna* pé pés
        sensibilidade + perd* perdi
      `,
    },
    tingling: {
      phrases: lines`
        formigamento
        um formigamento
        formigando
        meu braço tá formigando
        minha mão tá formigando
        os dedos formigando
        formigamento nos dedos
        agulhadas na mão
        alfinetadas no braço
      `,
      cues: lines`
        formig* agulhad* alfinetad*
      `,
    },
    weakness: {
      phrases: lines`
        fraqueza no braço
        uma fraqueza
        fraqueza
        fraqueza na perna
        braço fraco
        perna fraca
        sem força no braço
        sem força na mão
        não consigo levantar o braço
        não consigo segurar nada
        a mão não fecha
        perdi a força
        minhas pernas tão falhando
      `,
      cues: lines`
        fraquez* frac* + braço* mão mãos perna* dedo*
        ~força + braço* mão mãos perna* dedo*
        força + perd* perdi perdendo + braço* mão mãos perna* dedo*
        ~levant* ~mex* ~segur* ~fech* ~apert* + braço* mão mãos perna* dedo* nada
        paralis* paralisi*
        pernas + falhando bambas
      `,
    },
    'shooting-pain': {
      phrases: lines`
        dor aguda
        uma dor aguda
        uma fisgada no braço
        uma pontada no braço
        uma dor que desce pelo braço
        dor descendo pelo braço
        um choque no braço
        um choque que desce pelo braço
        dor como um choque
        dor irradiando pro braço
      `,
      cues: lines`
        fisgad* pontad* choque* agud* + braço* mão mãos dedo* ombro*
        desc* desce descendo corre* irradi* + braço* mão mãos dedo*
        nervo + dor doi dói doendo pinçad* pres*
        ciátic*
      `,
    },
    dizzy: {
      phrases: lines`
        tontura
        uma tontura
        tô tonto
        tô tonta
        tonto
        tonta
        tô zonzo
        tô zonza
        vertigem
        tudo girando
        tá tudo girando
        minha cabeça tá rodando
        a sala tá girando
        vista embaçada
        minha vista tá turva
      `,
      cues: lines`
        tont* zonz* vertig* labirintit*
        gir* rod* + cabeça tudo sala quarto
        vista + embaç* turv*
      `,
    },
    fever: {
      phrases: lines`
        febre
        a febre
        tô com febre
        tenho febre
        tô febril
        calafrio
        tô com calafrios
        temperatura alta
      `,
      cues: lines`
        febr* calafri*
        temperatura + alta subiu
      `,
    },
    'bladder-bowel': {
      phrases: lines`
        perda de controle da bexiga ou do intestino
        não consigo segurar o xixi
        não tô conseguindo segurar o xixi
        fiz xixi sem querer
        escapou xixi
        perdi o controle da bexiga
        perdi o controle do intestino
        incontinência
        não consigo controlar a bexiga
        não consigo fazer xixi
      `,
      cues: lines`
        bexiga intestin* xixi urin* cocô fezes + ~control* ~segur* escap* perd* perdi sem_querer
        incontin*
        ~fazer_xixi ~urinar
      `,
    },
    'weight-loss': {
      phrases: lines`
        perda de peso sem explicação
        tô perdendo peso sem motivo
        perdi peso sem querer
        emagreci sem motivo
        tô emagrecendo sem querer
        perdi muito peso sem explicação
      `,
      cues: lines`
        peso + perd* perdi + sem_motivo sem_querer sem_explicação sem_razão motivo razão
        emagrec* + sem_motivo sem_querer sem_explicação sem_razão
      `,
    },
    pain: {
      phrases: lines`
        dor
        dói
        tá doendo
        doendo
        tô com dor
        sinto dor
        me machuca
        machuca
        isso dói
        ai
        ai ai
        tá machucando
      `,
      cues: lines`
        dor dores doi dói doendo doer doem doeu dolorid* machuca machucando ai ui
      `,
    },
    discomfort: {
      phrases: lines`
        desconforto
        incômodo
        tá incomodando
        incomoda
        desconfortável
        tá puxando demais
        puxando muito
        repuxando
        tá tenso
        meio travado
        tá estranho
        tá forçando demais
      `,
      cues: lines`
        desconfort* incômod* incomod* repux* travad* forçand* forçad*
        pux* + demais muito forte
        tens* + demais muito
      `,
    },
  },
};

export default vocabulary;
