import type { RoutineId } from '../coach/catalog';

/**
 * What a screen shows, as plain data: every string already in the user's language, every
 * number already worked out. The builder (build.ts) turns one of these into an APL
 * document and its data; compose.ts makes them from the coach's words and a response's
 * timeline (coach/timeline.ts), and reply.ts picks the one a reply shows.
 */
export type ScreenModel = RoutineScreen | MenuScreen | OfferScreen | FinishScreen | SafetyScreen | EmergencyScreen;

export type ScreenKind = ScreenModel['kind'];

/** The touch controls of a routine; a touch sends `SendEvent` with arguments `[id]`. */
export const CONTROL_IDS = ['back', 'pause', 'resume', 'repeat', 'next', 'stop'] as const;
export type ControlId = (typeof CONTROL_IDS)[number];

/** What the routine screen shows from one moment of the speech until the next frame. */
export interface RoutineFrame {
  /** Seconds from the start of the speech. */
  at: number;
  /** The illustration: this stretch, this side or round. */
  stretchId: string;
  side: number;
  /** "Seated twist" */
  name: string;
  /** What this part of the speech is doing: "Get into position", "Hold", "Up next". */
  phase: string;
  /** The position in a few words: "Turn to the right, hips facing forward". */
  instruction: string;
  /** "Stretch 3 of 5" */
  position: string;
  /** "About 4 min left" */
  left: string;
  /** Seconds on the countdown when the frame starts, reaching 0 when it ends; absent when no hold runs. */
  countdown?: number;
}

export interface RoutineScreen {
  kind: 'routine';
  /** The routine's name, shown small above the stretch: "Desk break". */
  title: string;
  /** At least one; the first at 0. */
  frames: readonly RoutineFrame[];
  /** Seconds from the start of the speech to its end. */
  end: number;
  /** The response ends the routine: from `at` (its closing words) the screen shows the routine's end instead. */
  finish?: { at: number; view: FinishScreen };
  /** Set when the routine is paused: no countdown runs, and the pause control becomes resume. */
  paused?: { label: string; say: string };
  /** Labels of the touch controls. */
  controls: Readonly<Record<ControlId, string>>;
  /** The same controls by voice, for screens without touch (Fire TV): "Say next, back, pause or stop". */
  say: string;
}

/** A routine as a touchable card; a touch sends `SendEvent` with arguments `["start", id]`. */
export interface RoutineCard {
  id: RoutineId;
  /** "Desk break" */
  name: string;
  /** "About 5 min" */
  minutes: string;
  /** "Chair" or "No equipment" */
  needs: string;
}

export interface MenuScreen {
  kind: 'menu';
  /** The skill's name. */
  title: string;
  /** "Choose a routine" */
  heading: string;
  cards: readonly RoutineCard[];
  /** On touch screens: "Touch a routine, or say its name". */
  touch: string;
  /** Without touch: "Say a routine's name, like “desk break”". */
  say: string;
}

export interface OfferScreen {
  kind: 'offer';
  title: string;
  /** "Pick up where you stopped?" */
  heading: string;
  /** "Seated twist, in your desk break" */
  detail: string;
  /** The stretch to pick up at, for its picture. */
  stretchId: string;
  side: number;
  /** The label of the button that sends `["resume"]`: "Pick up there". */
  resume: string;
  /** The routines, to choose something else by touch. */
  cards: readonly RoutineCard[];
  say: string;
}

export interface FinishScreen {
  kind: 'finish';
  title: string;
  /** "Desk break: done" */
  heading: string;
  /** "3 days of stretching this week", "3 days in a row" (the streak only when it counts). */
  lines: readonly string[];
  /** "Another routine?" */
  another: string;
  cards: readonly RoutineCard[];
  /** The label of the button that sends `["stop"]`. */
  stop: string;
  say: string;
}

export interface SafetyScreen {
  kind: 'safety';
  title: string;
  /** "Safety" */
  heading: string;
  /** The answer, as spoken. */
  text: string;
  /** Mid-routine: how to go back to the stretch (a button sending `["resume"]`, and the words for it). */
  resume?: { label: string; say: string };
  /** The label of the button that sends `["stop"]`, mid-routine. */
  stop?: string;
}

export interface EmergencyScreen {
  kind: 'emergency';
  /** `emergency`: call the emergency number now. `prompt`: stop for today and see a doctor soon. */
  urgency: 'emergency' | 'prompt';
  /** "Stop stretching now" */
  heading: string;
  /** "Call 911 now", or for `prompt` the safety net: "Chest pain or trouble breathing: call 911". */
  call: string;
  /** The number alone, in digits: "911". */
  number: string;
  /** Why, as spoken: "Chest pain or pressure needs help right away." */
  text: string;
  /** "Or ask someone near you to call for you." (emergency only) */
  detail?: string;
}
