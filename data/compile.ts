/**
 * Compiles a checked dataset into the two artefacts of DESIGN.md: the card store (background,
 * popup, CLIs) and the name index (content script).
 */
import { personCredits } from './credits.ts';
import type { Card, CardFact, CardField, CardStore, RevealPoint, WorkLine } from '../core/cards/card.ts';
import { CONTINUITY_LABELS, type Continuity, type EntityKind } from '../core/entities.ts';
import {
  compileNameIndex,
  FORM_COMMON,
  FORM_CONTEXT,
  FORM_SHORT,
  FORM_STOP,
  FORM_TITLE_ONLY,
  FORM_TEAM,
  FORM_QUOTED,
  type IndexedForm,
  type NameIndex,
  type NameSource,
} from '../core/matching/name-index.ts';
import type { Dataset } from './load-sources.ts';
import type { Character, Facet, Fact, Issue, Series } from './schema.ts';

/** Season numbers as readers spell them in a search ("luke cage season two"). */
const SPELLED: Record<number, string> = { 1: 'one', 2: 'two', 3: 'three', 4: 'four', 5: 'five' };
import { CONTEXT_WORDS, isCommonForm, isTeamTitle, NOT_NAMES } from './common-words.ts';
import { titleKey } from '../core/matching/tokenize.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const formatMonth = (ym: string) => `${MONTHS[Number(ym.slice(5, 7)) - 1]} ${ym.slice(0, 4)}`;
export const formatDay = (d: string) => `${Number(d.slice(8, 10))} ${MONTHS[Number(d.slice(5, 7)) - 1]} ${d.slice(0, 4)}`;
const pad2 = (n: number) => String(n).padStart(2, '0');
const slugOf = (id: string) => id.slice(id.indexOf(':') + 1);

const RELATIONSHIP_LABELS: Record<string, string> = {
  spouse: 'Spouse',
  'ex-spouse': 'Former spouse',
  partner: 'Partner',
  'ex-partner': 'Former partner',
  parent: 'Parent',
  child: 'Child',
  sibling: 'Sibling',
  'adoptive-parent': 'Adoptive parent',
  'adoptive-child': 'Adopted child',
  'adoptive-sibling': 'Adoptive sibling',
  friend: 'Friend',
  ally: 'Ally',
  enemy: 'Enemy',
  mentor: 'Mentor',
  student: 'Student',
  employer: 'Employer',
  employee: 'Employee',
  teammate: 'Teammate',
  godparent: 'Godparent',
  godchild: 'Godchild',
  'killer-of': 'Killed',
  'killed-by': 'Killed by',
};

/** The cover title of a series at an issue number (series renamed with the same numbering). */
export function titleAt(series: Series, number: number, annual = false): string {
  const ranges = annual ? series.annualTitles : series.titles;
  return ranges?.find((r) => number >= r.from && number <= r.to)?.title ?? series.title;
}

