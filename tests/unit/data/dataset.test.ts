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

describe('people’s cards', () => {
  const { store } = compileDataset(dataset);
  const credited = (continuity: 'comics' | 'netflix', people: string[]) =>
    people.filter((id) => store.cards[id]?.continuities.join() === continuity);

  it('sit in the continuity their credits are in: the shows’ cast Netflix, comics writers comics', () => {
    const cast = [...new Set(dataset.seasons.flatMap((s) => s.cast?.map((c) => c.person) ?? []))];
    const writers = [...new Set(dataset.issues.flatMap((i) => i.writers ?? []))].filter((id) => !cast.includes(id));
    expect(cast.length).toBeGreaterThan(20);
    expect(credited('netflix', cast)).toEqual(cast);
    expect(credited('comics', writers)).toEqual(writers);
  });

  it('show the summary on every tab', () => {
    for (const card of Object.values(store.cards).filter((c) => c.kind === 'person')) {
      const summaries = card.facts.filter((f) => f.kind === 'summary').map((f) => f.continuity);
      if (summaries.length) expect(summaries).toEqual(card.continuities);
    }
  });
});

describe('checkDataset', () => {
  it('refuses a relationship written the wrong way round (each is the other’s employer)', () => {
    const data = structuredClone(dataset);
    const jessica = data.characters.find((c) => c.id === 'character:jessica-jones')!;
    const jeri = data.characters.find((c) => c.id === 'character:jeri-hogarth')!;
    // Jeri employs Jessica: on Jessica "employer → Jeri"; on Jeri the same type is the mistake.
    expect(jessica.netflix!.relationships).toContainEqual(expect.objectContaining({ type: 'employer', target: jeri.id }));
    const toJessica = jeri.netflix!.relationships!.find((r) => r.target === jessica.id && r.type === 'employee')!;
    toJessica.type = 'employer';
    expect(checkDataset(data).map((p) => p.message)).toContainEqual(expect.stringContaining('one should be employee'));
  });
});
