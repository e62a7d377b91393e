/** `npm run eval`: precision, recall and F1 per kind on the annotated pages in tests/fixtures/. */
import { buildMatcher } from '../core/matching/build-matcher.ts';
import { ENTITY_KINDS, kindOfId } from '../core/entities.ts';
import { evaluatePage, loadGold, metrics, type Score } from './evaluate.ts';
import { loadNameIndex } from './load-artifacts.ts';

const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
const matcher = buildMatcher(loadNameIndex());
const golds = loadGold();
const perKind = new Map<string, Score>([...ENTITY_KINDS, 'overall'].map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
let problems = 0;

for (const gold of golds) {
  const r = evaluatePage(gold, matcher);
  for (const g of gold.mentions) {
    const kind = kindOfId(g.id) ?? 'character';
    if (!r.missed.some((m) => m.id === g.id && m.text === g.text)) perKind.get(kind)!.tp++;
  }
  for (const m of r.missed) perKind.get(kindOfId(m.id) ?? 'character')!.fn++;
  for (const m of r.extra) perKind.get(m.kind)!.fp++;
  const o = perKind.get('overall')!;
  o.tp += r.score.tp;
  o.fp += r.score.fp;
  o.fn += r.score.fn;
  problems += r.alignmentErrors.length;
  const { precision, recall } = metrics(r.score);
  console.log(
    `${gold.page.padEnd(44)} P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  (${r.score.tp} found, ${r.score.fp} extra, ${r.score.fn} missed)`,
  );
  for (const e of r.alignmentErrors) console.log(`    gold error: ${e}`);
  if (verbose) {
    for (const m of r.missed) console.log(`    missed  ${m.id.padEnd(36)} "${m.text}" @${m.start}`);
    for (const m of r.extra) console.log(`    extra   ${m.id.padEnd(36)} "${m.text}" @${m.start}`);
  }
}

console.log(`\n${'kind'.padEnd(10)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'F1'.padStart(6)}   gold  found`);
for (const [kind, s] of perKind) {
  if (kind !== 'overall' && s.tp + s.fn + s.fp === 0) continue;
  const { precision, recall, f1 } = metrics(s);
  console.log(
    `${kind.padEnd(10)} ${precision.toFixed(3).padStart(9)} ${recall.toFixed(3).padStart(7)} ${f1.toFixed(3).padStart(6)}   ${String(s.tp + s.fn).padStart(4)}  ${String(s.tp + s.fp).padStart(5)}`,
  );
}
console.log(`\n${golds.length} annotated page(s); run with --verbose to list every miss and extra.`);
if (problems) {
  console.error(`${problems} gold annotation(s) could not be aligned with their page.`);
  process.exit(1);
}