export function compileDataset(data: Dataset): { store: CardStore; index: NameIndex; source: NameSource } {
  const labels = new Map<string, string>();
  const seriesById = new Map(data.series.map((s) => [s.id, s]));
  const showById = new Map(data.shows.map((s) => [s.id, s]));
  const seasonById = new Map(data.seasons.map((s) => [s.id, s]));
  const titleCount = new Map<string, number>();
  for (const s of data.series) titleCount.set(s.title, (titleCount.get(s.title) ?? 0) + 1);
  const seriesLabel = (s: Series) => ((titleCount.get(s.title) ?? 0) > 1 ? `${s.title} (${s.startYear})` : s.title);
  const issueLabel = (i: Issue & { series: string }) => {
    const s = seriesById.get(i.series)!;
    const title = titleAt(s, i.number, i.annual);
    const year = (titleCount.get(title) ?? 0) > 1 || (title === s.title && (titleCount.get(s.title) ?? 0) > 1) ? ` (${s.startYear})` : '';
    const annual = i.annual && !/\bAnnual$/.test(title) ? ' Annual' : '';
    return `${title}${year}${annual} #${i.number}`;
  };

  for (const c of data.characters) labels.set(c.id, c.name);
  for (const p of data.people) labels.set(p.id, p.name);
  for (const s of data.series) labels.set(s.id, seriesLabel(s));
  for (const i of data.issues) labels.set(i.id, issueLabel(i));
  for (const s of data.shows) labels.set(s.id, s.title);
  for (const s of data.seasons) labels.set(s.id, `${showById.get(s.show)?.title} · Season ${s.number}`);
  const episodeCode = (e: Dataset['episodes'][number]) => {
    const season = seasonById.get(e.season)!;
    return `${showById.get(season.show)?.title} ${season.number}x${pad2(e.number)}`;
  };
  for (const e of data.episodes) labels.set(e.id, `${episodeCode(e)} · ${e.title}`);
  const label = (id: string) => labels.get(id) ?? id;
  const names = (ids: string[] | undefined) => (ids ?? []).map(label).join(', ');

  // Reveal points and work lines.
  const points: Record<string, RevealPoint> = {};
  const works: WorkLine[] = [];
  for (const s of data.series) {
    const issues = data.issues.filter((i) => i.series === s.id);
    const regular = issues.filter((i) => !i.annual).sort((a, b) => a.number - b.number);
    const line: WorkLine = { work: slugOf(s.id), id: s.id, label: seriesLabel(s), continuity: 'comics', points: [] };
    for (const i of issues) {
      // An annual sits after the last regular issue with the same or an earlier cover date.
      const after = i.annual ? (regular.filter((r) => r.coverDate <= i.coverDate).at(-1)?.number ?? 0) : i.number;
      const ordinal = i.annual ? after * 10 + 5 : i.number * 10;
      points[i.id] = { work: line.work, continuity: 'comics', ordinal, label: issueLabel(i) };
      line.points.push([ordinal, issueLabel(i)]);
    }
    line.points.sort((a, b) => a[0] - b[0]);
    if (line.points.length) works.push(line);
  }
  for (const show of data.shows) {
    const line: WorkLine = { work: slugOf(show.id), id: show.id, label: show.title, continuity: 'netflix', points: [] };
    for (const e of data.episodes) {
      const season = seasonById.get(e.season)!;
      if (season.show !== show.id) continue;
      const ordinal = season.number * 100 + e.number;
      points[e.id] = { work: line.work, continuity: 'netflix', ordinal, label: episodeCode(e) };
      line.points.push([ordinal, `${season.number}x${pad2(e.number)} ${e.title}`]);
    }
    line.points.sort((a, b) => a[0] - b[0]);
    works.push(line);
  }

  const cards: Record<string, Card> = {};
  const searchTerms: Record<string, string[]> = {};
  const facts = (list: Fact[] | undefined): CardFact[] =>
    (list ?? []).map((f) => ({
      kind: 'statement',
      continuity: f.continuity,
      ...(f.revealedIn ? { revealedIn: f.revealedIn } : {}),
      text: f.text,
    }));
  const card = (id: string, kind: EntityKind, continuities: Continuity[], rest: Partial<Card>): Card => ({
    id,
    kind,
    label: label(id),
    subtitle: `${kind[0]!.toUpperCase()}${kind.slice(1)} · ${continuities.map((c) => CONTINUITY_LABELS[c]).join(' & ')}`,
    continuities,
    fields: [],
    facts: [],
    prominence: 1,
    ...rest,
  });

  for (const c of data.characters) {
    const continuities = (['comics', 'netflix'] as const).filter((k) => c[k]);
    const cardFacts: CardFact[] = [];
    for (const continuity of continuities) cardFacts.push(...facetFacts(c[continuity]!, continuity, label));
    cardFacts.push(...facts(c.facts));
    const fields: CardField[] = [];
    if (c.creators?.length) fields.push({ label: 'Created by', value: names(c.creators), refs: c.creators });
    cards[c.id] = card(c.id, 'character', continuities.length ? [...continuities] : ['comics'], {
      fields,
      facts: cardFacts,
      prominence: c.prominence ?? 1,
    });
    searchTerms[c.id] = characterNames(c);
  }
  const credited = creditContinuities(data);
  const credits = personCredits(data, label);
  for (const p of data.people) {
    const fields: CardField[] = [{ label: 'Known for', value: p.roles.join(', ') }];
    if (p.creditedAs?.length) fields.push({ label: 'Also credited as', value: p.creditedAs.join(', ') });
    fields.push(...(credits.get(p.id) ?? []));
    // The continuities a person worked on (credits, then facts), else the one their roles suggest.
    const worked = new Set([...(credited.get(p.id) ?? []), ...(p.facts ?? []).map((f) => f.continuity)]);
    let continuities = (['comics', 'netflix'] as const).filter((k) => worked.has(k));
    if (continuities.length === 0) continuities = p.roles.some((r) => SCREEN_ROLES.has(r)) ? ['netflix'] : ['comics'];
    const cardFacts = facts(p.facts);
    // The summary is about the person, so it reads on every tab of their card.
    if (p.summary) cardFacts.unshift(...continuities.map((continuity) => ({ kind: 'summary' as const, continuity, text: p.summary! })));
    cards[p.id] = card(p.id, 'person', [...continuities], { fields, facts: cardFacts, prominence: 2 });
    searchTerms[p.id] = [p.name, ...(p.creditedAs ?? []), ...(p.shortForms ?? [])];
  }
  for (const s of data.series) {
    const fields: CardField[] = [];
    const years = s.endYear && s.endYear !== s.startYear ? `${s.startYear}–${s.endYear}` : `${s.startYear}`;
    fields.push({ label: 'Published', value: `${years}${s.publisher ? `, ${s.publisher}` : ''}${s.imprint ? ` (${s.imprint})` : ''}` });
    if (s.volume) fields.push({ label: 'Volume', value: String(s.volume) });
    if (s.creators?.length) fields.push({ label: 'Created by', value: names(s.creators), refs: s.creators });
    const count = data.issues.filter((i) => i.series === s.id && !i.annual).length;
    if (count) fields.push({ label: 'Issues in Sidekick', value: String(count) });
    const cardFacts: CardFact[] = s.summary ? [{ kind: 'summary', continuity: 'comics', text: s.summary }] : [];
    cards[s.id] = card(s.id, 'series', ['comics'], { fields, facts: cardFacts, prominence: 3 });
    searchTerms[s.id] = [s.title, ...(s.titles ?? []).map((t) => t.title), ...(s.titleForms ?? [])];
  }
  for (const s of data.series) {
    const issues = data.issues.filter((i) => i.series === s.id).sort((a, b) => points[a.id]!.ordinal - points[b.id]!.ordinal);
    issues.forEach((i, k) => {
      const fields: CardField[] = [
        { label: 'Series', value: label(s.id), refs: [s.id] },
        { label: 'Cover date', value: formatMonth(i.coverDate) },
      ];
      if (i.writers?.length) fields.push({ label: 'Writer', value: names(i.writers), refs: i.writers });
      if (i.artists?.length) fields.push({ label: 'Art', value: names(i.artists), refs: i.artists });
      const cardFacts: CardFact[] = [];
      if (i.synopsis) cardFacts.push({ kind: 'synopsis', continuity: 'comics', revealedIn: i.id, text: i.synopsis });
      if (i.characters?.length)
        cardFacts.push({
          kind: 'appearances',
          continuity: 'comics',
          revealedIn: i.id,
          label: 'Characters',
          text: names(i.characters),
          refs: i.characters,
        });
      if (i.firstAppearances?.length)
        cardFacts.push({
          kind: 'debuts',
          continuity: 'comics',
          revealedIn: i.id,
          label: 'First appearances',
          text: names(i.firstAppearances),
          refs: i.firstAppearances,
        });
      cardFacts.push(...facts(i.facts));
      const number = i.annual ? `Annual ${i.number}` : String(i.number);
      cards[i.id] = card(i.id, 'issue', ['comics'], {
        fields,
        facts: cardFacts,
        prominence: i.synopsis ? 2 : 1,
        ...(issues[k - 1] ? { prev: issues[k - 1]!.id } : {}),
        ...(issues[k + 1] ? { next: issues[k + 1]!.id } : {}),
      });
      searchTerms[i.id] = [`${titleAt(s, i.number, i.annual)} ${i.annual ? 'annual ' : ''}${i.number}`, `${s.title} ${number}`];
    });
  }
  for (const show of data.shows) {
    // Fans abbreviate: "JJ 1x01", "LC S2", "DD season 3".
    const acronym = show.title
      .replace(/^The /, '')
      .split(/\s+/)
      .map((w) => w[0])
      .join('');
    const seasons = data.seasons.filter((s) => s.show === show.id).sort((a, b) => a.number - b.number);
    const episodeTotal = data.episodes.filter((e) => seasons.some((s) => s.id === e.season)).length;
    const fields: CardField[] = [
      {
        label: 'Released',
        value: `${formatDay(show.firstReleased)}${show.lastReleased && show.lastReleased !== show.firstReleased ? ` – ${formatDay(show.lastReleased)}` : ''}`,
      },
      { label: 'Seasons', value: `${seasons.length} (${episodeTotal} episodes)` },
    ];
    if (show.showrunners?.length) fields.push({ label: 'Showrunner', value: names(show.showrunners), refs: show.showrunners });
    const cardFacts: CardFact[] = show.summary ? [{ kind: 'summary', continuity: 'netflix', text: show.summary }] : [];
    cards[show.id] = card(show.id, 'show', ['netflix'], { fields, facts: cardFacts, prominence: 3 });
    searchTerms[show.id] = [show.title, ...(show.titleForms ?? []), ...(acronym.length > 1 ? [acronym] : [])];

    seasons.forEach((season, k) => {
      const episodes = data.episodes.filter((e) => e.season === season.id).sort((a, b) => a.number - b.number);
      const fields: CardField[] = [
        { label: 'Show', value: show.title, refs: [show.id] },
        { label: 'Released', value: formatDay(season.releaseDate) },
        { label: 'Episodes', value: String(season.episodeCount) },
      ];
      const runners = season.showrunners ?? show.showrunners;
      if (runners?.length) fields.push({ label: 'Showrunner', value: names(runners), refs: runners });
      if (season.cast?.length) {
        fields.push({
          label: 'Starring',
          value: season.cast.map((m) => `${label(m.person)} (${label(m.character)})`).join(', '),
          refs: season.cast.flatMap((m) => [m.person, m.character]),
        });
      }
      const cardFacts: CardFact[] = [];
      if (season.synopsis)
        cardFacts.push({
          kind: 'synopsis',
          continuity: 'netflix',
          ...(episodes[0] ? { revealedIn: episodes[0].id } : {}),
          text: season.synopsis,
        });
      cardFacts.push(...facts(season.facts));
      cards[season.id] = card(season.id, 'season', ['netflix'], {
        fields,
        facts: cardFacts,
        prominence: 3,
        ...(seasons[k - 1] ? { prev: seasons[k - 1]!.id } : {}),
        ...(seasons[k + 1] ? { next: seasons[k + 1]!.id } : {}),
      });
      const spelled = SPELLED[season.number];
      searchTerms[season.id] = [
        `${show.title} season ${season.number}`,
        ...(spelled ? [`${show.title} season ${spelled}`] : []),
        `${show.title} s${season.number}`,
        `${acronym} s${season.number}`,
      ];

      episodes.forEach((e, n) => {
        const fields: CardField[] = [
          { label: 'Season', value: label(season.id), refs: [season.id] },
          { label: 'Episode', value: `${season.number}x${pad2(e.number)}` },
          { label: 'Released', value: formatDay(e.releaseDate ?? season.releaseDate) },
        ];
        if (e.writers?.length) fields.push({ label: 'Written by', value: names(e.writers), refs: e.writers });
        if (e.directors?.length) fields.push({ label: 'Directed by', value: names(e.directors), refs: e.directors });
        const cardFacts: CardFact[] = [];
        if (e.synopsis) cardFacts.push({ kind: 'synopsis', continuity: 'netflix', revealedIn: e.id, text: e.synopsis });
        cardFacts.push(...facts(e.facts));
        cards[e.id] = card(e.id, 'episode', ['netflix'], {
          fields,
          facts: cardFacts,
          prominence: 2,
          ...(episodes[n - 1] ? { prev: episodes[n - 1]!.id } : {}),
          ...(episodes[n + 1] ? { next: episodes[n + 1]!.id } : {}),
        });
        searchTerms[e.id] = [
          e.title,
          `${show.title} ${season.number}x${pad2(e.number)}`,
          `${show.title} s${pad2(season.number)}e${pad2(e.number)}`,
          `${acronym} ${season.number}x${pad2(e.number)}`,
        ];
      });
    });
  }

  const store: CardStore = { version: 1, cards, points, works, searchTerms };
  const source = buildNameSource(data, labels);
  return { store, index: compileNameIndex(source), source };
}

