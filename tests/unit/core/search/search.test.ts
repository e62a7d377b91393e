import { describe, expect, it } from 'vitest';
import { buildSearch, loadSearch, search, searchIndexData } from '../../../../core/search/search.ts';
import { loadCardStore, loadSearchIndexData } from '../../../../scripts/load-artifacts.ts';
import { HURRIED_QUERIES, POPUP_EXAMPLES } from '../../../fixtures/search-queries.ts';

const store = loadCardStore();
const built = buildSearch(store);

describe('the search index built at build time', () => {
  const loaded = loadSearch(store, loadSearchIndexData());
  // What readers type, and the first letters of every tenth card's name.
  const queries = [
    ...[...POPUP_EXAMPLES, ...HURRIED_QUERIES].map(([q]) => q),
    ...Object.values(store.cards)
      .filter((_, i) => i % 10 === 0)
      .map((c) => c.label.slice(0, 5)),
  ];

  it.each(queries)('answers "%s" exactly as an index built on the spot', (query) => {
    expect(search(loaded, query, 12)).toEqual(search(built, query, 12));
  });

  it('is what the build wrote: compiling again gives the same data', () => {
    expect(JSON.parse(JSON.stringify(searchIndexData(built)))).toEqual(loadSearchIndexData());
  });

  it.each([...POPUP_EXAMPLES, ...HURRIED_QUERIES])('puts the entity a reader means first for "%s"', (query, id) => {
    expect(search(loaded, query)[0]?.id).toBe(id);
  });
});

describe('search results', () => {
  it('lists issues that rank alike in number order', () => {
    const issues = search(built, 'alias', 40).filter((r) => r.kind === 'issue' && r.label.startsWith('Alias #'));
    const numbers = issues.map((r) => Number(/#(\d+)/.exec(r.label)![1]));
    expect(numbers.length).toBeGreaterThan(3);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });
});
