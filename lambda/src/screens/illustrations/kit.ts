import type { AvgGraphic, AvgItem, AvgPath } from './avg';

/**
 * A small drawing kit for the stretch illustrations: a friendly pictogram figure (a round
 * head, a thick torso, limbs as rounded strokes), the props the stretches need, and
 * amber arrows for the movement. Every drawing shares the canvas, the proportions and the
 * palette, so the set looks like one family and reads at the size of a thumbnail.
 *
 * Coordinates are in a 240 x 180 box, y pointing down; angles are in degrees, 0 pointing
 * right and 90 pointing down, as on screen.
 */

export const WIDTH = 240;
export const HEIGHT = 180;
/** Where the feet stand. */
export const FLOOR = 166;

/** Proportions of the figure, in canvas units. */
export const BODY = {
  headRadius: 11,
  /** From the top of the torso to the centre of the head. */
  neck: 16,
  torso: 50,
  upperArm: 27,
  forearm: 25,
  thigh: 34,
  shin: 32,
  foot: 9,
  /** Half the shoulder width and half the hip width, seen from the front. */
  shoulders: 17,
  hips: 11,
} as const;

/** Light figure on a dark screen; the far limbs a step darker so crossing limbs stay apart. */
export const PALETTE = {
  body: '#F4EFE6',
  far: '#9DAABB',
  /** The screen's background: a stroke of it around a near limb parts it from the body behind. */
  gap: '#101820',
  prop: '#6F8FB0',
  propFill: '#2A3B50',
  mat: '#3D6E6A',
  floor: '#4B5B6E',
  accent: '#FFB020',
} as const;

const STROKE = { arm: 8.5, leg: 10, torso: 17, prop: 5, accent: 4 } as const;

export type Pt = readonly [number, number];

/** Whole units: at the sizes a screen shows, a tenth of a unit is never seen, and every digit is sent. */
const round = (n: number): number => Math.round(n);
const fmt = ([x, y]: Pt): string => `${round(x)} ${round(y)}`;

export function polar(from: Pt, length: number, degrees: number): Pt {
  const r = (degrees * Math.PI) / 180;
  return [from[0] + length * Math.cos(r), from[1] + length * Math.sin(r)];
}

/** Joints along a limb: from a start point, each [length, angle] step in turn. */
export function chain(start: Pt, ...steps: readonly (readonly [number, number])[]): Pt[] {
  const points: Pt[] = [start];
  for (const [length, degrees] of steps) points.push(polar(points[points.length - 1]!, length, degrees));
  return points;
}

export const mid = (a: Pt, b: Pt, t = 0.5): Pt => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
const angleOf = (from: Pt, to: Pt): number => (Math.atan2(to[1] - from[1], to[0] - from[0]) * 180) / Math.PI;

export const polyline = (points: readonly Pt[]): string => points.map((p, i) => `${i ? 'L' : 'M'}${fmt(p)}`).join(' ');
export const polygon = (points: readonly Pt[]): string => `${polyline(points)} Z`;

export function circle(centre: Pt, radius: number): string {
  const [x, y] = centre;
  return `M${fmt([x - radius, y])} A${round(radius)} ${round(radius)} 0 1 1 ${fmt([x + radius, y])} A${round(radius)} ${round(radius)} 0 1 1 ${fmt([x - radius, y])} Z`;
}

export function roundedRect(x: number, y: number, w: number, h: number, r: number): string {
  const k = Math.min(r, w / 2, h / 2);
  return [
    `M${fmt([x + k, y])}`,
    `L${fmt([x + w - k, y])}`,
    `A${k} ${k} 0 0 1 ${fmt([x + w, y + k])}`,
    `L${fmt([x + w, y + h - k])}`,
    `A${k} ${k} 0 0 1 ${fmt([x + w - k, y + h])}`,
    `L${fmt([x + k, y + h])}`,
    `A${k} ${k} 0 0 1 ${fmt([x, y + h - k])}`,
    `L${fmt([x, y + k])}`,
    `A${k} ${k} 0 0 1 ${fmt([x + k, y])}`,
    'Z',
  ].join(' ');
}

const stroked = (pathData: string, stroke: string, strokeWidth: number): AvgPath => ({
  type: 'path',
  pathData,
  stroke,
  strokeWidth,
  strokeLineCap: 'round',
  strokeLineJoin: 'round',
});
const filled = (pathData: string, fill: string): AvgPath => ({ type: 'path', pathData, fill });

