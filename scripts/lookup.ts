/**
 * `npm run lookup -- "QUERY" [--json] [--limit N] [--progress LIST] [--mode off|progress|strict]`:
 * the popup's search from the command line. With --progress or --mode, each card is a
 * reader's card: hidden facts keep `revealedIn`, gain `hidden: true` and lose their text.
 */
import { readerCard } from '../core/cards/card-view.ts';
import { buildSearch, search } from '../core/search/search.ts';
import type { Reader, SpoilerMode } from '../core/spoilers/visibility.ts';
import { parseProgressList } from '../core/spoilers/progress.ts';
import { loadCardStore } from './load-artifacts.ts';

function usage(message?: string): never {
  if (message) console.error(`lookup: ${message}`);
  console.error('usage: npm run lookup -- "QUERY" [--json] [--limit N] [--progress WORK@POINT,…] [--mode off|progress|strict]');
  process.exit(2);
}

const args = process.argv.slice(2);
let query: string | undefined;
let json = false;
let limit = 10;
let progressList: string | undefined;
let mode: SpoilerMode | undefined;
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === '--json') json = true;
  else if (arg === '--limit') limit = Number(args[++i]);
  else if (arg === '--progress') progressList = args[++i] ?? usage('--progress needs a list');
  else if (arg === '--mode') {
    const value = args[++i];
    if (value !== 'off' && value !== 'progress' && value !== 'strict') usage('--mode is off, progress or strict');
    mode = value;
  } else if (arg.startsWith('--')) usage(`unknown option ${arg}`);
  else query = query === undefined ? arg : `${query} ${arg}`;
}
if (!query) usage();
if (!Number.isInteger(limit) || limit < 1) usage('--limit must be a positive whole number');

const store = loadCardStore();
let reader: Reader | undefined;
if (progressList !== undefined || mode !== undefined) {
  const parsed = parseProgressList(progressList ?? '', store.works);
  if (!parsed.ok) usage(parsed.error);
  const m = mode ?? 'progress';
  reader = { modes: { comics: m, netflix: m }, progress: parsed.progress };
}

const results = search(buildSearch(store), query, limit).map((r) => {
  const card = store.cards[r.id]!;
  return { ...r, card: reader ? readerCard(card, reader, store.points) : card };
});

if (json) {
  console.log(JSON.stringify({ results }));
} else if (results.length === 0) {
  console.log(`Nothing found for "${query}".`);
} else {
  for (const [i, r] of results.entries()) {
    console.log(`${i + 1}. ${r.label}  [${r.kind}]  ${r.id}  (score ${r.score})`);
    if (i > 0) continue;
    for (const f of r.card.fields) console.log(`     ${f.label}: ${f.value}`);
    for (const f of r.card.facts) {
      if ('hidden' in f) console.log(`     [${f.continuity}] (hidden — revealed in ${store.points[f.revealedIn!]?.label ?? f.revealedIn})`);
      else
        console.log(
          `     [${f.continuity}] ${f.label ? `${f.label}: ` : ''}${f.text}${f.revealedIn ? `  (${store.points[f.revealedIn]?.label ?? f.revealedIn})` : ''}`,
        );
    }
  }
}
