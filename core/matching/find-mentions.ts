/**
 * Finds the mentions of known entities in a text. Pure: the content script, `npm run scan`
 * and the tests all call this one function.
 *
 * Steps: normalise (keeping an offset map) → split into words → walk the token trie for the
 * longest form at each word → resolve each candidate: the grammar around a work's title
 * (issue numbers, seasons, episodes) first, then names (short forms need the full name
 * earlier, common words need a capital and Marvel context) → season and episode codes with no
 * title beside them, for a text that is clearly about one show → original offsets.
 */
import type { EntityKind, Mention } from '../entities.ts';
import { normalizeText } from '../text/normalize.ts';
import { tokenize, type Tokens } from './tokenize.ts';
import type { FormHit, Matcher } from './build-matcher.ts';
import { FORM_COMMON, FORM_CONTEXT, FORM_SHORT, FORM_STOP, type IndexedSeries, type IndexedShow } from './name-index.ts';
import {
  findStandaloneEpisodes,
  looksLikeSeries,
  looksLikeShow,
  readIssueAfter,
  readIssueBefore,
  readSeasonAfter,
  readSeasonBefore,
  type EpisodeRef,
  type IssueRef,
} from './recognizers.ts';

/** A word run that matched a form, before resolution. */
interface Candidate {
  firstWord: number;
  lastWord: number;
  hits: FormHit[];
}

/** A resolved mention in normalised offsets. */
interface Found {
  start: number;
  end: number;
  entity: number;
}

/** How near (in characters) an unambiguous mention must be for a common word to count. */
const CONTEXT_WINDOW = 1500;

/** Which kind wins when one name names several entities and nothing else decides. */
const KIND_PREFERENCE: EntityKind[] = ['character', 'person', 'show', 'series', 'episode', 'season', 'issue'];

export function findMentions(input: string, matcher: Matcher): Mention[] {
  const { text, starts } = normalizeText(input);
  const words = tokenize(text);
  const candidates = collectCandidates(text, words, matcher);

  // Strong mentions are context for common words.
  const strongAt: number[] = [];
  for (const c of candidates) {
    if (c.hits.some((h) => (h.flags & (FORM_SHORT | FORM_COMMON | FORM_STOP)) === 0)) strongAt.push(words.starts[c.firstWord]!);
  }

  const found: Found[] = [];
  /** Entity index → normalised offset of its latest full mention (anchors short forms). */
  const lastFull = new Map<number, number>();
  let strongCursor = 0;

  for (const c of candidates) {
    const start = words.starts[c.firstWord]!;
    const end = words.ends[c.lastWord]!;
    while (strongCursor < strongAt.length && strongAt[strongCursor]! < start - CONTEXT_WINDOW) strongCursor++;
    const hasContext = strongCursor < strongAt.length && strongAt[strongCursor]! <= end + CONTEXT_WINDOW;
    const capitalised = isCapitalised(input, starts, words, c);

    // Every entity this candidate may name, under its forms' rules.
    const named: number[] = [];
    /** Common words with a capital but no Marvel nearby: they count only as a work's title
     *  with its grammar ("The Pulse #14", "Season 2 of Luke Cage"). */
    const tentative: number[] = [];
    let viaShortForm = false;
    for (const hit of c.hits) {
      if (hit.flags & (FORM_CONTEXT | FORM_STOP)) continue;
      if (hit.flags & FORM_SHORT) {
        const anchor = capitalised ? mostRecent(hit.entities, lastFull) : undefined;
        if (anchor !== undefined && !named.includes(anchor)) {
          named.push(anchor);
          viaShortForm = true;
        }
      } else if (!(hit.flags & FORM_COMMON) || (capitalised && hasContext)) {
        for (const e of hit.entities) if (!named.includes(e)) named.push(e);
      } else if (capitalised) {
        tentative.push(...hit.entities);
      }
    }
    let resolved: Found | undefined;
    if (named.length === 0) {
      resolved = tentative.length ? resolveWork(text, start, end, tentative, matcher, true) : undefined;
      if (!resolved) continue;
    } else {
      resolved = resolveWork(text, start, end, named, matcher) ?? { start, end, entity: chooseName(named, matcher) };
    }
    // Don't let a grammar match run back over a mention already found ("Season 2 of" is fine).
    const prev = found.at(-1);
    if (prev && resolved.start < prev.end) resolved.start = Math.max(resolved.start, prev.end);
    found.push(resolved);
    if (!viaShortForm) for (const e of named) lastFull.set(e, start);
  }

  found.push(...resolveStandalone(text, found, matcher));
  found.sort((a, b) => a.start - b.start);

  return found.map(({ start, end, entity }) => {
    const [id, kind, label] = matcher.entities.get(entity);
    const origStart = starts[start]!;
    const origEnd = starts[end]!;
    return { start: origStart, end: origEnd, text: input.slice(origStart, origEnd), kind, id, label };
  });
}

