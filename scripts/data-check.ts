/** `npm run data:check`: validate the dataset; the counts are the last line (DESIGN.md). */
import { loadSources } from '../data/load-sources.ts';
import { checkDataset, countsLine } from '../data/check-dataset.ts';
import { SOURCES_DIR } from '../data/paths.ts';

const { dataset, problems } = loadSources(SOURCES_DIR);
problems.push(...checkDataset(dataset));
for (const p of problems) console.error(`${p.file}: ${p.message}`);
if (problems.length) console.error(`${problems.length} invalid record(s) or broken rule(s).`);
console.log(countsLine(dataset));
process.exit(problems.length ? 1 : 0);
