// Renders every stretch illustration (AVG) to SVG, and to PNG when rsvg-convert is installed
// (apt-get install librsvg2-bin), into docs/gallery/ with an index page and one contact sheet,
// so a person can review all of them at once. `npm run gallery`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { STRETCHES } from '../lambda/src/coach/catalog';
import { illustrationFor, illustrationName } from '../lambda/src/screens/illustrations';
import en from '../locales/en.json';
import { avgToSvg, avgToSvgGroup } from './lib/avg-to-svg';

const OUT = resolve(__dirname, '../docs/gallery');
/** The screens' background, so the drawings are seen as a device shows them. */
const BACKGROUND = '#101820';

interface Entry {
  stretchId: string;
  side: number;
  name: string;
  title: string;
  note: string;
  svg: string;
}

function hasRsvg(): boolean {
  try {
    execFileSync('rsvg-convert', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function entries(): Entry[] {
  const names = en.base.stretches as Record<string, { name: string }>;
  return STRETCHES.flatMap((stretch) => {
    const sides = stretch.sides === 2 ? [0, 1] : [0];
    return sides.map((side) => {
      const graphic = illustrationFor(stretch.id, side);
      if (!graphic) throw new Error(`no illustration for ${stretch.id}`);
      const note = side === 0 ? (stretch.sides === 2 ? (stretch.secondRound === 'lower' ? 'first round' : 'first side') : '') : stretch.secondRound === 'lower' ? 'a little lower' : 'other side';
      return { stretchId: stretch.id, side, name: illustrationName(stretch.id, side), title: names[stretch.id]?.name ?? stretch.id, note, svg: avgToSvg(graphic, { background: BACKGROUND, width: 480, height: 360 }) };
    });
  });
}

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** All drawings on one sheet, six to a row, each with its name. */
function sheet(list: Entry[]): string {
  const columns = 6;
  const tileW = 240;
  const tileH = 210;
  const rows = Math.ceil(list.length / columns);
  const tiles = list.map((entry, i) => {
    const x = (i % columns) * tileW;
    const y = Math.floor(i / columns) * tileH;
    const graphic = illustrationFor(entry.stretchId, entry.side)!;
    const label = entry.note ? `${entry.title} (${entry.note})` : entry.title;
    return `  <g transform="translate(${x} ${y})">\n${avgToSvgGroup(graphic)}\n    <text x="120" y="198" fill="#DDE3EA" font-family="DejaVu Sans, sans-serif" font-size="13" text-anchor="middle">${escape(label)}</text>\n  </g>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${columns * tileW}" height="${rows * tileH}" viewBox="0 0 ${columns * tileW} ${rows * tileH}">\n  <rect width="100%" height="100%" fill="${BACKGROUND}"/>\n${tiles.join('\n')}\n</svg>\n`;
}

function indexPage(list: Entry[], png: boolean): string {
  const cards = list
    .map((entry) => {
      const picture = png ? `${entry.name}.png` : `${entry.name}.svg`;
      const note = entry.note ? ` <small>${escape(entry.note)}</small>` : '';
      return `    <figure><img src="${picture}" alt="${escape(entry.title)}" width="240" height="180"><figcaption>${escape(entry.title)}${note}<br><code>${entry.name}</code></figcaption></figure>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Upper Back Coach: stretch illustrations</title>
  <style>
    body { background: ${BACKGROUND}; color: #DDE3EA; font-family: system-ui, sans-serif; margin: 24px; }
    main { display: grid; grid-template-columns: repeat(auto-fill, minmax(250px, 1fr)); gap: 16px; }
    figure { margin: 0; text-align: center; }
    img { background: ${BACKGROUND}; border: 1px solid #26323F; border-radius: 8px; }
    small { color: #FFB020; }
    code { color: #8A99AA; font-size: 12px; }
    .small img { width: 120px; height: 90px; }
  </style>
</head>
<body>
  <h1>Stretch illustrations</h1>
  <p>Every drawing the screens can show (AVG in <code>lambda/src/screens/illustrations/</code>), converted to SVG by <code>npm run gallery</code>.
  <a href="sheet.png">All on one sheet</a>. Below, at full size, then at thumbnail size (as on an Echo Spot).</p>
  <main>
${cards}
  </main>
  <h2>At thumbnail size</h2>
  <main class="small">
${cards}
  </main>
</body>
</html>
`;
}

function main(): void {
  mkdirSync(OUT, { recursive: true });
  for (const file of readdirSync(OUT)) rmSync(join(OUT, file));
  const list = entries();
  const png = hasRsvg();
  for (const entry of list) {
    const svgPath = join(OUT, `${entry.name}.svg`);
    writeFileSync(svgPath, entry.svg);
    if (png) execFileSync('rsvg-convert', ['-o', join(OUT, `${entry.name}.png`), svgPath]);
  }
  const sheetPath = join(OUT, 'sheet.svg');
  writeFileSync(sheetPath, sheet(list));
  if (png) execFileSync('rsvg-convert', ['-o', join(OUT, 'sheet.png'), sheetPath]);
  writeFileSync(join(OUT, 'index.html'), indexPage(list, png));
  console.log(`${list.length} illustrations in docs/gallery/${png ? ' (SVG and PNG)' : ' (SVG only: install librsvg2-bin for PNGs)'}`);
}

main();
