import { lines, words } from '../lines';
import type { Vocabulary } from '../vocabulary';

const vocabulary: Vocabulary = {
  grammar: {
    negations: words`
      no not never nothing none nobody neither nor without cannot
      can't cant don't dont doesn't doesnt didn't didnt isn't isnt aren't arent wasn't wasnt
      won't wont haven't havent hasn't hasnt couldn't couldnt wouldn't wouldnt shouldn't ain't
    `,
    hedges: words`
      don't_know dont_know do_not_know not_sure no_idea not_certain can't_tell cannot_tell can't_say
    `,
    clauseBreaks: words`but though although however except whereas yet instead`,
    scopeBreaks: words`and also plus then so because since now i i'm i've i'd it it's that's`,
    notSigns: words`
      painkiller* pain_killer* pain_reliev* pain_relief pain_med* pain_pill* pain_free
      no_pain_no_gain growing_pains heart_rate heart_surgery emergency_room* emergency_department
      sick_of sick_and_tired chest_opener* doorway_chest* chest_stretch* open_my_chest open_the_chest
      open_up_my_chest knee*_to_chest knee*_to_my_chest feel_the_stretch
    `,
  },
  topics: {
    'crack-safe': {
      phrases: lines`
        cracking my back
        crack my back
        popping my back
        pop my back
        cracking
        crack
        cracking my spine
        crack my spine
        popping my spine
        cracking my upper back
        pop my upper back
        back cracking
        cracking your back
        crack my own back
        cracking my own back
        twisting to crack my back
        is it safe to crack my back
        is cracking my back safe
        is it okay to crack my back
        is it ok to pop my back
        is it safe to pop my back
        can i crack my back
        should i crack my back
      `,
      cues: lines`
        crack* pop* + back spine neck self myself own
      `,
    },
    'crack-why': {
      phrases: lines`
        why my back pops
        why does my back pop
        why does my back crack
        why does my spine pop
        why does it pop
        why does it crack
        why my back cracks
        what is the popping sound
        what's the popping sound
        what is that popping sound
        what's that cracking noise
        the popping sound
        popping sound
        cracking sound
        cracking noise
        popping noise
        the pop
        what causes the popping
        what causes the cracking sound
        what makes my back crack
        why do joints pop
        joint popping
        cavitation
        is the popping normal
        is the popping sound normal
        why did my back just pop
        my back popped is that normal
      `,
      cues: lines`
        why what how + crack* pop* click* snap* + back spine joint* it that sound* noise*
      `,
    },
    'crack-worse': {
      phrases: lines`
        cracking making it worse
        can cracking make it worse
        can cracking make my back worse
        cracking makes it worse
        is cracking bad
        is cracking bad for me
        is cracking my back bad
        is it bad to crack my back
        is popping bad
        is popping my back bad
        does cracking cause damage
        does cracking cause arthritis
        can cracking hurt my back
        can cracking damage my spine
        harm from cracking
        damage from cracking
        forcing a crack
        forcing my back to crack
        is it bad to force a crack
        does cracking loosen ligaments
        loose ligaments from cracking
        hypermobility
      `,
      cues: lines`
        crack* pop* + bad* harm* damag* wors* arthrit* loose* injur* danger*
        crack* pop* + back spine neck joint* + bad* harm* damag* wors* arthrit* loose* injur* danger*
      `,
    },
    'crack-often': {
      phrases: lines`
        how often to crack my back
        how often can i crack my back
        how often should i crack my back
        how many times can i crack my back
        how many times a day can i crack my back
        how often is too often to crack
        cracking every day
        crack my back every day
        cracking my back every day
        crack my back daily
        cracking my back a lot
        i crack my back a lot
        i crack my back all the time
        cracking all the time
        too much cracking
        cracking too often
        is it ok to crack my back every day
        habitual cracking
        cracking many times a day
      `,
      cues: lines`
        crack* pop* + often times daily every much lot
      `,
    },
    'crack-someone': {
      phrases: lines`
        someone else cracking my back
        should someone else crack my back
        can someone else crack my back
        can my partner crack my back
        can my husband crack my back
        can my wife crack my back
        can my friend crack my back
        my partner cracking my back
        a friend cracking my back
        having someone crack my back
        getting my back cracked
        walking on my back
        someone walking on my back
        can someone walk on my back
        can my kid walk on my back
        my partner walking on my back
        someone pulling my arms to crack my back
        the bear hug crack
        a chiropractor
        chiropractor
        going to a chiropractor
        getting adjusted
        an adjustment
      `,
      cues: lines`
        crack* pop* walk* adjust* + someone somebody partner husband wife friend kid* other
        chiropract* osteopath* adjustment*
      `,
    },
    'stretch-vs-crack': {
      phrases: lines`
        stretching or cracking
        stretching or cracking which is better
        which is better stretching or cracking
        is stretching better than cracking
        is cracking better than stretching
        cracking or stretching
        cracking versus stretching
        stretching versus cracking
        stretch or crack
        should i stretch or crack
        stretch instead of crack
        should i stretch instead of cracking
        does cracking work better than stretching
        what's better than cracking my back
        an alternative to cracking
        instead of cracking my back
        does cracking help
        does cracking my back help
        is there any benefit to cracking
        benefits of cracking
      `,
      cues: lines`
        stretch* + crack* pop* + better instead or versus vs rather alternative
        crack* pop* + help* benefit* work* point
      `,
    },
    'stretch-frequency': {
      phrases: lines`
        how often to stretch
        how often should i stretch
        how often can i stretch
        how frequently should i stretch
        how many times a week should i stretch
        how many times a day should i stretch
        how many days a week
        how often should i do this
        how often should i do these stretches
        how often should i do the routine
        stretch every day
        stretching every day
        should i stretch every day
        can i stretch every day
        is it bad to stretch every day
        stretching daily
        stretch daily
        stretching twice a day
        stretching more than once a day
        stretching too much
        can i stretch too much
        how often
        frequency
      `,
      cues: lines`
        often frequent* times daily every_day week* + stretch* routine* this these do exercis*
      `,
    },
    'hold-length': {
      phrases: lines`
        how long to hold a stretch
        how long should i hold a stretch
        how long should i hold it
        how long do i hold it
        how long to hold
        how long should i hold each stretch
        how long should a stretch last
        how long should each stretch be
        how long should i stretch
        how long should i stretch for
        how long do i stretch for
        how many seconds
        how many seconds should i hold
        is thirty seconds enough
        can i hold it longer
        holding it longer
        holding a stretch
        holding stretches
        hold time
        hold length
      `,
      cues: lines`
        long seconds + hold* stay* stretch* each
      `,
    },
    'warm-up': {
      phrases: lines`
        warming up
        warm up
        a warm up
        warm up first
        warming up first
        should i warm up
        do i need to warm up
        do i need a warm up
        do i have to warm up first
        how do i warm up
        how should i warm up
        how to warm up
        is warming up important
        why warm up
        skip the warm up
        can i skip the warm up
        stretching cold
        stretching without warming up
        stretch without a warm up
      `,
      cues: lines`
        warm_up* warmup* warming_up
        warm* + first before
      `,
    },
    'should-hurt': {
      phrases: lines`
        should stretching hurt
        should it hurt
        is it supposed to hurt
        is stretching supposed to hurt
        does stretching hurt
        should i feel pain
        should i feel pain when stretching
        how much should it hurt
        is it okay if it hurts
        is it ok if it hurts a bit
        is some pain normal
        is pain normal when stretching
        no pain no gain
        stretching through pain
        push through the pain
        should i push through pain
        how far should i stretch
        how deep should i stretch
        how hard should i push
        how much should i feel it
        how should a stretch feel
        what should a stretch feel like
      `,
      cues: lines`
        hurt* pain* feel* + should shouldn't suppos* normal meant expected ok okay
        how_much how_far how_hard how_deep + hurt* feel* push* stretch* go
        push* + through + pain* hurt*
      `,
    },
    'feel-little': {
      phrases: lines`
        not feeling the stretch
        i don't feel the stretch
        i can't feel the stretch
        i don't feel anything
        i feel nothing
        i barely feel it
        i hardly feel anything
        it doesn't hurt
        no pain
        nothing hurts
        i'm not feeling it
      `,
      cues: lines`
        ~feel* ~notic* + anything much it stretch* thing* difference
        feel* notic* + nothing
        ~hurt* ~pain* ~ache* ~sore*
      `,
    },
    numbness: {
      phrases: lines`
        numbness or tingling
        numbness and tingling
        what if i feel numbness or tingling
        if my arm tingles
        what if my arm goes numb
        what if my hands go numb
        if my hands go numb
        is pins and needles normal
        is tingling normal
        is numbness normal
        is it normal for my arm to tingle
        numbness while stretching
        tingling while stretching
        tingling in my arms when i stretch
      `,
    },
    'shooting-pain': {
      phrases: lines`
        pain shooting down the arm
        what if pain shoots down my arm
        if pain shoots down my arm
        what if the pain goes down my arm
        what if i feel a sharp pain down my arm
        is shooting pain normal
        is it normal for pain to go down my arm
        pain that shoots down the arm
        pain radiating down the arm
        a pinched nerve
        pinched nerve
        could it be a pinched nerve
        do i have a pinched nerve
        is it a pinched nerve
      `,
      cues: lines`
        sciatica
        nerve* + pinch* trap* compress*
      `,
    },
    injury: {
      phrases: lines`
        after an injury
        i fell
        i fell down
        i fell on my back
        i slipped and fell
        i had a fall
        after a fall
        i had an accident
        after an accident
        an accident
        car accident
        a car accident
        i was in a car accident
        after a car accident
        i was rear ended
        whiplash
        i hurt my back
        i injured my back
        i got hurt
        back injury
        an injury
        stretching after an injury
        sports injury
        i pulled a muscle
        a pulled muscle
        muscle strain
        i fell and hurt my back
        i fell and now my back hurts
        i hurt my back in a fall
        i hurt my back in an accident
      `,
      cues: lines`
        fell fall* accident* crash* slipp* tripp* whiplash injur* sprain* rear_ended
        pulled + muscle*
      `,
    },
    'see-doctor': {
      phrases: lines`
        seeing a doctor
        when should i see a doctor
        do i need a doctor
        should i see a doctor
        should i go to the doctor
        do i need to see a doctor
        when to see a doctor
        see a doctor
        going to the doctor
        should i see a physical therapist
        a physical therapist
        physical therapy
        physiotherapist
        should i go to the emergency room
        when should i get help
        when to get medical help
        when should i worry
        when is back pain serious
        is my back pain serious
        warning signs
        what are the warning signs
        red flags
        when should i stop stretching
        pain that won't go away
        what if the pain doesn't go away
        what if it gets worse
      `,
      cues: lines`
        doctor* physio* therap* gp hospital* clinic* urgent_care
        worr* serious warning red_flag* + pain* back this it
      `,
    },
    causes: {
      phrases: lines`
        causes of upper back pain
        what causes upper back pain
        upper back pain causes
        why does my upper back hurt
        why does my back hurt
        why does my back ache
        why do i get back pain
        what's causing my back pain
        where does back pain come from
        why is my back stiff
        why is my back so tight
        why is my upper back so stiff
        why is my upper back tight
        why are my shoulders so tight
        what causes stiffness
        upper back stiffness
        upper back pain
        causes
        the cause
        thoracic spine
        what is the thoracic spine
        what muscles are in the upper back
        which muscles am i stretching
        what muscles does this stretch
        anatomy
      `,
      cues: lines`
        why caus* reason* + back shoulder* neck stiff* tight* ach* hurt* pain* sore* knot*
        muscle* anatomy thoracic vertebra* + what which
      `,
    },
    posture: {
      phrases: lines`
        posture
        posture tips
        my posture
        good posture
        better posture
        how should i sit
        how to sit
        how should i sit at my desk
        how should i stand
        how do i improve my posture
        improve my posture
        fix my posture
        how to fix my posture
        slouching
        i slouch
        hunching
        i hunch over my laptop
        tech neck
        text neck
        sitting all day
        i sit all day
        desk setup
        ergonomics
        chair height
        how high should my desk be
        screen height
        standing desk
        rounded shoulders
        hunched shoulders
      `,
      cues: lines`
        postur* slouch* hunch* ergonom* desk office chair* screen* monitor* laptop* tech_neck text_neck sitting standing_desk
      `,
    },
    'heat-ice': {
      phrases: lines`
        heat or ice
        ice or heat
        heat
        ice
        heating pad
        a heating pad
        ice pack
        an ice pack
        cold pack
        heat pack
        heat wrap
        hot water bottle
        warm compress
        cold compress
        should i use heat
        should i use ice
        should i use heat or ice
        hot or cold
        a warm bath
        hot bath
        a hot shower
        icing my back
        putting ice on my back
      `,
      cues: lines`
        heat* ice icing cold hot heating_pad bath shower compress*
      `,
    },
    painkiller: {
      phrases: lines`
        painkillers
        painkiller
        a painkiller
        pain killer
        pain medication
        pain meds
        pain pills
        medication
        medicine
        pills
        a pill
        ibuprofen
        advil
        tylenol
        acetaminophen
        paracetamol
        aspirin
        naproxen
        aleve
        muscle relaxants
        muscle relaxer
        anti inflammatories
        take a painkiller
        take something for the pain
        can i take a painkiller
        should i take ibuprofen
        pain relief
        pain relief cream
        a pain reliever
      `,
      cues: lines`
        painkiller* pain_killer* medic* pill* ibuprofen advil tylenol aspirin paracetamol acetaminophen naproxen aleve motrin drug* tablet* relaxant*
      `,
    },
    pregnancy: {
      phrases: lines`
        pregnancy
        i'm pregnant
        i am pregnant
        pregnant
        stretching while pregnant
        stretching during pregnancy
        can i stretch while pregnant
        is it safe to stretch while pregnant
        while pregnant
        during pregnancy
        i'm expecting
        expecting a baby
        i'm having a baby
        first trimester
        second trimester
        third trimester
        i just had a baby
        postpartum
      `,
      cues: lines`
        pregnan* expecting trimester postpartum birth
      `,
    },
    osteoporosis: {
      phrases: lines`
        osteoporosis
        i have osteoporosis
        osteopenia
        brittle bones
        i have brittle bones
        weak bones
        thin bones
        fragile bones
        low bone density
        bone density
        stretching with osteoporosis
        is it safe with osteoporosis
      `,
      cues: lines`
        osteopor* osteopen* bone* brittle
      `,
    },
    surgery: {
      phrases: lines`
        after surgery
        i had surgery
        i've had surgery
        i just had surgery
        i had an operation
        after an operation
        after my operation
        an operation
        surgery
        recent surgery
        back surgery
        i had back surgery
        spine surgery
        spinal surgery
        spinal fusion
        i had a spinal fusion
        shoulder surgery
        heart surgery
        recovering from surgery
        stretching after surgery
        post surgery
        stitches
      `,
      cues: lines`
        surg* operat* stitch* fusion
      `,
    },
    disclaimer: {
      phrases: lines`
        medical advice
        is this medical advice
        are you a doctor
        are you a real doctor
        are you a physical therapist
        are you qualified
        is this a doctor
        disclaimer
        the disclaimer
        can i trust this
        is this safe for everyone
        where does this information come from
        who made these stretches
        who wrote this
        is this official
        can you diagnose me
        can you diagnose my pain
        what's wrong with my back
        what is wrong with my back
      `,
      cues: lines`
        advice + medic* doctor*
        doctor + you you're real
        qualif* diagnos* official trust* disclaim*
        medical + training degree qualification*
      `,
    },
  },
  symptoms: {
    emergency: {
      phrases: lines`
        emergency
        medical emergency
        it's an emergency
        this is an emergency
        i have an emergency
        call an ambulance
        call me an ambulance
        get an ambulance
        i need an ambulance
        send an ambulance
        ambulance
        call emergency services
        heart attack
        a heart attack
        i'm having a heart attack
        i think i'm having a heart attack
        stroke
        a stroke
        i'm having a stroke
        i think i'm having a stroke
        i collapsed
        i passed out
        i blacked out
      `,
      cues: lines`
        ambulance* paramedic* 911 nine_one_one emergenc*
        heart_attack* cardiac_arrest stroke dying
        collaps* fainted passed_out blacked_out unconscious knocked_out
        slur* + speech speak* talk* word*
        droop* + face mouth
      `,
    },
    'chest-pain': {
      phrases: lines`
        chest pain
        pain in my chest
        pain in the chest
        chest hurts
        my chest hurts
        my chest is hurting
        it hurts in my chest
        chest pressure
        pressure in my chest
        tight chest
        my chest is tight
        my chest feels tight
        tightness in my chest
        chest tightness
        heavy chest
        my chest feels heavy
        crushing chest pain
        squeezing in my chest
        my heart hurts
        heart pain
        pain behind my breastbone
      `,
      cues: lines`
        chest* breastbone sternum + pain* hurt* ach* pressure press* tight* heav* crush* squeez* burn* sore* stab* sharp* weigh* clench* band vice vise sit* sat elephant
        heart + hurt* pain* ach* squeez*
        angina
      `,
    },
    breathless: {
      phrases: lines`
        short of breath
        shortness of breath
        i'm short of breath
        can't breathe
        i can't breathe
        can't catch my breath
        i can't catch my breath
        i can't get air
        trouble breathing
        having trouble breathing
        hard to breathe
        it's hard to breathe
        difficulty breathing
        struggling to breathe
        out of breath
        i'm out of breath
        breathless
        gasping
        gasping for air
        wheezing
        breathing hurts
        it hurts to breathe
        painful breathing
      `,
      cues: lines`
        ~breath* ~air
        short*_of_breath shortness breathless* winded out_of_breath
        trouble difficult* hard struggl* problem* labou* + breath*
        gasp* wheez* suffocat* chok*
        breath* + hurt* pain*
        air + enough
      `,
    },
    'radiating-pain': {
      phrases: lines`
        pain spreading to the jaw or arm
        pain spreading to my jaw
        pain going into my jaw
        pain radiating to my jaw
        pain moving to my jaw
        pain spreading into my neck and jaw
        pain in my jaw
        pain in my jaw and back
        my jaw hurts
        my jaw aches
        jaw pain
        my left arm hurts with my back
        my left arm hurts
        left arm pain
        pain in my left arm
        pain spreading to my arm
        pain going into my arm and jaw
        my arm and jaw hurt
        my back pain is spreading
        the pain is spreading
        radiating pain
      `,
      cues: lines`
        jaw* + pain* hurt* ach* sore* tight* spread* radiat*
        left + arm* shoulder* + pain* hurt* ach*
        spread* radiat* + pain* hurt* ach*
        arm* + jaw*
      `,
    },
    'sweating-nausea': {
      phrases: lines`
        cold sweat or nausea
        cold sweat
        i'm in a cold sweat
        i'm breaking out in a cold sweat
        sweating
        i'm sweating
        sweaty
        clammy
        i feel clammy
        i feel sick
        feel sick
        sick
        nauseous
        i'm nauseous
        i feel nauseous
        nausea
        queasy
        i feel queasy
        sick to my stomach
        i feel like throwing up
        i think i'm going to throw up
        i'm going to be sick
        i'm sweating and feel sick
        sweating and nauseous
      `,
      cues: lines`
        sweat* clammy perspir* nause* queas* vomit* puk* barf* retch*
        throw*_up
        sick + feel* feeling going gonna be get*
        stomach + turn* churn* upset
      `,
    },
    faint: {
      phrases: lines`
        feeling faint
        faint
        i feel faint
        i'm going to faint
        i think i'm going to pass out
        going to pass out
        i'm about to faint
        i might pass out
        i feel like i'm going to faint
        i'm going to black out
      `,
      cues: lines`
        faint faintish faintness pass_out black_out keel_over
      `,
    },
    numbness: {
      phrases: lines`
        numbness
        numb
        my arm is numb
        my arms are numb
        my arm went numb
        my hands are numb
        my hand is numb
        my hand went numb
        my fingers are numb
        my leg is numb
        my legs are numb
        numb arm
        numb hands
        numb fingers
        numbness in my arm
        numbness in my hands
        i can't feel my fingers
        i can't feel my hand
        i can't feel my arm
        my arm feels dead
        dead arm
        loss of feeling
        no feeling in my hand
        arm feels numb
        my arm feels numb
        hand feels numb
        my hand feels numb
        fingers feel numb
        my fingers feel numb
        arm is going numb
      `,
      cues: lines`
        numb*
        ~feel* + arm* hand* finger* leg* feet foot toe*
        dead asleep + arm* hand* leg* finger* foot
        feeling + lost loss
      `,
    },
    tingling: {
      phrases: lines`
        tingling
        tingly
        pins and needles
        i have pins and needles
        my arm is tingling
        my arms are tingling
        my arm tingles
        my hand is tingling
        my hands are tingling
        my fingers tingle
        my fingers are tingling
        my legs are tingling
        tingling in my arm
        tingling in my hands
        tingling in my fingers
        prickling
        prickling in my hands
        my arm is buzzing
        buzzing in my arm
        arm feels tingly
        my arm feels tingly
        fingers are tingling
        hand is tingling
      `,
      cues: lines`
        tingl* prickl* pins_and_needles buzz* fizz*
      `,
    },
    weakness: {
      phrases: lines`
        arm weakness
        weakness
        weak
        my arm feels weak
        my arm is weak
        my arms feel weak
        weak arm
        weakness in my arm
        my hand is weak
        my hands feel weak
        my grip is weak
        i can't grip
        i can't hold anything
        i can't lift my arm
        i can't raise my arm
        i can't move my arm
        my arm won't move
        no strength in my arm
        i have no strength in my arm
        i lost strength in my arm
        my leg feels weak
        my legs are weak
        my legs gave out
      `,
      cues: lines`
        weak* + arm* hand* leg* grip* finger* wrist* knee*
        ~grip* ~lift* ~raise* ~hold* ~move* ~squeez* + arm* hand* leg* finger* fist anything
        strength + arm* hand* leg* finger* grip*
        gave_out giving_out give_out give_way + leg* knee*
        paraly*
        drop* + things everything
      `,
    },
    'shooting-pain': {
      phrases: lines`
        shooting pain
        shooting pains
        a shooting pain
        sharp pain down my arm
        sharp pain in my arm
        pain shooting down my arm
        pain down my arm
        pain going down my arm
        pain running down my arm
        burning pain down my arm
        it shoots down my arm
        it's shooting down my arm
        electric pain
        an electric shock
        like an electric shock
        electric shock feeling
        nerve pain
        a zinger
        sharp pain
        a sharp pain
        sudden sharp pain
        stabbing pain
        a stabbing pain
      `,
      cues: lines`
        shoot* electric* zing* zap* jolt*
        sharp* stab* burn* + arm* down hand* finger*
        nerve* + pain* hurt*
        down + arm* + pain* hurt* run* go* travel*
      `,
    },
    dizzy: {
      phrases: lines`
        dizziness
        dizzy
        i'm dizzy
        i feel dizzy
        lightheaded
        light headed
        i'm lightheaded
        the room is spinning
        everything is spinning
        my head is spinning
        spinning
        woozy
        i feel woozy
        vertigo
        unsteady
        i'm seeing stars
        my vision is blurry
      `,
      cues: lines`
        dizz* lightheaded light_headed woozy vertig* unsteady wobbl* blurr* double_vision
        spin* + room* head* everything* world*
        seeing_stars see_stars
      `,
    },
    fever: {
      phrases: lines`
        fever
        a fever
        i have a fever
        i've got a fever
        i'm running a fever
        i'm running a temperature
        a temperature
        high temperature
        i have a high temperature
        feverish
        i feel feverish
        i have chills
        chills
      `,
      cues: lines`
        fever* temperature chill* shiver* hot_and_cold
      `,
    },
    'bladder-bowel': {
      phrases: lines`
        loss of bladder or bowel control
        loss of bladder control
        i can't control my bladder
        i can't hold my pee
        i wet myself
        i can't control my bowels
        loss of bowel control
        i soiled myself
        incontinence
        i can't pee
        i can't go to the toilet
        i can't go to the bathroom
      `,
      cues: lines`
        bladder* bowel* pee* wee + ~control* ~hold*
        bladder* bowel* + los* lost loss leak*
        incontinen* soil*
        wet + myself pants
        can't_pee cannot_pee can't_urinate cannot_urinate
      `,
    },
    'weight-loss': {
      phrases: lines`
        unexplained weight loss
        i'm losing weight without trying
        i lost weight without trying
        losing weight for no reason
      `,
      cues: lines`
        weight + los* lost losing dropp* + without* reason* unexplain* explain* trying
      `,
    },
    pain: {
      phrases: lines`
        pain
        it hurts
        that hurts
        this hurts
        hurts
        it really hurts
        that really hurts
        it hurts a lot
        it's hurting
        it's hurting me
        that's hurting me
        i'm hurting
        i'm in pain
        that's painful
        it's painful
        painful
        that's very painful
        ouch
        ow
        my back hurts
        my back is hurting
        my shoulder hurts
        my neck hurts
        pain in my back
        back pain
      `,
      cues: lines`
        hurt* pain* ach* ow ouch owie agony
      `,
    },
    discomfort: {
      phrases: lines`
        discomfort
        uncomfortable
        it's uncomfortable
        that's uncomfortable
        a bit uncomfortable
        too much
        that's too much
        it's too much
        it's a lot
        too intense
        that's too intense
        too hard
        that's too hard
        too deep
        it pulls too much
        it's pulling too much
        sore
        it's sore
        that's sore
        it feels sore
        strained
        it feels strained
        it's straining
        tight
        too tight
        it feels tight
        that feels tight
        pinching
        it's pinching
        a pinch
        i can't do this one
        a pull
        a pulling feeling
        a strong pull
        it pulls
        it's pulling
      `,
      cues: lines`
        uncomfort* tight* strain* pull* pinch* intens* stiff* cramp* sore* burn* overstretch*
        too + much hard far deep strong
        ~manage
      `,
    },
  },
  regions: {
    'en-GB': {
      topics: {
        'see-doctor': {
          add: lines`
            when should i see my gp
            should i see a physio
          `,
        },
        painkiller: {
          add: lines`
            can i take paracetamol
          `,
        },
      },
      symptoms: {
        discomfort: {
          add: lines`
            a bit sore
            it is a bit much
          `,
        },
      },
    },
    'en-AU': {
      topics: {
        'see-doctor': {
          add: lines`
            when should i see my gp
            should i see a physio
          `,
        },
      },
    },
    'en-CA': {
      topics: {
        'see-doctor': {
          add: lines`
            should i see a physio
          `,
        },
      },
    },
  },
};

export default vocabulary;