function facetFacts(facet: Facet, continuity: Continuity, label: (id: string) => string): CardFact[] {
  const out: CardFact[] = [];
  const stamp = (revealedIn: string | undefined) => (revealedIn ? { revealedIn } : {});
  if (facet.summary) out.push({ kind: 'summary', continuity, ...stamp(facet.firstAppearance), text: facet.summary });
  if (facet.realName)
    out.push({ kind: 'real-name', continuity, label: 'Real name', ...stamp(facet.realName.revealedIn), text: facet.realName.value });
  for (const a of facet.aliases ?? [])
    out.push({ kind: 'alias', continuity, label: 'Also known as', ...stamp(a.revealedIn), text: a.name });
  if (facet.portrayedBy?.length) {
    out.push({
      kind: 'portrayed-by',
      continuity,
      label: 'Played by',
      text: facet.portrayedBy.map(label).join(', '),
      refs: facet.portrayedBy,
    });
  }
  if (facet.firstAppearance) {
    out.push({
      kind: 'first-appearance',
      continuity,
      label: 'First appearance',
      text: label(facet.firstAppearance),
      refs: [facet.firstAppearance],
    });
  }
  for (const a of facet.affiliations ?? [])
    out.push({ kind: 'affiliation', continuity, label: 'Affiliation', ...stamp(a.revealedIn), text: a.name });
  for (const r of facet.relationships ?? []) {
    out.push({
      kind: 'relationship',
      continuity,
      label: RELATIONSHIP_LABELS[r.type] ?? r.type,
      ...stamp(r.revealedIn),
      text: r.note ? `${label(r.target)} — ${r.note}` : label(r.target),
      refs: [r.target],
    });
  }
  return out;
}

