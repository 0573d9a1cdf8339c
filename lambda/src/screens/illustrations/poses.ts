import { BODY, FLOOR, Sketch, chain, circle, mid, polar, roundedRect, type Pt } from './kit';

/**
 * One drawing per stretch, drawn from its steps in locales/en.json (`stretches.<id>.setup`)
 * and the facts in the domain brief. Side views face right; front views show the figure's
 * right on the viewer's left, as a mirror would. The second side of a two-sided stretch is
 * the same drawing seen from the other side (see index.ts), which is the mirror image.
 */

const { torso: T, thigh, shin, foot, upperArm: UA, forearm: FA, shoulders: SH } = BODY;

/** Head centre above the shoulders along the torso's direction, tipped by `tilt` degrees. */
function headFrom(shoulder: Pt, hip: Pt, tilt = 0): Pt {
  const degrees = (Math.atan2(shoulder[1] - hip[1], shoulder[0] - hip[0]) * 180) / Math.PI;
  return polar(shoulder, BODY.neck, degrees + tilt);
}

// --- standing, seen from the front -------------------------------------------------------

const FRONT_HIP: Pt = [120, 97];
const FRONT_SHOULDER: Pt = [120, 47];
/** The figure's right shoulder (viewer's left) and left shoulder. */
const R_SHOULDER: Pt = [120 - SH + 1, 51];
const L_SHOULDER: Pt = [120 + SH - 1, 51];

function standingFront(s: Sketch, options: { face?: number } = {}): Sketch {
  s.floor();
  for (const side of [-1, 1]) {
    const hip: Pt = [120 + side * 7, FRONT_HIP[1] + 2];
    s.near(chain(hip, [thigh, 90 - side * 2], [shin, 90], [foot, 90 - side * 80]), 'leg', 'body');
  }
  return s.torso({ view: 'front', shoulder: FRONT_SHOULDER, hip: FRONT_HIP }).head([120, 31], options.face);
}

function shoulderRolls(): Sketch {
  const s = standingFront(new Sketch());
  s.near(chain(R_SHOULDER, [UA, 98], [FA, 92]), 'arm').near(chain(L_SHOULDER, [UA, 82], [FA, 88]), 'arm');
  return s.arc([96, 44], 12, 140, 400).arc([144, 44], 12, 40, -220);
}

function armCircles(): Sketch {
  const s = standingFront(new Sketch());
  s.near(chain(R_SHOULDER, [UA, 180], [FA, 180]), 'arm').near(chain(L_SHOULDER, [UA, 0], [FA, 0]), 'arm');
  return s.arc([45, 51], 13, -60, 220).arc([195, 51], 13, 240, -40);
}

function chestOpener(): Sketch {
  const s = new Sketch().floor();
  const hip: Pt = [118, 97];
  const shoulder: Pt = [121, 47];
  // Arms reach back and down behind the body, hands clasped: the chest lifts.
  s.far(chain([hip[0] - 2, hip[1]], [thigh, 92], [shin, 90], [foot, 0]), 'leg');
  s.far(chain([shoulder[0] - 3, shoulder[1] + 4], [UA + FA, 124]), 'arm');
  s.torso({ view: 'side', shoulder, hip, bend: [128, 70] }).head(headFrom(shoulder, hip, -4), 0);
  s.near(chain(hip, [thigh, 90], [shin, 90], [foot, 0]), 'leg');
  const hands = polar([shoulder[0], shoulder[1] + 4], UA + FA, 126);
  s.near([[shoulder[0], shoulder[1] + 4], hands], 'arm').spot(hands, 5);
  return s.arrow([140, 66], [154, 58]).arrow([hands[0] - 2, hands[1] - 20], [hands[0] - 14, hands[1] - 6]);
}

