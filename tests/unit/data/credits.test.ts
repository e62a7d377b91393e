import { describe, expect, it } from 'vitest';
import { numberRuns } from '../../../data/credits.ts';
import { compileDataset } from '../../../data/compile.ts';
import { loadSources } from '../../../data/load-sources.ts';
import { SOURCES_DIR } from '../../../data/paths.ts';

const { dataset } = loadSources(SOURCES_DIR);
const { store } = compileDataset(dataset);
const field = (id: string, label: string) => store.cards[id]?.fields.find((f) => f.label === label)?.value;
const name = (id: string) => store.cards[id]!.label;

describe('a person’s credits on their card', () => {
  it('read issue numbers as runs', () => {
    expect(numberRuns([3, 1, 2, 5, 7, 8, 8])).toBe('1–3, 5, 7–8');
    expect(numberRuns([14])).toBe('14');
  });

  it('name every role a season’s cast lists, with the show', () => {
    let checked = 0;
    for (const season of dataset.seasons) {
      const show = name(season.show);
      for (const { person, character } of season.cast ?? []) {
        const plays = field(person, 'Plays');
        expect(plays, person).toBeDefined();
        // The role and its shows: "Luke Cage (Jessica Jones, Luke Cage, The Defenders)".
        const role = plays!.split('; ').find((part) => part.startsWith(`${name(character)} (`));
        if (plays!.includes('and ') && !role) continue; // a long list counts the rest
        expect(role, `${person} as ${character}`).toContain(show);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('list the issues a writer wrote as runs of their cover titles', () => {
    // Each writer of an issue has a "Wrote" line; a writer of few titles lists this one.
    for (const issue of dataset.issues) {
      for (const person of issue.writers ?? []) {
        const line = field(person, 'Wrote') ?? '';
        expect(line, person).not.toBe('');
        const title = name(issue.id).replace(/ #\d+$/, '');
        if (!line.includes('more')) expect(line, `${person}: ${issue.id}`).toContain(`${title} #`);
      }
    }
  });

  it('list the characters a person co-created', () => {
    for (const c of dataset.characters) {
      for (const person of c.creators ?? []) {
        const line = field(person, 'Created') ?? '';
        if (!line.includes('more')) expect(line, person).toContain(c.name);
      }
    }
  });
});
