/** The dataset's invariants, each a rule a broken record fails (run by data:check and tests). */
import type { Dataset, DataProblem } from './load-sources.ts';
import type { Fact } from './schema.ts';

export function checkDataset(data: Dataset): DataProblem[] {
  const problems: DataProblem[] = [];
  const where = (id: string) => data.origin.get(id) ?? '(unknown file)';
  const fail = (id: string, message: string) => problems.push({ file: where(id), message: `${id}: ${message}` });

  const all = [...data.characters, ...data.people, ...data.series, ...data.issues, ...data.shows, ...data.seasons, ...data.episodes];
  const ids = new Set<string>();
  for (const record of all) {
    if (ids.has(record.id)) fail(record.id, 'duplicate id');
    ids.add(record.id);
  }
  const exists = (id: string) => ids.has(id);
  const ref = (from: string, id: string | undefined, what: string) => {
    if (id !== undefined && !exists(id)) fail(from, `${what} ${id} does not exist`);
  };

  // Chronological keys per continuity, to order reveals against first appearances.
  const issueById = new Map(data.issues.map((i) => [i.id, i]));
  const episodeById = new Map(data.episodes.map((e) => [e.id, e]));
  const seasonById = new Map(data.seasons.map((s) => [s.id, s]));
  const when = (point: string): string | undefined => {
    const issue = issueById.get(point);
    if (issue) return `${issue.coverDate}`;
    const episode = episodeById.get(point);
    const season = episode && seasonById.get(episode.season);
    return season && episode ? `${season.releaseDate}#${String(episode.number).padStart(2, '0')}` : undefined;
  };
  const checkReveal = (from: string, revealedIn: string | undefined, continuity: 'comics' | 'netflix', what: string) => {
    if (revealedIn === undefined) return;
    if (!exists(revealedIn)) return fail(from, `${what}: revealedIn ${revealedIn} does not exist`);
    const isIssue = revealedIn.startsWith('issue:');
    if ((continuity === 'comics') !== isIssue) fail(from, `${what}: revealedIn ${revealedIn} is not in the ${continuity} continuity`);
  };
  const checkFacts = (from: string, facts: Fact[] | undefined, firstSeen?: Partial<Record<'comics' | 'netflix', string>>) => {
    for (const fact of facts ?? []) {
      checkReveal(from, fact.revealedIn, fact.continuity, `fact "${fact.text.slice(0, 40)}…"`);
      const first = firstSeen?.[fact.continuity];
      if (first && fact.revealedIn) {
        const a = when(fact.revealedIn);
        const b = when(first);
        if (a && b && a < b)
          fail(from, `fact "${fact.text.slice(0, 40)}…" is revealed in ${fact.revealedIn}, before the first appearance ${first}`);
      }
    }
  };

  for (const c of data.characters) {
    for (const p of c.creators ?? []) ref(c.id, p, 'creator');
    const firstSeen: Partial<Record<'comics' | 'netflix', string>> = {};
    for (const continuity of ['comics', 'netflix'] as const) {
      const facet = c[continuity];
      if (!facet) continue;
      ref(c.id, facet.firstAppearance, `${continuity} first appearance`);
      if (facet.firstAppearance) {
        firstSeen[continuity] = facet.firstAppearance;
        checkReveal(c.id, facet.firstAppearance, continuity, 'first appearance');
      }
      for (const p of facet.portrayedBy ?? []) ref(c.id, p, 'actor');
      checkReveal(c.id, facet.realName?.revealedIn, continuity, 'real name');
      for (const a of facet.aliases ?? []) checkReveal(c.id, a.revealedIn, continuity, `alias ${a.name}`);
      for (const a of facet.affiliations ?? []) checkReveal(c.id, a.revealedIn, continuity, `affiliation ${a.name}`);
      for (const r of facet.relationships ?? []) {
        ref(c.id, r.target, `${r.type} relationship target`);
        checkReveal(c.id, r.revealedIn, continuity, `${r.type} of ${r.target}`);
      }
    }
    checkFacts(c.id, c.facts, firstSeen);
  }
  // A relationship reads "the target is this character's <type>" (on Jessica Jones, "employer:
  // Jeri Hogarth"). Its inverse on the target, if given, must say the converse: a pair where each
  // is the other's employer (or parent, mentor…) has one side written the wrong way round.
  const INVERSE: Record<string, string> = {
    employer: 'employee',
    employee: 'employer',
    parent: 'child',
    child: 'parent',
    mentor: 'student',
    student: 'mentor',
    'adoptive-parent': 'adoptive-child',
    'adoptive-child': 'adoptive-parent',
    godparent: 'godchild',
    godchild: 'godparent',
    'killer-of': 'killed-by',
    'killed-by': 'killer-of',
  };
  const byId = new Map(data.characters.map((c) => [c.id, c]));
  for (const c of data.characters) {
    for (const continuity of ['comics', 'netflix'] as const) {
      for (const r of c[continuity]?.relationships ?? []) {
        const inverse = INVERSE[r.type];
        if (!inverse) continue;
        const back = byId.get(r.target)?.[continuity]?.relationships?.filter((b) => b.target === c.id) ?? [];
        if (back.some((b) => b.type === r.type)) {
          fail(c.id, `${continuity}: ${r.target} is its ${r.type} and it is ${r.target}'s ${r.type} too; one should be ${inverse}`);
        }
      }
    }
  }
  for (const p of data.people) checkFacts(p.id, p.facts);

  const bySeries = new Map<string, typeof data.issues>();
  for (const issue of data.issues) {
    ref(issue.id, issue.series, 'series');
    for (const p of [...(issue.writers ?? []), ...(issue.artists ?? [])]) ref(issue.id, p, 'creator');
    for (const c of [...(issue.characters ?? []), ...(issue.firstAppearances ?? [])]) ref(issue.id, c, 'character');
    checkFacts(issue.id, issue.facts);
    if (!issue.sources) fail(issue.id, 'has no sources and its series has none');
    const list = bySeries.get(issue.series) ?? [];
    list.push(issue);
    bySeries.set(issue.series, list);
  }
  for (const [series, issues] of bySeries) {
    const regular = issues.filter((i) => !i.annual).sort((a, b) => a.number - b.number);
    for (let k = 1; k < regular.length; k++) {
      const prev = regular[k - 1]!;
      const cur = regular[k]!;
      if (cur.number === prev.number) fail(cur.id, `${series} has issue #${cur.number} twice`);
      if (cur.coverDate < prev.coverDate) fail(cur.id, `cover date ${cur.coverDate} is earlier than #${prev.number}'s ${prev.coverDate}`);
    }
  }
  for (const s of data.series) for (const p of s.creators ?? []) ref(s.id, p, 'creator');

  for (const show of data.shows) for (const p of show.showrunners ?? []) ref(show.id, p, 'showrunner');
  for (const season of data.seasons) {
    ref(season.id, season.show, 'show');
    for (const p of season.showrunners ?? []) ref(season.id, p, 'showrunner');
    for (const { person, character } of season.cast ?? []) {
      ref(season.id, person, 'cast member');
      ref(season.id, character, 'cast character');
    }
    checkFacts(season.id, season.facts);
    const episodes = data.episodes.filter((e) => e.season === season.id);
    if (episodes.length !== season.episodeCount) {
      fail(season.id, `says ${season.episodeCount} episodes but the data has ${episodes.length}`);
    }
    const numbers = new Set(episodes.map((e) => e.number));
    for (let n = 1; n <= season.episodeCount; n++) if (!numbers.has(n)) fail(season.id, `episode ${n} is missing`);
  }
  for (const e of data.episodes) {
    ref(e.id, e.season, 'season');
    const season = seasonById.get(e.season);
    if (season) {
      const expected = `episode:${season.show.slice('show:'.length)}-${season.number}x${String(e.number).padStart(2, '0')}`;
      if (e.id !== expected) fail(e.id, `id should be ${expected}`);
    }
    for (const p of [...(e.writers ?? []), ...(e.directors ?? [])]) ref(e.id, p, 'credit');
    checkFacts(e.id, e.facts);
  }
  return problems;
}

/** The counts line `data:check` prints last (a contract in DESIGN.md). */
export function countsLine(data: Dataset): string {
  const facts =
    data.characters.reduce((n, c) => n + (c.facts?.length ?? 0), 0) +
    data.people.reduce((n, p) => n + (p.facts?.length ?? 0), 0) +
    data.issues.reduce((n, i) => n + (i.facts?.length ?? 0), 0) +
    data.seasons.reduce((n, s) => n + (s.facts?.length ?? 0), 0) +
    data.episodes.reduce((n, e) => n + (e.facts?.length ?? 0), 0);
  return (
    `characters ${data.characters.length}, people ${data.people.length}, series ${data.series.length}, ` +
    `issues ${data.issues.length}, shows ${data.shows.length}, seasons ${data.seasons.length}, ` +
    `episodes ${data.episodes.length}, facts ${facts}`
  );
}
