import { lines, words } from '../lines';
import type { Vocabulary } from '../vocabulary';

const vocabulary: Vocabulary = {
  grammar: {
    negations: words`ne n' pas jamais rien aucun aucune sans ni`,
    hedges: words`sais_pas sait_pas pas_sûr pas_sûre aucune_idée pas_certain pas_certaine pas_mal`,
    clauseBreaks: words`mais pourtant sauf cependant sinon toutefois`,
    scopeBreaks: words`et puis alors donc je j' ça c' maintenant aussi juste seulement`,
    elisions: words`l d j n m s t c qu jusqu lorsqu puisqu quelqu`,
    notSigns: words`
      anti_douleur* antidouleur* antalgique* à_l'urgence aux_urgences salle_d'urgence service_des_urgences
      fréquence_cardiaque rythme_cardiaque pouls pas_mal
      ouverture_de_la_poitrine ouvrir_la_poitrine genou_à_la_poitrine genoux_à_la_poitrine
    `,
  },
  topics: {
    'crack-safe': {
      phrases: lines`
        faire craquer mon dos
        craquer mon dos
        se craquer le dos
        me faire craquer le dos
        me craquer le dos
        faire craquer le dos
        faire craquer ma colonne
        faire craquer le haut du dos
        faire craquer mon propre dos
        craquer
        le craquement du dos
        craquer le dos
        se faire craquer le dos
        me tordre pour faire craquer mon dos
        est ce que je peux faire craquer mon dos
        est ce que c'est dangereux de faire craquer son dos
        c'est dangereux de se craquer le dos
        faire craquer son dos c'est dangereux
        je peux me craquer le dos
        est ce que je devrais faire craquer mon dos
      `,
      cues: lines`
        craqu* + dos colonne cou vertèbre* seul moi
      `,
    },
    'crack-why': {
      phrases: lines`
        pourquoi mon dos craque
        pourquoi mon dos fait crac
        pourquoi ça craque
        pourquoi mon dos craque autant
        pourquoi ma colonne craque
        pourquoi mes articulations craquent
        d'où vient le craquement
        d'où vient ce bruit
        c'est quoi ce craquement
        c'est quoi ce bruit
        le bruit de craquement
        le craquement
        craquement
        ce craquement
        le bruit
        le petit bruit
        qu'est ce qui fait craquer le dos
        les articulations qui craquent
        la cavitation
        le craquement c'est normal
        mon dos a craqué c'est normal
        pourquoi mon dos vient de craquer
      `,
      cues: lines`
        pourquoi quoi qu' + craqu* + dos colonne articulation* bruit* son ça
      `,
    },
    'crack-worse': {
      phrases: lines`
        craquer aggrave les choses
        est ce que craquer aggrave
        craquer ça aggrave
        craquer peut aggraver mon dos
        est ce que craquer c'est mauvais
        craquer c'est mauvais
        se craquer le dos c'est mauvais
        est ce que craquer abîme le dos
        craquer ça abîme
        est ce que craquer donne de l'arthrose
        craquer ça donne de l'arthrose
        est ce que craquer peut faire mal
        les risques de craquer
        forcer un craquement
        forcer mon dos à craquer
        est ce que c'est grave de forcer un craquement
        craquer ça relâche les ligaments
        des ligaments trop lâches
        l'hyperlaxité
      `,
      cues: lines`
        craqu* + mauvais dangereu* abîm* arthrose* arthrite* ligament* lax* bless* pire
        craqu* + dos colonne cou nuque + mauvais dangereu* abîm* arthrose* arthrite* ligament* lax* bless* pire
      `,
    },
    'crack-often': {
      phrases: lines`
        combien de fois craquer mon dos
        combien de fois je peux craquer mon dos
        combien de fois par jour je peux craquer mon dos
        à quelle fréquence craquer mon dos
        je peux craquer mon dos tous les jours
        craquer tous les jours
        craquer mon dos tous les jours
        craquer mon dos souvent
        je craque mon dos souvent
        je me craque le dos tout le temps
        je craque tout le temps
        craquer trop souvent
        trop craquer
        craquer plusieurs fois par jour
        l'habitude de craquer
        c'est grave de craquer tous les jours
      `,
      cues: lines`
        craqu* + souvent combien fois jour* fréquen*
      `,
    },
    'crack-someone': {
      phrases: lines`
        quelqu'un qui me fait craquer le dos
        quelqu'un d'autre peut me craquer le dos
        mon conjoint peut me craquer le dos
        ma conjointe peut me craquer le dos
        mon mari peut me craquer le dos
        ma femme peut me craquer le dos
        un ami peut me craquer le dos
        me faire craquer le dos par quelqu'un
        marcher sur mon dos
        quelqu'un qui marche sur mon dos
        mon enfant peut marcher sur mon dos
        quelqu'un peut marcher sur mon dos
        me faire tirer les bras pour craquer
        me faire manipuler le dos
        une manipulation
        une manipulation du dos
        me faire manipuler
        un chiropracteur
        chiropracteur
        aller chez le chiropracteur
        un ostéopathe
        ostéopathe
        aller chez l'ostéo
        un ostéo
      `,
      cues: lines`
        craqu* march* + quelqu'un conjoint* mari femme ami* enfant* autre*
        chiropract* chiropraticien* ostéo* ajust* manipul*
      `,
    },
    'stretch-vs-crack': {
      phrases: lines`
        s'étirer ou craquer
        s'étirer ou craquer qu'est ce qui est mieux
        qu'est ce qui est mieux s'étirer ou craquer
        c'est mieux de s'étirer ou de craquer
        c'est mieux de craquer ou de s'étirer
        craquer ou s'étirer
        étirement ou craquement
        m'étirer ou me craquer le dos
        je dois m'étirer ou craquer
        m'étirer au lieu de craquer
        au lieu de craquer mon dos
        une alternative au craquement
        est ce que craquer ça aide
        est ce que craquer soulage
        craquer ça soulage
        les bienfaits du craquement
        craquer ça sert à quelque chose
      `,
      cues: lines`
        étir* + craqu* + mieux plutôt ou lieu alternative
        craqu* + sert aide soulage utile
      `,
    },
    'stretch-frequency': {
      phrases: lines`
        à quelle fréquence s'étirer
        à quelle fréquence je dois m'étirer
        combien de fois par semaine m'étirer
        combien de fois par semaine
        combien de fois par jour m'étirer
        je dois m'étirer tous les jours
        je peux m'étirer tous les jours
        m'étirer tous les jours
        s'étirer tous les jours
        c'est mauvais de s'étirer tous les jours
        s'étirer deux fois par jour
        combien de fois faire la routine
        tous les combien
        trop s'étirer
        je peux trop m'étirer
        la fréquence
        combien de fois je dois faire ces étirements
      `,
      cues: lines`
        souvent fréquence combien_de_fois fois jour* semaine* + étir* routine* exercice* ça faire
      `,
    },
    'hold-length': {
      phrases: lines`
        combien de temps tenir un étirement
        combien de temps tenir
        combien de temps je dois tenir
        combien de temps tenir la position
        combien de temps tenir chaque étirement
        combien de temps doit durer un étirement
        combien de temps m'étirer
        combien de secondes
        combien de secondes tenir
        trente secondes c'est assez
        est ce que je peux tenir plus longtemps
        tenir plus longtemps
        tenir un étirement
        la durée d'un étirement
        le temps de maintien
        temps de maintien
        la durée
        combien de temps je tiens
      `,
      cues: lines`
        combien longtemps secondes + tenir tiens garder maint* étir* posture*
      `,
    },
    'warm-up': {
      phrases: lines`
        s'échauffer
        m'échauffer
        l'échauffement
        un échauffement
        échauffement
        m'échauffer avant
        s'échauffer d'abord
        je dois m'échauffer
        faut il s'échauffer
        il faut s'échauffer
        comment m'échauffer
        comment s'échauffer
        pourquoi s'échauffer
        sauter l'échauffement
        je peux sauter l'échauffement
        s'étirer à froid
        m'étirer à froid
        s'étirer sans s'échauffer
      `,
      cues: lines`
        échauff* échauffement
      `,
    },
    'should-hurt': {
      phrases: lines`
        est ce qu'un étirement doit faire mal
        un étirement doit faire mal
        ça doit faire mal
        est ce que ça doit faire mal
        c'est normal que ça fasse mal
        est ce que c'est normal d'avoir mal
        c'est normal d'avoir un peu mal
        jusqu'où je dois m'étirer
        jusqu'où aller
        jusqu'où pousser
        je dois forcer
        est ce que je dois forcer
        forcer malgré la douleur
        pas de douleur pas de résultat
        je dois avoir mal
        ça doit tirer
        ça doit tirer comment
        qu'est ce que je dois sentir
        ce qu'on doit sentir
        s'étirer quand ça fait mal
      `,
      cues: lines`
        mal douleur* sent* sens* + normal doit devrait faut
        jusqu'où combien + forcer étirer tirer pousser
      `,
    },
    'feel-little': {
      phrases: lines`
        je ne sens rien
        je sens rien
        je ne sens pas l'étirement
        je sens pas l'étirement
        je ne sens presque rien
        ça ne fait pas mal
        pas de douleur
        aucune douleur
      `,
      cues: lines`
        ~sens* ~sent* + rien grand_chose étirement ça
        sens* sent* + rien
        ~mal ~douleur*
      `,
    },
    numbness: {
      phrases: lines`
        engourdissement ou fourmillements
        les engourdissements
        les fourmillements
        si j'ai des fourmillements
        si mon bras s'engourdit
        si mes mains s'engourdissent
        si j'ai des fourmis dans les doigts
        si mon bras fourmille
        les fourmillements c'est normal
        l'engourdissement c'est normal
        c'est normal que mon bras s'engourdisse
        des fourmillements en m'étirant
        un engourdissement en m'étirant
        je dois m'inquiéter des fourmillements
        je dois m'inquiéter d'un engourdissement
        que faire en cas d'engourdissement
        et si mes mains s'engourdissent
      `,
    },
    'shooting-pain': {
      phrases: lines`
        douleur qui descend dans le bras
        si la douleur descend dans mon bras
        si j'ai mal jusque dans le bras
        si j'ai une douleur qui descend dans le bras
        si la douleur part dans le bras
        une douleur qui irradie dans le bras
        la douleur qui descend dans le bras
        c'est normal que la douleur descende dans le bras
        un nerf coincé
        un nerf pincé
        nerf coincé
        est ce que c'est un nerf coincé
        j'ai peut être un nerf coincé
        une névralgie
        et si la douleur descend dans mon bras
        une névralgie cervico brachiale
      `,
      cues: lines`
        sciatique névralgie*
        nerf + coinc* pincé* pogné*
      `,
    },
    injury: {
      phrases: lines`
        après une blessure
        je suis tombé
        je suis tombée
        je suis tombé sur le dos
        je suis tombée sur le dos
        j'ai fait une chute
        après une chute
        j'ai eu un accident
        après un accident
        un accident
        un accident de voiture
        après un accident de voiture
        le coup du lapin
        je me suis fait mal au dos
        je me suis blessé au dos
        je me suis blessée au dos
        une blessure au dos
        une blessure
        s'étirer après une blessure
        une blessure de sport
        je me suis froissé un muscle
        un muscle froissé
        une déchirure musculaire
        je suis tombé et j'ai mal au dos
        je suis tombée et j'ai mal au dos
      `,
      cues: lines`
        tombé tombée chute* accident* bless* entorse* coup_du_lapin glissé* choc
      `,
    },
    'see-doctor': {
      phrases: lines`
        voir un médecin
        quand consulter un médecin
        quand voir un médecin
        je dois voir un médecin
        est ce que je dois voir un médecin
        il faut que je voie un médecin
        aller chez le médecin
        consulter
        quand consulter
        quand aller aux urgences
        je dois aller aux urgences
        quand m'inquiéter
        quand est ce que c'est grave
        c'est grave mon mal de dos
        les signes d'alerte
        les signaux d'alarme
        signes d'alerte
        quand arrêter de m'étirer
        une douleur qui ne passe pas
        si la douleur ne passe pas
        si ça empire
        voir un kiné
        un kiné
        un kinésithérapeute
        je dois voir un kiné
        aller voir mon généraliste
      `,
      cues: lines`
        médecin* docteur* kiné* physio* hôpital* urgences clinique* généraliste*
        inquiet* grave sérieu* alarme* signe* + douleur* dos ça
      `,
    },
    causes: {
      phrases: lines`
        les causes du mal de dos
        d'où vient le mal de dos
        pourquoi j'ai mal au haut du dos
        pourquoi j'ai mal au dos
        pourquoi mon dos est raide
        pourquoi mon dos est tendu
        pourquoi le haut de mon dos est raide
        pourquoi mes épaules sont tendues
        qu'est ce qui cause la raideur
        les causes
        la cause
        causes du mal de dos
        les causes de la douleur
        le mal au haut du dos
        la raideur du haut du dos
        la colonne thoracique
        c'est quoi la colonne thoracique
        quels muscles j'étire
        quels muscles travaillent
        l'anatomie du dos
        les muscles du dos
      `,
      cues: lines`
        pourquoi cause* origine* vient + dos épaule* cou nuque raide* tendu* mal douleur*
        muscle* anatomie thoraci* colonne vertébr* + quel* lesquels
      `,
    },
    posture: {
      phrases: lines`
        la posture
        ma posture
        une bonne posture
        améliorer ma posture
        corriger ma posture
        des conseils de posture
        comment m'asseoir
        comment bien m'asseoir
        comment m'asseoir au bureau
        comment me tenir
        je suis voûté
        je suis voûtée
        le dos voûté
        dos voûté
        je me tiens mal
        les épaules en avant
        les épaules enroulées
        le cou penché sur le téléphone
        assis toute la journée
        assise toute la journée
        l'ergonomie
        la hauteur de la chaise
        la hauteur du bureau
        la hauteur de l'écran
        un bureau debout
      `,
      cues: lines`
        postur* voûté* vouté* bossu* ergonom* bureau* chaise* écran* ordinateur* assis asseoir téléphone*
      `,
    },
    'heat-ice': {
      phrases: lines`
        chaud ou froid
        froid ou chaud
        le chaud
        le froid
        chaud
        froid
        la chaleur
        la glace
        de la glace
        mettre de la glace
        mettre du chaud
        un coussin chauffant
        une bouillotte
        une compresse chaude
        une compresse froide
        je mets du chaud ou du froid
        chaud ou froid pour le dos
        un bain chaud
        une douche chaude
        une poche de glace
        un pack de froid
        une ceinture chauffante
      `,
      cues: lines`
        chaleur* chaud* froid* glace* bouillotte* coussin_chauffant bain* douche* compresse*
      `,
    },
    painkiller: {
      phrases: lines`
        les antidouleurs
        un antidouleur
        antidouleur
        antidouleurs
        médicaments
        un anti douleur
        un médicament
        des médicaments
        les médicaments
        un médicament contre la douleur
        un cachet
        des cachets
        une pilule
        un comprimé
        ibuprofène
        de l'ibuprofène
        aspirine
        de l'aspirine
        un anti inflammatoire
        des anti inflammatoires
        un relaxant musculaire
        prendre un antidouleur
        prendre quelque chose contre la douleur
        je peux prendre un antidouleur
        une crème contre la douleur
        doliprane
        du doliprane
        paracétamol
        du paracétamol
        efferalgan
        dafalgan
        advil
        nurofen
        un antalgique
      `,
      cues: lines`
        antidouleur* anti_douleur* antalgique* médicament* médoc* cachet* pilule* comprimé* ibuprofène paracétamol aspirine doliprane advil dafalgan crème* pommade* anti_inflammatoire* décontractant*
      `,
    },
    pregnancy: {
      phrases: lines`
        la grossesse
        je suis enceinte
        enceinte
        s'étirer enceinte
        s'étirer pendant la grossesse
        je peux m'étirer enceinte
        pendant la grossesse
        j'attends un bébé
        j'attends un enfant
        premier trimestre
        deuxième trimestre
        troisième trimestre
        je viens d'accoucher
        après l'accouchement
        après la grossesse
      `,
      cues: lines`
        enceinte grossesse trimestre accouch* post_partum
      `,
    },
    osteoporosis: {
      phrases: lines`
        l'ostéoporose
        j'ai de l'ostéoporose
        ostéoporose
        l'ostéopénie
        des os fragiles
        j'ai les os fragiles
        la fragilité osseuse
        une faible densité osseuse
        la densité osseuse
        s'étirer avec de l'ostéoporose
        c'est dangereux avec l'ostéoporose
      `,
      cues: lines`
        ostéopor* ostéopénie os fragil*
      `,
    },
    surgery: {
      phrases: lines`
        après une opération
        je me suis fait opérer
        j'ai été opéré
        j'ai été opérée
        je viens d'être opéré
        je viens d'être opérée
        une opération
        après mon opération
        une opération récente
        une chirurgie
        après une chirurgie
        une opération du dos
        une chirurgie du dos
        une opération de la colonne
        une arthrodèse
        une opération de l'épaule
        une opération du cœur
        s'étirer après une opération
        des points de suture
      `,
      cues: lines`
        chirurg* opéré* opération* intervention* cicatrice* arthrodèse
      `,
    },
    disclaimer: {
      phrases: lines`
        un avis médical
        c'est un avis médical
        est ce que c'est un avis médical
        tu es médecin
        est ce que tu es médecin
        tu es un vrai médecin
        tu es kiné
        tu es qualifiée
        l'avertissement
        je peux te faire confiance
        c'est valable pour tout le monde
        d'où viennent ces informations
        qui a créé ces étirements
        c'est officiel
        tu peux me diagnostiquer
        tu peux diagnostiquer ma douleur
        qu'est ce que j'ai au dos
        qu'est ce qui ne va pas avec mon dos
        médecin
        un médecin
        un vrai médecin
        docteur
        un docteur
        qualifié
        qualifiée
      `,
      cues: lines`
        conseil* + médica* médical*
        médecin + tu es vrai
        qualifi* diagnost* officiel* confiance fiable*
        médecin docteur + t'es es êtes
      `,
    },
  },
  symptoms: {
    emergency: {
      phrases: lines`
        urgence
        c'est une urgence
        j'ai une urgence
        urgence médicale
        une urgence
        appelle une ambulance
        appelez une ambulance
        j'ai besoin d'une ambulance
        ambulance
        appelle les secours
        appelez les secours
        crise cardiaque
        une crise cardiaque
        je fais une crise cardiaque
        je crois que je fais une crise cardiaque
        infarctus
        un infarctus
        avc
        un avc
        je fais un avc
        je me suis évanoui
        je me suis évanouie
        appelle le samu
        appelez le samu
        appeler le samu
        le samu
        appelle le quinze
        appelez le quinze
        appelle les pompiers
        appelez les pompiers
      `,
      cues: lines`
        urgence ambulance* samu 112 911 secours pompiers crise_cardiaque infarctus arrêt_cardiaque avc attaque
        évanoui évanouie perdu_connaissance inconscient* effondré* écroulé* meurs mourir
      `,
    },
    'chest-pain': {
      phrases: lines`
        douleur à la poitrine
        mal à la poitrine
        une douleur à la poitrine
        une douleur dans la poitrine
        la poitrine qui serre
        ma poitrine me fait mal
        j'ai mal à la poitrine
        une pression dans la poitrine
        une oppression dans la poitrine
        une oppression
        la poitrine serrée
        la poitrine lourde
        un poids sur la poitrine
        un serrement dans la poitrine
        douleur thoracique
        une douleur thoracique
        mal au thorax
        mal au niveau du cœur
        une douleur au cœur
        une douleur derrière le sternum
        ça serre dans la poitrine
        ça me serre la poitrine
        ma poitrine serre
        ça me serre dans la poitrine
        ma poitrine est serrée
        une douleur au thorax
        une douleur dans le thorax
        une pression sur la poitrine
        un poids dans la poitrine
        un point au cœur
        un point dans la poitrine
        une brûlure dans la poitrine
        ça me brûle dans la poitrine
        ça brûle dans la poitrine
        mon cœur me fait mal
        mal dans la poitrine
        j'ai mal dans la poitrine
        la poitrine me fait mal
        une douleur au niveau du cœur
        une douleur au sternum
        mal au sternum
        ça me lance dans la poitrine
        ça me fait mal dans la poitrine
        ça me pique dans la poitrine
        ça pique dans la poitrine
        un pincement dans la poitrine
      `,
      cues: lines`
        poitrin* thorax thoraci* sternum + mal douleur* serr* press* oppress* lourd* poids brûl* pique* point lanc* pinc* écras* comprim*
        cœur coeur + douleur* fait_mal serr* point pinc* lanc*
      `,
    },
    breathless: {
      phrases: lines`
        essoufflement
        essoufflé
        essoufflée
        le souffle court
        je n'arrive pas à respirer
        j'arrive pas à respirer
        je ne peux pas respirer
        je n'arrive pas à reprendre mon souffle
        du mal à respirer
        j'ai du mal à respirer
        une difficulté à respirer
        difficulté à respirer
        je respire mal
        je manque d'air
        manque d'air
        je suffoque
        j'étouffe
        hors d'haleine
        à bout de souffle
        une respiration sifflante
        ça fait mal de respirer
        mal quand je respire
        j'arrive plus à respirer
        je n'arrive plus à respirer
        je peux pas respirer
        je peux plus respirer
        je ne peux plus respirer
        je manque de souffle
        du mal à reprendre mon souffle
        j'ai du mal à reprendre mon souffle
        je cherche mon souffle
        de la difficulté à respirer
        je m'étouffe
        je respire difficilement
        le souffle coupé
        oppressé
        oppressée
        ça fait mal quand je respire
      `,
      cues: lines`
        ~respir* ~souffle*
        essouffl* suffoqu* étouff* haletant* souffle_court bout_de_souffle hors_d'haleine
        respir* souffle + mal difficil* peine dur* trouble*
        manqu* + air souffle
      `,
    },
    'radiating-pain': {
      phrases: lines`
        douleur qui s'étend à la mâchoire ou au bras
        une douleur qui monte dans la mâchoire
        la douleur part dans la mâchoire
        mal à la mâchoire
        j'ai mal à la mâchoire
        une douleur dans la mâchoire
        mal à la mâchoire et au dos
        la mâchoire qui fait mal
        mal au bras gauche
        j'ai mal au bras gauche
        une douleur dans le bras gauche
        mon bras gauche me fait mal
        la douleur part dans le bras
        la douleur s'étend au bras
        mal au bras et à la mâchoire
        la douleur dans le dos s'étend
        la douleur s'étend
        une douleur qui irradie
        ça irradie
      `,
      cues: lines`
        mâchoire* + mal douleur* fait_mal
        bras + gauche + mal douleur* fait_mal
        irradi* étend* propage* + douleur* bras mâchoire*
      `,
    },
    'sweating-nausea': {
      phrases: lines`
        sueurs froides ou nausées
        des sueurs froides
        sueurs froides
        j'ai des sueurs froides
        je transpire
        je suis en sueur
        en sueur
        moite
        je suis moite
        la nausée
        des nausées
        nausée
        j'ai la nausée
        envie de vomir
        j'ai envie de vomir
        je vais vomir
        mal au cœur
        j'ai mal au cœur
        le cœur au bord des lèvres
        barbouillé
        barbouillée
        je transpire et j'ai la nausée
      `,
      cues: lines`
        sueur* transpir* moite* nausée* vomi* gerb* barbouill* écœur* ecoeur*
        mal_au_cœur mal_au_coeur cœur_au_bord coeur_au_bord
      `,
    },
    faint: {
      phrases: lines`
        l'impression de m'évanouir
        je vais m'évanouir
        je vais tomber dans les pommes
        je vais faire un malaise
        un malaise
        je vais tomber dans les vapes
        je tombe dans les pommes
        je me sens partir
        je vais tourner de l'œil
        je vais perdre connaissance
        un voile noir
        j'ai un voile noir devant les yeux
        je suis sur le point de m'évanouir
        je vais défaillir
      `,
      cues: lines`
        évanouir évanouissement pommes vapes malaise* tourner_de_l'œil tourner_de_l'oeil perdre_connaissance voile_noir sens_partir défaillir
      `,
    },
    numbness: {
      phrases: lines`
        engourdissement
        engourdi
        engourdie
        mon bras est engourdi
        mes bras sont engourdis
        mon bras s'engourdit
        ma main est engourdie
        mes mains sont engourdies
        mes doigts sont engourdis
        ma jambe est engourdie
        mes jambes sont engourdies
        un bras engourdi
        les mains engourdies
        un engourdissement dans le bras
        un engourdissement dans les mains
        je ne sens plus mes doigts
        je ne sens plus ma main
        je ne sens plus mon bras
        le bras mort
        plus de sensation dans la main
        une perte de sensation
        un engourdissement
        mes mains s'engourdissent
        le bras engourdi
        la main engourdie
        les doigts engourdis
        la jambe engourdie
        les jambes engourdies
        les bras engourdis
        ma main s'engourdit
        mes doigts s'engourdissent
        ma jambe s'engourdit
        mes jambes s'engourdissent
        je ne sens plus ma jambe
        je ne sens plus mes jambes
        je ne sens plus mes mains
        je sens plus mes doigts
        je sens plus ma main
        je sens plus mon bras
        je sens plus ma jambe
        je ne sens pas mes doigts
        je sens pas mes doigts
        je ne sens pas ma main
        mon bras est endormi
        le bras endormi
        ma main est endormie
        la main endormie
        mes doigts sont endormis
        les doigts endormis
        ma jambe est endormie
        la jambe endormie
        des engourdissements
        des engourdissements dans les doigts
        des engourdissements dans les mains
        des engourdissements dans le bras
        mon bras est tout engourdi
        ma main est toute engourdie
        la main qui s'engourdit
        le bras qui s'engourdit
        plus de sensation dans les doigts
        plus de sensation dans le bras
        je n'ai plus de sensation dans la main
        je n'ai plus de sensation dans les doigts
        mon pied est engourdi
        mon bras engourdi
        ma main engourdie
        mes doigts engourdis
      `,
      cues: lines`
        engourd* endormi* insensib* bras_mort
        ~sens* ~sent* + doigt* main* bras jambe* pied* orteil*
        sensation* + perte
      `,
    },
    tingling: {
      phrases: lines`
        fourmillements
        des fourmillements
        ça fourmille
        des fourmis
        des fourmis dans les bras
        des fourmis dans les mains
        des fourmis dans les doigts
        des fourmis dans les jambes
        mon bras fourmille
        mes mains fourmillent
        mes doigts fourmillent
        des fourmillements dans le bras
        des fourmillements dans les mains
        des picotements
        ça picote
        des picotements dans les mains
        des décharges dans les doigts
        des fourmis dans le bras
        des fourmis dans la main
        des fourmis dans la jambe
        des fourmis dans les pieds
        ça fourmille dans mes doigts
        ça fourmille dans les doigts
        ça fourmille dans le bras
        ça fourmille dans la main
        ça picote dans mes doigts
        ça picote dans les doigts
        ça picote dans la main
        ça me picote
        mes doigts picotent
        ma main picote
        mon bras picote
        ma main fourmille
        ma jambe fourmille
        mes jambes fourmillent
        des picotements dans les doigts
        des picotements dans le bras
        des picotements dans la main
        des fourmillements dans les doigts
        des fourmillements dans la jambe
        des fourmillements dans les jambes
        des fourmillements dans la main
        ça me fait des fourmis
        ça me fait des fourmillements
      `,
      cues: lines`
        fourmi* picot* fourmill* chatouill*
      `,
    },
    weakness: {
      phrases: lines`
        faiblesse dans le bras
        une faiblesse
        faiblesse
        faible
        mon bras est faible
        mes bras sont faibles
        le bras faible
        une faiblesse dans le bras
        ma main est faible
        mes mains sont faibles
        je n'ai plus de force dans la main
        je n'arrive plus à serrer
        je n'arrive plus à tenir quoi que ce soit
        je n'arrive pas à lever le bras
        je ne peux plus bouger le bras
        mon bras ne bouge plus
        plus de force dans le bras
        j'ai perdu de la force dans le bras
        ma jambe est faible
        mes jambes sont faibles
        mes jambes ont lâché
        la main faible
        la jambe faible
        les jambes faibles
        les bras faibles
        je n'ai plus de force dans le bras
        plus de force dans la main
        plus de force dans les doigts
        plus de force dans les jambes
        plus de force dans les bras
        pas de force dans le bras
        je n'ai plus de force dans les jambes
        je n'ai plus de force dans les doigts
        je n'ai plus de force dans la jambe
        mon bras lâche
        ma main lâche
        ma jambe lâche
        mes jambes me lâchent
        mes jambes lâchent
        mes jambes ne me portent plus
        je n'arrive plus à bouger le bras
        je n'arrive plus à bouger la main
        je n'arrive plus à bouger les doigts
        je n'arrive plus à bouger la jambe
        j'arrive plus à bouger le bras
        je ne peux plus bouger la main
        je ne peux plus bouger les doigts
        je ne peux plus bouger la jambe
        je peux plus bouger le bras
        je n'arrive pas à serrer le poing
        je n'arrive plus à serrer le poing
        je lâche tout
        je laisse tout tomber
        mon bras est paralysé
        le bras paralysé
        paralysé
        paralysée
        mon bras ne répond plus
        ma main ne répond plus
        ma jambe ne répond plus
        mon bras répond plus
        je perds de la force dans le bras
        je perds de la force dans la main
        une perte de force
        une perte de force dans le bras
        mon bras est tout faible
      `,
      cues: lines`
        faible* faiblesse* + bras main* jambe* doigt*
        ~force* + bras main* jambe* doigt*
        force* + perd* perte + bras main* jambe* doigt*
        ~serr* ~bouger ~bouge ~lever ~lève ~tenir + bras main* jambe* doigt* poing
        paralys*
        lâch* + bras main* jambe*
      `,
    },
    'shooting-pain': {
      phrases: lines`
        douleur fulgurante
        des douleurs fulgurantes
        une douleur fulgurante
        une douleur vive dans le bras
        une douleur qui descend dans le bras
        mal jusque dans le bras
        une douleur qui part dans le bras
        ça descend dans le bras
        une brûlure dans le bras
        une décharge électrique
        comme une décharge électrique
        comme un coup de jus
        une douleur de nerf
        une douleur vive
        une douleur aiguë
        une douleur soudaine
        un coup de poignard
        une douleur lancinante
        ça lance dans le bras
        la douleur descend dans mon bras
        ça tire dans le bras
        ça tire jusque dans la main
        ça descend dans la main
        ça part dans le bras
        ça descend jusque dans les doigts
      `,
      cues: lines`
        fulgurant* décharge* électri* coup_de_jus poignard* lancin* lance
        nerf* + douleur* coinc* pincé*
        descend* part + bras main* doigt*
      `,
    },
    dizzy: {
      phrases: lines`
        vertige
        des vertiges
        un vertige
        la tête qui tourne
        j'ai la tête qui tourne
        ma tête tourne
        tout tourne
        la pièce tourne
        étourdi
        étourdie
        des étourdissements
        je me sens mal
        je vois des étoiles
        je vois trouble
        la vue qui se brouille
        je ne tiens plus debout
        le vertige
        je vais tomber
        ça tourne
        tout tourne autour de moi
        je vois flou
        je vois des points noirs
        la tête me tourne
        la tête légère
        je me sens pas bien
        je ne me sens pas bien
        je suis tout étourdi
        je suis toute étourdie
        un étourdissement
      `,
      cues: lines`
        vertig* étourdi* flou trouble étoiles points_noirs tête_légère
        tourne + tête tout pièce
      `,
    },
    fever: {
      phrases: lines`
        fièvre
        de la fièvre
        j'ai de la fièvre
        j'ai de la température
        une forte fièvre
        je suis fiévreux
        je suis fiévreuse
        des frissons
        j'ai des frissons
      `,
      cues: lines`
        fièvr* fiévr* température frisson*
      `,
    },
    'bladder-bowel': {
      phrases: lines`
        perte de contrôle de la vessie ou des intestins
        je ne contrôle plus ma vessie
        je n'arrive plus à retenir mon urine
        des fuites urinaires
        je ne contrôle plus mes intestins
        je n'arrive plus à me retenir
        incontinence
        je n'arrive plus à uriner
      `,
      cues: lines`
        vessie* intestin* urine* + ~contrôl* ~reten* fuite*
        incontinen*
        ~uriner ~faire_pipi
      `,
    },
    'weight-loss': {
      phrases: lines`
        perte de poids inexpliquée
        je perds du poids sans raison
        j'ai perdu du poids sans le vouloir
        je maigris sans raison
      `,
      cues: lines`
        poids + perd* perdu maigri* + raison* sans_le_vouloir sans_raison
        maigri* maigris + sans_raison raison
      `,
    },
    pain: {
      phrases: lines`
        douleur
        ça fait mal
        ça me fait mal
        ça fait vraiment mal
        ça fait très mal
        j'ai mal
        aïe
        ouille
        aïe aïe
        c'est douloureux
        douloureux
        c'est très douloureux
        une douleur
        mal au dos
        j'ai mal au dos
        mon dos me fait mal
        mal à l'épaule
        mon épaule me fait mal
        mal au cou
        mal à la nuque
        mon cou me fait mal
        une douleur dans le dos
        ça me fait souffrir
      `,
      cues: lines`
        mal douleur* douloureu* aïe ouille souffr*
      `,
    },
    discomfort: {
      phrases: lines`
        inconfort
        inconfortable
        c'est inconfortable
        pas confortable
        désagréable
        c'est désagréable
        trop fort
        c'est trop fort
        c'est trop
        trop intense
        c'est trop intense
        trop dur
        c'est trop dur
        trop difficile
        ça tire trop
        ça force trop
        je force trop
        ça pince
        un pincement
        ça coince
        des courbatures
        courbaturé
        courbaturée
        tendu
        tendue
        trop tendu
        raide
        c'est raide
        je n'y arrive pas
        j'y arrive pas
        je ne peux pas faire celui là
        ça tire
        ça tire beaucoup
        ça tire fort
        ça me tire
        ça tiraille
        un tiraillement
        des tiraillements
        une tension
      `,
      cues: lines`
        inconfort* désagréabl* tir* tiraill* pinc* coinc* courbatu* tendu* raide* tension* force*
        trop + fort dur intense difficile
      `,
    },
  },
  regions: {
    'fr-CA': {
      topics: {
        'crack-someone': {
          add: lines`
            un chiropraticien
            chiropraticien
            aller chez le chiro
            un chiro
            un ajustement
            me faire ajuster
          `,
          remove: lines`
            un chiropracteur
            chiropracteur
            aller chez le chiropracteur
            ostéopathe
            aller chez l'ostéo
            un ostéo
          `,
        },
        numbness: {
          add: lines`
            si j'ai des picotements
            les picotements c'est normal
            des picotements en m'étirant
          `,
        },
        'shooting-pain': {
          add: lines`
            un nerf pogné
            j'ai un nerf pogné
          `,
          remove: lines`
            une névralgie cervico brachiale
          `,
        },
        injury: {
          add: lines`
            un accident d'auto
            après un accident d'auto
            j'ai eu un accident d'auto
          `,
        },
        'see-doctor': {
          add: lines`
            voir un physio
            un physio
            un physiothérapeute
            je dois voir un physio
            aller à l'urgence
            quand aller à l'urgence
          `,
          remove: lines`
            voir un kiné
            un kiné
            un kinésithérapeute
            je dois voir un kiné
            aller voir mon généraliste
          `,
        },
        'heat-ice': {
          add: lines`
            un sac magique
            sac magique
            un sac de glace
            un sac de petits pois congelés
          `,
          remove: lines`
            une poche de glace
            un pack de froid
            une ceinture chauffante
          `,
        },
        painkiller: {
          add: lines`
            tylenol
            du tylenol
            acétaminophène
            de l'acétaminophène
            motrin
            un analgésique
            une pilule pour la douleur
          `,
          remove: lines`
            doliprane
            du doliprane
            paracétamol
            du paracétamol
            efferalgan
            dafalgan
            nurofen
            un antalgique
          `,
        },
      },
      symptoms: {
        breathless: {
          add: lines`
            de la misère à respirer
            j'ai de la misère à respirer
            je suis à bout de souffle
            je cherche mon air
          `,
        },
        'sweating-nausea': {
          add: lines`
            j'ai le cœur sur le bord des lèvres
            je suis tout en sueur
          `,
        },
        'shooting-pain': {
          add: lines`
            un choc électrique
            comme un choc électrique
          `,
        },
        dizzy: {
          add: lines`
            je file pas
          `,
        },
      },
    },
  },
};

export default vocabulary;
