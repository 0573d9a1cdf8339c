import type { AvgGraphic } from './illustrations/avg';
import { APL_VERSION, APL_VERSION_RTL, isRightToLeft } from './lazy';
import { LAYOUT_CONDITIONS, type LayoutClass } from './viewports';

/**
 * The one APL document every screen uses. Its layout comes from `payload.screen.kind`
 * (routine, menu, offer, finish, safety, emergency; a routine screen whose response ends
 * the routine turns into the finish page at its closing); its sizes from resources that change
 * with the viewport (see viewports.ts), so an Echo Spot, an Echo Show 5 to 15 and a Fire TV
 * all get the same document. Per response only two things are added: the illustrations the
 * response shows (`graphics`) and, on the routine screen, the timeline that moves the
 * frames and the countdown (`onMount` of the root, on its own sequencer).
 *
 * Nothing is imported (no alexa-layouts, no alexa-viewport-profiles): an import is fetched
 * from Amazon's servers at render time, and this document must be checked offline.
 */

export { APL_VERSION };
/** The sequencer the timeline runs on; a command sent to it (pause) stops the timeline. */
export const TIMELINE_SEQUENCER = 'ubcTimeline';
/** The root component, whose bound values (`frame`, `count`, `paused`, `finished`) the commands set. */
export const ROOT_ID = 'ubcRoot';

export type AplObject = Record<string, unknown>;

const COLORS = {
  ubcBackground: '#101820',
  ubcSurface: '#1C2A38',
  ubcSurfaceEdge: '#2E4257',
  ubcMuted: '#AEBBCB',
  ubcAccent: '#FFB020',
  ubcEmergency: '#C8102E',
  ubcCare: '#3A2A06',
};

type Sizes = Record<string, string>;

/** Sizes for a mid-sized landscape hub (Echo Show 8): the base every other class adjusts. */
const BASE_SIZES: Sizes = {
  ubcPad: '32dp',
  ubcGap: '16dp',
  ubcHeading: '40dp',
  ubcName: '40dp',
  ubcBody: '28dp',
  ubcSmall: '22dp',
  ubcCount: '100dp',
  ubcPictureWidth: '420dp', ubcPictureHeight: '315dp',
  ubcButtonHeight: '64dp',
  ubcButtonFont: '24dp',
  ubcButtonWidth: '132dp',
  ubcCardWidth: '204dp',
  ubcCardHeight: '190dp',
  ubcEmergencyNumber: '96dp',
};

const CLASS_SIZES: Record<Exclude<LayoutClass, 'medium'>, Sizes> = {
  round: {
    ubcPad: '44dp', ubcGap: '6dp', ubcHeading: '26dp', ubcName: '26dp', ubcBody: '20dp', ubcSmall: '18dp', ubcCount: '52dp',
    ubcPictureWidth: '200dp', ubcPictureHeight: '150dp', ubcButtonHeight: '52dp', ubcButtonFont: '18dp', ubcButtonWidth: '100dp', ubcCardWidth: '300dp', ubcCardHeight: '96dp', ubcEmergencyNumber: '64dp',
  },
  small: {
    ubcPad: '24dp', ubcGap: '12dp', ubcHeading: '32dp', ubcName: '36dp', ubcBody: '24dp', ubcSmall: '20dp', ubcCount: '92dp',
    ubcPictureWidth: '360dp', ubcPictureHeight: '270dp', ubcButtonHeight: '56dp', ubcButtonFont: '22dp', ubcButtonWidth: '120dp', ubcCardWidth: '204dp', ubcCardHeight: '150dp', ubcEmergencyNumber: '80dp',
  },
  large: {
    ubcPad: '48dp', ubcGap: '20dp', ubcHeading: '52dp', ubcName: '56dp', ubcBody: '34dp', ubcSmall: '26dp', ubcCount: '160dp',
    ubcPictureWidth: '580dp', ubcPictureHeight: '435dp', ubcButtonHeight: '80dp', ubcButtonFont: '30dp', ubcButtonWidth: '170dp', ubcCardWidth: '270dp', ubcCardHeight: '240dp', ubcEmergencyNumber: '128dp',
  },
  xlarge: {
    ubcPad: '72dp', ubcGap: '28dp', ubcHeading: '72dp', ubcName: '80dp', ubcBody: '46dp', ubcSmall: '34dp', ubcCount: '220dp',
    ubcPictureWidth: '900dp', ubcPictureHeight: '675dp', ubcButtonHeight: '104dp', ubcButtonFont: '40dp', ubcButtonWidth: '230dp', ubcCardWidth: '400dp', ubcCardHeight: '320dp', ubcEmergencyNumber: '180dp',
  },
  portrait: {
    ubcPad: '72dp', ubcGap: '28dp', ubcHeading: '68dp', ubcName: '76dp', ubcBody: '44dp', ubcSmall: '34dp', ubcCount: '200dp',
    ubcPictureWidth: '900dp', ubcPictureHeight: '675dp', ubcButtonHeight: '104dp', ubcButtonFont: '40dp', ubcButtonWidth: '220dp', ubcCardWidth: '900dp', ubcCardHeight: '200dp', ubcEmergencyNumber: '180dp',
  },
  tv: {
    // Read from a sofa: larger type than a hub of the same size in dp, and a margin for overscan.
    ubcPad: '40dp', ubcGap: '16dp', ubcHeading: '40dp', ubcName: '40dp', ubcBody: '30dp', ubcSmall: '26dp', ubcCount: '90dp',
    ubcPictureWidth: '380dp', ubcPictureHeight: '285dp', ubcButtonHeight: '0dp', ubcButtonFont: '26dp', ubcButtonWidth: '0dp', ubcCardWidth: '196dp', ubcCardHeight: '170dp', ubcEmergencyNumber: '96dp',
  },
};

