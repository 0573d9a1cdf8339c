import vocabulary from '../lambda/src/understanding/vocabulary/en';
import { lines, variants, type LanguageModelSource } from './define';

const model: LanguageModelSource = {
  invocationName: 'upper back coach',
  vocabulary,
  intents: {
    StartRoutineIntent: {
      slots: { routine: 'RoutineName' },
      samples: [
        ...lines`
          start a routine
          start my routine
          start a stretch routine
          start stretching
          let's stretch
          let's get stretching
          let's start stretching
          i want to stretch
          i want to stretch my upper back
          stretch my upper back
          i need to stretch
          i need a stretch
          give me a stretch
          stretch with me
          guide me through a stretch
          something for my upper back
          loosen up my upper back
          begin a routine
          start the {routine}
          start {routine}
          start a {routine}
          start the {routine} routine
          begin the {routine}
          i want to do the {routine}
          i want to do {routine}
          i want the {routine}
          {routine}
          {routine} please
          the {routine} please
          give me {routine}
          give me the {routine}
          i'd like {routine}
          i'd like the {routine}
          i'd like to do the {routine}
          let's do {routine}
          let's do the {routine}
          let's go with {routine}
          do the {routine}
          can we do the {routine}
          can i get {routine}
          i'll take the {routine}
          run the {routine}
          guide me through {routine}
          i need {routine}
          i am {routine}
          i'm {routine}
          i have {routine}
          i've got {routine}
          the {routine}
          switch to the {routine}
          switch to {routine}
          change to the {routine}
          do the {routine} instead
          i want the {routine} one
          let's do the {routine} one
        `,
        ...variants`
          (can we|could we|let's|i want to|i'd like to) do (|the|a|some) {routine}
          (start|begin|do) (the|a) {routine} (one|routine|session)
        `,
      ],
    },
    ListRoutinesIntent: {
      slots: {},
      samples: [
        ...lines`
          what routines are there
          what routines do you have
          what routines are available
          what routines can i choose from
          what can i do
          what are my options
          what are the options
          what are the choices
          list the routines
          list routines
          list my options
          which stretches do you have
          which routines do you have
          what stretches do you have
          what stretches are there
          what kind of routines do you have
          what kinds of stretches can i do
          tell me the routines
          tell me my options
          read me the routines
          what are the routines
          what's available
          what do you offer
          which routine should i do
          show me the routines
          name the routines
          how many routines are there
          what stretch routines do you know
          options
          what else can i do
        `,
        ...variants`
          (what|which) (routines|stretches|options) (do you have|are there|can i do|do you offer)
          what (kinds|types) of (routines|stretches) (do you have|are there)
          (tell me|list|give me) (all the|your) (routines|options|choices)
        `,
      ],
    },
    RoutineProgressIntent: {
      slots: {},
      samples: [
        ...lines`
          how much longer
          how much is left
          how much more
          how many more
          how many more stretches
          how many stretches are left
          how many are left
          how many to go
          how long is left
          how much time is left
          how long to go
          how far along am i
          where are we
          where am i
          are we nearly done
          are we almost done
          are we almost there
          is it nearly over
          what's left
        `,
        ...variants`
          how (much|long) (is|do we have|do i have) (left|to go)
          how many (stretches|ones|more) (are left|to go|left)
          (are we|am i) (nearly|almost|close to) (done|finished|there)
        `,
      ],
    },
    SetVerbosityIntent: {
      slots: { verbosity: 'Verbosity' },
      samples: [
        ...lines`
          {verbosity}
          {verbosity} please
          please {verbosity}
          give me {verbosity}
          switch to {verbosity}
          switch to {verbosity} mode
          change to {verbosity}
          {verbosity} mode
          use {verbosity}
          use {verbosity} mode
          i want {verbosity}
          i'd like {verbosity}
          i prefer {verbosity}
          can you {verbosity}
          could you {verbosity}
          set it to {verbosity}
          set the instructions to {verbosity}
          make it {verbosity}
          make the instructions {verbosity}
          can i have {verbosity}
          can i get {verbosity}
          go to {verbosity}
          turn on {verbosity}
          let's have {verbosity}
          from now on {verbosity}
          try {verbosity}
          just {verbosity}
        `,
        ...variants`
        `,
      ],
    },
    SetPaceIntent: {
      slots: { pace: 'Pace' },
      samples: lines`
        {pace}
        {pace} please
        let's go {pace}
        go {pace}
        do them {pace}
        do it {pace}
        let's do it {pace}
        let's do them {pace}
        take them {pace}
        switch to {pace}
        i want to go {pace}
        i'd like to go {pace}
        can we go {pace}
        can we do them {pace}
        from now on {pace}
        do the stretches {pace}
        please {pace}
        i prefer {pace}
      `,
    },
    SafetyQuestionIntent: {
      slots: { topic: 'SafetyTopic', symptom: 'Symptom' },
      samples: [
        ...lines`
          {topic}
          is it safe to {topic}
          is it okay to {topic}
          is it ok to {topic}
          is it normal to {topic}
          is it safe if {topic}
          what about {topic}
          how about {topic}
          tell me about {topic}
          tell me {topic}
          can you tell me {topic}
          should i {topic}
          can i {topic}
          what if {topic}
          what happens if {topic}
          what should i do if {topic}
          what do i do if {topic}
          question about {topic}
          i have a question about {topic}
          i've got a question about {topic}
          quick question {topic}
          safety question about {topic}
          is {topic} okay
          is {topic} safe
          is {topic} normal
          any advice on {topic}
          advice about {topic}
          i want to know about {topic}
          i'd like to know {topic}
          i was wondering {topic}
          explain {topic}
          do you know {topic}
          what's the deal with {topic}
          what do you know about {topic}
          info on {topic}
          i'm worried about {topic}
          # A symptom asked about rather than reported: every Symptom value is a question here.
          what if {symptom}
          what if i have {symptom}
          what if i get {symptom}
          what if i feel {symptom}
          what if i start {symptom}
          what happens if i get {symptom}
          what should i do if i get {symptom}
          what should i do if i have {symptom}
          what do i do if i get {symptom}
          is it normal to have {symptom}
          is it normal to feel {symptom}
          is it normal to get {symptom}
          is it bad if i get {symptom}
          is it dangerous to have {symptom}
          should i worry about {symptom}
          what does {symptom} mean
        `,
        ...variants`
          do i (have to|need to|really need to) {topic}
          (should|can|could) i still {topic}
          (how|when) (should|do|can) i {topic}
          (what's|what is) the (best|right) way to {topic}
          is it (okay|ok|fine|safe) (if i|to) {topic}
          (i'm|i am) {topic}
          (i have|i've got|i had|i've had|i was) {topic}
          (i want to know|i'd like to know) (if|whether|how|why) {topic}
          is it (bad|normal|okay) (if i feel|if i get|if i have|to feel|to have) {symptom}
          (what should i do|what do i do|what happens) (if|when) (|i get|i feel) {symptom}
          should i (worry|be worried|be concerned) (about|if|when) {symptom}
      `,
      ],
    },
    ReportSymptomIntent: {
      slots: { symptom: 'Symptom' },
      samples: [
        ...lines`
          {symptom}
          i feel {symptom}
          i have {symptom}
          i've got {symptom}
          i'm getting {symptom}
          my {symptom}
          i'm feeling {symptom}
          there is {symptom}
          there's {symptom}
          i get {symptom}
          i'm {symptom}
          it's {symptom}
          it feels {symptom}
          that feels {symptom}
          i'm having {symptom}
          i have some {symptom}
          i've got some {symptom}
          i'm getting some {symptom}
          there's some {symptom}
          i'm starting to feel {symptom}
          i suddenly feel {symptom}
          now i feel {symptom}
          i feel a bit {symptom}
          i feel really {symptom}
          i noticed {symptom}
          i'm experiencing {symptom}
          i think i have {symptom}
          this stretch gives me {symptom}
          this stretch is {symptom}
          this is {symptom}
          feeling {symptom}
        `,
        ...variants`
          (i've had|i had|i've been having|i keep getting|i'm starting to get|i started getting|i just got) {symptom}
          i've been (|feeling) {symptom}
          i think (i'm|i've got|i'm having|i have|i might have) {symptom}
          (i've got|i have|there's|i feel|i'm getting|i get) this {symptom}
          (ow|ouch|oh no|oh) {symptom}
          (it|that|this) {symptom}
          it's (getting|starting to get|kind of) {symptom}
          i feel (like|as if) {symptom}
        `,
      ],
    },
    SetReminderIntent: {
      slots: { days: 'ReminderDays', moreDays: 'ReminderDays', time: 'AMAZON.TIME' },
      samples: [
        ...lines`
          set a stretch reminder
          set a reminder to stretch
          set up a stretch reminder
          i want a stretch reminder
          i'd like a reminder to stretch
          add a stretch reminder
          create a stretch reminder
          remind me to stretch
          remind me to do my stretches
          give me a daily reminder
          set a {days} reminder
          set a {days} stretch reminder
          set a stretch reminder for {time}
          set a stretch reminder {days}
          set a stretch reminder {days} at {time}
          set a reminder for {time}
          set a reminder {days} at {time}
          at {time}
          {time}
          {days}
          {days} at {time}
          {days} and {moreDays}
          {days} and {moreDays} at {time}
          on {days} and {moreDays} at {time}
        `,
        ...variants`
          remind me (|to stretch|to do my stretches|to do my stretching) {days}
          remind me (|to stretch|to do my stretches|to do my stretching) at {time}
          remind me (|to stretch|to do my stretches|to do my stretching) {days} at {time}
          remind me (|to stretch) on {days} and {moreDays} at {time}
          remind me (|to stretch) every {days} at {time}
        `,
      ],
    },
    ChangeReminderIntent: {
      slots: { days: 'ReminderDays', moreDays: 'ReminderDays', time: 'AMAZON.TIME' },
      samples: [
        ...lines`
          change my reminder
          change my stretch reminder
          change the time of my reminder
          change my reminder time
          update my reminder
          update my stretch reminder
          reschedule my reminder
          reschedule my stretch reminder
          change the reminder time to {time}
          push my reminder to {time}
          make my reminder {days}
          make my reminder {days} at {time}
        `,
        ...variants`
          (change|move|update|reschedule|set) my (|stretch) reminder to {time}
          (change|move|update|reschedule) my (|stretch) reminder to {days}
          (change|move|update|reschedule) my (|stretch) reminder to {days} at {time}
          (change|move) my (|stretch) reminder to {days} and {moreDays}
        `,
      ],
    },
    ListRemindersIntent: {
      samples: [
        ...lines`
          what reminders do i have
          what stretch reminders do i have
          which reminders do i have
          what are my reminders
          what's my reminder
          what is my reminder
          what's my stretch reminder
          what is my stretch reminder
          do i have a reminder
          do i have a stretch reminder
          do i have any reminders
          list my reminders
          tell me my reminders
          read my reminders
          check my reminders
          when is my reminder
          when is my stretch reminder
          what time is my reminder
          when will you remind me
        `,
      ],
    },
    CancelReminderIntent: {
      samples: [
        ...lines`
          stop reminding me
          stop reminding me to stretch
          i don't want a reminder anymore
          i don't want reminders
          no more reminders
          get rid of my reminder
        `,
        ...variants`
          (cancel|delete|remove|turn off) my (|stretch) (reminder|reminders)
          (cancel|delete|remove) the (|stretch) reminder
        `,
      ],
    },
    'AMAZON.NextIntent': {
      samples: [
        ...lines`
          next stretch
          i'm ready
          ready
          done
          i'm done
          go on
          move on
          skip this one
          skip it
          what's next
          let's go
          ok next
          okay next
          go
          finished
          i'm finished
          i am ready
          next one please
          done with that
          move on to the next one
        `,
        ...variants`
          (what's|what is) (next|the next one|the next stretch|coming up|up next|after this)
          (next one|next stretch|the next one|the next stretch|next exercise) (|please)
          (on to|onto|go to|move on to|take me to) the next (one|stretch|exercise)
          (i'm|i am) (done|finished|ready) (|with this one|with that one|for the next one)
          (that's|that one's|this one's) (done|finished)
          (let's|can we) (move on|go on|keep moving)
        `,
      ],
    },
    'AMAZON.PreviousIntent': {
      samples: [
        ...lines`
          back
          go back
          previous stretch
          last stretch
          the one before
        `,
        ...variants`
          (go|take me|let's go) back (|one|a stretch|to the previous one|to the previous stretch|to the last one|to the last stretch|to the one before)
          (previous|last) (one|stretch) (|please)
          (the|do the) (one|stretch) before (|that|this)
        `,
      ],
    },
    'AMAZON.RepeatIntent': {
      samples: [
        ...lines`
          again
          do that again
          repeat the stretch
          one more time
          say that again
          what was that
          what did you say
          sorry what did you say
          come again
          pardon
        `,
        ...variants`
          (say|repeat|tell me) (that|it|this) (again|once more)
          (do|let's do) (that|this one) (again|once more)
          (repeat|redo) (that|this|that one|this one|the last one|it) (|please)
          (i didn't|i did not) (catch|hear|get) (that|it|what you said)
        `,
      ],
    },
    'AMAZON.StartOverIntent': {
      samples: lines`
        start over
        restart
        from the beginning
        restart the routine
        start the routine again
      `,
    },
    'AMAZON.PauseIntent': {
      samples: [
        ...lines`
          wait
          hold on
          give me a minute
          take a break
          pause the routine
        `,
        ...variants`
          (hold on|hang on|wait|one) (a second|a sec|a minute|a moment|one second|one minute|one moment|a bit)
          (i need|give me|let me have) a (minute|moment|second|break|rest|breather)
          (let's|can we|can i) take a (break|rest|pause)
          (pause|stop) for a (minute|moment|second|bit)
          just a (minute|moment|second|sec)
        `,
      ],
    },
    'AMAZON.ResumeIntent': {
      samples: [
        ...lines`
          continue
          carry on
          resume my routine
          pick up where i left off
          continue my routine
          let's continue
          keep going where i stopped
          continue where i stopped
          back to the routine
          continue the stretch
        `,
        ...variants`
          (pick up|continue|carry on|keep going) (where we left off|where we stopped|where we were|from where we stopped)
          (i'm|i am) (back|ready to continue|ready to go on|ready to carry on)
          back to (it|the stretch|stretching|the routine)
          (let's|ok let's) (continue|get going again|pick it up again|go again)
        `,
      ],
    },
    'AMAZON.YesIntent': {},
    'AMAZON.NoIntent': {},
    'AMAZON.HelpIntent': {},
    'AMAZON.StopIntent': {
      samples: [
        ...lines`
          stop the routine
          end the routine
          i'm done for today
          that's enough for today
        `,
        ...variants`
          (i'm|i am) (done|finished) (for today|for now|for the day)
          (let's|i want to|i'd like to) (stop|finish|end) (here|now|for today|the routine)
          enough (for today|for now|stretching)
          (i've|i have) had enough (|for today)
          (that's|that is) (all|it) (for today|for now|for me)
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
        desk break
        desk
        a desk break
        desk routine
        desk stretch
        desk stretches
        quick
        something quick
        quick stretch
        a quick stretch
        a quick one
        quick routine
        quick break
        a one minute stretch
        one minute stretch
        one minute
        a few minutes
        at my desk
        i'm at my desk
        my desk
        office
        at the office
        office stretch
        at work
        work break
        coffee break
        in my chair
        seated
        sitting
        sitting down
        chair
        chair stretches
        at my computer
        desk one
        quick one
      `,
      morning: lines`
        morning mobility
        morning
        morning routine
        morning stretch
        morning stretches
        mobility
        mobility routine
        on the floor
        floor
        floor routine
        floor stretches
        mat
        on a mat
        on my mat
        yoga mat
        i have a mat
        wake up stretch
        wake up
        wake up routine
        i just woke up
        first thing in the morning
        start my day
        before work
        morning one
      `,
      gentle: lines`
        gentle routine
        gentle
        gentle stretch
        gentle stretches
        beginner
        beginners
        for beginners
        beginner routine
        i'm a beginner
        i'm new to this
        first time
        easy
        easy one
        something easy
        an easy stretch
        my back is sore
        sore back
        a sore back
        for a sore back
        sore day
        no equipment
        without equipment
        nothing needed
        no props
        light
        light stretch
        slow
        slow and easy
        take it easy
        nothing intense
        relaxing
        gentle one
      `,
      full: lines`
        full upper back
        full
        full routine
        full upper back routine
        full session
        full workout
        long
        long routine
        a long one
        the long one
        complete
        complete routine
        everything
        the whole thing
        whole routine
        all of it
        all the stretches
        the works
        thorough
        advanced
        ten minutes
        foam roller
        a foam roller
        i have a foam roller
        i've got a foam roller
        with a foam roller
        roller
        full one
        long one
      `,
    },
    Verbosity: {
      brief: [
        ...lines`
          less talking
          talk less
          less talk
          shorter
          short
          short instructions
          shorter instructions
          brief
          briefer
          be brief
          quick cues
          less detail
          fewer details
          just the cues
          cues only
          keep it short
          keep it brief
          less explanation
          don't explain so much
          stop explaining
          you talk too much
          too much talking
          minimal
          minimal instructions
          less chatty
          the short version
          short version
          concise
          fewer words
        `,
        ...variants`
          (less|not so much|not as much) (talk|talking|explaining|explanation)
        `,
      ],
      detailed: [
        ...lines`
          more detail
          more details
          full instructions
          explain more
          explain it more
          detailed
          detailed instructions
          more detailed
          step by step instructions
          more instructions
          more explanation
          talk more
          longer instructions
          the long version
          long version
          full detail
          all the details
          explain each stretch
          more guidance
          walk me through it
          in detail
          full version
          verbose
        `,
        ...variants`
          (more|a bit more) (explanation|explaining|detail|guidance|instructions)
        `,
      ],
    },
    Pace: {
      flow: lines`
        keep going
        keep it going
        keep going without stopping
        all the way through
        straight through
        play it through
        play them through
        the whole routine at once
        without stopping
        nonstop
        non stop
        hands free
        don't wait for me
        don't stop after each stretch
        don't stop between stretches
        continuous
        all in one go
        in one go
        back to back
      `,
      step: lines`
        one at a time
        step by step
        one stretch at a time
        one side at a time
        one by one
        wait for me
        wait for me after each stretch
        wait after each stretch
        stop after each stretch
        pause after each stretch
        wait between stretches
        at my own pace
        my own pace
        one stretch at a time please
        stretch by stretch
      `,
    },
    ReminderDays: {
      daily: lines`
        every day
        daily
        each day
        every single day
      `,
      weekdays: lines`
        every weekday
        weekdays
        weekday
        on weekdays
        monday to friday
        monday through friday
        from monday to friday
        every workday
        workdays
        on workdays
        work days
        during the week
      `,
      weekend: lines`
        at the weekend
        weekends
        weekend
        on weekends
        every weekend
        on the weekend
      `,
      mon: lines`
        monday
        mondays
        on monday
        on mondays
        every monday
      `,
      tue: lines`
        tuesday
        tuesdays
        on tuesday
        on tuesdays
        every tuesday
      `,
      wed: lines`
        wednesday
        wednesdays
        on wednesday
        on wednesdays
        every wednesday
      `,
      thu: lines`
        thursday
        thursdays
        on thursday
        on thursdays
        every thursday
      `,
      fri: lines`
        friday
        fridays
        on friday
        on fridays
        every friday
      `,
      sat: lines`
        saturday
        saturdays
        on saturday
        on saturdays
        every saturday
      `,
      sun: lines`
        sunday
        sundays
        on sunday
        on sundays
        every sunday
      `,
    },
  },
  locales: {
    'en-US': {},
    'en-GB': {},
    'en-AU': {},
    'en-CA': {},
    'en-IN': {},
  },
};

export default model;
