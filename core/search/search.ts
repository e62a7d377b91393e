/**
 * The popup's search over the whole card store (and `npm run lookup`): MiniSearch with prefix
 * and fuzzy matching, re-ranked so an exact name beats an alias beats a prefix beats a typo,
 * and leads beat walk-ons.
 */
import MiniSearch, { type SearchResult as MiniResult } from 'minisearch';
import type { CardStore } from '../cards/card.ts';
import type { EntityKind } from '../entities.ts';
import { normalizeText } from '../text/normalize.ts';

export interface SearchResult {
  id: string;
  kind: EntityKind;
  label: string;
  score: number;
}

interface Doc {
  id: string;
  name: string;
  terms: string;
}

export interface SearchIndex {
  mini: MiniSearch<Doc>;
  store: CardStore;
  /** id → normalised label and terms, for the exact-match bonus. */
  exact: Map<string, { label: string; terms: string[] }>;
}

const norm = (s: string) =>
  normalizeText(s)
    .text.replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export function buildSearch(store: CardStore): SearchIndex {
  const mini = new MiniSearch<Doc>({
    fields: ['name', 'terms'],
    processTerm: (term) => norm(term) || null,
  });
  const docs: Doc[] = [];
  const exact = new Map<string, { label: string; terms: string[] }>();
  for (const card of Object.values(store.cards)) {
    const terms = store.searchTerms[card.id] ?? [];
    docs.push({ id: card.id, name: card.label, terms: terms.join(' | ') });
    exact.set(card.id, { label: norm(card.label), terms: terms.map(norm) });
  }
  mini.addAll(docs);
  return { mini, store, exact };
}

export function search(index: SearchIndex, query: string, limit = 12): SearchResult[] {
  const q = norm(query);
  if (!q) return [];
  const hits: MiniResult[] = index.mini.search(q, {
    boost: { name: 2 },
    combineWith: 'AND',
    prefix: (term) => term.length >= 2,
    // Two edits from four letters on: a swapped pair ("cgae") is two edits for Levenshtein.
    fuzzy: (term) => (term.length < 4 ? false : term.length < 9 ? 2 : 0.25),
  });
  const ranked = hits.map((hit) => {
    const card = index.store.cards[hit.id as string]!;
    const exact = index.exact.get(card.id)!;
    let bonus = 1;
    if (exact.label === q) bonus = 4;
    else if (exact.terms.includes(q)) bonus = 3;
    else if (exact.label.startsWith(q) || exact.terms.some((t) => t.startsWith(q))) bonus = 2;
    const score = hit.score * bonus * (1 + 0.3 * card.prominence);
    return { id: card.id, kind: card.kind, label: card.label, score: Math.round(score * 1000) / 1000 };
  });
  ranked.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label));
  return ranked.slice(0, limit);
}
