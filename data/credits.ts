/**
 * A person's credits as card lines, derived from the records that credit them: who they play
 * and in which shows, what they ran, which characters they created, what they wrote, drew and
 * directed. Issue runs read as ranges ("Alias #1–28; The Pulse #1–14"), episodes by show
 * ("Jessica Jones 1x01, 1x13").
 */
import type { CardField } from '../core/cards/card.ts';
import type { Dataset } from './load-sources.ts';

/** Works listed in one line at most; the rest is counted. */
const MAX_ITEMS = 8;

type Label = (id: string) => string;

/** "1–4, 7, 9–10" from issue numbers. */
export function numberRuns(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(j === i ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return runs.join(', ');
}

/** Items joined with `separator`, the ones past MAX_ITEMS counted ("and 3 more"). */
function listed(items: string[], separator = '; '): string {
  if (items.length <= MAX_ITEMS) return items.join(separator);
  return `${items.slice(0, MAX_ITEMS).join(separator)}${separator}and ${items.length - MAX_ITEMS} more`;
}

/** Issues as runs per cover title, in publication order: "Alias #1–28; The Pulse #1–14". */
function issueRuns(ids: readonly string[], label: Label, order: Map<string, number>): string {
  const groups = new Map<string, number[]>();
  for (const id of [...ids].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))) {
    const match = /^(.*) #(\d+)$/.exec(label(id));
    if (!match) continue;
    const numbers = groups.get(match[1]!) ?? [];
    numbers.push(Number(match[2]));
    groups.set(match[1]!, numbers);
  }
  return listed([...groups].map(([title, numbers]) => `${title} #${numberRuns(numbers)}`));
}

/** Episodes by show, in release order: "Jessica Jones 1x01, 1x13; Luke Cage 2x04". */
function episodeList(ids: readonly string[], data: Dataset, label: Label): string {
  const seasons = new Map(data.seasons.map((s) => [s.id, s]));
  const byShow = new Map<string, string[]>();
  const episodes = data.episodes.filter((e) => ids.includes(e.id));
  for (const e of episodes) {
    const season = seasons.get(e.season)!;
    const codes = byShow.get(season.show) ?? [];
    codes.push(`${season.number}x${String(e.number).padStart(2, '0')}`);
    byShow.set(season.show, codes);
  }
  return listed([...byShow].map(([show, codes]) => `${label(show)} ${codes.sort().join(', ')}`));
}

export function personCredits(data: Dataset, label: Label): Map<string, CardField[]> {
  const out = new Map<string, CardField[]>();
  const add = (person: string, field: CardField) => {
    const fields = out.get(person) ?? [];
    fields.push(field);
    out.set(person, fields);
  };
  const collect = <T>(pairs: Iterable<[string, T]>) => {
    const map = new Map<string, T[]>();
    for (const [person, item] of pairs) {
      const list = map.get(person) ?? [];
      if (!list.includes(item)) list.push(item);
      map.set(person, list);
    }
    return map;
  };
  // Shows in release order.
  const released = new Map(data.shows.map((s) => [s.id, s.firstReleased ?? '']));
  const showOrder = (id: string) => released.get(id) ?? '';

  // Plays: each character with the shows whose cast lists them in that role.
  const roles = collect(
    data.seasons.flatMap((season) => (season.cast ?? []).map((c) => [c.person, `${c.character}\n${season.show}`] as [string, string])),
  );
  for (const c of data.characters) {
    for (const person of c.netflix?.portrayedBy ?? []) {
      const list = roles.get(person) ?? [];
      if (!list.some((r) => r.startsWith(`${c.id}\n`))) list.push(`${c.id}\n`);
      roles.set(person, list);
    }
  }
  for (const [person, pairs] of roles) {
    const shows = new Map<string, string[]>();
    for (const pair of pairs) {
      const [character, show] = pair.split('\n') as [string, string];
      const list = shows.get(character) ?? [];
      if (show) list.push(show);
      shows.set(character, list);
    }
    const parts = [...shows].map(([character, list]) => {
      const titles = [...new Set(list)].sort((a, b) => showOrder(a).localeCompare(showOrder(b))).map(label);
      return titles.length ? `${label(character)} (${titles.join(', ')})` : label(character);
    });
    add(person, { label: 'Plays', value: listed(parts) });
  }

  // Showrunner: of whole shows, else of the seasons they ran.
  const ran = collect([
    ...data.shows.flatMap((show) => (show.showrunners ?? []).map((p) => [p, `${show.id}\n`] as [string, string])),
    ...data.seasons.flatMap((season) => (season.showrunners ?? []).map((p) => [p, `${season.show}\n${season.number}`] as [string, string])),
  ]);
  for (const [person, entries] of ran) {
    const seasons = new Map<string, number[]>();
    for (const entry of entries) {
      const [show, number] = entry.split('\n') as [string, string];
      const list = seasons.get(show) ?? [];
      if (number) list.push(Number(number));
      seasons.set(show, list);
    }
    const parts = [...seasons]
      .sort((a, b) => showOrder(a[0]).localeCompare(showOrder(b[0])))
      .map(([show, numbers]) => {
        const count = data.seasons.filter((s) => s.show === show).length;
        const all = numbers.length === 0 || new Set(numbers).size === count;
        return all ? label(show) : `${label(show)} (season${numbers.length > 1 ? 's' : ''} ${numberRuns(numbers)})`;
      });
    add(person, { label: 'Showrunner', value: listed(parts) });
  }

  // Created: the characters they are credited as creators of (a series' "creators" are the
  // team of its first issue, which the runs below show).
  const created = collect(data.characters.flatMap((c) => (c.creators ?? []).map((p) => [p, c.id] as [string, string])));
  for (const [person, ids] of created) add(person, { label: 'Created', value: listed(ids.map(label), ', ') });

  // Comics issues (in publication order) and episodes, written, drawn and directed.
  const published = new Map(
    [...data.issues].sort((a, b) => (a.coverDate ?? '').localeCompare(b.coverDate ?? '') || a.number - b.number).map((i, n) => [i.id, n]),
  );
  const wroteIssues = collect(data.issues.flatMap((i) => (i.writers ?? []).map((p) => [p, i.id] as [string, string])));
  const drewIssues = collect(data.issues.flatMap((i) => (i.artists ?? []).map((p) => [p, i.id] as [string, string])));
  const wroteEpisodes = collect(data.episodes.flatMap((e) => (e.writers ?? []).map((p) => [p, e.id] as [string, string])));
  const directed = collect(data.episodes.flatMap((e) => (e.directors ?? []).map((p) => [p, e.id] as [string, string])));
  for (const person of new Set([...wroteIssues.keys(), ...wroteEpisodes.keys()])) {
    const parts = [
      wroteIssues.has(person) ? issueRuns(wroteIssues.get(person)!, label, published) : '',
      wroteEpisodes.has(person) ? episodeList(wroteEpisodes.get(person)!, data, label) : '',
    ].filter(Boolean);
    add(person, { label: 'Wrote', value: parts.join('; ') });
  }
  for (const [person, ids] of drewIssues) add(person, { label: 'Art in', value: issueRuns(ids, label, published) });
  for (const [person, ids] of directed) add(person, { label: 'Directed', value: episodeList(ids, data, label) });
  return out;
}