/** A figure seen from the side: the torso a thick stroke from the shoulders to the hips, bent through `bend` if given. */
export interface SideTorso {
  view: 'side';
  shoulder: Pt;
  hip: Pt;
  /** A control point that curves the back (cat-cow, an arch). */
  bend?: Pt;
  /** A point the back bends at (over a backrest): the torso is two straight parts. */
  via?: Pt;
}

/** A figure seen from the front: the torso a rounded trapezoid; `turn` narrows and shifts the shoulders for a twist. */
export interface FrontTorso {
  view: 'front';
  shoulder: Pt;
  hip: Pt;
  /** -1 to 1: how far the shoulders have turned (the figure's right is the viewer's left). */
  turn?: number;
  /** Degrees the shoulder line tilts, for a side lean. */
  lean?: number;
}

export type Torso = SideTorso | FrontTorso;

/** A drawing in layers, from the back: props behind, far limbs, torso and head, near limbs, props in front, arrows. */
export class Sketch {
  private readonly layers = { back: [] as AvgItem[], far: [] as AvgItem[], body: [] as AvgItem[], near: [] as AvgItem[], front: [] as AvgItem[], accent: [] as AvgItem[] };

  /** The floor line, from x0 to x1. */
  floor(x0 = 14, x1 = WIDTH - 14, y = FLOOR): this {
    this.layers.back.push(stroked(polyline([[x0, y], [x1, y]]), PALETTE.floor, 3));
    return this;
  }

  /** An exercise mat lying on the floor. */
  mat(x0: number, x1: number, y = FLOOR): this {
    this.layers.back.push(filled(roundedRect(x0, y - 3, x1 - x0, 7, 3.5), PALETTE.mat));
    return this;
  }

  /** A prop outline (chair, doorway) behind the figure, or in front of it. */
  prop(points: readonly Pt[], where: 'back' | 'front' = 'back', width: number = STROKE.prop): this {
    this.layers[where].push(stroked(polyline(points), PALETTE.prop, width));
    return this;
  }

  /** A solid prop (wall, door frame, towel, roller): filled, with an outline. */
  solid(pathData: string, where: 'back' | 'front' = 'back'): this {
    this.layers[where].push({ ...stroked(pathData, PALETTE.prop, 3), fill: PALETTE.propFill });
    return this;
  }

  /** A thin prop line that is not a polyline (a ring on the roller, say). */
  outline(pathData: string, where: 'back' | 'front' = 'back'): this {
    this.layers[where].push(stroked(pathData, PALETTE.prop, 2.5));
    return this;
  }

  torso(torso: Torso): this {
    if (torso.view === 'side') {
      const d = torso.bend
        ? `M${fmt(torso.shoulder)} Q${fmt(torso.bend)} ${fmt(torso.hip)}`
        : polyline(torso.via ? [torso.shoulder, torso.via, torso.hip] : [torso.shoulder, torso.hip]);
      this.layers.body.push(stroked(d, PALETTE.body, STROKE.torso));
    } else {
      const turn = torso.turn ?? 0;
      const half = BODY.shoulders * (1 - 0.45 * Math.abs(turn));
      const shift = -turn * 5;
      const [sx, sy] = torso.shoulder;
      const [hx, hy] = torso.hip;
      const tilt = ((torso.lean ?? 0) * Math.PI) / 180;
      const dx = half * Math.cos(tilt);
      const dy = half * Math.sin(tilt);
      const outline = [
        [sx + shift - dx, sy - dy],
        [sx + shift + dx, sy + dy],
        [hx + BODY.hips, hy],
        [hx - BODY.hips, hy],
      ] as const;
      this.layers.body.push({ ...stroked(polygon(outline), PALETTE.body, 8), fill: PALETTE.body });
    }
    return this;
  }

  /** The head, as a disc; `face` (degrees) adds a small nose so the direction of gaze reads. */
  head(centre: Pt, face?: number, layer: 'body' | 'front' = 'body'): this {
    // In front of the arms when the hands are behind the head.
    if (layer === 'front') this.layers.front.push(filled(circle(centre, BODY.headRadius + 2), PALETTE.gap));
    this.layers[layer].push(filled(circle(centre, BODY.headRadius), PALETTE.body));
    if (face !== undefined) {
      const tip = polar(centre, BODY.headRadius + 3.5, face);
      const a = polar(centre, BODY.headRadius - 1, face - 28);
      const b = polar(centre, BODY.headRadius - 1, face + 28);
      this.layers[layer].push(filled(polygon([a, tip, b]), PALETTE.body));
    }
    return this;
  }