/** Whether a class stacks its content in one column (round, upright), and whether it has touch. */
const CLASS_FLAGS: Record<LayoutClass, { ubcStacked: boolean; ubcTouch: boolean; ubcCompact: boolean }> = {
  round: { ubcStacked: true, ubcTouch: true, ubcCompact: true },
  small: { ubcStacked: false, ubcTouch: true, ubcCompact: false },
  medium: { ubcStacked: false, ubcTouch: true, ubcCompact: false },
  large: { ubcStacked: false, ubcTouch: true, ubcCompact: false },
  xlarge: { ubcStacked: false, ubcTouch: true, ubcCompact: false },
  portrait: { ubcStacked: true, ubcTouch: true, ubcCompact: false },
  tv: { ubcStacked: false, ubcTouch: false, ubcCompact: false },
};

function resources(): AplObject[] {
  const base: AplObject = { description: 'Echo Show 8 and anything unknown', colors: COLORS, dimensions: BASE_SIZES, booleans: CLASS_FLAGS.medium };
  const byClass = (Object.keys(CLASS_SIZES) as (keyof typeof CLASS_SIZES)[]).map((layout) => ({
    description: layout,
    when: LAYOUT_CONDITIONS[layout],
    dimensions: CLASS_SIZES[layout],
    booleans: CLASS_FLAGS[layout],
  }));
  return [base, ...byClass];
}

// --- small building blocks -----------------------------------------------------------------

const frame = (property: string): string => `\${payload.screen.frames[frame].${property}}`;

const text = (value: string, size: string, extra: AplObject = {}): AplObject => ({
  type: 'Text',
  text: value,
  fontSize: size,
  ...extra,
});

/** A touch button sending `arguments`; on screens without touch it is not shown (the words are). */
const button = (label: string, args: readonly string[], extra: AplObject = {}): AplObject => ({
  type: 'TouchWrapper',
  spacing: '@ubcGap',
  onPress: [{ type: 'SendEvent', arguments: [...args] }],
  ...extra,
  item: {
    type: 'Frame',
    backgroundColor: '@ubcSurface',
    borderColor: '@ubcSurfaceEdge',
    borderWidth: '2dp',
    borderRadius: '16dp',
    minWidth: '@ubcButtonWidth',
    height: '@ubcButtonHeight',
    paddingLeft: '@ubcGap',
    paddingRight: '@ubcGap',
    item: text(label, '@ubcButtonFont', { textAlign: 'center', textAlignVertical: 'center', height: '100%', fontWeight: 'bold', maxLines: 1 }),
  },
});

/** The voice line shown instead of buttons where there is no touch. */
const sayLine = (value: string, when = '${!@ubcTouch}', extra: AplObject = {}): AplObject =>
  text(value, '@ubcSmall', { when, color: '@ubcMuted', textAlign: 'center', paddingTop: '@ubcGap', maxLines: 1, ...extra });

