/**
 * The subset of Alexa Vector Graphics (AVG 1.1) the illustrations use: one graphic of
 * paths and groups, no text (a drawing says nothing in any language), no parameters.
 * scripts/gallery.ts turns these into SVG for review; the APL document carries them
 * in its `graphics`.
 */

export interface AvgPath {
  type: 'path';
  pathData: string;
  fill?: string;
  fillOpacity?: number;
  stroke?: string;
  strokeWidth?: number;
  strokeOpacity?: number;
  strokeLineCap?: 'butt' | 'round' | 'square';
  strokeLineJoin?: 'bevel' | 'miter' | 'round';
}

export interface AvgGroup {
  type: 'group';
  opacity?: number;
  items: AvgItem[];
}

export type AvgItem = AvgPath | AvgGroup;

export interface AvgGraphic {
  type: 'AVG';
  version: '1.1';
  description?: string;
  width: number;
  height: number;
  viewportWidth: number;
  viewportHeight: number;
  items: AvgItem[];
}
