/**
 * A small name index written for the matcher's tests, so they state the rules on their own
 * (the real dataset is tested separately). Built the way data/compile.ts builds the real one.
 */
import {
  compileNameIndex,
  FORM_COMMON,
  FORM_CONTEXT,
  FORM_SHORT,
  FORM_QUOTED,
  FORM_STOP,
  FORM_TEAM,
  type NameSource,
} from '../../../../core/matching/name-index.ts';
import type { EntityKind } from '../../../../core/entities.ts';

const index: NameSource = { entities: [], forms: [], series: [], shows: [] };
const at = new Map<string, number>();
function entity(id: string, kind: EntityKind, label: string): number {
  const known = at.get(id);
  if (known !== undefined) return known;
  index.entities.push([id, kind, label]);
  at.set(id, index.entities.length - 1);
  return index.entities.length - 1;
}
function form(surface: string, e: number[], flags = 0) {
  index.forms.push([surface, e, flags]);
}
function character(
  slug: string,
  name: string,
  opts: { short?: string[]; common?: string[]; aliases?: string[]; only?: 'comics' | 'netflix' } = {},
) {
  const e = entity(`character:${slug}`, 'character', name);
  if (opts.only) (index[opts.only === 'comics' ? 'comicsOnly' : 'netflixOnly'] ??= []).push(e);
  // As in data/compile.ts: a one-word name is an everyday word until Marvel is near.
  form(name, [e], name.includes(' ') ? 0 : FORM_COMMON);
  for (const a of opts.aliases ?? []) form(a, [e]);
  for (const c of opts.common ?? []) form(c, [e], FORM_COMMON);
  for (const s of opts.short ?? []) form(s, [e], FORM_SHORT);
}
function series(
  slug: string,
  title: string,
  year: number,
  count: number,
  opts: { volume?: number; annuals?: number; common?: boolean; titles?: string[]; team?: boolean } = {},
) {
  const e = entity(`series:${slug}`, 'series', title);
  for (const t of [title, ...(opts.titles ?? [])]) form(t, [e], (opts.common ? FORM_COMMON : 0) | (opts.team ? FORM_TEAM : 0));
  const issues: [number, number][] = [];
  for (let n = 1; n <= count; n++) issues.push([n, entity(`issue:${slug}-${n}`, 'issue', `${title} #${n}`)]);
  const annuals: [number, number][] = [];
  for (let n = 1; n <= (opts.annuals ?? 0); n++) annuals.push([n, entity(`issue:${slug}-annual-${n}`, 'issue', `${title} Annual #${n}`)]);
  index.series.push({ e, year, issues, annuals, ...(opts.volume ? { volume: opts.volume } : {}) });
}
function show(slug: string, title: string, seasons: number[], titles: Record<string, string> = {}, common = false) {
  const e = entity(`show:${slug}`, 'show', title);
  form(title, [e], common ? FORM_COMMON : 0);
  form(`Marvel's ${title}`, [e]);
  index.shows.push({
    e,
    seasons: seasons.map((count, k) => ({
      n: k + 1,
      e: entity(`season:${slug}-${k + 1}`, 'season', `${title} · Season ${k + 1}`),
      episodes: Array.from({ length: count }, (_, j) => {
        const code = `${k + 1}x${String(j + 1).padStart(2, '0')}`;
        const episode = entity(`episode:${slug}-${code}`, 'episode', `${title} ${code}`);
        const name = titles[code];
        // As in data/compile.ts: "AKA …" titles stand alone, one-word titles count in quotes.
        if (name) form(name, [episode], /^AKA /.test(name) ? 0 : name.includes(' ') ? FORM_COMMON : FORM_QUOTED);
        return episode;
      }),
    })),
  });
}

character('jessica-jones', 'Jessica Jones', { short: ['Jessica', 'Jones'], common: ['Jewel', 'Knightress'], aliases: ['Power Woman'] });
character('luke-cage', 'Luke Cage', { short: ['Luke', 'Cage'], common: ['Power Man'], aliases: ['Carl Lucas'] });
character('jessica-drew', 'Jessica Drew', { short: ['Jessica'], aliases: ['Spider-Woman'] });
character('carol-danvers', 'Carol Danvers', { short: ['Carol'], aliases: ['Ms. Marvel'] });
character('kilgrave', 'Kilgrave', { aliases: ['Purple Man'] });
character('ant-man-hank-pym', 'Hank Pym', { aliases: ['Ant-Man'] });
character('scott-lang', 'Scott Lang', { aliases: ['Ant-Man'] });
series('alias-2001', 'Alias', 2001, 28, { common: true });
series('the-pulse-2004', 'The Pulse', 2004, 14, { common: true, titles: ['Pulse'] });
series('new-avengers-2005', 'New Avengers', 2005, 64, { annuals: 3 });
series('jessica-jones-2016', 'Jessica Jones', 2016, 18);
series('daredevil-1964', 'Daredevil', 1964, 5, { volume: 1 });
series('daredevil-1998', 'Daredevil', 1998, 5, { volume: 2 });
series('hero-for-hire-1972', 'Luke Cage, Hero for Hire', 1972, 60, { titles: ['Power Man', 'Power Man and Iron Fist'] });
show('luke-cage', 'Luke Cage', [13, 13], { '2x01': 'Soul Brother #1', '1x01': 'Moment of Truth' });
show('jessica-jones', 'Jessica Jones', [13, 13, 13], { '1x01': 'AKA Ladies Night' });
show('the-defenders', 'The Defenders', [8], {}, true);
series('avengers-1963', 'The Avengers', 1963, 10, { titles: ['Avengers'], team: true });
character('frank-castle', 'Frank Castle', { short: ['Frank', 'Castle'], common: ['Punisher'] });
show('the-punisher', 'The Punisher', [13, 13], { '1x03': 'Kandahar' }, true);
character('trish-walker', 'Trish Walker', { short: ['Trish', 'Walker'], aliases: ['Hellcat'] });
character('victoria-hand', 'Victoria Hand', { short: ['Hand'] });
character('will-simpson', 'Will Simpson', { short: ['Will', 'Simpson'] });
character('gregory-sallinger', 'Gregory Sallinger', { short: ['Greg', 'Sallinger'] });
character('mariah-dillard', 'Mariah Dillard', { short: ['Mariah'], only: 'netflix' });
character('black-mariah', 'Black Mariah', { short: ['Mariah'], only: 'comics' });
character('wasp', 'Janet van Dyne', { short: ['Janet'] });
form('Janet McTeer', [entity('person:janet-mcteer', 'person', 'Janet McTeer')]);
form('Marvel', [], FORM_CONTEXT);
form('Alias Investigations', [], FORM_STOP);
form('Nicolas Cage', [], FORM_STOP);

export const testSource = index;
export const testIndex = compileNameIndex(index);
