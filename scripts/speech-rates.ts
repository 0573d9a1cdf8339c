/**
 * `npm run speech-rates`: calibrates the spoken-length estimate's rates
 * (lambda/src/speech/speaking-rates.ts) with espeak-ng and writes docs/speech-rates.md.
 *
 * The same fifteen passages of the skill (scripts/lib/speech-rates/corpus.ts) are spoken in
 * every language by espeak-ng's voice for it, at its default speed, and measured with sox.
 * Each language's rate is its units (words, or morae for Japanese) over espeak-ng's seconds;
 * the rates are then scaled so that the Latin-script languages' mean is the 2.6 words a
 * second the skill estimates English at, its unhurried coaching pace (espeak-ng's default is
 * quicker). What is measured is espeak-ng's voices, not Alexa's: how much longer one
 * language takes than another for the same words, which is what the estimate needs.
 *
 * Never a jest test: it needs espeak-ng and sox (apt-get install espeak-ng sox).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { estimateSpokenSeconds } from '../lambda/src/speech/ssml';
import { KANJI_MORAE, SPEAKING_RATES, speakingRate } from '../lambda/src/speech/speaking-rates';
import { CALIBRATION_KEYS, PENDING, type Passage } from './lib/speech-rates/corpus';
import { kanaMorae, kanjiCount, morae, spokenUnits } from './lib/speech-rates/units';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '..');

/** espeak-ng's voice for each language (`espeak-ng --voices`). */
const VOICES: Record<string, string> = { en: 'en-us', de: 'de', es: 'es', fr: 'fr-fr', it: 'it', pt: 'pt-br', nl: 'nl', hi: 'hi', ar: 'ar', ja: 'ja' };

export interface Measured {
  language: string;
  voice: string;
  /** Units counted in the text: words, or morae (of the kana reading) for Japanese. */
  units: number;
  unit: 'word' | 'mora';
  /** espeak-ng's seconds for the passages, spoken one after another. */
  espeakSeconds: number;
  /** Japanese: kanji in the text, and the morae the reading gives them. */
  kanji?: { count: number; morae: number };
}

async function passagesOf(language: string): Promise<Passage[]> {
  const pending = PENDING[language];
  if (pending) return pending;
  const file = JSON.parse(await readFile(join(ROOT, `locales/${language}.json`), 'utf8')) as { base: Record<string, unknown> };
  return CALIBRATION_KEYS.map((key) => {
    const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], file.base);
    if (typeof text !== 'string') throw new Error(`${language}: no text at ${key}`);
    return { text };
  });
}

async function measure(language: string, dir: string): Promise<Measured> {
  const voice = VOICES[language]!;
  const passages = await passagesOf(language);
  const spoken = passages.map((p) => p.reading ?? p.text).join(' ');
  const wav = join(dir, `${language}.wav`);
  await run('espeak-ng', ['-v', voice, '-w', wav, spoken]);
  const espeakSeconds = Number((await run('soxi', ['-D', wav])).stdout.trim());
  const rate = speakingRate(language)!;
  const text = passages.map((p) => p.text).join(' ');
  if (rate.unit === 'mora') {
    const count = kanjiCount(text);
    return { language, voice, unit: 'mora', units: morae(spoken), espeakSeconds, kanji: { count, morae: morae(spoken) - kanaMorae(text) } };
  }
  return { language, voice, unit: 'word', units: spokenUnits(text)[rate.script], espeakSeconds };
}