  /** An arm or a leg on the far side: drawn behind the torso, a shade darker. */
  far(points: readonly Pt[], kind: 'arm' | 'leg', layer: 'far' | 'near' = 'far'): this {
    // A far limb that comes round in front of a near one (a foot set across a leg) goes in the near layer.
    if (layer === 'near') this.layers.near.push(stroked(polyline(points), PALETTE.gap, STROKE[kind] + 4));
    this.layers[layer].push(stroked(polyline(points), PALETTE.far, STROKE[kind]));
    return this;
  }

  /** An arm or a leg on the near side: in front of the torso, parted from it by a thin gap. */
  near(points: readonly Pt[], kind: 'arm' | 'leg', layer: 'near' | 'body' = 'near'): this {
    const d = polyline(points);
    this.layers[layer].push(stroked(d, PALETTE.gap, STROKE[kind] + 4), stroked(d, PALETTE.body, STROKE[kind]));
    return this;
  }

  /** An amber arc arrow around a centre, from one angle to another; `both` puts a head at each end. */
  arc(centre: Pt, radius: number, from: number, to: number, both = false, rx = radius): this {
    const at = (deg: number): Pt => [centre[0] + rx * Math.cos((deg * Math.PI) / 180), centre[1] + radius * Math.sin((deg * Math.PI) / 180)];
    const start = at(from);
    const end = at(to);
    const sweep = to > from ? 1 : 0;
    const large = Math.abs(to - from) > 180 ? 1 : 0;
    const d = `M${fmt(start)} A${round(rx)} ${round(radius)} 0 ${large} ${sweep} ${fmt(end)}`;
    this.layers.accent.push(stroked(d, PALETTE.accent, STROKE.accent));
    const step = sweep ? 1 : -1;
    this.arrowHead(end, angleOf(at(to - step * 8), end));
    if (both) this.arrowHead(start, angleOf(at(from + step * 8), start));
    return this;
  }

  /** A straight amber arrow; `both` for a back-and-forth movement. */
  arrow(from: Pt, to: Pt, both = false): this {
    this.layers.accent.push(stroked(polyline([from, to]), PALETTE.accent, STROKE.accent));
    this.arrowHead(to, angleOf(from, to));
    if (both) this.arrowHead(from, angleOf(to, from));
    return this;
  }

  /** A small amber mark where the stretch should be felt, or where a body part rests. */
  spot(centre: Pt, radius = 4): this {
    this.layers.accent.push(filled(circle(centre, radius), PALETTE.accent));
    return this;
  }

  private arrowHead(tip: Pt, degrees: number): void {
    const a = polar(tip, 9, degrees + 150);
    const b = polar(tip, 9, degrees - 150);
    this.layers.accent.push({ ...stroked(polygon([a, tip, b]), PALETTE.accent, 2), fill: PALETTE.accent });
  }

  toAvg(description: string): AvgGraphic {
    const { back, far, body, near, front, accent } = this.layers;
    return {
      type: 'AVG',
      version: '1.1',
      description,
      width: WIDTH,
      height: HEIGHT,
      viewportWidth: WIDTH,
      viewportHeight: HEIGHT,
      items: [...back, ...far, ...body, ...near, ...front, ...accent],
    };
  }
}

/**
 * The same drawing seen from the other side: every x mirrored across the canvas, and each
 * arc's sweep reversed. Works on the path data this kit writes (absolute M, L, Q, A, Z).
 */
export function mirrorGraphic(graphic: AvgGraphic, description: string): AvgGraphic {
  const mirrorItem = (item: AvgItem): AvgItem =>
    item.type === 'group' ? { ...item, items: item.items.map(mirrorItem) } : { ...item, pathData: mirrorPathData(item.pathData, graphic.viewportWidth) };
  return { ...graphic, description, items: graphic.items.map(mirrorItem) };
}

const ARGS: Record<string, number> = { M: 2, L: 2, Q: 4, A: 7, Z: 0 };

export function mirrorPathData(pathData: string, width: number): string {
  const tokens = pathData.match(/[A-Za-z]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? [];
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const command = tokens[i++]!;
    const count = ARGS[command];
    if (count === undefined) throw new Error(`mirrorPathData: unsupported command ${command}`);
    const args = tokens.slice(i, i + count).map(Number);
    i += count;
    if (command === 'A') {
      const [rx, ry, rotation, large, sweep, x, y] = args as [number, number, number, number, number, number, number];
      out.push(`A${rx} ${ry} ${-rotation} ${large} ${1 - sweep} ${round(width - x)} ${y}`);
    } else {
      const mirrored = args.map((v, k) => (k % 2 === 0 ? round(width - v) : v));
      out.push(`${command}${mirrored.join(' ')}`);
    }
  }
  return out.join(' ');
}
