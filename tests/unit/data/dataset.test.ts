import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../../data/check-dataset.ts';
import { compileDataset } from '../../../data/compile.ts';
import { loadSources } from '../../../data/load-sources.ts';
import { SOURCES_DIR } from '../../../data/paths.ts';

const { dataset, problems } = loadSources(SOURCES_DIR);

describe('the bundled dataset', () => {
  it('parses against the schema', () => {
    expect(problems).toEqual([]);
  });

  it('keeps every invariant (unique ids, references, sources, reveals, counts, dates)', () => {
    expect(checkDataset(dataset)).toEqual([]);
  });

  it('compiles into a card for every record and a name for every character', () => {
    const { store, source } = compileDataset(dataset);
    const records = [
      ...dataset.characters,
      ...dataset.people,
      ...dataset.series,
      ...dataset.issues,
      ...dataset.shows,
      ...dataset.seasons,
      ...dataset.episodes,
    ];
    expect(Object.keys(store.cards).sort()).toEqual(records.map((r) => r.id).sort());
    const named = new Set(source.forms.flatMap(([, entities]) => entities.map((e) => source.entities[e]![0])));
    for (const c of dataset.characters) expect(named.has(c.id)).toBe(true);
  });
});