/** A series title with an issue number, or a show title with a season or episode. */
function resolveWork(text: string, start: number, end: number, named: number[], matcher: Matcher, grammarOnly = false): Found | undefined {
  const series = named.map((e) => matcher.series.get(e)).filter((s): s is IndexedSeries => !!s);
  if (series.length) {
    const after = readIssueAfter(text, end);
    if (after) return issueMention(start, after.end, after, series, start, end, grammarOnly);
    const before = readIssueBefore(text, start);
    if (before) return issueMention(before.start, end, before, series, start, end, grammarOnly);
  }
  const shows = named.map((e) => matcher.shows.get(e)).filter((s): s is IndexedShow => !!s);
  if (shows.length) {
    const show = shows[0]!;
    const after = readSeasonAfter(text, end);
    if (after) return episodeMention(show, after, start, after.end) ?? (grammarOnly ? undefined : { start, end, entity: show.e });
    const before = readSeasonBefore(text, start);
    if (before) return episodeMention(show, before, before.start, end) ?? (grammarOnly ? undefined : { start, end, entity: show.e });
  }
  if (grammarOnly) return undefined;
  if (named.length > 1) {
    if (shows.length && looksLikeShow(text, start, end)) return { start, end, entity: shows[0]!.e };
    if (series.length && looksLikeSeries(text, start, end)) return { start, end, entity: series[0]!.e };
  }
  return undefined;
}

function issueMention(
  from: number,
  to: number,
  ref: IssueRef,
  series: IndexedSeries[],
  titleStart: number,
  titleEnd: number,
  grammarOnly: boolean,
): Found | undefined {
  // Volume or year first, then whichever series has that number (earliest volume first).
  const ordered = [...series].sort((a, b) => a.year - b.year);
  const byVolume = ordered.filter(
    (s) => (ref.volume === undefined || (s.volume ?? 1) === ref.volume) && (ref.year === undefined || s.year === ref.year),
  );
  const pool = byVolume.length ? byVolume : ordered;
  if (ref.through === undefined) {
    for (const s of pool) {
      const issue = (ref.annual ? s.annuals : s.issues).find(([n]) => n === ref.number);
      if (issue) return { start: from, end: to, entity: issue[1] };
    }
    // A number the series doesn't have is a series mention, never an invented issue.
    return grammarOnly ? undefined : { start: titleStart, end: titleEnd, entity: pool[0]!.e };
  }
  const s = pool.find((x) => x.issues.some(([n]) => n === ref.number)) ?? pool[0]!;
  return { start: from, end: to, entity: s.e };
}

function episodeMention(show: IndexedShow, ref: EpisodeRef, from: number, to: number): Found | undefined {
  const season = show.seasons.find((s) => s.n === ref.season);
  if (!season) return undefined;
  if (ref.episode === undefined || ref.through !== undefined) return { start: from, end: to, entity: season.e };
  const episode = season.episodes[ref.episode - 1];
  return episode === undefined ? { start: from, end: to, entity: season.e } : { start: from, end: to, entity: episode };
}

