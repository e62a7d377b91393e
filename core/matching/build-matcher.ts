/**
 * The matcher a page uses: the loaded automaton plus the tables the issue, season and episode
 * recognisers need. Loading decodes arrays; nothing is built per name.
 */
import { loadAutomaton, type Automaton } from './automaton.ts';
import { EntityTable, type IndexedSeries, type IndexedShow, type NameIndex } from './name-index.ts';

export type { FormHit } from './automaton.ts';

export interface Matcher {
  automaton: Automaton;
  entities: EntityTable;
  /** Series and shows by their entity, for the issue, season and episode recognisers. */
  series: Map<number, IndexedSeries>;
  shows: Map<number, IndexedShow>;
  /** Show of each season and episode entity. */
  showOf: Map<number, number>;
  /** Series of each issue entity. */
  seriesOf: Map<number, IndexedSeries>;
  /** The continuity of each character that exists in one only. */
  continuityOf: Map<number, 'comics' | 'netflix'>;
}

export function buildMatcher(index: NameIndex): Matcher {
  const showOf = new Map<number, number>();
  for (const show of index.shows) {
    for (const season of show.seasons) {
      showOf.set(season.e, show.e);
      for (const e of season.episodes) showOf.set(e, show.e);
    }
  }
  const seriesOf = new Map<number, IndexedSeries>();
  for (const s of index.series) for (const [, e] of [...s.issues, ...s.annuals]) seriesOf.set(e, s);
  const continuityOf = new Map<number, 'comics' | 'netflix'>();
  for (const e of index.comicsOnly ?? []) continuityOf.set(e, 'comics');
  for (const e of index.netflixOnly ?? []) continuityOf.set(e, 'netflix');
  return {
    seriesOf,
    continuityOf,
    automaton: loadAutomaton(index.automaton),
    entities: new EntityTable(index.entities),
    series: new Map(index.series.map((s) => [s.e, s])),
    shows: new Map(index.shows.map((s) => [s.e, s])),
    showOf,
  };
}