function laterAlias(c: Character, name: string): boolean {
  return [c.comics, c.netflix].some((f) => f?.aliases?.some((a) => a.name.toLowerCase() === name.toLowerCase() && a.revealedIn));
}

const UNKNOWN_NAME = /^(?:unknown|unrevealed|not known)$/i;

/** Roles that put a person on the screen side when no credit says which. */
const SCREEN_ROLES = new Set(['actor', 'showrunner', 'director', 'producer']);

/** Which continuities each person is credited in: comics (creators, writers, artists) and the
 *  Netflix shows (cast, showrunners, episode writers and directors, who plays whom). */
function creditContinuities(data: Dataset): Map<string, Set<Continuity>> {
  const out = new Map<string, Set<Continuity>>();
  const credit = (ids: readonly string[] | undefined, continuity: Continuity) => {
    for (const id of ids ?? []) {
      let set = out.get(id);
      if (!set) out.set(id, (set = new Set()));
      set.add(continuity);
    }
  };
  for (const c of data.characters) {
    credit(c.creators, 'comics');
    credit(c.netflix?.portrayedBy, 'netflix');
  }
  for (const s of data.series) credit(s.creators, 'comics');
  for (const i of data.issues) {
    credit(i.writers, 'comics');
    credit(i.artists, 'comics');
  }
  for (const show of data.shows) credit(show.showrunners, 'netflix');
  for (const season of data.seasons) {
    credit(season.showrunners, 'netflix');
    credit(
      season.cast?.map((c) => c.person),
      'netflix',
    );
  }
  for (const e of data.episodes) {
    credit(e.writers, 'netflix');
    credit(e.directors, 'netflix');
  }
  return out;
}

