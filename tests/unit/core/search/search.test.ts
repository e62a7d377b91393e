import { describe, expect, it } from 'vitest';
import { buildSearch, loadSearch, search, searchIndexData } from '../../../../core/search/search.ts';
import { loadCardStore, loadSearchIndexData } from '../../../../scripts/load-artifacts.ts';

const store = loadCardStore();
const built = buildSearch(store);

describe('the search index built at build time', () => {
  const loaded = loadSearch(store, loadSearchIndexData());
  // The popup's queries, typos, and the first letters of every tenth card's name.
  const queries = [
    'kilgrave',
    'purple man',
    'jewel',
    'pulse 14',
    'alias 28',
    'new avengers annual 1',
    'luke cage s2',
    'jj 1x01',
    'ladies night',
    'defenders',
    'ritter',
    'cgae',
    'jesica jnes',
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

  it('puts the name asked for first', () => {
    expect(search(loaded, 'purple man')[0]?.id).toBe('character:kilgrave');
    expect(search(loaded, 'pulse 14')[0]?.id).toBe('issue:the-pulse-2004-14');
  });
});
