/**
 * The popup's search over the whole card store (and `npm run lookup`): MiniSearch with prefix
 * and fuzzy matching, re-ranked so an exact name beats an alias beats a prefix beats a typo,
 * and leads beat walk-ons.
 */
import MiniSearch, { type AsPlainObject, type Options, type SearchResult as MiniResult } from 'minisearch';
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

const OPTIONS: Options<Doc> = {
  fields: ['name', 'terms'],
  processTerm: (term) => norm(term) || null,
};

/** The search index as plain data: built at build time (`data/generated/search-index.json`),
 *  so the popup loads it instead of indexing 900 cards each time it opens. */
export interface SearchIndexData {
  mini: AsPlainObject;
  exact: [string, { label: string; terms: string[] }][];
}

export function buildSearch(store: CardStore): SearchIndex {
  const mini = new MiniSearch<Doc>(OPTIONS);
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

export function searchIndexData(index: SearchIndex): SearchIndexData {
  return { mini: index.mini.toJSON(), exact: [...index.exact] };
}

/** The index from its build-time data: the same searches as `buildSearch`, loaded faster. */
export function loadSearch(store: CardStore, data: SearchIndexData): SearchIndex {
  return { mini: MiniSearch.loadJS<Doc>(data.mini, OPTIONS), store, exact: new Map(data.exact) };
}

/** Characters first when names tie: "Jessica Jones" the person before the show and the comic. */
const KIND_WEIGHT: Record<EntityKind, number> = { character: 1.25, person: 1.1, show: 1.05, series: 1, season: 1, episode: 1, issue: 1 };

/** The query with one pair of neighbouring letters swapped, for each pair ("cgae" → "cage"). */
function transpositions(q: string): string[] {
  const out: string[] = [];
  const terms = q.split(' ');
  terms.forEach((term, t) => {
    if (term.length < 4) return;
    for (let i = 0; i < term.length - 1; i++) {
      const swapped = term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2);
      if (swapped !== term) out.push([...terms.slice(0, t), swapped, ...terms.slice(t + 1)].join(' '));
    }
  });
  return out;
}

/** Labels that tie read in number order: "#2" before "#12". */
const NUMERIC = new Intl.Collator('en', { numeric: true });

export function search(index: SearchIndex, query: string, limit = 12): SearchResult[] {
  const q = norm(query);
  if (!q) return [];
  const base = { boost: { name: 2 }, combineWith: 'AND' as const, prefix: (term: string) => term.length >= 2 };
  // Exact and prefix matches count in full, a swapped pair of letters nearly so, other typos less.
  const scores = new Map<string, number>();
  const take = (hits: MiniResult[], weight: number) => {
    for (const hit of hits) scores.set(hit.id as string, Math.max(scores.get(hit.id as string) ?? 0, hit.score * weight));
  };
  take(index.mini.search(q, base), 1);
  for (const variant of transpositions(q)) take(index.mini.search(variant, base), 0.8);
  take(index.mini.search(q, { ...base, fuzzy: (term) => (term.length < 4 ? false : term.length < 8 ? 1 : 2) }), 0.5);

  const ranked = [...scores].map(([id, raw]) => {
    const card = index.store.cards[id]!;
    const exact = index.exact.get(card.id)!;
    let bonus = 1;
    if (exact.label === q) bonus = 4;
    else if (exact.terms.includes(q)) bonus = 3;
    else if (exact.label.startsWith(q) || exact.terms.some((t) => t.startsWith(q))) bonus = 2;
    const score = raw * bonus * (1 + 0.3 * card.prominence) * KIND_WEIGHT[card.kind];
    return { id: card.id, kind: card.kind, label: card.label, score: Math.round(score * 1000) / 1000 };
  });
  ranked.sort((a, b) => b.score - a.score || NUMERIC.compare(a.label, b.label));
  return ranked.slice(0, limit);
}