/** The illustrations of this response, one over another; `current` (an expression) names the one shown. */
const pictures = (current: string, grow: boolean): AplObject => ({
  type: 'Container',
  width: grow ? '100%' : '@ubcPictureWidth',
  height: grow ? 'auto' : '@ubcPictureHeight',
  grow: grow ? 1 : 0,
  shrink: 1,
  minHeight: '60dp',
  data: '${payload.screen.pictures}',
  items: [
    {
      type: 'VectorGraphic',
      position: 'absolute',
      top: 0,
      bottom: 0,
      left: 0,
      right: 0,
      source: '${data}',
      scale: 'best-fit',
      align: 'center',
      display: `\${data == ${current} ? 'normal' : 'invisible'}`,
    },
  ],
});

// --- the routine screen --------------------------------------------------------------------

const countdownText = (extra: AplObject = {}): AplObject =>
  text('${count}', '@ubcCount', {
    id: 'ubcCountdown',
    color: '@ubcAccent',
    fontWeight: 'bold',
    display: "${count >= 0 ? 'normal' : 'invisible'}",
    ...extra,
  });

const pausedText = (extra: AplObject = {}): AplObject =>
  text('${payload.screen.pausedLabel}', '@ubcName', { color: '@ubcAccent', fontWeight: 'bold', display: "${paused ? 'normal' : 'none'}", ...extra });

const routineButtons = (): AplObject => ({
  type: 'Container',
  when: '${@ubcTouch}',
  direction: 'row',
  justifyContent: 'center',
  paddingTop: '@ubcGap',
  paddingBottom: '@ubcPad',
  items: [
    button('${payload.screen.controls.back}', ['back'], { spacing: 0 }),
    button('${payload.screen.controls.pause}', ['pause'], { display: "${paused ? 'none' : 'normal'}" }),
    button('${payload.screen.controls.resume}', ['resume'], { display: "${paused ? 'normal' : 'none'}" }),
    button('${payload.screen.controls.repeat}', ['repeat'], { when: '${!@ubcCompact}' }),
    button('${payload.screen.controls.next}', ['next']),
    button('${payload.screen.controls.stop}', ['stop'], { when: '${!@ubcCompact}' }),
  ],
});

const routineInfo = (stacked: boolean): AplObject[] => [
  text(`${frame('position')} · ${frame('left')}`, '@ubcSmall', { color: '@ubcMuted', maxLines: 1, textAlign: stacked ? 'center' : 'left' }),
  text(frame('name'), '@ubcName', { fontWeight: 'bold', maxLines: 2, textAlign: stacked ? 'center' : 'left' }),
  text(frame('phase'), '@ubcBody', { color: '@ubcAccent', maxLines: 1, when: '${!@ubcCompact}', textAlign: stacked ? 'center' : 'left' }),
];

const ROUTINE: AplObject = {
  type: 'Container',
  when: "${payload.screen.kind == 'routine'}",
  display: "${finished ? 'none' : 'normal'}",
  width: '100%',
  height: '100%',
  items: [
    {
      // Side by side: the picture on the left, the words and the countdown on the right.
      type: 'Container',
      when: '${!@ubcStacked}',
      width: '100%',
      grow: 1,
      shrink: 1,
      paddingLeft: '@ubcPad',
      paddingRight: '@ubcPad',
      paddingTop: '@ubcPad',
      items: [
        text('${payload.screen.title}', '@ubcSmall', { color: '@ubcMuted', maxLines: 1 }),
        {
          type: 'Container',
          direction: 'row',
          grow: 1,
          shrink: 1,
          alignItems: 'center',
          items: [
            pictures('payload.screen.frames[frame].picture', false),
            {
              type: 'Container',
              grow: 1,
              shrink: 1,
              paddingLeft: '@ubcPad',
              justifyContent: 'center',
              items: [
                ...routineInfo(false),
                text(frame('instruction'), '@ubcBody', { maxLines: 2, paddingTop: '@ubcGap' }),
                countdownText(),
                pausedText(),
              ],
            },
          ],
        },
      ],
    },
    {
      // One column: round screens and upright ones.
      type: 'Container',
      when: '${@ubcStacked}',
      width: '100%',
      grow: 1,
      shrink: 1,
      alignItems: 'center',
      paddingLeft: '@ubcPad',
      paddingRight: '@ubcPad',
      paddingTop: '@ubcPad',
      items: [
        ...routineInfo(true),
        pictures('payload.screen.frames[frame].picture', true),
        {
          type: 'Container',
          direction: 'row',
          alignItems: 'center',
          justifyContent: 'center',
          items: [countdownText({ paddingRight: '@ubcGap' }), pausedText()],
        },
        text(frame('instruction'), '@ubcBody', { maxLines: 2, textAlign: 'center' }),
      ],
    },
    routineButtons(),
    sayLine('${paused ? payload.screen.pausedSay : payload.screen.say}', '${!@ubcTouch}', { paddingBottom: '@ubcPad' }),
  ],
};

