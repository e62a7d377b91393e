/**
 * The name index: every surface form a page may use, compiled from the dataset at build time
 * (data/compile.ts) and loaded by the content script, the CLIs and the tests.
 */
import type { EntityKind } from '../entities.ts';
import { compileAutomaton, type SerializedAutomaton } from './automaton.ts';

/** A form that may stand alone only after its entity's full name earlier in the same text. */
export const FORM_SHORT = 1;
/** A form that is also an everyday word: counts only capitalised and with Marvel context. */
export const FORM_COMMON = 2;
/** Not an entity: a word that shows a text is about Marvel ("Marvel", "Hell's Kitchen"). */
export const FORM_CONTEXT = 4;
/** Not an entity: a phrase that holds a name but is something else ("Alias Investigations" is
 *  Jessica's agency, not the comic; "Nicolas Cage" is not Luke). Matched, then ignored. */
export const FORM_STOP = 8;
/** A work's nickname ("LC", "JJ") that counts only with its grammar ("LC S2", "JJ 1x01"). */
export const FORM_TITLE_ONLY = 16;
/** A comic's title that is also a team's name ("Avengers", "X-Men"): after "the" it is the
 *  team, and the comic only with an issue number or a word that makes it one ("run", "vol."). */
export const FORM_TEAM = 32;
/** A one-word episode title ("Aftermath", "Nakazat"): it counts only in quotes. */
export const FORM_QUOTED = 64;

export type IndexedEntity = [id: string, kind: EntityKind, label: string];
export type IndexedForm = [form: string, entities: number[], flags: number];

/** A comic series, for the issue recogniser: which numbers exist and their entities. */
export interface IndexedSeries {
  /** The series entity. */
  e: number;
  volume?: number;
  year: number;
  /** [issue number, issue entity], regular issues. */
  issues: [number, number][];
  /** [annual number, issue entity]. */
  annuals: [number, number][];
  /** Titles the series carried for part of its run: [title's words without "and", first
   *  issue, last issue] ("power man iron fist", 50, 125). */
  titles?: [string, number, number][];
}

/** A show, for the season and episode recognisers. */
export interface IndexedShow {
  e: number;
  /** Per season: its number, its entity, and its episodes' entities in order. */
  seasons: { n: number; e: number; episodes: number[] }[];
}

/** What the compiler gathers: every surface form with its entities and flags. */
export interface NameSource {
  entities: IndexedEntity[];
  forms: IndexedForm[];
  series: IndexedSeries[];
  shows: IndexedShow[];
  /** Characters that exist in one continuity only (entity indexes). */
  comicsOnly?: number[];
  netflixOnly?: number[];
}

/** What ships: the forms compiled into an automaton (see automaton.ts). */
export interface NameIndex {
  version: 1;
  /** One line per entity, `kind\tid\tlabel`, read only for entities a page mentions. */
  entities: string;
  automaton: SerializedAutomaton;
  series: IndexedSeries[];
  shows: IndexedShow[];
  /** Characters that exist in one continuity only (entity indexes). */
  comicsOnly?: number[];
  netflixOnly?: number[];
  /** How many surface forms went in, for reports. */
  formCount: number;
}

export function compileNameIndex(source: NameSource): NameIndex {
  return {
    version: 1,
    entities: source.entities.map(([id, kind, label]) => `${kind}\t${id}\t${label}`).join('\n'),
    automaton: compileAutomaton(source.forms),
    series: source.series,
    shows: source.shows,
    ...(source.comicsOnly ? { comicsOnly: source.comicsOnly } : {}),
    ...(source.netflixOnly ? { netflixOnly: source.netflixOnly } : {}),
    formCount: source.forms.length,
  };
}

/** The entity table of a loaded index: line offsets are found once, entries read on demand. */
export class EntityTable {
  private readonly starts: number[] = [0];
  private readonly cache = new Map<number, IndexedEntity>();

  constructor(private readonly lines: string) {
    for (let at = lines.indexOf('\n'); at >= 0; at = lines.indexOf('\n', at + 1)) this.starts.push(at + 1);
  }

  get size(): number {
    return this.lines ? this.starts.length : 0;
  }

  get(e: number): IndexedEntity {
    let entry = this.cache.get(e);
    if (!entry) {
      const end = e + 1 < this.starts.length ? this.starts[e + 1]! - 1 : this.lines.length;
      const [kind, id, label] = this.lines.slice(this.starts[e], end).split('\t') as [EntityKind, string, string];
      entry = [id, kind, label];
      this.cache.set(e, entry);
    }
    return entry;
  }
}
