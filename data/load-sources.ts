/**
 * Reads and validates the authored files under data/sources/. Every problem is collected
 * with its file and path, so one run reports them all.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as v from 'valibot';
import {
  CharactersFile,
  ComicsFile,
  NetflixFile,
  PeopleFile,
  type Character,
  type Episode,
  type Issue,
  type Person,
  type Season,
  type Series,
  type Show,
} from './schema.ts';

export interface Dataset {
  characters: Character[];
  people: Person[];
  series: Series[];
  /** Every issue with its series filled in. */
  issues: (Issue & { series: string })[];
  shows: Show[];
  /** Every season with its show. */
  seasons: (Season & { show: string })[];
  episodes: Episode[];
  /** Record id → file it came from, for error messages. */
  origin: Map<string, string>;
}

export interface DataProblem {
  file: string;
  message: string;
}

function listJson(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.sort().flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return listJson(full);
    return name.endsWith('.json') ? [full] : [];
  });
}

export function loadSources(root: string): { dataset: Dataset; problems: DataProblem[] } {
  const dataset: Dataset = {
    characters: [],
    people: [],
    series: [],
    issues: [],
    shows: [],
    seasons: [],
    episodes: [],
    origin: new Map(),
  };
  const problems: DataProblem[] = [];

  for (const path of listJson(root)) {
    const file = relative(process.cwd(), path);
    const folder = relative(root, path).split(/[\\/]/)[0];
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      problems.push({ file, message: `not valid JSON: ${(error as Error).message}` });
      continue;
    }
    const note = (id: string) => dataset.origin.set(id, file);
    const parse = <S extends v.GenericSchema>(schema: S): v.InferOutput<S> | undefined => {
      const result = v.safeParse(schema, json);
      if (result.success) return result.output;
      for (const issue of result.issues.slice(0, 20)) {
        problems.push({ file, message: `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}` });
      }
      return undefined;
    };

    switch (folder) {
      case 'characters': {
        const records = parse(CharactersFile);
        for (const c of records ?? []) {
          dataset.characters.push(c);
          note(c.id);
        }
        break;
      }
      case 'people': {
        const records = parse(PeopleFile);
        for (const p of records ?? []) {
          dataset.people.push(p);
          note(p.id);
        }
        break;
      }
      case 'comics': {
        const content = parse(ComicsFile);
        if (!content) break;
        const seriesList = Array.isArray(content.series) ? content.series : [content.series];
        for (const s of seriesList) {
          dataset.series.push(s);
          note(s.id);
        }
        for (const issue of content.issues) {
          const series = issue.series ?? (seriesList.length === 1 ? seriesList[0]!.id : undefined);
          if (!series) {
            problems.push({ file, message: `${issue.id}: names no series in a file with several` });
            continue;
          }
          dataset.issues.push({ ...issue, series, sources: issue.sources ?? seriesList.find((s) => s.id === series)?.sources });
          note(issue.id);
        }
        break;
      }
      case 'netflix': {
        const content = parse(NetflixFile);
        if (!content) break;
        dataset.shows.push(content.show);
        note(content.show.id);
        for (const season of content.seasons) {
          dataset.seasons.push({ ...season, show: content.show.id });
          note(season.id);
        }
        for (const episode of content.episodes) {
          const season = content.seasons.find((s) => s.id === episode.season);
          dataset.episodes.push({ ...episode, sources: episode.sources ?? season?.sources });
          note(episode.id);
        }
        break;
      }
      default:
        problems.push({ file, message: `unknown folder "${folder}": use characters, people, comics or netflix` });
    }
  }
  return { dataset, problems };
}