function doorwayChestStretch(): Sketch {
  const s = new Sketch().floor();
  // The door jamb seen edge on, with the lintel above: the figure leans through the opening.
  s.solid(roundedRect(96, 14, 12, FLOOR - 14, 2)).prop([[96, 16], [40, 16]], 'back', 6);
  const hip: Pt = [124, 97];
  const shoulder = polar(hip, T, -76);
  const elbow: Pt = [108, shoulder[1] + 1];
  s.far([[hip[0] - 2, hip[1]], [112, 130], [104, FLOOR - 3], [113, FLOOR - 3]], 'leg');
  s.far([shoulder, [elbow[0] + 2, elbow[1] - 2], [elbow[0] + 2, elbow[1] - 26]], 'arm');
  s.torso({ view: 'side', shoulder, hip }).head(headFrom(shoulder, hip, 6), 0);
  s.near([hip, [136, 129], [142, FLOOR - 3], [151, FLOOR - 3]], 'leg');
  s.near([shoulder, elbow, [elbow[0], elbow[1] - 24]], 'arm');
  return s.spot(polar(shoulder, 12, 60), 5).arrow([152, 78], [170, 78]);
}

function crossBodyArm(): Sketch {
  const s = standingFront(new Sketch());
  // The right arm straight across the chest; the left hand draws it in above the elbow.
  s.near(chain([R_SHOULDER[0], R_SHOULDER[1] + 4], [UA + FA, 4]), 'arm');
  s.near([L_SHOULDER, [152, 80], [132, 60]], 'arm');
  return s.arrow([166, 78], [150, 70]).spot([R_SHOULDER[0] - 4, R_SHOULDER[1] - 4]);
}

function wallSlides(): Sketch {
  const s = new Sketch();
  s.solid(roundedRect(54, 8, 132, FLOOR - 8, 4));
  standingFront(s);
  s.near([R_SHOULDER, [78, 51], [78, 22]], 'arm').near([L_SHOULDER, [162, 51], [162, 22]], 'arm');
  return s.arrow([64, 18], [64, 50], true).arrow([176, 18], [176, 50], true);
}

function wallLeanExtension(): Sketch {
  const s = new Sketch().floor();
  s.solid(roundedRect(36, 8, 18, FLOOR - 8, 2));
  const hip: Pt = [92, 97];
  const shoulder: Pt = [100, 48];
  const hand: Pt = [58, 96];
  s.far(chain([hip[0] - 2, hip[1]], [thigh, 92], [shin, 90], [foot, 0]), 'leg');
  s.far([[shoulder[0] - 3, shoulder[1] + 3], mid([shoulder[0] - 3, shoulder[1] + 3], hand), [hand[0], hand[1] - 3]], 'arm');
  s.torso({ view: 'side', shoulder, hip, bend: [108, 72] }).head(headFrom(shoulder, hip, -6), 0);
  s.near(chain(hip, [thigh, 92], [shin, 90], [foot, 0]), 'leg');
  s.near([[shoulder[0], shoulder[1] + 4], mid([shoulder[0], shoulder[1] + 4], hand), hand], 'arm');
  return s.arrow([120, 64], [136, 56]);
}

function upwardStretch(): Sketch {
  const s = standingFront(new Sketch());
  s.near([R_SHOULDER, [84, 30], [108, 25]], 'arm').near([L_SHOULDER, [156, 30], [132, 25]], 'arm');
  return s.arrow([56, 84], [56, 40]).arrow([184, 84], [184, 40]);
}

function butterfly(): Sketch {
  const s = standingFront(new Sketch());
  s.near([R_SHOULDER, [76, 56], [98, 44]], 'arm').near([L_SHOULDER, [164, 56], [142, 44]], 'arm');
  return s.arc([120, 40], 58, 160, 118).arc([120, 40], 58, 20, 62);
}

// --- seated on a chair -------------------------------------------------------------------

const SEAT_Y = 112;

/** A chair from the side: seat, legs and a backrest, facing right. */
function chairSide(s: Sketch, backTop: Pt): Sketch {
  return s.prop([[86, FLOOR], [88, SEAT_Y], [138, SEAT_Y], [140, FLOOR]]).prop([[88, SEAT_Y], backTop]);
}

