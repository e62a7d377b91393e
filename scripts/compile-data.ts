/** `npm run data:compile`: validate data/sources and write data/generated/. Fails on any problem. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSources } from '../data/load-sources.ts';
import { checkDataset, countsLine } from '../data/check-dataset.ts';
import { compileDataset } from '../data/compile.ts';
import { GENERATED_DIR, SOURCES_DIR } from '../data/paths.ts';
import { buildSearch, searchIndexData } from '../core/search/search.ts';

const { dataset, problems } = loadSources(SOURCES_DIR);
problems.push(...checkDataset(dataset));
if (problems.length) {
  for (const p of problems) console.error(`${p.file}: ${p.message}`);
  console.error(`data:compile: ${problems.length} problem(s); nothing written.`);
  process.exit(1);
}
const { store, index } = compileDataset(dataset);
mkdirSync(GENERATED_DIR, { recursive: true });
writeFileSync(join(GENERATED_DIR, 'card-store.json'), JSON.stringify(store));
writeFileSync(join(GENERATED_DIR, 'name-index.json'), JSON.stringify(index));
writeFileSync(join(GENERATED_DIR, 'search-index.json'), JSON.stringify(searchIndexData(buildSearch(store))));
console.log(`data:compile: ${countsLine(dataset)}`);
