import type { AvgGraphic, AvgItem } from '../../lambda/src/screens/illustrations/avg';

/**
 * AVG to SVG, for looking at the illustrations outside a device. AVG paths take SVG path
 * data, so a path maps one to one; property names change from camelCase to SVG's
 * attribute names, and a group's opacity becomes a <g>. Unknown properties are refused
 * rather than dropped, so the gallery never shows something the device would not.
 */

const escape = (value: string): string => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

const PATH_ATTRIBUTES: Record<string, string> = {
  pathData: 'd',
  fill: 'fill',
  fillOpacity: 'fill-opacity',
  stroke: 'stroke',
  strokeWidth: 'stroke-width',
  strokeOpacity: 'stroke-opacity',
  strokeLineCap: 'stroke-linecap',
  strokeLineJoin: 'stroke-linejoin',
};

function itemToSvg(item: AvgItem, indent: string): string {
  if (item.type === 'group') {
    const opacity = item.opacity === undefined ? '' : ` opacity="${item.opacity}"`;
    return `${indent}<g${opacity}>\n${item.items.map((child) => itemToSvg(child, `${indent}  `)).join('\n')}\n${indent}</g>`;
  }
  const attributes: string[] = [];
  for (const [key, value] of Object.entries(item)) {
    if (key === 'type') continue;
    const name = PATH_ATTRIBUTES[key];
    if (!name) throw new Error(`avgToSvg: path property ${key} has no SVG counterpart here`);
    attributes.push(`${name}="${escape(String(value))}"`);
  }
  // AVG paths have no fill unless given one; SVG's default is black.
  if (!('fill' in item)) attributes.push('fill="none"');
  return `${indent}<path ${attributes.join(' ')}/>`;
}

/** One graphic as an SVG document, optionally on a background colour and at a given pixel size. */
export function avgToSvg(graphic: AvgGraphic, options: { background?: string; width?: number; height?: number } = {}): string {
  const width = options.width ?? graphic.width;
  const height = options.height ?? graphic.height;
  const background = options.background
    ? `  <rect width="${graphic.viewportWidth}" height="${graphic.viewportHeight}" fill="${options.background}"/>\n`
    : '';
  const title = graphic.description ? `  <title>${escape(graphic.description)}</title>\n` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${graphic.viewportWidth} ${graphic.viewportHeight}">\n` +
    title +
    background +
    graphic.items.map((item) => itemToSvg(item, '  ')).join('\n') +
    '\n</svg>\n'
  );
}

/** The inner markup of a graphic (no <svg> wrapper), for placing several on one sheet. */
export function avgToSvgGroup(graphic: AvgGraphic): string {
  return graphic.items.map((item) => itemToSvg(item, '    ')).join('\n');
}