/** Lean back over the backrest; the backrest meets the back `fraction` of the way up from the hips. */
function chairBackExtension(round: 1 | 2): Sketch {
  const s = new Sketch().floor();
  const backTop: Pt = [82, 76];
  chairSide(s, backTop);
  // The lower back leans `low` degrees; the spine passes the top of the backrest a torso's
  // half-width in front of it and bends back over it there. Sitting more upright (round 2)
  // puts the same backrest lower on the back.
  const low = round === 1 ? 30 : 4;
  const hipY = SEAT_Y - 9;
  const r = (low * Math.PI) / 180;
  const bendAt: Pt = [backTop[0] + 9 * Math.cos(r), backTop[1] - 9 * Math.sin(r)];
  const lower = (hipY - bendAt[1]) / Math.cos(r);
  const hip: Pt = [bendAt[0] + lower * Math.sin(r), hipY];
  const upperLean = low + 34;
  const shoulder = polar(bendAt, T - lower, -90 - upperLean);
  const head = headFrom(shoulder, bendAt, -8);
  s.far(chain([hip[0] - 2, hip[1] - 1], [thigh, 2], [shin, 88], [foot, 0]), 'leg');
  s.torso({ view: 'side', shoulder, hip, via: bendAt }).head(head, -90 - upperLean + 90, 'front');
  s.near(chain(hip, [thigh, 4], [shin, 90], [foot, 0]), 'leg');
  // Fingers laced behind the head, elbows wide: from the side, the elbow points up past the face.
  const elbow = polar(shoulder, UA, -90 - upperLean + 62);
  const behindHead = polar(head, BODY.headRadius - 2, 90 - upperLean + 90 + 20);
  s.near([polar(shoulder, 3, 90 - upperLean), elbow, behindHead], 'arm');
  // An amber dot where the backrest meets the back.
  s.spot(polar(bendAt, 9, 180 - low), 5);
  if (round === 2) s.arrow([backTop[0] - 14, backTop[1] + 2], [backTop[0] - 14, backTop[1] + 26]);
  return s;
}

/** A chair from the front: backrest behind the figure, seat and legs. */
function chairFront(s: Sketch, backrest: boolean): Sketch {
  if (backrest) s.solid(roundedRect(92, 60, 56, SEAT_Y - 60, 4));
  return s.prop([[92, SEAT_Y + 1], [148, SEAT_Y + 1]], 'back', 7).prop([[96, SEAT_Y], [96, FLOOR]]).prop([[144, SEAT_Y], [144, FLOOR]]);
}

/** Seated from the front: thighs come toward the viewer, shins straight down. */
function seatedFront(s: Sketch): { rightKnee: Pt; leftKnee: Pt } {
  const rightKnee: Pt = [109, SEAT_Y + 4];
  const leftKnee: Pt = [131, SEAT_Y + 4];
  for (const [hipX, knee, toe] of [[113, rightKnee, -1], [127, leftKnee, 1]] as const) {
    s.near([[hipX, SEAT_Y - 6], knee, [knee[0], FLOOR - 3], [knee[0] + toe * 6, FLOOR - 2]], 'leg', 'body');
  }
  return { rightKnee, leftKnee };
}

function seatedTwist(): Sketch {
  const s = new Sketch().floor();
  chairFront(s, true);
  const hip: Pt = [120, SEAT_Y - 8];
  const shoulder: Pt = [120, SEAT_Y - 8 - T];
  // The right hand reaches behind to the chair back (far), the left crosses to the right knee.
  s.far([[shoulder[0] - 8, shoulder[1] + 3], [90, 70], [98, 62]], 'arm');
  const { rightKnee } = seatedFront(s);
  s.torso({ view: 'front', shoulder, hip, turn: 1 }).head([116, shoulder[1] - BODY.neck], 180);
  s.near([[shoulder[0] + 8, shoulder[1] + 3], [136, 86], [rightKnee[0] + 2, rightKnee[1] - 4]], 'arm');
  return s.arc([120, shoulder[1] + 20], 9, 10, 170, false, 40);
}

function sideReach(): Sketch {
  const s = new Sketch().floor();
  chairFront(s, false);
  const hip: Pt = [120, SEAT_Y - 8];
  const lean = 16;
  const shoulder = polar(hip, T, -90 + lean);
  s.torso({ view: 'front', shoulder, hip, lean });
  const { leftKnee } = seatedFront(s);
  s.head(headFrom(shoulder, hip, 8));
  const right = polar(shoulder, SH - 2, 180 + lean);
  const left = polar(shoulder, SH - 2, lean);
  s.near(chain(right, [UA, -104], [FA, -48]), 'arm');
  s.near([left, [leftKnee[0] + 12, leftKnee[1] - 20], [leftKnee[0], leftKnee[1] - 4]], 'arm');
  return s.arc([150, 78], 58, -150, -112).spot(polar(hip, 26, -90 + lean - 40), 4);
}