// --- menu, offer, finish -------------------------------------------------------------------

/** The routines as cards: a touch sends ["start", id]. */
const cards = (when: string, data = '${payload.screen.cards}'): AplObject => ({
  type: 'Sequence',
  when,
  scrollDirection: "${@ubcStacked ? 'vertical' : 'horizontal'}",
  width: '100%',
  height: "${@ubcStacked ? 'auto' : @ubcCardHeight}",
  grow: "${@ubcStacked ? 1 : 0}",
  shrink: 1,
  paddingTop: '@ubcGap',
  data,
  items: [
    {
      type: 'TouchWrapper',
      spacing: '@ubcGap',
      onPress: [{ type: 'SendEvent', arguments: ['start', '${data.id}'] }],
      item: {
        type: 'Frame',
        width: "${@ubcStacked ? '100%' : @ubcCardWidth}",
        height: '@ubcCardHeight',
        backgroundColor: '@ubcSurface',
        borderColor: '@ubcSurfaceEdge',
        borderWidth: '2dp',
        borderRadius: '20dp',
        paddingLeft: '@ubcGap',
        paddingRight: '@ubcGap',
        paddingTop: '@ubcGap',
        paddingBottom: '@ubcGap',
        item: {
          type: 'Container',
          height: '100%',
          items: [
            text('${data.name}', '@ubcBody', { fontWeight: 'bold', maxLines: 2 }),
            text('${data.minutes}', '@ubcSmall', { color: '@ubcAccent', maxLines: 1, paddingTop: '4dp' }),
            text('${data.needs}', '@ubcSmall', { color: '@ubcMuted', maxLines: 2, paddingTop: '4dp' }),
          ],
        },
      },
    },
  ],
});

const page = (kind: string, items: AplObject[], extra: AplObject = {}): AplObject => ({
  type: 'Container',
  when: `\${payload.screen.kind == '${kind}'}`,
  width: '100%',
  height: '100%',
  paddingLeft: '@ubcPad',
  paddingRight: '@ubcPad',
  paddingTop: '@ubcPad',
  paddingBottom: '@ubcPad',
  alignItems: "${@ubcStacked ? 'center' : 'start'}",
  items,
  ...extra,
});

const heading = (value: string): AplObject =>
  text(value, '@ubcHeading', { fontWeight: 'bold', maxLines: 2, textAlign: "${@ubcStacked ? 'center' : 'left'}" });

const MENU = page('menu', [
  text('${payload.screen.title}', '@ubcSmall', { color: '@ubcMuted', maxLines: 1 }),
  heading('${payload.screen.heading}'),
  cards('${true}'),
  sayLine('${payload.screen.touch}', '${@ubcTouch && !@ubcCompact}'),
  sayLine('${payload.screen.say}'),
]);

const OFFER = page('offer', [
  text('${payload.screen.title}', '@ubcSmall', { color: '@ubcMuted', maxLines: 1, when: '${!@ubcCompact}' }),
  heading('${payload.screen.heading}'),
  {
    type: 'Container',
    direction: "${@ubcStacked ? 'column' : 'row'}",
    alignItems: 'center',
    grow: 1,
    shrink: 1,
    width: '100%',
    items: [
      pictures('payload.screen.picture', false),
      {
        type: 'Container',
        grow: 1,
        shrink: 1,
        paddingLeft: "${@ubcStacked ? 0 : @ubcPad}",
        alignItems: "${@ubcStacked ? 'center' : 'start'}",
        items: [
          text('${payload.screen.detail}', '@ubcBody', { maxLines: 3, textAlign: "${@ubcStacked ? 'center' : 'left'}" }),
          button('${payload.screen.resume}', ['resume'], { when: '${@ubcTouch}', spacing: '@ubcGap' }),
        ],
      },
    ],
  },
  cards('${!@ubcStacked}'),
  sayLine('${payload.screen.say}'),
]);