function chooseName(named: number[], matcher: Matcher): number {
  let best = named[0]!;
  let rank = Infinity;
  for (const e of named) {
    const r = KIND_PREFERENCE.indexOf(matcher.entities.get(e)[1]);
    if (r < rank) {
      rank = r;
      best = e;
    }
  }
  return best;
}

/** Season and episode codes with no title beside them, when the text is about one show. */
function resolveStandalone(text: string, found: Found[], matcher: Matcher): Found[] {
  const counts = new Map<number, number>();
  for (const f of found) {
    const show = matcher.shows.has(f.entity) ? f.entity : matcher.showOf.get(f.entity);
    if (show !== undefined) counts.set(show, (counts.get(show) ?? 0) + 1);
  }
  if (counts.size !== 1) return [];
  const show = matcher.shows.get([...counts.keys()][0]!)!;
  const taken = found.map((f) => [f.start, f.end] as const).sort((a, b) => a[0] - b[0]);
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && e > a);
  const out: Found[] = [];
  let lastSeason: number | undefined;
  for (const ref of findStandaloneEpisodes(text)) {
    if (overlaps(ref.start, ref.end)) continue;
    const season = ref.season ?? lastSeason;
    if (season === undefined) continue;
    lastSeason = season;
    const f = episodeMention(show, { ...ref, season }, ref.start, ref.end);
    if (f) out.push(f);
  }
  return out;
}

/** Longest form starting at each word, left to right; a match consumes its words. */
function collectCandidates(text: string, words: Tokens, matcher: Matcher): Candidate[] {
  const out: Candidate[] = [];
  const automaton = matcher.automaton;
  const ids = new Int32Array(words.count);
  for (let w = 0; w < words.count; w++) ids[w] = automaton.wordId(text, words.starts[w]!, words.ends[w]!);
  for (let i = 0; i < words.count;) {
    let node = 0;
    let best: Candidate | undefined;
    for (let j = i; j < words.count; j++) {
      const word = ids[j]!;
      if (word < 0) break;
      const gap = j > i ? gapKind(text, words.ends[j - 1]!, words.starts[j]!) : 'plain';
      if (gap === 'break') break;
      const next = automaton.child(node, word);
      if (next < 0 || (gap === 'punct' && !automaton.punct(node, word))) break;
      node = next;
      const hits = automaton.hits(node);
      if (hits) best = { firstWord: i, lastWord: j, hits };
    }
    if (best) {
      out.push(best);
      i = best.lastWord + 1;
    } else {
      i++;
    }
  }
  return out;
}

/** Between two words of one name: spaces or a hyphen ("plain"), or a little punctuation. */
function gapKind(text: string, from: number, to: number): 'plain' | 'punct' | 'break' {
  if (to - from > 3) return 'break';
  let kind: 'plain' | 'punct' = 'plain';
  for (let k = from; k < to; k++) {
    const ch = text.charCodeAt(k);
    if (ch === 32 || ch === 9 || ch === 45) continue; // space, tab, hyphen
    if (ch === 46 || ch === 44 || ch === 58 || ch === 35 || ch === 39)
      kind = 'punct'; // . , : # '
    else return 'break';
  }
  return kind;
}

function isCapitalised(input: string, starts: Uint32Array, words: Tokens, c: Candidate): boolean {
  // Every significant word of the form starts with a capital ("The Pulse", "Cage").
  for (let w = c.firstWord; w <= c.lastWord; w++) {
    const first = input[starts[words.starts[w]!]!] ?? '';
    if (first === first.toLowerCase() && first !== first.toUpperCase()) {
      // Small linking words inside a title may stay lower-case ("Hero for Hire").
      const len = words.ends[w]! - words.starts[w]!;
      if (w === c.firstWord || len > 3) return false;
    }
  }
  return true;
}

function mostRecent(entities: number[], lastFull: Map<number, number>): number | undefined {
  let best: number | undefined;
  let at = -1;
  for (const e of entities) {
    const seen = lastFull.get(e);
    if (seen !== undefined && seen > at) {
      at = seen;
      best = e;
    }
  }
  return best;
}