// --- on hands and knees ------------------------------------------------------------------

const MAT_Y = FLOOR;

function catCow(): Sketch {
  const s = new Sketch().mat(24, 216);
  const hip: Pt = [84, MAT_Y - thigh - 4];
  const shoulder: Pt = [133, MAT_Y - UA - FA + 2];
  s.far(chain([hip[0] - 4, hip[1]], [thigh, 90], [shin, 180]), 'leg');
  s.far([[shoulder[0] - 4, shoulder[1]], [shoulder[0] - 4, MAT_Y - 4]], 'arm');
  // The cat: back rounded up, head hanging down; the arrow says it alternates with the arch.
  s.torso({ view: 'side', shoulder, hip, bend: [108, 100] }).head(polar(shoulder, BODY.neck, 58), 100);
  s.near(chain(hip, [thigh, 90], [shin, 180]), 'leg');
  s.near([shoulder, [shoulder[0] + 1, MAT_Y - 4]], 'arm');
  return s.arrow([108, 62], [108, 88], true);
}

/** From the front: the right arm slides under the body along the mat, right shoulder and temple down. */
function threadTheNeedle(): Sketch {
  const s = new Sketch().mat(24, 216);
  // Seen from the left: hips high over the knees, the left hand planted ahead, the right
  // shoulder and temple down on the mat, and the right arm slid under the body toward the
  // viewer (drawn coming forward out from under the chest, palm up on the mat).
  const hip: Pt = [78, MAT_Y - thigh - 6];
  const shoulder: Pt = [124, MAT_Y - 16];
  s.far(chain([hip[0] - 3, hip[1]], [thigh, 92], [shin, 180]), 'leg');
  s.torso({ view: 'side', shoulder, hip, bend: [102, 116] }).head([144, MAT_Y - BODY.headRadius - 2], 70);
  s.near(chain(hip, [thigh, 92], [shin, 180]), 'leg');
  s.near([[shoulder[0] - 4, shoulder[1] + 2], [108, MAT_Y + 6], [82, MAT_Y + 10]], 'arm');
  const leftShoulder: Pt = [shoulder[0] - 8, shoulder[1] - 12];
  s.near([leftShoulder, [leftShoulder[0] + 30, leftShoulder[1] - 12], [leftShoulder[0] + 52, MAT_Y - 5]], 'arm');
  return s.arrow([118, MAT_Y + 12], [80, MAT_Y + 12]).spot([144, MAT_Y - 1], 4);
}

// --- lying down --------------------------------------------------------------------------

const LYING_Y = FLOOR - 10;

/** Knees bent, feet flat: from the hip to a foot planted on the floor. */
function bentLeg(hip: Pt, footX: number): Pt[] {
  const ankle: Pt = [footX, FLOOR - 5];
  // The knee where a thigh and a shin of their lengths meet, above the line between hip and ankle.
  const dx = ankle[0] - hip[0];
  const dy = ankle[1] - hip[1];
  const d = Math.hypot(dx, dy);
  const a = (thigh * thigh - shin * shin + d * d) / (2 * d);
  const h = Math.sqrt(Math.max(0, thigh * thigh - a * a));
  const base: Pt = [hip[0] + (a * dx) / d, hip[1] + (a * dy) / d];
  const knee: Pt = [base[0] + (h * dy) / d, base[1] - (h * dx) / d];
  return [hip, knee, ankle, [ankle[0] + foot, ankle[1]]];
}

function towelExtension(): Sketch {
  const s = new Sketch().floor();
  const towel: Pt = [94, FLOOR - 8];
  s.solid(circle(towel, 8)).outline(circle(towel, 3));
  const shoulder: Pt = [70, FLOOR - 22];
  const hip: Pt = [124, LYING_Y];
  s.far(bentLeg([hip[0] - 2, hip[1]], 168), 'leg');
  s.torso({ view: 'side', shoulder, hip, bend: [98, 128] }).head([54, FLOOR - BODY.headRadius - 1], -90);
  s.near(bentLeg(hip, 164), 'leg');
  s.near([[shoulder[0] + 2, shoulder[1] + 3], [82, FLOOR - 4], [104, FLOOR - 4]], 'arm');
  return s.arc([94, LYING_Y + 2], 40, -140, -40);
}