/** The routine's end: its own screen, or what a routine screen turns into at the closing (`finished`). */
const FINISH = page(
  'finish',
  [
    heading('${payload.screen.finish.heading}'),
    {
      type: 'Container',
      data: '${payload.screen.finish.lines}',
      items: [text('${data}', '@ubcBody', { color: '@ubcAccent', maxLines: 2, paddingTop: '@ubcGap' })],
    },
    text('${payload.screen.finish.another}', '@ubcBody', { paddingTop: '@ubcGap', maxLines: 1, when: '${!@ubcCompact}' }),
    cards('${!@ubcStacked || !@ubcCompact}', '${payload.screen.finish.cards}'),
    {
      type: 'Container',
      direction: 'row',
      when: '${@ubcTouch}',
      items: [button('${payload.screen.finish.stop}', ['stop'], { spacing: 0 })],
    },
    sayLine('${payload.screen.finish.say}'),
  ],
  { when: '${payload.screen.hasFinish}', display: "${finished ? 'normal' : 'none'}" },
);

// --- answers -------------------------------------------------------------------------------

const SAFETY = page('safety', [
  heading('${payload.screen.heading}'),
  {
    type: 'ScrollView',
    grow: 1,
    shrink: 1,
    width: '100%',
    item: text('${payload.screen.text}', '@ubcBody', { paddingTop: '@ubcGap', textAlign: "${@ubcStacked ? 'center' : 'left'}" }),
  },
  {
    type: 'Container',
    direction: 'row',
    when: '${@ubcTouch && payload.screen.resumeLabel}',
    paddingTop: '@ubcGap',
    items: [button('${payload.screen.resumeLabel}', ['resume'], { spacing: 0 }), button('${payload.screen.stopLabel}', ['stop'])],
  },
  sayLine('${payload.screen.resumeSay}', '${!@ubcTouch && payload.screen.resumeSay}'),
]);

/** Red, the number as large as the screen allows, nothing to touch: nothing to do but call. */
const EMERGENCY: AplObject = {
  type: 'Frame',
  when: "${payload.screen.kind == 'emergency'}",
  width: '100%',
  height: '100%',
  backgroundColor: "${payload.screen.urgency == 'emergency' ? @ubcEmergency : @ubcCare}",
  item: {
    type: 'Container',
    width: '100%',
    height: '100%',
    alignItems: 'center',
    justifyContent: 'center',
    paddingLeft: '@ubcPad',
    paddingRight: '@ubcPad',
    paddingTop: '@ubcPad',
    paddingBottom: '@ubcPad',
    items: [
      text('${payload.screen.heading}', '@ubcHeading', { fontWeight: 'bold', textAlign: 'center', maxLines: 2, color: "${payload.screen.urgency == 'emergency' ? '#FFFFFF' : @ubcAccent}" }),
      text('${payload.screen.number}', '@ubcEmergencyNumber', { fontWeight: 'bold', textAlign: 'center', maxLines: 1, color: '#FFFFFF', when: "${payload.screen.urgency == 'emergency'}" }),
      text('${payload.screen.call}', '@ubcName', { fontWeight: 'bold', textAlign: 'center', maxLines: 2, color: '#FFFFFF', paddingTop: '@ubcGap' }),
      text('${payload.screen.text}', '@ubcBody', { textAlign: 'center', maxLines: 4, color: '#FFFFFF', paddingTop: '@ubcGap' }),
      text('${payload.screen.detail}', '@ubcBody', { textAlign: 'center', maxLines: 3, color: '#FFFFFF', paddingTop: '@ubcGap', when: '${payload.screen.detail}' }),
    ],
  },
};