/** People whose only credits are episodes they wrote or directed: no role on screen, no show
 *  run, no comics credit. */
function crewOnly(data: Dataset): Set<string> {
  const crew = new Set(data.episodes.flatMap((e) => [...(e.writers ?? []), ...(e.directors ?? [])]));
  const credited = creditContinuities(data);
  const other = new Set<string>();
  for (const c of data.characters) for (const p of c.netflix?.portrayedBy ?? []) other.add(p);
  for (const s of data.seasons) for (const c of s.cast ?? []) other.add(c.person);
  for (const s of [...data.shows, ...data.seasons]) for (const p of s.showrunners ?? []) other.add(p);
  for (const p of data.people) {
    if (credited.get(p.id)?.has('comics') || p.roles.some((r) => r === 'actor' || r === 'showrunner')) other.add(p.id);
  }
  return new Set([...crew].filter((id) => !other.has(id)));
}

function characterNames(c: Character): string[] {
  const out = new Set<string>([c.name]);
  for (const facet of [c.comics, c.netflix]) {
    if (!facet) continue;
    // "Real name: unknown" is a fact for the card, not a name to look for on pages.
    if (facet.realName && !UNKNOWN_NAME.test(facet.realName.value)) out.add(facet.realName.value);
    for (const a of facet.aliases ?? []) out.add(a.name);
  }
  return [...out];
}

