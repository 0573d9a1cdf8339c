// Writes skill-package/interactionModels/custom/<locale>.json from models/<language>.ts.
// `--check` writes nothing and fails if a committed model differs from its source.
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODELS_DIR, generateModels, modelText } from './lib/models';

const check = process.argv.includes('--check');
const models = generateModels();
const stale: string[] = [];
for (const [locale, model] of models) {
  const path = join(MODELS_DIR, `${locale}.json`);
  const text = modelText(model);
  if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
  stale.push(path);
  if (!check) writeFileSync(path, text);
}
const orphans = readdirSync(MODELS_DIR).filter((file) => file.endsWith('.json') && !models.has(file.slice(0, -'.json'.length)));
for (const file of orphans) {
  stale.push(join(MODELS_DIR, file));
  if (!check) rmSync(join(MODELS_DIR, file));
}
if (check && stale.length) {
  console.error(`not what models/ generates (run npm run models): ${stale.join(', ')}`);
  process.exit(1);
}
console.log(stale.length ? `models: wrote ${stale.join(', ')}` : `models: ${models.size} up to date`);