const fixed = (n: number, digits = 2) => n.toFixed(digits);

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'ubc-rates-'));
  try {
    const rows: Measured[] = [];
    for (const language of Object.keys(VOICES)) rows.push(await measure(language, dir));
    const perSecond = (row: Measured) => row.units / row.espeakSeconds;
    const latin = rows.filter((row) => speakingRate(row.language)!.script === 'latin');
    const scale = SPEAKING_RATES.latin.perSecond / (latin.reduce((sum, row) => sum + perSecond(row), 0) / latin.length);
    const japanese = rows.find((row) => row.kanji);
    const lines = [
      '# Speaking rates',
      '',
      'Written by `npm run speech-rates` (scripts/speech-rates.ts); the rates the skill uses are in',
      '`lambda/src/speech/speaking-rates.ts`. The spoken-length estimate counts words, by script, and',
      'for Japanese (written without spaces) morae; it drives where a barge-in lands, the minutes a',
      'routine announces and the 240 s a response may last.',
      '',
      'Method: fifteen passages the skill says (stretch set-ups, safety answers, the welcome:',
      '`scripts/lib/speech-rates/corpus.ts`), the same in every language (read from the locale file',
      'where the language has one, translated for the calibration where it does not yet), spoken one',
      "after another by espeak-ng's voice for the language at its default speed and measured with",
      '`soxi -D`. A language\'s rate is its units over those seconds. espeak-ng reads no kanji, so',
      'Japanese is spoken from a kana reading of each passage: its morae are counted there, and the',
      'morae a kanji stands for are the reading\'s morae less the text\'s kana, over its kanji.',
      `The rates are scaled by ${fixed(scale, 3)} so that the Latin-script languages' mean is`,
      `${SPEAKING_RATES.latin.perSecond} words a second, the pace the skill has always estimated English at (espeak-ng`,
      'speaks faster than a coach). What this measures is espeak-ng\'s voices, not Alexa\'s: how much',
      'longer one language takes than another to say the same thing.',
      '',
      '| language | voice | units | espeak-ng | per second | scaled | the skill uses | the estimate against espeak-ng, scaled |',
      '|---|---|---|---|---|---|---|---|',
    ];
    for (const row of rows) {
      const rate = speakingRate(row.language)!;
      const passages = await passagesOf(row.language);
      const estimate = passages.reduce((sum, p) => sum + estimateSpokenSeconds(p.text), 0);
      const scaledSeconds = row.espeakSeconds / scale;
      const unit = row.unit === 'mora' ? 'morae' : 'words';
      lines.push(
        `| ${row.language} (${rate.script}) | ${row.voice} | ${fixed(row.units, 0)} ${unit} | ${fixed(row.espeakSeconds, 1)} s | ${fixed(perSecond(row))} | ${fixed(perSecond(row) * scale)} | ${rate.perSecond} | ${fixed(estimate, 1)} s against ${fixed(scaledSeconds, 1)} s (${estimate >= scaledSeconds ? '+' : ''}${fixed((estimate / scaledSeconds - 1) * 100, 1)}%) |`,
      );
    }
    if (japanese?.kanji) {
      lines.push(
        '',
        `Japanese: ${japanese.kanji.count} kanji read as ${fixed(japanese.kanji.morae, 0)} morae, ${fixed(japanese.kanji.morae / japanese.kanji.count)} a kanji (the skill uses ${KANJI_MORAE}).`,
      );
    }
    lines.push(
      '',
      "The Latin-script languages share one rate: espeak-ng's speeds per language are its authors'",
      "settings, not measurements of Alexa's voices, so a spread of this size among them is not taken",
      "for Alexa's, and English, German, Spanish and French keep the figures their announced lengths",
      'and barge-in placement were built on. Devanagari, Arabic and Japanese are counted apart, where the unit itself differs: an',
      'Arabic word carries its article and pronouns, and Japanese has no spaces. To refine a rate, time',
      "Alexa's own voice on the same passages (the developer console's test simulator plays each",
      'response) and put its figures through the same scaling.',
      '',
    );
    await writeFile(join(ROOT, 'docs/speech-rates.md'), lines.join('\n'));
    // The figures the unit test holds the estimate to (tests/unit/spoken-length.test.ts).
    const measured = Object.fromEntries(rows.map((row) => [row.language, { voice: row.voice, espeakSeconds: row.espeakSeconds, scaledSeconds: row.espeakSeconds / scale }]));
    await writeFile(join(ROOT, 'scripts/lib/speech-rates/measured.json'), `${JSON.stringify({ scale, languages: measured }, null, 2)}\n`);
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