function buildNameSource(data: Dataset, labels: Map<string, string>): NameSource {
  const entities: NameSource['entities'] = [];
  const position = new Map<string, number>();
  const entity = (id: string, kind: EntityKind) => {
    let at = position.get(id);
    if (at === undefined) {
      at = entities.length;
      entities.push([id, kind, labels.get(id) ?? id]);
      position.set(id, at);
    }
    return at;
  };
  const forms = new Map<string, IndexedForm>();
  const add = (surface: string, id: string, kind: EntityKind, flags: number) => {
    const form = surface.trim();
    // "Power Man and Iron Fist" is also written "Power Man & Iron Fist".
    if (/ and /i.test(form)) add(form.replace(/ and /gi, ' & '), id, kind, flags);
    // "Doctor Strange" is also "Dr. Strange"; "Mister Fantastic" also "Mr. Fantastic".
    const title = /^(Doctor|Mister) /.exec(form);
    if (title && kind === 'character') add(`${title[1] === 'Doctor' ? 'Dr.' : 'Mr.'} ${form.slice(title[0].length)}`, id, kind, flags);
    // A title with no letters (Daredevil's ".380") would match every such number on any page.
    if (!/\p{L}/u.test(form)) return;
    const key = `${form.toLowerCase()}\u0000${flags}`;
    const e = entity(id, kind);
    const existing = forms.get(key);
    if (existing) {
      if (!existing[1].includes(e)) existing[1].push(e);
    } else {
      forms.set(key, [form, [e], flags]);
    }
  };
  const named = (surface: string, id: string, kind: EntityKind) => add(surface, id, kind, isCommonForm(surface) ? FORM_COMMON : 0);

  // A name a character carries from the start beats an alias another adopts later ("Iron Fist"
  // is Danny Rand before it is Colleen Wing): the later one is not a way to name her on a page.
  const primary = new Map<string, string>();
  for (const c of data.characters) {
    for (const facet of [c.comics, c.netflix]) {
      for (const a of facet?.aliases ?? []) if (!a.revealedIn) primary.set(a.name.toLowerCase(), c.id);
    }
    primary.set(c.name.toLowerCase(), c.id);
  }
  for (const c of data.characters) {
    const surname = / /.test(c.name) ? c.name.split(/\s+/).at(-1)!.toLowerCase() : undefined;
    for (const name of characterNames(c)) {
      const owner = primary.get(name.toLowerCase());
      if (owner && owner !== c.id && laterAlias(c, name)) continue;
      // An alias that is the surname ("Walker" for Mary Walker) is read by the short form's
      // rules: it is someone else's surname as often as hers.
      if (name.toLowerCase() === surname && c.shortForms?.some((s) => s.toLowerCase() === surname)) continue;
      named(name, c.id, 'character');
      // "the Hand", "the Chaste": a group's name without its "The", read like an everyday word.
      if (/^The \S/.test(name)) add(name.slice(4), c.id, 'character', FORM_COMMON);
    }
    for (const s of c.shortForms ?? []) add(s, c.id, 'character', FORM_SHORT);
  }
  // Someone known here only for writing or directing episodes ("Charles Murray", "Sam Miller")
  // shares a name with many: their name counts with Marvel near, like an everyday word.
  const crew = crewOnly(data);
  for (const p of data.people) {
    for (const name of [p.name, ...(p.creditedAs ?? [])]) {
      if (crew.has(p.id)) add(name, p.id, 'person', FORM_COMMON);
      else named(name, p.id, 'person');
    }
    for (const s of p.shortForms ?? []) add(s, p.id, 'person', FORM_SHORT);
  }
  for (const s of data.series) {
    const titles = new Set([s.title, ...(s.titles ?? []).map((r) => r.title)]);
    for (const t of new Set([...titles, ...(s.titleForms ?? [])])) {
      if (isTeamTitle(t)) add(t, s.id, 'series', (isCommonForm(t) ? FORM_COMMON : 0) | FORM_TEAM);
      // A one-word short title ("Pulse") names the comic only with its number: "Pulse #14".
      else if (!titles.has(t) && !/\s/.test(t.trim())) add(t, s.id, 'series', FORM_TITLE_ONLY);
      else named(t, s.id, 'series');
    }
  }
  for (const show of data.shows) {
    for (const t of [show.title, ...(show.titleForms ?? [])]) named(t, show.id, 'show');
    const acronym = show.title
      .replace(/^The /, '')
      .split(/\s+/)
      .map((w) => w[0])
      .join('');
    if (acronym.length > 1) add(acronym, show.id, 'show', FORM_TITLE_ONLY);
  }
  for (const word of CONTEXT_WORDS) forms.set(`${word.toLowerCase()}\u0000context`, [word, [], FORM_CONTEXT]);
  for (const phrase of NOT_NAMES) forms.set(`${phrase.toLowerCase()}\u0000stop`, [phrase, [], FORM_STOP]);
  const series: NameSource['series'] = data.series.map((s) => {
    const issues = data.issues.filter((i) => i.series === s.id);
    return {
      e: entity(s.id, 'series'),
      ...(s.volume ? { volume: s.volume } : {}),
      year: s.startYear,
      issues: issues.filter((i) => !i.annual).map((i) => [i.number, entity(i.id, 'issue')] as [number, number]),
      annuals: issues.filter((i) => i.annual).map((i) => [i.number, entity(i.id, 'issue')] as [number, number]),
      ...(s.titles?.some((t) => t.from !== undefined && t.to !== undefined)
        ? {
            titles: s.titles.flatMap((t) =>
              t.from !== undefined && t.to !== undefined ? [[titleKey(t.title), t.from, t.to] as [string, number, number]] : [],
            ),
          }
        : {}),
    };
  });
  const shows: NameSource['shows'] = data.shows.map((show) => ({
    e: entity(show.id, 'show'),
    seasons: data.seasons
      .filter((s) => s.show === show.id)
      .sort((a, b) => a.number - b.number)
      .map((season) => ({
        n: season.number,
        e: entity(season.id, 'season'),
        episodes: data.episodes
          .filter((ep) => ep.season === season.id)
          .sort((a, b) => a.number - b.number)
          .map((ep) => entity(ep.id, 'episode')),
      })),
  }));
  const workTitles = new Set(
    [
      ...data.shows.flatMap((w) => [w.title, ...(w.titleForms ?? [])]),
      ...data.series.flatMap((w) => [w.title, ...(w.titleForms ?? [])]),
    ].map((t) => t.toLowerCase()),
  );
  // Most episode titles are ordinary phrases ("Moment of Truth"); only "AKA …" titles stand alone.
  for (const e of data.episodes) {
    // One-word titles ("Home", "Karen", "Aftermath") are everyday words even on a Marvel page:
    // they count only in quotes, the way episode lists write them.
    if (!/\s/.test(e.title.trim())) {
      // Not when a show or a comic has that title: quoted, ‘Daredevil’ is the show.
      if (!workTitles.has(e.title.trim().toLowerCase())) add(e.title, e.id, 'episode', FORM_QUOTED);
      continue;
    }
    const aka = /^A\.?K\.?A\.?\s/i.test(e.title);
    add(e.title, e.id, 'episode', aka ? 0 : FORM_COMMON);
    // "Soul Brother #1" is mostly written without its number.
    if (/\s#\d+$/.test(e.title)) add(e.title.replace(/\s#\d+$/, ''), e.id, 'episode', FORM_COMMON);
    // Jessica Jones titles are written "AKA …" and "A.K.A …": both are the same episode; and in
    // a list of quoted titles often without it ("God Help the Hobo"), which counts in quotes only.
    if (aka) {
      add(e.title.replace(/^A\.?K\.?A\.?\s/i, 'AKA '), e.id, 'episode', 0);
      const bare = e.title.replace(/^A\.?K\.?A\.?\s+/i, '');
      if (!workTitles.has(bare.trim().toLowerCase())) add(bare, e.id, 'episode', FORM_QUOTED);
    }
  }
  // Characters of one continuity only, to tell apart two that share a short form ("Mariah":
  // Mariah Dillard on Netflix, Black Mariah in the comics) on a page about one of them.
  const comicsOnly: number[] = [];
  const netflixOnly: number[] = [];
  for (const c of data.characters) {
    const at = position.get(c.id);
    if (at === undefined || !c.comics === !c.netflix) continue;
    (c.comics ? comicsOnly : netflixOnly).push(at);
  }
  return { entities, forms: [...forms.values()], series, shows, comicsOnly, netflixOnly };
}