function foamRollerExtension(): Sketch {
  const s = new Sketch().floor();
  const roller: Pt = [90, FLOOR - 13];
  s.solid(circle(roller, 13)).outline(circle(roller, 5));
  const shoulder: Pt = [70, FLOOR - 30];
  const hip: Pt = [118, FLOOR - 18];
  const head: Pt = [54, FLOOR - 38];
  s.far(bentLeg([hip[0] - 2, hip[1]], 166), 'leg');
  s.torso({ view: 'side', shoulder, hip }).head(head, -80, 'front');
  s.near(bentLeg(hip, 162), 'leg');
  s.near([[shoulder[0] + 2, shoulder[1]], [72, head[1] - 20], [head[0] - 10, head[1] - 6]], 'arm');
  return s.arrow([66, FLOOR + 8], [116, FLOOR + 8], true);
}

function shoulderBladeReach(): Sketch {
  const s = new Sketch().mat(22, 218);
  const shoulder: Pt = [70, LYING_Y];
  const hip: Pt = [120, LYING_Y];
  s.far(bentLeg([hip[0] - 2, hip[1]], 168), 'leg');
  s.far([[shoulder[0] - 4, shoulder[1]], [shoulder[0] - 4, shoulder[1] - UA - FA]], 'arm');
  s.torso({ view: 'side', shoulder, hip }).head([54, LYING_Y - 1], -90);
  s.near(bentLeg(hip, 164), 'leg');
  s.near([[shoulder[0] + 1, shoulder[1]], [shoulder[0] + 1, shoulder[1] - UA - FA]], 'arm');
  return s.arc([70, LYING_Y - 40], 30, -70, 40);
}

function kneesToChestRock(): Sketch {
  const s = new Sketch().mat(22, 218);
  const shoulder: Pt = [74, LYING_Y];
  const hip: Pt = [122, LYING_Y];
  const knee = polar(hip, thigh, -118);
  const ankle = polar(knee, shin, -14);
  s.far([[hip[0] - 3, hip[1]], polar(knee, 3, 180), polar(ankle, 3, 180)], 'leg');
  s.torso({ view: 'side', shoulder, hip }).head([58, LYING_Y - 1], -90);
  s.near([hip, knee, ankle, polar(ankle, foot, -60)], 'leg');
  s.near([[shoulder[0] + 2, shoulder[1]], [100, LYING_Y - 14], mid(knee, ankle, 0.45)], 'arm');
  return s.arc([98, FLOOR + 1], 8, 20, 160, true, 46);
}

function singleKneeToChest(): Sketch {
  const s = new Sketch().mat(18, 222);
  const shoulder: Pt = [64, LYING_Y];
  const hip: Pt = [112, LYING_Y];
  s.far(chain([hip[0] - 2, hip[1]], [thigh, 1], [shin, 0], [foot, -80]), 'leg');
  s.torso({ view: 'side', shoulder, hip }).head([48, LYING_Y - 1], -90);
  const knee = polar(hip, thigh, -122);
  const ankle = polar(knee, shin, -6);
  s.near([hip, knee, ankle, polar(ankle, foot, -60)], 'leg');
  s.near([[shoulder[0] + 2, shoulder[1]], [84, LYING_Y - 22], mid(hip, knee, 0.62)], 'arm');
  return s.arc(hip, 52, -54, -98);
}

function pronePressUp(): Sketch {
  const s = new Sketch().mat(14, 214);
  const hip: Pt = [96, LYING_Y - 1];
  const shoulder: Pt = [142, LYING_Y - 26];
  const elbow: Pt = [shoulder[0] - 2, FLOOR - 5];
  s.far(chain([hip[0], hip[1] + 1], [thigh, 178], [shin, 180], [foot, 184]), 'leg');
  s.far([[shoulder[0] - 3, shoulder[1]], [elbow[0] - 3, elbow[1]], [elbow[0] + 22, elbow[1]]], 'arm');
  s.torso({ view: 'side', shoulder, hip, bend: [124, LYING_Y - 2] }).head(polar(shoulder, BODY.neck, -50), 0);
  s.near(chain(hip, [thigh, 180], [shin, 180], [foot, 184]), 'leg');
  s.near([shoulder, elbow, [elbow[0] + 26, elbow[1]]], 'arm');
  return s.arrow([118, LYING_Y - 14], [118, LYING_Y - 38]).spot([hip[0] - 2, FLOOR - 2], 4);
}

