/** The compiled artefacts for the CLIs, compiled fresh from data/sources if missing. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { CardStore } from '../core/cards/card.ts';
import type { NameIndex } from '../core/matching/name-index.ts';
import { GENERATED_DIR } from '../data/paths.ts';

function ensureCompiled() {
  if (existsSync(join(GENERATED_DIR, 'card-store.json')) && existsSync(join(GENERATED_DIR, 'name-index.json'))) return;
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
