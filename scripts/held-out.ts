// Prints the held-out coverage per language (tests/held-out/), with every phrasing that misses.
import { coverage, coverageLine, heldOutLanguages } from './lib/held-out';

for (const language of heldOutLanguages()) {
  const c = coverage(language);
  console.log(coverageLine(c));
  for (const f of c.failures) console.log(`  miss: "${f.words}": expected ${f.expected}, heard ${f.intent} -> ${f.answer}`);
}