function bridge(): Sketch {
  const s = new Sketch().mat(18, 222);
  const shoulder: Pt = [62, LYING_Y];
  const ankle: Pt = [160, FLOOR - 5];
  const knee = polar(ankle, shin, -100);
  const direction = Math.atan2(knee[1] - shoulder[1], knee[0] - shoulder[0]);
  const hip: Pt = [shoulder[0] + T * Math.cos(direction), shoulder[1] + T * Math.sin(direction)];
  s.far([[hip[0] - 2, hip[1]], [knee[0] - 3, knee[1]], [ankle[0] - 3, ankle[1]], [ankle[0] + foot - 3, ankle[1]]], 'leg');
  s.far([[shoulder[0], shoulder[1] + 2], [88, FLOOR - 5], [112, FLOOR - 5]], 'arm');
  s.torso({ view: 'side', shoulder, hip }).head([46, LYING_Y - 1], -90);
  s.near([hip, knee, ankle, [ankle[0] + foot, ankle[1]]], 'leg');
  s.near([[shoulder[0] + 2, shoulder[1] + 2], [90, FLOOR - 4], [114, FLOOR - 4]], 'arm');
  return s.arrow([hip[0] - 16, hip[1] - 8], [hip[0] - 16, hip[1] - 34]);
}

// --- seated on the floor -----------------------------------------------------------------

function sittingRotation(): Sketch {
  const s = new Sketch().floor();
  const hip: Pt = [70, FLOOR - 12];
  const shoulder: Pt = [72, FLOOR - 12 - T];
  // Seen from the left: the left leg long on the floor, the right knee up with its foot set
  // down outside the left leg, the left elbow against the outside of that knee, the right
  // hand on the floor behind, turning toward the right knee.
  s.far([[shoulder[0] - 2, shoulder[1] + 4], [56, FLOOR - 40], [44, FLOOR - 5]], 'arm');
  const knee = polar(hip, thigh, -46);
  s.torso({ view: 'side', shoulder, hip }).head(headFrom(shoulder, hip, 4));
  s.near(chain(hip, [thigh, 1], [shin, 0], [foot, -80]), 'leg');
  s.near([[hip[0] + 2, hip[1] - 2], knee, [knee[0] + 10, FLOOR - 6], [knee[0] + 19, FLOOR - 6]], 'leg');
  s.near([[shoulder[0] + 2, shoulder[1] + 5], [knee[0] - 2, shoulder[1] + 16], [knee[0] + 3, knee[1] - 3]], 'arm');
  return s.arc([72, shoulder[1] - 2], 6, 200, 340, false, 24);
}

/** Every stretch's first drawing, by catalogue id. */
export const POSES: Record<string, () => Sketch> = {
  'shoulder-rolls': shoulderRolls,
  'arm-circles': armCircles,
  'chair-back-extension': () => chairBackExtension(1),
  'seated-twist': seatedTwist,
  'side-reach': sideReach,
  'chest-opener': chestOpener,
  'doorway-chest-stretch': doorwayChestStretch,
  'cross-body-arm': crossBodyArm,
  'wall-slides': wallSlides,
  'wall-lean-extension': wallLeanExtension,
  'upward-stretch': upwardStretch,
  butterfly,
  'cat-cow': catCow,
  'thread-the-needle': threadTheNeedle,
  'towel-extension': towelExtension,
  'foam-roller-extension': foamRollerExtension,
  'shoulder-blade-reach': shoulderBladeReach,
  'knees-to-chest-rock': kneesToChestRock,
  'single-knee-to-chest': singleKneeToChest,
  'sitting-rotation': sittingRotation,
  'prone-press-up': pronePressUp,
  bridge,
};

/** Second rounds that are a different pose rather than the other side. */
export const LOWER_POSES: Record<string, () => Sketch> = {
  'chair-back-extension': () => chairBackExtension(2),
};