/** Sets the frame shown and the countdown's starting value. */
const USER_COMMANDS: AplObject = {
  UbcFrame: {
    description: 'Show frame `index` of payload.screen.frames, with `countdown` seconds on the clock (-1: none).',
    parameters: [
      { name: 'index', type: 'number', default: 0 },
      { name: 'countdown', type: 'number', default: -1 },
    ],
    commands: [
      { type: 'SetValue', componentId: ROOT_ID, property: 'frame', value: '${index}' },
      { type: 'SetValue', componentId: ROOT_ID, property: 'count', value: '${countdown}' },
    ],
  },
  UbcTick: {
    description: 'Put `value` seconds on the countdown.',
    parameters: [{ name: 'value', type: 'number', default: 0 }],
    commands: [{ type: 'SetValue', componentId: ROOT_ID, property: 'count', value: '${value}' }],
  },
  UbcFinish: {
    description: 'Show the routine’s end in place of the routine (its closing words have begun).',
    commands: [
      { type: 'SetValue', componentId: ROOT_ID, property: 'count', value: -1 },
      { type: 'SetValue', componentId: ROOT_ID, property: 'finished', value: true },
    ],
  },
  UbcPause: {
    description: 'Stop the clock and show the paused state (sent on the timeline sequencer, it also stops the timeline).',
    commands: [
      { type: 'SetValue', componentId: ROOT_ID, property: 'paused', value: true },
      { type: 'SetValue', componentId: ROOT_ID, property: 'count', value: -1 },
    ],
  },
};

/** Every custom command type the document defines. */
export const USER_COMMAND_TYPES: readonly string[] = Object.keys(USER_COMMANDS);

let layout: AplObject | undefined;

/** The document without this response's graphics and timeline: the same for every response. */
export function baseDocument(): AplObject {
  return (layout ??= {
    type: 'APL',
    version: APL_VERSION,
    description: 'Upper Back Coach: every screen, for every viewport profile',
    theme: 'dark',
    background: '@ubcBackground',
    resources: resources(),
    commands: USER_COMMANDS,
    mainTemplate: {
      parameters: ['payload'],
      items: [
        {
          type: 'Container',
          id: ROOT_ID,
          width: '100vw',
          height: '100vh',
          bind: [
            { name: 'frame', value: 0, type: 'number' },
            { name: 'count', value: '${payload.screen.countdown}', type: 'number' },
            { name: 'paused', value: '${payload.screen.paused}', type: 'boolean' },
            { name: 'finished', value: "${payload.screen.kind == 'finish'}", type: 'boolean' },
          ],
          items: [ROUTINE, MENU, OFFER, FINISH, SAFETY, EMERGENCY],
        },
      ],
    },
  });
}

/** Text aligned to the left in the document, at the start of the line when it reads right to left. */
function alignedToStart(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(alignedToStart);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      key === 'textAlign' && typeof item === 'string' ? item.replace(/^left$/, 'start').replace(/'left'/g, "'start'") : alignedToStart(item),
    ]),
  );
}

const rightToLeft = new Map<string, AplObject>();

/**
 * The document for a locale written right to left (Arabic): the same layout, laid out from
 * the right (the document's `environment.layoutDirection`: rows run right to left, so the
 * picture sits on the right and the words on its left), text aligned to the start of its
 * line, and the locale as its `environment.lang` (the font and shaping for its script). APL 1.7 has these; a locale that
 * needs them is only sent screens by a 1.7 runtime (lazy.ts). The illustrations keep their
 * own direction: a stretch to the right is drawn to the right.
 */
function documentFor(locale: string | undefined): AplObject {
  const base = baseDocument();
  if (!locale || !isRightToLeft(locale)) return base;
  let document = rightToLeft.get(locale);
  if (!document) {
    document = { ...(alignedToStart(base) as AplObject), version: APL_VERSION_RTL, environment: { lang: locale, layoutDirection: 'RTL' } };
    rightToLeft.set(locale, document);
  }
  return document;
}

/** The full document for one response in a locale: its illustrations, and its timeline started on mount. */
export function screenDocument(graphics: Readonly<Record<string, AvgGraphic>>, timeline: readonly AplObject[], locale?: string): AplObject {
  const base = documentFor(locale);
  const template = base.mainTemplate as { parameters: string[]; items: AplObject[] };
  const root = template.items[0]!;
  const withTimeline = timeline.length
    ? { ...root, onMount: [{ type: 'Sequential', sequencer: TIMELINE_SEQUENCER, commands: [...timeline] }] }
    : root;
  return { ...base, graphics: { ...graphics }, mainTemplate: { ...template, items: [withTimeline] } };
}
