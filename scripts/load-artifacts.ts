/** The compiled artefacts for the CLIs, compiled fresh from data/sources if missing. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { CardStore } from '../core/cards/card.ts';
import type { NameIndex } from '../core/matching/name-index.ts';
import type { SearchIndexData } from '../core/search/search.ts';
import { GENERATED_DIR } from '../data/paths.ts';

function ensureCompiled() {
  if (['card-store.json', 'name-index.json', 'search-index.json'].every((f) => existsSync(join(GENERATED_DIR, f)))) return;
  const result = spawnSync('npx', ['tsx', 'scripts/compile-data.ts'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('The dataset does not compile; run `npm run data:check` to see why.');
}

export function loadNameIndex(): NameIndex {
  ensureCompiled();
  return JSON.parse(readFileSync(join(GENERATED_DIR, 'name-index.json'), 'utf8')) as NameIndex;
}

export function loadCardStore(): CardStore {
  ensureCompiled();
  return JSON.parse(readFileSync(join(GENERATED_DIR, 'card-store.json'), 'utf8')) as CardStore;
}

export function loadSearchIndexData(): SearchIndexData {
  ensureCompiled();
  return JSON.parse(readFileSync(join(GENERATED_DIR, 'search-index.json'), 'utf8')) as SearchIndexData;
}
