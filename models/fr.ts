import vocabulary from '../lambda/src/understanding/vocabulary/fr';
import { lines, variants, type LanguageModelSource } from './define';

const model: LanguageModelSource = {
  invocationName: 'objectif dos',
  vocabulary,
  intents: {
    StartRoutineIntent: {
      slots: { routine: 'RoutineName' },
      samples: lines`
        commence une routine
        lance une routine
        démarre une routine
        lance une routine d'étirements
        commence les étirements
        on s'étire
        on commence les étirements
        je veux m'étirer
        je veux étirer le haut de mon dos
        j'ai besoin de m'étirer
        j'ai besoin d'un étirement
        donne moi des étirements
        étire toi avec moi
        guide moi pour m'étirer
        quelque chose pour le haut du dos
        détends moi le haut du dos
        je voudrais faire des étirements
        lancer une routine
        commencer une routine
        faire des étirements
        lance la {routine}
        lance {routine}
        lance une {routine}
        commence la {routine}
        commence {routine}
        démarre la {routine}
        je veux faire la {routine}
        je veux faire une {routine}
        je veux la {routine}
        {routine}
        {routine} s'il te plaît
        la {routine} s'il te plaît
        la {routine}
        donne moi la {routine}
        je voudrais la {routine}
        je voudrais faire la {routine}
        j'aimerais faire la {routine}
        on fait la {routine}
        on fait une {routine}
        faisons la {routine}
        on peut faire la {routine}
        je prends la {routine}
        on y va avec la {routine}
        guide moi dans la {routine}
        j'ai besoin d'une {routine}
        lancer la {routine}
        commencer la {routine}
        démarrer la {routine}
        faire la {routine}
        faire une {routine}
        je suis {routine}
        j'ai {routine}
        je voudrais {routine}
        fais moi faire la {routine}
        fais moi la {routine}
        je veux faire {routine}
        on fait {routine}
        passe à la {routine}
        on passe à la {routine}
        plutôt la {routine}
        je préfère la {routine}
        change pour la {routine}
        on change pour la {routine}
        finalement la {routine}
        je veux plutôt la {routine}
        je voudrais plutôt la {routine}
        on fait plutôt la {routine}
        mets la {routine}
        mets moi la {routine}
        celle {routine}
        je veux celle {routine}
        je prends celle {routine}
        on fait celle {routine}
        plutôt celle {routine}
        je préfère celle {routine}
        passe à celle {routine}
      `,
    },
    ListRoutinesIntent: {
      slots: {},
      samples: [
        ...lines`
          quelles routines il y a
          quelles sont les routines
          quelles routines tu as
          quelles routines as tu
          quelles routines tu proposes
          qu'est ce que tu proposes
          qu'est ce que je peux faire
          qu'est ce que je peux faire d'autre
          quels sont mes choix
          quels sont les choix
          quelles sont les options
          quelles sont les possibilités
          donne moi la liste des routines
          liste les routines
          énumère les routines
          quels étirements tu as
          quels étirements il y a
          quels exercices tu proposes
          quel genre de routines tu as
          dis moi les routines
          dis moi ce que tu proposes
          lis moi les routines
          c'est quoi les routines
          c'est quoi mes options
          qu'est ce qu'il y a comme routines
          qu'est ce que tu as comme étirements
          combien de routines il y a
          quelle routine je devrais faire
          quelle routine choisir
          présente moi les routines
          les options
          les routines
          quelles routines y a t il
          quelles routines avez vous
          qu'est ce que vous proposez
          quelles routines proposez vous
          quelles sont vos routines
        `,
        ...variants`
          (qu'est ce que|quelles routines|quels étirements) (tu proposes|tu as|vous proposez|vous avez) (comme routines|comme étirements|)
          (tu proposes|vous proposez|t'as) quoi (comme étirements|comme exercices)
        `,
      ],
    },
    RoutineProgressIntent: {
      slots: {},
      samples: [
        ...lines`
          combien de temps encore
          combien de temps il reste
          il reste combien de temps
          il en reste combien
          combien il en reste
          combien d'exercices il reste
          combien d'étirements il reste
          il reste combien d'exercices
          où on en est
          on en est où
          où en sommes nous
          on a bientôt fini
          c'est bientôt fini
          il reste beaucoup
          qu'est ce qui reste
        `,
        ...variants`
          (c'est encore|ça dure encore|on en a encore pour) (longtemps|combien de temps)
          (il reste|reste t il) (beaucoup|encore beaucoup) (d'exercices|d'étirements|)
        `,
      ],
    },
    SetVerbosityIntent: {
      slots: { verbosity: 'Verbosity' },
      samples: [
        ...lines`
          {verbosity}
          {verbosity} s'il te plaît
          s'il te plaît {verbosity}
          passe en mode {verbosity}
          mode {verbosity}
          passe à {verbosity}
          mets {verbosity}
          je veux {verbosity}
          j'aimerais {verbosity}
          je préfère {verbosity}
          tu peux {verbosity}
          est ce que tu peux {verbosity}
          donne moi {verbosity}
          avec {verbosity}
          fais {verbosity}
          règle les consignes sur {verbosity}
          à partir de maintenant {verbosity}
          désormais {verbosity}
          on passe à {verbosity}
          des consignes {verbosity}
          je voudrais des consignes {verbosity}
          juste {verbosity}
          plutôt {verbosity}
          un peu {verbosity}
          je peux avoir {verbosity}
        `,
        ...variants`
        `,
      ],
    },
    SetPaceIntent: {
      slots: { pace: 'Pace' },
      samples: lines`
        {pace}
        {pace} s'il te plaît
        fais les {pace}
        on y va {pace}
        allons y {pace}
        faisons les {pace}
        je veux {pace}
        je préfère {pace}
        passe en mode {pace}
        à partir de maintenant {pace}
        les exercices {pace}
        plutôt {pace}
        on les fait {pace}
        je voudrais les faire {pace}
        continue {pace}
        fais les exercices {pace}
      `,
    },
    SafetyQuestionIntent: {
      slots: { topic: 'SafetyTopic', symptom: 'Symptom' },
      samples: [
        ...lines`
          {topic}
          est ce que je peux {topic}
          je peux {topic}
          est ce que c'est grave de {topic}
          c'est grave de {topic}
          est ce que c'est dangereux de {topic}
          c'est dangereux de {topic}
          est ce que c'est normal de {topic}
          c'est normal de {topic}
          est ce que c'est mauvais de {topic}
          c'est mauvais de {topic}
          c'est bon de {topic}
          est ce que c'est bien de {topic}
          est ce qu'il faut {topic}
          s'il faut {topic}
          est ce que je dois {topic}
          faut il {topic}
          et si {topic}
          que faire si {topic}
          qu'est ce que je dois faire si {topic}
          qu'est ce qui se passe si {topic}
          parle moi de {topic}
          parle moi du {topic}
          parle moi des {topic}
          je peux prendre {topic}
          est ce que je peux prendre {topic}
          c'est quoi {topic}
          qu'est ce que c'est {topic}
          dis moi {topic}
          tu peux me dire {topic}
          j'ai une question sur {topic}
          une question sur {topic}
          petite question {topic}
          question de sécurité sur {topic}
          {topic} c'est grave
          {topic} c'est dangereux
          {topic} c'est normal
          {topic} c'est mauvais pour moi
          un conseil sur {topic}
          des conseils pour {topic}
          je voudrais savoir {topic}
          j'aimerais savoir {topic}
          je me demandais {topic}
          explique moi {topic}
          qu'est ce que tu sais sur {topic}
          je m'inquiète pour {topic}
          # Un symptôme demandé plutôt que signalé : chaque valeur de Symptom est ici une question.
          et si j'ai {symptom}
          et si je sens {symptom}
          et si je ressens {symptom}
          que faire si j'ai {symptom}
          qu'est ce que je dois faire si j'ai {symptom}
          qu'est ce qui se passe si j'ai {symptom}
          est ce normal d'avoir {symptom}
          c'est normal d'avoir {symptom}
          est ce que c'est grave d'avoir {symptom}
          c'est grave d'avoir {symptom}
          que faire en cas de {symptom}
          et en cas de {symptom}
        `,
        ...variants`
          (je suis|j'ai|j'ai eu|on m'a fait) {topic}
          (faut il|il faut|je dois|dois je) {topic}
          (est ce que c'est|c'est) (grave|normal|dangereux|mauvais) (si|quand) (|j'ai|je sens) {symptom}
          (qu'est ce que je fais|je fais quoi|que dois je faire) (si|quand) (|j'ai) {symptom}
          (est ce que tu es|t'es|tu es|es tu|êtes vous|vous êtes) {topic}
      `,
      ],
    },
    ReportSymptomIntent: {
      slots: { symptom: 'Symptom' },
      samples: [
        ...lines`
          {symptom}
          j'ai {symptom}
          je sens {symptom}
          je ressens {symptom}
          je me sens {symptom}
          j'ai comme {symptom}
          il y a {symptom}
          j'ai soudain {symptom}
          tout à coup j'ai {symptom}
          là j'ai {symptom}
          maintenant j'ai {symptom}
          je commence à avoir {symptom}
          je commence à me sentir {symptom}
          ça me fait {symptom}
          c'est {symptom}
          je suis {symptom}
          je me sens un peu {symptom}
          je me sens vraiment {symptom}
          je crois que j'ai {symptom}
          j'ai l'impression d'avoir {symptom}
          cet étirement me fait {symptom}
          cet exercice me fait {symptom}
          cet exercice est {symptom}
          j'ai remarqué {symptom}
          je sens que {symptom}
        `,
        ...variants`
          (je crois|je pense|j'ai l'impression) (que|qu') {symptom}
          (j'ai|je sens|je ressens) (comme|un peu|genre) {symptom}
          (aïe|ouille|oh non) {symptom}
          (ça|ça me) {symptom}
          (depuis hier|depuis ce matin|aujourd'hui) (j'ai|je sens) {symptom}
        `,
      ],
    },
    SetReminderIntent: {
      slots: { days: 'ReminderDays', moreDays: 'ReminderDays', time: 'AMAZON.TIME' },
      samples: [
        ...lines`
          crée un rappel pour m'étirer
          mets un rappel pour m'étirer
          programme un rappel d'étirements
          programme un rappel
          je veux un rappel pour m'étirer
          je voudrais un rappel pour m'étirer
          ajoute un rappel d'étirements
          un rappel quotidien s'il te plaît
          mets un rappel pour {time}
          mets un rappel {days} à {time}
          à {time}
          {time}
          {days}
          {days} à {time}
          {days} et {moreDays}
          {days} et {moreDays} à {time}
        `,
        ...variants`
          rappelle moi (|de m'étirer|de faire mes étirements) {days}
          rappelle moi (|de m'étirer|de faire mes étirements) à {time}
          rappelle moi (|de m'étirer|de faire mes étirements) {days} à {time}
          rappelle moi (|de m'étirer) {days} et {moreDays} à {time}
        `,
      ],
    },
    ChangeReminderIntent: {
      slots: { days: 'ReminderDays', moreDays: 'ReminderDays', time: 'AMAZON.TIME' },
      samples: [
        ...lines`
          modifie mon rappel
          change mon rappel
          change l'heure de mon rappel
          déplace mon rappel
          modifie mon rappel d'étirements
          rappelle moi plutôt à {time}
        `,
        ...variants`
          (change|déplace|modifie|mets|passe) mon rappel (à|pour) {time}
          (change|déplace|modifie|mets|passe) mon rappel {days}
          (change|déplace|modifie|mets|passe) mon rappel {days} à {time}
          (change|déplace|mets) mon rappel {days} et {moreDays}
        `,
      ],
    },
    ListRemindersIntent: {
      samples: [
        ...lines`
          quels rappels j'ai
          quels rappels ai je
          quels sont mes rappels
          quel est mon rappel
          quel rappel j'ai
          est ce que j'ai un rappel
          est ce que j'ai des rappels
          j'ai des rappels
          quand est mon rappel
          c'est quand mon rappel
          à quelle heure est mon rappel
          quand est ce que tu me rappelles
          dis moi mes rappels
          lis mes rappels
          vérifie mes rappels
          mes rappels
        `,
      ],
    },
    CancelReminderIntent: {
      samples: [
        ...lines`
          annule mes rappels
          supprime mes rappels
          arrête de me rappeler
          arrête de me rappeler de m'étirer
          je ne veux plus de rappel
          plus de rappels
        `,
        ...variants`
          (annule|supprime|efface|enlève|désactive) (mon|le) rappel (|d'étirements)
        `,
      ],
    },
    'AMAZON.NextIntent': {
      samples: [
        ...lines`
          exercice suivant
          on passe à l'exercice suivant
          passe à l'exercice suivant
          étirement suivant
          je suis prêt
          je suis prête
          prêt
          prête
          c'est bon
          j'ai fini
          on passe à la suite
          passe à la suite
          la suite
          saute celui là
          passe cet exercice
          c'est quoi la suite
          vas y
          on y va
          allez
          allez on y va
          allez hop
          c'est parti
          ok suivant
          suivant s'il te plaît
          suivant s'il vous plaît
          fini
          j'ai terminé
          c'est fait
          voilà
          voilà c'est fait
          ça y est
          on enchaîne
          on passe au suivant
          passe au suivant
          l'exercice suivant
          le prochain
          on peut passer à la suite
          c'est bon pour moi
          je suis prêt pour la suite
          je suis prête pour la suite
        `,
        ...variants`
          (c'est quoi|quel est|qu'est ce qu'il y a) (le suivant|le prochain|l'exercice suivant|après|ensuite)
          (je suis|on est) (prêt|prête|prêts) (pour la suite|pour l'exercice suivant|pour le suivant)
          (passe|on passe|passons) (au prochain|à l'exercice suivant|à l'étirement suivant)
        `,
      ],
    },
    'AMAZON.PreviousIntent': {
      samples: [
        ...lines`
          retour
          reviens en arrière
          revenir en arrière
          exercice précédent
          l'exercice d'avant
          celui d'avant
        `,
        ...variants`
          (retourne|on revient|retournons) (à l'exercice précédent|à l'étirement précédent|au précédent|en arrière)
          (l'exercice|l'étirement) (précédent|d'avant) (|s'il te plaît)
          (reviens|recule) (à l'exercice précédent|à l'étirement précédent|d'un exercice|d'un cran)
      `,
      ],
    },
    'AMAZON.RepeatIntent': {
      samples: [
        ...lines`
          encore
          encore une fois
          refais le
          on le refait
          répète l'exercice
          une fois de plus
          redis moi ça
          pardon
          quoi
          qu'est ce que tu as dit
          vous pouvez répéter
        `,
        ...variants`
          (répète|redis|refais) (le|ça|moi ça|l'exercice) (encore|encore une fois|une fois de plus)
          (je n'ai pas compris|j'ai pas compris|je n'ai pas entendu|j'ai pas entendu)
          (tu peux|vous pouvez) (le redire|redire ça|recommencer)
        `,
      ],
    },
    'AMAZON.StartOverIntent': {
      samples: lines`
        recommence depuis le début
        depuis le début
        reprends du début
        recommence la routine
        reprends la routine depuis le début
        on reprend depuis le début
      `,
    },
    'AMAZON.PauseIntent': {
      samples: [
        ...lines`
          attends
          attends un peu
          une minute
          donne moi une minute
          fais une pause
          on fait une pause
          mets la routine en pause
        `,
        ...variants`
          (attends|attendez|patiente) (un instant|une seconde|deux secondes|un moment|un peu)
          (donne moi|laisse moi|il me faut) (une minute|un instant|une pause|un moment)
          (on peut|je peux) (faire une pause|souffler un peu|me reposer un peu)
        `,
      ],
    },
    'AMAZON.ResumeIntent': {
      samples: [
        ...lines`
          continue
          continuer
          on continue
          poursuis
          reprends ma routine
          reprends là où je me suis arrêté
          reprends là où je me suis arrêtée
          reprendre là où je m'étais arrêté
          reprendre là où je m'étais arrêtée
          reprendre là où j'en étais
          reprends où j'en étais
          on reprend
          retour à la routine
          continue l'exercice
          continue ma routine
        `,
        ...variants`
          (on peut|je veux|je voudrais) (reprendre|continuer|poursuivre)
          (reprends|reprenons|continue|continuons) (où on en était|là où on était|là où on s'était arrêté)
          (je suis de retour|me revoilà|c'est bon je suis là)
        `,
      ],
    },
    'AMAZON.YesIntent': {},
    'AMAZON.NoIntent': {},
    'AMAZON.HelpIntent': {},
    'AMAZON.StopIntent': {
      samples: [
        ...lines`
          arrête la routine
          arrêter la routine
          termine la routine
          terminer la routine
          stop la routine
          fin de la routine
          on arrête là
          on arrête pour aujourd'hui
          on s'arrête là
          on s'arrête pour aujourd'hui
          ça suffit pour aujourd'hui
          c'est tout pour aujourd'hui
          j'ai fini pour aujourd'hui
          j'arrête pour aujourd'hui
          j'arrête là
          ça ira pour aujourd'hui
          j'en ai assez pour aujourd'hui
          je veux arrêter
          je veux arrêter la routine
        `,
        ...variants`
          (j'en ai|on en a) (assez|marre) (|pour aujourd'hui)
          (j'ai|on a) assez (fait|étiré|travaillé) (|pour aujourd'hui)
          (on|je) (s'arrête|m'arrête) (ici|maintenant)
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
        pause bureau
        bureau
        la pause bureau
        une pause bureau
        routine bureau
        étirements au bureau
        étirements de bureau
        rapide
        quelque chose de rapide
        un truc rapide
        un étirement rapide
        une routine rapide
        une petite pause
        une routine d'une minute
        un étirement d'une minute
        quelques minutes
        je suis au bureau
        je suis à mon bureau
        au bureau
        au travail
        pause café
        sur ma chaise
        sur une chaise
        assis
        assise
        sur la chaise
        chaise
        devant l'ordinateur
        devant mon ordi
        au boulot
        la courte
        la plus courte
        la plus rapide
        du bureau
      `,
      morning: lines`
        routine du matin
        matin
        le matin
        du matin
        réveil
        réveil musculaire
        le réveil musculaire
        un réveil musculaire
        étirements du matin
        mobilité
        mobilité du matin
        au sol
        par terre
        sur le sol
        sur un tapis
        sur mon tapis
        tapis
        tapis de yoga
        j'ai un tapis
        je viens de me réveiller
        je viens de me lever
        au réveil
        bien commencer la journée
        avant le travail
      `,
      gentle: lines`
        routine douce
        douce
        en douceur
        étirements doux
        débutant
        débutante
        pour débutants
        routine débutant
        je suis débutant
        je suis débutante
        je débute
        c'est la première fois
        première fois
        facile
        quelque chose de facile
        un étirement facile
        mon dos est sensible aujourd'hui
        dos sensible
        un dos sensible
        un jour difficile
        sans matériel
        sans rien
        pas de matériel
        je n'ai pas de matériel
        léger
        quelque chose de léger
        tranquille
        tout doux
        rien d'intense
        relaxant
        pépère
        la plus douce
        la plus facile
      `,
      full: lines`
        routine complète
        complète
        la complète
        routine complète du haut du dos
        la routine complète du haut du dos
        séance complète
        longue
        une longue routine
        la longue
        routine longue
        tout
        tous les étirements
        l'ensemble
        le programme complet
        tout le programme
        avancé
        avancée
        dix minutes
        un quart d'heure
        à fond
        un rouleau
        rouleau
        j'ai un rouleau
        avec un rouleau
        rouleau de massage
        un rouleau de massage
        j'ai un rouleau de massage
        avec un rouleau de massage
        la plus longue
        la plus complète
      `,
    },
    Verbosity: {
      brief: [
        ...lines`
          moins de détails
          moins de blabla
          moins de paroles
          parle moins
          tu parles trop
          plus court
          plus courtes
          plus bref
          court
          version courte
          la version courte
          consignes courtes
          des consignes courtes
          courtes
          sois brève
          en bref
          l'essentiel
          juste l'essentiel
          va à l'essentiel
          moins d'explications
          arrête d'expliquer
          n'explique pas tout
          le minimum
          le strict minimum
          moins bavarde
          des rappels rapides
          juste les rappels
        `,
        ...variants`
          (moins de|pas autant de) (paroles|explications|détails)
        `,
      ],
      detailed: [
        ...lines`
          plus de détails
          plus détaillé
          détaillé
          détaillées
          en détail
          consignes détaillées
          des consignes détaillées
          toutes les étapes
          explique plus
          explique davantage
          explique moi tout
          plus d'explications
          parle plus
          la version longue
          version longue
          toutes les consignes
          tous les détails
          plus de consignes
          plus d'indications
          explique chaque exercice
        `,
        ...variants`
          (plus de|davantage de) (explications|détails|consignes)
        `,
      ],
    },
    Pace: {
      flow: lines`
        d'une traite
        tout d'une traite
        d'affilée
        tout d'affilée
        en continu
        sans pause
        sans t'arrêter
        sans arrêt
        enchaîne tout
        tout enchaîner
        sans m'attendre
        ne m'attends pas
        tout à la suite
        à la suite
      `,
      step: lines`
        un par un
        un à la fois
        un exercice à la fois
        étape par étape
        pas à pas
        à mon rythme
        attends moi
        attends moi après chaque exercice
        attends entre chaque exercice
        un côté à la fois
        exercice par exercice
        un seul à la fois
      `,
    },
    ReminderDays: {
      daily: lines`
        tous les jours
        chaque jour
        quotidiennement
      `,
      weekdays: lines`
        du lundi au vendredi
        en semaine
        les jours de semaine
        les jours ouvrables
        les jours ouvrés
        pendant la semaine
        chaque jour de semaine
      `,
      weekend: lines`
        le week end
        les week ends
        le weekend
        les weekends
        chaque week end
        tous les week ends
        en fin de semaine
      `,
      mon: lines`
        le lundi
        lundi
        les lundis
        tous les lundis
        chaque lundi
      `,
      tue: lines`
        le mardi
        mardi
        les mardis
        tous les mardis
        chaque mardi
      `,
      wed: lines`
        le mercredi
        mercredi
        les mercredis
        tous les mercredis
        chaque mercredi
      `,
      thu: lines`
        le jeudi
        jeudi
        les jeudis
        tous les jeudis
        chaque jeudi
      `,
      fri: lines`
        le vendredi
        vendredi
        les vendredis
        tous les vendredis
        chaque vendredi
      `,
      sat: lines`
        le samedi
        samedi
        les samedis
        tous les samedis
        chaque samedi
      `,
      sun: lines`
        le dimanche
        dimanche
        les dimanches
        tous les dimanches
        chaque dimanche
      `,
    },
  },
  locales: {
    'fr-FR': {},
    'fr-CA': {
      samples: {
        StartRoutineIntent: {
          add: lines`
            pars la {routine}
            partir la {routine}
            pars une routine
            je vais prendre la {routine}
            pars plutôt la {routine}
          `,
        },
        'AMAZON.NextIntent': {
          add: lines`
            c'est beau
            envoye
            envoie
            let's go
            go
          `,
        },
        'AMAZON.StopIntent': {
          add: lines`
            c'est assez pour aujourd'hui
            arrête ça
            on arrête ça là
            ça va faire pour aujourd'hui
            ça va faire
          `,
        },
      },
      values: {
        RoutineName: {
          desk: {
            add: lines`
              à la job
              au bureau à la job
              pause café au travail
            `,
            remove: lines`
              au boulot
            `,
          },
          gentle: {
            add: lines`
              sans équipement
              pas d'équipement
              je n'ai pas d'équipement
            `,
            remove: lines`
              pépère
            `,
          },
          full: {
            add: lines`
              rouleau de mousse
              un rouleau de mousse
              j'ai un rouleau de mousse
              avec un rouleau de mousse
              rouleau en mousse
            `,
            remove: lines`
              rouleau de massage
              un rouleau de massage
              j'ai un rouleau de massage
              avec un rouleau de massage
            `,
          },
        },
      },
    },
  },
};

export default model;
