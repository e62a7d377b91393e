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
import { isWordCode, titleKey, tokenize, type Tokens } from './tokenize.ts';
import {
  AFTER_A_NAME,
  BEFORE_A_NAME,
  COMMON_SURNAMES,
  EVERYDAY_NAMES,
  FAMILY_WORDS,
  FIRST_NAME_WORDS,
  SEQUEL_WORDS,
  TEAM_CUES,
  SENTENCE_OPENERS,
  TITLE_PREFIXES,
} from './name-words.ts';
import type { FormHit, Matcher } from './build-matcher.ts';
import {
  FORM_COMMON,
  FORM_CONTEXT,
  FORM_QUOTED,
  FORM_SHORT,
  FORM_STOP,
  FORM_TEAM,
  FORM_TITLE_ONLY,
  type IndexedSeries,
  type IndexedShow,
} from './name-index.ts';
import {
  findStandaloneEpisodes,
  GRAMMAR_WORDS,
  looksLikeSeries,
  looksLikeShow,
  PLAYED_BY,
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
  /** For a form that starts with "the": the longest form from the next word, read if this one
   *  does not hold ("the Punisher" when only "The Punisher", the show, starts with "the"). */
  alt: Candidate | undefined;
  /** What stands around the words, once a rule asked. */
  around: Surroundings | undefined;
}

/** A resolved mention in normalised offsets. */
interface Found {
  start: number;
  end: number;
  entity: number;
  /** Every entity the words could name (for titles in a list: "Daredevil, Jessica Jones…"). */
  named?: number[];
  /** Read through a short form ("Trish"): it anchors nothing. */
  viaShortForm?: boolean;
}

/** Whether any hit's flags have none of `flags`. */
function hasHitWithout(hits: FormHit[], flags: number): boolean {
  for (let k = 0; k < hits.length; k++) if ((hits[k]!.flags & flags) === 0) return true;
  return false;
}

/** Words before a title that starts with "the" that make it the character. */
const CHARACTER_BEFORE = /(?:\bcharacters?,?|\b(?:co-)?created|\bcreating|\bvigilante|\bantihero,?|\banti-hero,?)\s+$/;

/** Between a name and its alias: " / ", ", or ", " aka ", " (". */
const ALIAS_JOIN = /^\s*(?:\/|\(|,|(?:,\s*)?(?:or|aka|a\.k\.a\.?|alias|also known as))\s*$/;

/** How near (in characters) an unambiguous mention must be for a common word to count. */
const CONTEXT_WINDOW = 1500;

/** Which kind wins when one name names several entities and nothing else decides. */
const KIND_PREFERENCE: EntityKind[] = ['character', 'person', 'show', 'series', 'episode', 'season', 'issue'];

/** Finds every mention in one whole text. */
export function findMentions(input: string, matcher: Matcher): Mention[] {
  const scanner = new MentionScanner(matcher);
  const found = scanner.push(input);
  const standalone = scanner.finish();
  if (standalone.length === 0) return found;
  return [...found, ...standalone].sort((a, b) => a.start - b.start);
}

/**
 * A place in `text` between `from` and `to` where it can be split into two pieces for a
 * MentionScanner without losing a mention: just after a word that no name, alias or title
 * contains and that the work grammar does not read, at a space. Searched backwards from `to`;
 * -1 if there is none within `window` characters. For text with no line break in a long way
 * (one element holding a whole page of inline text).
 */
export function safeCut(text: string, from: number, to: number, matcher: Matcher, window = 4000): number {
  const stop = Math.max(from + 1, to - window);
  for (let at = to; at > stop; at--) {
    const code = text.charCodeAt(at);
    if (code !== 32 && code !== 0xa0 && code !== 10 && code !== 9) continue;
    // The word just before this space: ASCII letters only, lower-cased.
    let start = at;
    while (start > from) {
      const c = text.charCodeAt(start - 1) | 0x20;
      if (c < 97 || c > 122) break;
      start--;
    }
    if (start === at || at - start > 40) continue;
    const before = start > from ? text.charCodeAt(start - 1) : 32;
    // A word after an apostrophe, a quote, a hyphen or a digit may belong to a longer form.
    if (before !== 32 && before !== 0xa0 && before !== 10 && before !== 9) continue;
    const word = text.slice(start, at).toLowerCase();
    if (GRAMMAR_WORDS.has(word) || matcher.automaton.wordId(word, 0, word.length) >= 0) continue;
    return at + 1;
  }
  return -1;
}

/** A common word read as a name if Marvel context comes within reach after it. */
interface Waiting {
  gStart: number;
  gEnd: number;
  mention: Mention;
  named: number[];
  viaShortForm: boolean;
  entity: number;
}

/** A season or episode code with no title beside it, waiting for the text's dominant show. */
interface PendingCode extends EpisodeRef {
  text: string;
}

/**
 * Scans a text piece by piece, in document order, with the state that crosses pieces (which
 * names were seen in full, where the unambiguous mentions are, which shows the text is about),
 * so a content script can match a long page in short slices. Offsets are into the whole text:
 * the pieces joined end to end.
 */
export class MentionScanner {
  /** Original-text length consumed so far: the offset of the next piece. */
  private base = 0;
  /** Entity index → global offset of its latest full mention (anchors short forms). */
  private readonly lastFull = new Map<number, number>();
  /** Global offsets of the last piece's unambiguous mentions near its end (context). */
  private carryStrong: number[] = [];
  private readonly showCounts = new Map<number, number>();
  private readonly pending: PendingCode[] = [];
  /** Spans of everything found, in order, so codes inside them are not read twice. */
  private readonly spans: number[] = [];
  /** Comic series and issues found so far. */
  private comicsSeen = 0;
  /** Global offset of the last mention found in reading order: Marvel context for what follows
   *  ("Jeri" in a recap's tenth paragraph, after "Trish" and "Erik" in the ninth). */
  private lastMention = -Infinity;
  /** First word of each name written in full so far → its entity ("janet" → Janet McTeer). */
  private readonly firstNames = new Map<string, number>();
  /** Common words near the end of the last piece with no Marvel context before them: the text
   *  after them, in the next pieces, may still give it. Their reading with context is ready. */
  private waiting: Waiting[] = [];

  /** Whether the text so far names the shows more than the comics. */
  private readonly aboutShows = () => showMentions(this.showCounts) > this.comicsSeen;

  constructor(private readonly matcher: Matcher) {}

  /** Where the next piece starts in the whole text. */
  get offset(): number {
    return this.base;
  }

  /** The piece being read (set by `push`), for the rules that look around a candidate. */
  private input = '';
  private text = '';
  private starts: Uint32Array = new Uint32Array(1);
  private words: Tokens = { count: 0, starts: new Uint32Array(0), ends: new Uint32Array(0) };

  push(input: string): Mention[] {
    const matcher = this.matcher;
    const base = this.base;
    this.base += input.length;
    const { text, starts } = normalizeText(input);
    const words = tokenize(text);
    this.input = input;
    this.text = text;
    this.starts = starts;
    this.words = words;
    const candidates = joinShortPairs(collectCandidates(text, words, matcher), input, starts, words);

    // Unambiguous mentions are context for common words.
    const strongAt: number[] = this.carryStrong.slice();
    for (let k = 0; k < candidates.length; k++) {
      const c = candidates[k]!;
      if (hasHitWithout(c.hits, FORM_SHORT | FORM_COMMON | FORM_STOP | FORM_TITLE_ONLY | FORM_QUOTED | FORM_TEAM))
        strongAt.push(base + starts[words.starts[c.firstWord]!]!);
    }

    const late = this.takeWaiting(strongAt);

    const found: Found[] = [];
    let strongCursor = 0;
    for (let k = 0; k < candidates.length; k++) {
      const c = candidates[k]!;
      const start = words.starts[c.firstWord]!;
      const end = words.ends[c.lastWord]!;
      const gStart = base + starts[start]!;
      const gEnd = base + starts[end]!;
      while (strongCursor < strongAt.length && strongAt[strongCursor]! < gStart - CONTEXT_WINDOW) strongCursor++;
      const hasContext =
        (strongCursor < strongAt.length && strongAt[strongCursor]! <= gEnd + CONTEXT_WINDOW) || gStart - this.lastMention <= CONTEXT_WINDOW;
      const capitalised = isCapitalised(input, text, starts, words, c);
      let resolved = this.read(c, start, end, capitalised, hasContext);
      // "the Punisher": not the show's title in lower case, but maybe the name after it; and
      // "Frank Castle / The Punisher", "Jon Bernthal as The Punisher": the name, not the show.
      if (c.alt && (!resolved || this.aliasOfPrevious(found, start, c.alt) || PLAYED_BY.test(text.slice(end, end + 40))))
        resolved = this.readWords(c.alt, hasContext) ?? resolved;
      if (!resolved) {
        // Context after it may still come with the next pieces.
        const withContext = !hasContext && gEnd + CONTEXT_WINDOW > this.base ? this.read(c, start, end, capitalised, true) : undefined;
        if (withContext) {
          this.waiting.push({
            gStart,
            gEnd,
            mention: this.toMention(input, base, starts, withContext),
            named: withContext.named!,
            viaShortForm: withContext.viaShortForm === true,
            entity: withContext.entity,
          });
        }
        continue;
      }
      const kind = matcher.entities.get(resolved.entity)[1];
      // A comic's everyday-word title with no number ("back at Alias") in a text that so far
      // is about the shows and names no comic: the word is the show's ("Alias Investigations").
      if (
        kind === 'series' &&
        this.comicsSeen === 0 &&
        showMentions(this.showCounts) >= 1 &&
        c.hits.every((h) => !h.entities.some((e) => matcher.series.has(e)) || h.flags & FORM_COMMON) &&
        !looksLikeSeries(text, words.starts[c.firstWord]!, words.ends[c.lastWord]!)
      ) {
        continue;
      }
      // "Nelson & Murdock", "Hogarth, Chao & Benowitz": a firm named for its partners.
      if (
        kind === 'character' &&
        c.firstWord === c.lastWord &&
        surnameOf(matcher.entities.get(resolved.entity)[2]) === text.slice(start, end) &&
        firmName(input, starts[start]!, starts[end]!)
      )
        continue;
      if (kind === 'series' || kind === 'issue') this.comicsSeen++;
      // A grammar match never runs back over a mention already found.
      const prev = found.length ? found[found.length - 1]! : undefined;
      if (prev && resolved.start < prev.end) resolved.start = prev.end;
      found.push(resolved);
      this.lastMention = gStart;
      this.remember(
        resolved.entity,
        resolved.named!,
        resolved.viaShortForm === true,
        gStart,
        c.lastWord > c.firstWord ? wordAt(text, words, c.firstWord) : undefined,
      );
    }

    this.carryStrong = strongAt.filter((at) => at >= this.base - CONTEXT_WINDOW);
    showsInLists(text, found, matcher, this.aboutShows());
    holdersInParens(text, found);
    for (const f of this.bareIssues(text, found, base, starts)) found.push(f);
    found.sort((a, b) => a.start - b.start);
    const mentions: Mention[] = new Array(found.length);
    for (let k = 0; k < found.length; k++) {
      const m = this.toMention(input, base, starts, found[k]!);
      mentions[k] = m;
      this.spans.push(m.start, m.end);
    }
    for (const ref of findStandaloneEpisodes(text)) {
      const from = starts[ref.start]!;
      const to = starts[ref.end]!;
      // "season 2 of Stranger Things": the season of a work the data does not know ("of" and a
      // title that is none of the mentions found).
      const of = OF_ANOTHER_WORK.exec(input.slice(to, to + 48));
      if (of) {
        const title = base + to + of[0].length - 1;
        if (!this.overlaps(title, title + 1)) continue;
      }
      // "Stranger Things season 3", "Born Again Season 2": right after a title that is none of
      // ours (no mention just before: "The Punisher Netflix Original Season Two" is ours).
      if (ANOTHER_TITLE_BEFORE.test(input.slice(Math.max(0, from - 48), from)) && !this.overlaps(base + from - 24, base + from)) continue;
      this.pending.push({ ...ref, start: base + from, end: base + to, text: input.slice(from, to) });
    }
    return late.length ? late.concat(mentions) : mentions;
  }

  /**
   * Whether a title that starts with "the" stands right after a name as that character's alias
   * ("Frank Castle / The Punisher", "Frank Castle, or The Punisher"), a role ("Jon Bernthal as
   * The Punisher") or a character ("the character, The Punisher", "who created The Punisher"), so
   * the words after "the" are the character.
   */
  private aliasOfPrevious(found: Found[], start: number, alt: Candidate): boolean {
    // "his comic book character, The Punisher", "Gerry Conway, who created The Punisher".
    if (CHARACTER_BEFORE.test(this.text.slice(Math.max(0, start - 24), start))) return true;
    const prev = found.length ? found[found.length - 1]! : undefined;
    if (!prev || start - prev.end > 16) return false;
    const gap = this.text.slice(prev.end, start);
    const prevKind = this.matcher.entities.get(prev.entity)[1];
    if (prevKind === 'person') return /^\s+as\s+$/.test(gap);
    if (prevKind !== 'character' || !ALIAS_JOIN.test(gap)) return false;
    return alt.hits.some((h) => h.entities.includes(prev.entity));
  }

  /** `read` for a candidate of the current piece, from its words alone. */
  private readWords(c: Candidate, hasContext: boolean): Found | undefined {
    const { input, text, starts, words } = this;
    const start = words.starts[c.firstWord]!;
    const end = words.ends[c.lastWord]!;
    return this.read(c, start, end, isCapitalised(input, text, starts, words, c), hasContext);
  }

  /** What the candidate's surroundings in the current piece are, read once when a rule asks. */
  private around(c: Candidate): Surroundings {
    return (c.around ??= surroundings(this.input, this.text, this.starts, this.words, c.firstWord, c.lastWord, this.matcher));
  }

  /** What a candidate in the current piece names, with or without Marvel context near it
   *  (`named`: every entity its words may name; undefined if nothing). */
  private read(c: Candidate, start: number, end: number, capitalised: boolean, hasContext: boolean): Found | undefined {
    const matcher = this.matcher;
    const text = this.text;
    const hits = c.hits;
    // The usual case: a name written in full that names one kind of thing, read as it stands.
    if (hits.length === 1 && hits[0]!.flags === 0) {
      const named = hits[0]!.entities;
      if (!named.some((e) => matcher.series.has(e) || matcher.shows.has(e))) {
        return { start, end, entity: chooseName(named, matcher, this.lastFull), named, viaShortForm: false };
      }
    }
    // Every entity this candidate may name, under its forms' rules.
    const named: number[] = [];
    /** Common words with a capital but no Marvel nearby: they count only as a work's title
     *  with its grammar ("The Pulse #14", "Season 2 of Luke Cage"). */
    const tentative: number[] = [];
    let viaShortForm = false;
    // Someone else's name around the words ("Nicolas Cage", "Claire Foy", "writer David
    // Walker", "Rand-Meachum", "Mighty Avengers"): a short form or a title is not ours there.
    // Read (`this.around`) only for the hits that need them (most candidates are plain names).
    // A name written in full is that entity; a short form of another does not compete with it.
    const exact = hasHitWithout(hits, FORM_SHORT | FORM_COMMON | FORM_TITLE_ONLY | FORM_QUOTED | FORM_CONTEXT | FORM_STOP);
    for (const hit of hits) {
      if (hit.flags & (FORM_CONTEXT | FORM_STOP)) continue;
      if (hit.flags & FORM_SHORT) {
        if (!capitalised || exact) continue;
        let anchor = mostRecent(hit.entities, this.lastFull);
        // The one entity the words can name here: the only one, or the only one of the text's
        // continuity ("Mariah" on a page about the show is Mariah Dillard, not Black Mariah).
        const only = hit.entities.length === 1 ? hit.entities[0] : anchor === undefined ? this.onlyOfContinuity(hit.entities) : undefined;
        const alone = anchor === undefined && hasContext && only !== undefined && hits.every((h) => h === hit || h.flags & FORM_QUOTED);
        // Neither named in full earlier nor a candidate on its own: nothing to read around it.
        if ((anchor === undefined && !alone) || this.around(c).name || this.around(c).family) continue;
        const word = c.firstWord === c.lastWord ? wordAt(text, this.words, c.firstWord) : '';
        // "the Hand", "the Castle": a thing, not the person.
        if (this.around(c).afterThe && EVERYDAY_NAMES.has(word)) continue;
        if (alone && !this.around(c).afterThe) {
          // Not named in full earlier: with Marvel nearby, a short form that only one entity
          // has and that is the words' only reading ("Trish", "Alexandra", "Tennant") —
          // not after "the" ("the Stokes family"), not a word that is usually something else
          // ("the Hand", "Castle", a common surname), not a first-name word opening a sentence
          // or a headline ("Will", "THE HOPE CASE"), and not the first name of someone else
          // the text named in full ("Janet McTeer … Janet's talent").
          const e = only!;
          const person = matcher.entities.get(e)[1] === 'person';
          const ok =
            !EVERYDAY_NAMES.has(word) &&
            !(person && COMMON_SURNAMES.has(word)) &&
            !(FIRST_NAME_WORDS.has(word) && (this.around(c).opensSentence || this.around(c).shouting)) &&
            (this.firstNames.get(word) ?? e) === e;
          if (ok) anchor = e;
        }
        if (anchor !== undefined && !named.includes(anchor)) {
          named.push(anchor);
          viaShortForm = true;
        }
      } else if (hit.flags & FORM_QUOTED) {
        // A quoted one-word title is the episode, whatever else the word may name.
        if (capitalised && quoted(this.input, this.starts[start]!, this.starts[end]!)) {
          named.length = 0;
          for (const e of hit.entities) named.push(e);
          viaShortForm = false;
          break;
        }
      } else if (hit.flags & FORM_TITLE_ONLY) {
        // A show's initials are written in capitals: "IF season 2", not "If season one…".
        const initials = hit.entities.some((e) => this.matcher.shows.has(e));
        if (capitalised && (!initials || inCapitals(this.input, this.starts[start]!, this.starts[end]!)))
          for (const e of hit.entities) tentative.push(e);
      } else if (hit.entities.every((e) => this.isWork(e)) && this.around(c).title) {
        continue;
      } else if (
        hit.flags & FORM_TEAM &&
        (this.around(c).afterThe || this.around(c).withThe || this.around(c).name || this.around(c).teamCue) &&
        !looksLikeSeries(text, start, end)
      ) {
        // "joined the Avengers": the team; "the Avengers #4": the comic, by its grammar.
        for (const e of hit.entities) tentative.push(e);
      } else if (
        hit.flags & FORM_COMMON &&
        c.firstWord === c.lastWord &&
        this.around(c).opensSentence &&
        hit.entities.every((e) => !this.isWork(e) && this.matcher.entities.get(e)[2].startsWith('The '))
      ) {
        // A group's name without its "The" does not open a sentence: "Hand me that" is a verb.
        continue;
      } else if (
        hit.flags & FORM_COMMON &&
        c.firstWord === c.lastWord &&
        !hit.entities.some((e) => this.isWork(e)) &&
        (this.around(c).nameAfter || CREDITED_FIRST_NAME.test(this.input.slice(Math.max(0, this.starts[start]! - 40), this.starts[start])))
      ) {
        // A one-word name inside someone else's: "Rachel Taylor" is not Amy Bendix ("Rachel"),
        // "written by Alyssa Wong" not Wong.
        continue;
      } else if (!(hit.flags & FORM_COMMON) || (capitalised && hasContext)) {
        for (const e of hit.entities) if (!named.includes(e)) named.push(e);
      } else if (capitalised) {
        for (const e of hit.entities) tentative.push(e);
      }
    }
    let resolved: Found | undefined;
    if (named.length === 0) {
      resolved = tentative.length ? resolveWork(text, start, end, tentative, matcher, true) : undefined;
      if (!resolved) return undefined;
    } else {
      resolved = resolveWork(text, start, end, named, matcher, false, this.aboutShows) ?? {
        start,
        end,
        entity: chooseName(named, matcher, this.lastFull),
      };
    }
    resolved.named = named;
    resolved.viaShortForm = viaShortForm;
    return resolved;
  }

  /** Of several entities, the only one that exists in the continuity the text so far is
   *  about (its shows and nothing of the comics, or the reverse); undefined if not one. */
  private onlyOfContinuity(entities: number[]): number | undefined {
    const shows = showMentions(this.showCounts);
    const continuity = shows > 0 && this.comicsSeen === 0 ? 'netflix' : this.comicsSeen > 0 && shows === 0 ? 'comics' : undefined;
    if (!continuity) return undefined;
    let only: number | undefined;
    for (const e of entities) {
      const own = this.matcher.continuityOf.get(e);
      if (own !== undefined && own !== continuity) continue;
      if (only !== undefined) return undefined;
      only = e;
    }
    return only;
  }

  /** A comic series or a show: a title, which another title may contain ("Young Avengers"). */
  private isWork(e: number): boolean {
    return this.matcher.series.has(e) || this.matcher.shows.has(e);
  }

  /** What a mention found tells about the text: which names it named in full (anchors for short
   *  forms later) and which show it is about. */
  private remember(entity: number, named: number[], viaShortForm: boolean, at: number, firstWord?: string) {
    if (!viaShortForm) for (const e of named) if ((this.lastFull.get(e) ?? -1) < at) this.lastFull.set(e, at);
    if (!viaShortForm && firstWord) this.firstNames.set(firstWord, entity);
    const show = this.matcher.shows.has(entity) ? entity : this.matcher.showOf.get(entity);
    if (show !== undefined) this.showCounts.set(show, (this.showCounts.get(show) ?? 0) + 1);
  }

  /**
   * The waiting common words that the new piece's unambiguous mentions (`strongAt`, global and
   * in order) now give context to, as mentions; those whose window still reaches past the text
   * so far keep waiting, the rest are dropped. So a text cut into pieces reads as the whole.
   */
  private takeWaiting(strongAt: number[]): Mention[] {
    if (this.waiting.length === 0) return [];
    const late: Mention[] = [];
    const still: Waiting[] = [];
    for (const w of this.waiting) {
      if (strongAt.some((at) => at >= w.gStart - CONTEXT_WINDOW && at <= w.gEnd + CONTEXT_WINDOW)) {
        late.push(w.mention);
        this.remember(w.entity, w.named, w.viaShortForm, w.gStart);
        // Spans stay in order: this one goes before those of the last piece's later mentions.
        let at = this.spans.length;
        while (at > 0 && this.spans[at - 2]! > w.mention.start) at -= 2;
        this.spans.splice(at, 0, w.mention.start, w.mention.end);
      } else if (w.gEnd + CONTEXT_WINDOW > this.base) {
        still.push(w);
      }
    }
    this.waiting = still;
    return late;
  }

  /** Season and episode codes with no title beside them, once the text so far is known: they
   *  count only when the text is about one show. Codes are handed out once. */
  finish(): Mention[] {
    // The text is over: no context will come for the common words still waiting.
    this.waiting = [];
    // About one show: it has at least two mentions and more than half of all the shows' mentions.
    const counts = [...this.showCounts].sort((a, b) => b[1] - a[1]);
    const total = counts.reduce((n, [, c]) => n + c, 0);
    const top = counts[0];
    if (!top || (counts.length > 1 && (top[1] < 2 || top[1] * 2 <= total))) {
      this.pending.length = 0;
      return [];
    }
    const show = this.matcher.shows.get(top[0])!;
    const out: Mention[] = [];
    let lastSeason: number | undefined;
    for (const ref of this.pending) {
      if (this.overlaps(ref.start, ref.end)) continue;
      const season = ref.season ?? lastSeason;
      if (season === undefined) continue;
      lastSeason = season;
      const f = episodeMention(show, { ...ref, season }, ref.start, ref.end);
      if (!f) continue;
      const [id, kind, label] = this.matcher.entities.get(f.entity);
      out.push({ start: ref.start, end: ref.end, text: ref.text, kind, id, label });
    }
    this.pending.length = 0;
    return out;
  }

  /** The series most recently named (with its global offset, and whether by one of its issues),
   *  for "issue #14" with no title. */
  private lastSeries: { series: IndexedSeries; at: number; byIssue: boolean } | undefined;
  /** How often each series was named so far by one of its issues. */
  private readonly seriesCounts = new Map<IndexedSeries, number>();

  /** "Issue #14", "No. 14" with no title beside them: the series the text just named, if it has
   *  that issue — or, when that was only a title in passing a while back ("If you loved The
   *  Pulse, …"), the series whose issues the text names most. */
  private bareIssues(text: string, found: Found[], base: number, starts: Uint32Array): Found[] {
    const out: Found[] = [];
    const refs: { start: number; end: number; number: number }[] = [];
    // Most text names no issue at all: two substring searches rule it out cheaply.
    if (text.includes('issue') || text.includes('no.')) {
      BARE_ISSUE.lastIndex = 0;
      for (let m = BARE_ISSUE.exec(text); m; m = BARE_ISSUE.exec(text)) {
        // Not the tail of a word or of a "#" run ("reissue 14", "#no. 3").
        const before = m.index > 0 ? text.charCodeAt(m.index - 1) : -1;
        if (before === 35 /* # */ || (before >= 0 && isWordCode(before))) continue;
        refs.push({ start: m.index, end: m.index + m[0].length, number: Number(m[1]) });
      }
    }
    // `found` is in text order and its spans do not overlap: one pointer follows the series
    // named so far, another finds the only mention that can overlap a ref.
    let k = 0;
    const follow = (until: number) => {
      for (; k < found.length && found[k]!.start < until; k++) {
        const entity = found[k]!.entity;
        const own = this.matcher.series.get(entity);
        const series = own ?? this.matcher.seriesOf.get(entity);
        if (!series) continue;
        this.lastSeries = { series, at: base + starts[found[k]!.end]!, byIssue: own === undefined };
        if (own === undefined) this.seriesCounts.set(series, (this.seriesCounts.get(series) ?? 0) + 1);
      }
    };
    let f = 0;
    for (const ref of refs) {
      follow(ref.start);
      const last = this.lastSeries;
      if (!last || base + starts[ref.start]! - last.at > 400) continue;
      while (f < found.length && found[f]!.end <= ref.start) f++;
      if (f < found.length && found[f]!.start < ref.end) continue;
      let series = last.series;
      if (!last.byIssue && base + starts[ref.start]! - last.at > 80) {
        let most = this.seriesCounts.get(series) ?? 0;
        for (const [other, count] of this.seriesCounts)
          if (count > most && other.issues.some(([n]) => n === ref.number)) [series, most] = [other, count];
      }
      const issue = series.issues.find(([n]) => n === ref.number);
      if (issue) out.push({ start: ref.start, end: ref.end, entity: issue[1] });
    }
    follow(Infinity);
    return out;
  }

  private overlaps(start: number, end: number): boolean {
    // Spans are in document order: binary search for the last span starting before `end`.
    let lo = 0;
    let hi = (this.spans.length >> 1) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid * 2]! < end) lo = mid + 1;
      else hi = mid - 1;
    }
    return hi >= 0 && this.spans[hi * 2 + 1]! > start;
  }

  private toMention(input: string, base: number, starts: Uint32Array, { start, end, entity }: Found): Mention {
    const [id, kind, label] = this.matcher.entities.get(entity);
    const from = starts[start]!;
    const to = starts[end]!;
    return { start: base + from, end: base + to, text: input.slice(from, to), kind, id, label };
  }
}

/** Starts with its literal words, so the engine skips ahead to them; the character before is
 *  checked by hand (a look-behind class tried at every position was a fifth of a page scan). */
/** Before a bare season code: two capitalised words of a title ("Stranger Things", "Born Again"). */
const ANOTHER_TITLE_BEFORE = /(?:^|[^\p{L}])\p{Lu}[\p{L}'’-]*[:\s]+(?!Netflix|Marvel|TV|The\b|In\b|Of\b)\p{Lu}[\p{L}'’-]*[:\s]+$/u;

/** After a bare season or episode code: "of" and a capitalised title (not Marvel's or Netflix's,
 *  not a season), up to its first capital. */
const OF_ANOTHER_WORK = /^\s+of\s+(?:the\s+)?["'“‘]?(?![Ss]eason\b|[Ee]pisode\b|[Ss]eries\b|Marvel|Netflix|MARVEL|NETFLIX)\p{Lu}/u;

const BARE_ISSUE = /(?:issue|no\.)\s*#?\s*(\d{1,4})(?![\p{L}\p{N}])/gu;

/**
 * Titles in a list share their reading: in "Netflix's Daredevil, Jessica Jones, Luke Cage and
 * Iron Fist" the first is a show by its context, so the others, which could be shows, are too.
 * And a title right after a person's name and "of" (or "on", "in", in a text about the shows) is
 * the show they are in; before an actor's name ("Jessica Jones' Carrie-Anne Moss") or one of its
 * episodes ("Daredevil: Into the Ring"), the show.
 */
function showsInLists(text: string, found: Found[], matcher: Matcher, aboutShows: boolean) {
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    if (matcher.shows.has(f.entity) || !f.named || f.named.length < 2) continue;
    // An issue, a season or an episode read by its grammar stays what it is.
    const own = matcher.entities.get(f.entity)[1];
    if (own === 'issue' || own === 'season' || own === 'episode') continue;
    const show = f.named.find((e) => matcher.shows.has(e));
    if (show === undefined) continue;
    const prev = found[i - 1];
    const next = found[i + 1];
    const kindOf = (m: Found) => matcher.entities.get(m.entity)[1];
    const gap = (a: Found, b: Found) => (b.start - a.end <= 4 ? text.slice(a.end, b.start) : '');
    if (
      // "Wilson Fisk of Daredevil"; in a text about the shows, "Danny Rand on Iron Fist".
      (prev &&
        (kindOf(prev) === 'character' || kindOf(prev) === 'person') &&
        (gap(prev, f) === ' of ' || (aboutShows && (gap(prev, f) === ' on ' || gap(prev, f) === ' in ')))) ||
      // "Jessica Jones' Carrie-Anne Moss": a show's actor; in a text about the shows, "Luke
      // Cage's Misty Knight": a show's character.
      (next && kindOf(next) === 'person' && /^'s? $/.test(gap(f, next))) ||
      (aboutShows && next && kindOf(next) === 'character' && !f.named.includes(next.entity) && /^'s? "?$/.test(gap(f, next))) ||
      // "Daredevil: Into the Ring": a heading that names one of the show's episodes.
      (next && /^\s*[:–—-] ?$/.test(gap(f, next)) && matcher.showOf.get(next.entity) === show)
    )
      f.entity = show;
  }
  let runStart = 0;
  for (let i = 1; i <= found.length; i++) {
    if (i < found.length && listJoin(text, found[i - 1]!.end, found[i]!.start)) continue;
    const runEnd = i;
    const from = runStart;
    runStart = i;
    if (runEnd - from < 2) continue;
    let anyShow = false;
    for (let k = from; k < runEnd && !anyShow; k++) anyShow = matcher.shows.has(found[k]!.entity);
    if (!anyShow) continue;
    for (let k = from; k < runEnd; k++) {
      const f = found[k]!;
      const show = f.named?.find((e) => matcher.shows.has(e));
      if (show !== undefined) f.entity = show;
    }
  }
}

const LIST_JOIN =
  /^\s*(?:\(\d{4}(?:\s*[–-]\s*\d{2,4})?\)\s*)?(?:,|&|and|,\s*and|or|,\s*or)(?:\s+(?:especially|even|also|then|finally))?\s*$/;

/** "Spider-Woman (Mattie Franklin)": a name several carry, followed by one of them in
 *  parentheses, is that one. */
function holdersInParens(text: string, found: Found[]) {
  for (let i = 0; i + 1 < found.length; i++) {
    const f = found[i]!;
    const next = found[i + 1]!;
    if (
      f.named &&
      f.named.length > 1 &&
      f.entity !== next.entity &&
      f.named.includes(next.entity) &&
      /^\s*\($/.test(text.slice(f.end, next.start))
    )
      f.entity = next.entity;
  }
}

/** Surnames joined by "&" around a one-word name: a firm ("Nelson & Murdock", "Nelson,
 *  Murdock & Page", "Hogarth, Chao & Benowitz"), not its partners. */
const FIRM_AFTER = /^\s*(?:,\s*\p{Lu}[\p{L}'-]+\s*)?&\s*\p{Lu}/u;
const FIRM_BEFORE = /\p{Lu}[\p{L}'-]+\s*(?:&|,)\s*$/u;

/** The last word of a name of two or more, lower-cased: "murdock" of "Matt Murdock". */
function surnameOf(label: string): string {
  const space = label.lastIndexOf(' ');
  return space < 0 ? '' : label.slice(space + 1).toLowerCase();
}

function firmName(input: string, start: number, end: number): boolean {
  if (FIRM_AFTER.test(input.slice(end, end + 40))) return true;
  const before = input.slice(Math.max(0, start - 40), start);
  if (!FIRM_BEFORE.test(before)) return false;
  // "Nelson, Murdock & Page": a comma before counts when an "&" follows.
  return /&\s*$/.test(before) || /^\s*&/.test(input.slice(end, end + 4));
}

/** Whether text[from, to) joins two items of a list: ", ", " and ", " (2015), or ". */
function listJoin(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && (text.charCodeAt(i) === 32 || isSpace(text.charCodeAt(i)))) i++;
  if (i === to) return false;
  // Only these can start a join: ( , & a o, or a quote around a title (“Daredevil,” “Luke Cage”).
  const c = text.charCodeAt(i);
  if (c !== 34 && c !== 39 && c !== 40 && c !== 44 && c !== 38 && c !== 97 && c !== 111) return false;
  const gap = text.slice(from, to);
  return LIST_JOIN.test(gap) || (to - from <= 12 && /["']/.test(gap) && LIST_JOIN.test(gap.replace(/["']/g, ' ')));
}

/** White space as the engine's \s reads it (normalised text: no other kinds are left but these). */
function isSpace(c: number): boolean {
  return (
    c === 9 ||
    c === 10 ||
    c === 11 ||
    c === 12 ||
    c === 13 ||
    c === 0xa0 ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0xfeff ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x1680 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** A series title with an issue number, or a show title with a season or episode. */
function resolveWork(
  text: string,
  start: number,
  end: number,
  named: number[],
  matcher: Matcher,
  grammarOnly = false,
  aboutShows?: () => boolean,
): Found | undefined {
  let series: IndexedSeries[] | undefined;
  let shows: IndexedShow[] | undefined;
  for (const e of named) {
    const s = matcher.series.get(e);
    if (s) (series ??= []).push(s);
    const show = matcher.shows.get(e);
    if (show) (shows ??= []).push(show);
  }
  if (series) {
    const after = readIssueAfter(text, end);
    if (after) return issueMention(text, start, after.end, after, series, start, end, grammarOnly);
    const before = readIssueBefore(text, start);
    if (before) return issueMention(text, before.start, end, before, series, start, end, grammarOnly);
  }
  if (shows) {
    const show = shows[0]!;
    const after = readSeasonAfter(text, end);
    if (after) return episodeMention(show, after, start, after.end) ?? (grammarOnly ? undefined : { start, end, entity: show.e });
    const before = readSeasonBefore(text, start);
    if (before) return episodeMention(show, before, before.start, end) ?? (grammarOnly ? undefined : { start, end, entity: show.e });
  }
  if (grammarOnly) return undefined;
  if (named.length > 1) {
    if (shows && looksLikeShow(text, start, end, aboutShows?.() ?? false)) return { start, end, entity: shows[0]!.e };
    // Two series of one title and no number: the last after "the new", else the first volume.
    if (series && series.length > 1 && /\b(?:new|latest|current|relaunched)\s+$/.test(text.slice(Math.max(0, start - 12), start)))
      return { start, end, entity: series.reduce((a, b) => (b.year > a.year ? b : a)).e };
    if (series && looksLikeSeries(text, start, end)) return { start, end, entity: series.reduce((a, b) => (b.year < a.year ? b : a)).e };
  }
  return undefined;
}

function issueMention(
  text: string,
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
  let pool = byVolume.length ? byVolume : ordered;
  // A title a series carried only for part of its run: "Power Man and Iron Fist #1" is not the
  // 1972 series (that title ran #50–125), so another series of that title, if any.
  const key = titleKey(text.slice(titleStart, titleEnd));
  const fitting = pool.filter((s) => {
    const ranges = s.titles?.filter(([title]) => title === key);
    return !ranges?.length || ranges.some(([, first, last]) => ref.number >= first && ref.number <= last);
  });
  if (fitting.length) pool = fitting;
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
  // No season said: only a show with one season has an "episode 6" of its own.
  const season =
    ref.season === undefined ? (show.seasons.length === 1 ? show.seasons[0] : undefined) : show.seasons.find((s) => s.n === ref.season);
  if (!season) return undefined;
  if (ref.episode === undefined || ref.through !== undefined) return { start: from, end: to, entity: season.e };
  const episode = season.episodes[ref.episode - 1];
  return episode === undefined ? { start: from, end: to, entity: season.e } : { start: from, end: to, entity: episode };
}

/** The kind that wins; between two of a kind ("Ant-Man": Scott Lang or Hank Pym), the one the
 *  text named in full most recently. */
function chooseName(named: number[], matcher: Matcher, lastFull: Map<number, number>): number {
  let best = named[0]!;
  let rank = Infinity;
  let seen = -Infinity;
  for (const e of named) {
    const r = KIND_PREFERENCE.indexOf(matcher.entities.get(e)[1]);
    // Two series of one title ("New Avengers" 2005 and 2010): the one named since, else the earlier volume.
    const at = (lastFull.get(e) ?? -1) * 10_000 - (matcher.series.get(e)?.year ?? 0);
    if (r < rank || (r === rank && at > seen)) {
      rank = r;
      best = e;
      seen = at;
    }
  }
  return best;
}

/** The longest form starting at word `i`, if any. */
function longestFrom(text: string, words: Tokens, ids: Int32Array, automaton: Matcher['automaton'], i: number): Candidate | undefined {
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
    if (hits) best = { firstWord: i, lastWord: j, hits, alt: undefined, around: undefined };
  }
  return best;
}

/** A credit's first name right before a word: "written by Alyssa ", "artist Chris ". */
const CREDITED_FIRST_NAME =
  /\b(?:by|writer|artist|author|editor|illustrator|pencil+er|penciler|inker|colou?rist|letterer)\s+\p{Lu}[\p{L}'-]+\s+$/u;

/** An issue number or volume right after a title: "#168", "vol. 2". */
const ISSUE_AFTER = /^"?\s*(?:#\s*\d|vol(?:ume)?\.?\s*\d)/;

/** Longest form starting at each word, left to right; a match consumes its words. */
function collectCandidates(text: string, words: Tokens, matcher: Matcher): Candidate[] {
  const out: Candidate[] = [];
  const automaton = matcher.automaton;
  const ids = new Int32Array(words.count);
  for (let w = 0; w < words.count; w++) ids[w] = automaton.wordId(text, words.starts[w]!, words.ends[w]!);
  const the = automaton.wordId('the', 0, 3);
  const marvel = automaton.wordId('marvel', 0, 6);
  const possessive = automaton.wordId('s', 0, 1);
  for (let i = 0; i < words.count;) {
    let best = longestFrom(text, words, ids, automaton, i);
    // "Marvel's Daredevil #168": the comic, whose title does not hold "Marvel's".
    if (
      best &&
      marvel >= 0 &&
      ids[i] === marvel &&
      ids[i + 1] === possessive &&
      best.lastWord > i + 1 &&
      ISSUE_AFTER.test(text.slice(words.ends[best.lastWord]!, words.ends[best.lastWord]! + 16))
    ) {
      const title = longestFrom(text, words, ids, automaton, i + 2);
      if (title) best = title;
    }
    if (best) {
      if (the >= 0 && ids[i] === the && best.lastWord > i) {
        const alt = longestFrom(text, words, ids, automaton, i + 1);
        if (alt) best.alt = alt;
      }
      out.push(best);
      i = best.lastWord + 1;
    } else {
      i++;
    }
  }
  return out;
}

/**
 * A first name and a surname that are both short forms of one entity, side by side and
 * capitalised ("Greg Sallinger" for Gregory Sallinger): that entity's name written in full.
 */
function joinShortPairs(candidates: Candidate[], input: string, starts: Uint32Array, words: Tokens): Candidate[] {
  let out: Candidate[] | undefined;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const next = candidates[k + 1];
    let entity: number | undefined;
    if (
      next &&
      c.firstWord === c.lastWord &&
      next.firstWord === c.lastWord + 1 &&
      next.lastWord === next.firstWord &&
      joinAfter(input, starts, words, c.lastWord) === 'space' &&
      capitalisedWord(input, starts, words, c.firstWord) &&
      capitalisedWord(input, starts, words, next.firstWord)
    ) {
      entity = sharedShortForm(c.hits, next.hits);
    }
    if (entity === undefined) {
      out?.push(c);
      continue;
    }
    out ??= candidates.slice(0, k);
    out.push({
      firstWord: c.firstWord,
      lastWord: next!.lastWord,
      hits: [{ flags: 0, entities: [entity] }],
      alt: undefined,
      around: undefined,
    });
    k++;
  }
  return out ?? candidates;
}

/** An entity both words name as a short form, if any. */
function sharedShortForm(a: FormHit[], b: FormHit[]): number | undefined {
  for (const x of a) {
    if (!(x.flags & FORM_SHORT)) continue;
    for (const y of b) {
      if (!(y.flags & FORM_SHORT)) continue;
      for (const e of x.entities) if (y.entities.includes(e)) return e;
    }
  }
  return undefined;
}

/**
 * Between two words of one name: white space (a line break inside a paragraph's source is
 * rendered as a space), a hyphen, or a little punctuation. A paragraph separator (U+2029,
 * which the page collector puts between blocks), a blank line or anything else breaks it.
 */
function gapKind(text: string, from: number, to: number): 'plain' | 'punct' | 'break' {
  let kind: 'plain' | 'punct' = 'plain';
  let lines = 0;
  let marks = 0;
  for (let k = from; k < to; k++) {
    const ch = text.charCodeAt(k);
    if (ch === 32 || ch === 9 || ch === 13) continue; // space, tab, CR
    if (ch === 10) {
      if (++lines > 1) return 'break';
      continue;
    }
    if (to - from > 40) return 'break';
    if (ch === 45) continue; // hyphen
    if (ch === 46 || ch === 44 || ch === 58 || ch === 35 || ch === 39 || ch === 38) {
      kind = 'punct'; // . , : # ' &
      if (++marks > 2) return 'break';
    } else return 'break';
  }
  return kind;
}

/** Words a title keeps in lower case ("Hero for Hire", "Dragon Plays with Fire"). */
const LINKING = new Set([
  'a',
  'an',
  'the',
  'of',
  'for',
  'and',
  'or',
  'nor',
  'but',
  'in',
  'on',
  'at',
  'to',
  'by',
  'with',
  'from',
  'as',
  'is',
  'it',
  'up',
  'into',
  'over',
  'upon',
  'vs',
]);

const OPENING_QUOTES = new Set(['"', '“', '‘', "'", '«', '„']);
const CLOSING_QUOTES = new Set(['"', '”', '’', "'", '»', '“']);

/** Whether input[from, to) stands in quotes: “Aftermath”, "Aftermath," or ‘Aftermath.’ */
function quoted(input: string, from: number, to: number): boolean {
  if (!OPENING_QUOTES.has(input[from - 1] ?? '')) return false;
  let at = to;
  if (/[.,!?]/.test(input[at] ?? '')) at++;
  return CLOSING_QUOTES.has(input[at] ?? '');
}

/** Is word `w` (by index) capitalised in the original text? */
function capitalisedWord(input: string, starts: Uint32Array, words: Tokens, w: number): boolean {
  const code = input.charCodeAt(starts[words.starts[w]!]!);
  if (code < 128) return code >= 65 && code <= 90;
  const first = String.fromCharCode(code);
  return first !== first.toLowerCase();
}

/** Between words `w` and `w + 1`: one space (or no-break space), one hyphen, or anything else. */
function joinAfter(input: string, starts: Uint32Array, words: Tokens, w: number): 'space' | 'hyphen' | 'other' {
  const from = starts[words.ends[w]!]!;
  if (starts[words.starts[w + 1]!]! - from !== 1) return 'other';
  const code = input.charCodeAt(from);
  return code === 32 || code === 0xa0 ? 'space' : code === 45 ? 'hyphen' : 'other';
}

/** No lower-case letter in input[from, to): a headline or credits in capitals. */
function inCapitals(input: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = input.charCodeAt(i);
    if (code >= 97 && code <= 122) return false;
    if (code >= 128) {
      const ch = input[i]!;
      if (ch !== ch.toUpperCase()) return false;
    }
  }
  return true;
}

/** Word `w` as the matcher reads it: from the normalised text, already in lower case. */
const wordAt = (text: string, words: Tokens, w: number) => text.slice(words.starts[w]!, words.ends[w]!);

/** Whether word `w` opens a sentence, a line or a quotation (by what ends the gap before it). */
function opensAt(input: string, starts: Uint32Array, words: Tokens, w: number): boolean {
  if (w === 0) return true;
  const from = starts[words.ends[w - 1]!]!;
  for (let i = starts[words.starts[w]!]! - 1; i >= from; i--) {
    const code = input.charCodeAt(i);
    if (code === 32 || code === 9 || code === 0xa0) continue;
    // . ! ? : ; " “ ” ( line break, block break
    return (
      code === 46 ||
      code === 33 ||
      code === 63 ||
      code === 58 ||
      code === 59 ||
      code === 34 ||
      code === 0x201c ||
      code === 0x201d ||
      code === 40 ||
      code === 10 ||
      code === 13 ||
      code === 0x2029
    );
  }
  return false;
}

interface Surroundings {
  /** Inside another person's name: a first name before, a surname after, a hyphenated part. */
  name: boolean;
  /** After a word that makes another title of it ("Mighty Avengers"). */
  title: boolean;
  /** Right after "the". */
  afterThe: boolean;
  /** The words start with "the" ("The Avengers"). */
  withThe: boolean;
  /** The words open a sentence. */
  opensSentence: boolean;
  /** Written in capitals. */
  shouting: boolean;
  /** Followed by a word that makes a surname the family ("the Meachum saga"). */
  family: boolean;
  /** Followed by someone's surname ("Rachel Taylor"). */
  nameAfter: boolean;
  /** After a word that makes a team's name the team ("as Heroes for Hire", "joined Avengers"). */
  teamCue: boolean;
}

/**
 * What stands around the words first..last. In text written in capitals (a headline, credits)
 * a capital says nothing, so neighbours do not count there.
 */
function surroundings(
  input: string,
  text: string,
  starts: Uint32Array,
  words: Tokens,
  first: number,
  last: number,
  matcher: Matcher,
): Surroundings {
  const opensSentence = opensAt(input, starts, words, first);
  const shouting = inCapitals(input, starts[words.starts[first]!]!, starts[words.ends[last]!]!);
  const withThe = words.ends[first]! - words.starts[first]! === 3 && text.startsWith('the', words.starts[first]!);
  const out: Surroundings = {
    name: false,
    title: false,
    afterThe: false,
    withThe,
    opensSentence,
    shouting,
    family: false,
    nameAfter: false,
    teamCue: false,
  };
  if (first > 0) {
    const join = joinAfter(input, starts, words, first - 1);
    if (join !== 'other') {
      const prev = wordAt(text, words, first - 1);
      if (join === 'space' && prev === 'the') out.afterThe = true;
      // "as Heroes for Hire" is the team; "such as New Avengers" lists comics.
      if (join === 'space' && TEAM_CUES.has(prev) && !(prev === 'as' && first > 1 && wordAt(text, words, first - 2) === 'such'))
        out.teamCue = true;
      if (!shouting && capitalisedWord(input, starts, words, first - 1)) {
        const prevOpens = opensAt(input, starts, words, first - 1);
        if (TITLE_PREFIXES.has(prev)) out.title = true;
        if (join === 'hyphen') out.name = true;
        else if (!BEFORE_A_NAME.has(prev) && !LINKING.has(prev)) {
          // Mid-sentence, a capitalised word is a name or a title's word; opening a sentence,
          // only if it is a word of a name we know ("David Walker wrote…", not "Rewatched…").
          if (!prevOpens) out.name = true;
          else if (!SENTENCE_OPENERS.has(prev) && matcher.automaton.wordId(prev, 0, prev.length) >= 0) out.name = true;
        }
      }
    }
  }
  if (last + 1 < words.count && joinAfter(input, starts, words, last) === 'space') {
    const next = wordAt(text, words, last + 1);
    if (FAMILY_WORDS.has(next)) out.family = true;
    if (SEQUEL_WORDS.has(next)) out.title = true;
  }
  if (!shouting && last + 1 < words.count) {
    const join = joinAfter(input, starts, words, last);
    if (join !== 'other' && capitalisedWord(input, starts, words, last + 1)) {
      const next = wordAt(text, words, last + 1);
      if (join === 'hyphen' || next.length === 1)
        out.name = true; // "Rand-Meachum", "James R Moore"
      else if (!LINKING.has(next) && !AFTER_A_NAME.has(next)) {
        // "Trish Goes Rogue": a headline in Title Case, not a full name.
        const titleCase =
          last + 2 < words.count &&
          joinAfter(input, starts, words, last + 1) === 'space' &&
          capitalisedWord(input, starts, words, last + 2);
        if (!titleCase) out.name = out.nameAfter = true;
      }
    }
  }
  return out;
}

function isCapitalised(input: string, text: string, starts: Uint32Array, words: Tokens, c: Candidate): boolean {
  // Every significant word of the form starts with a capital ("The Pulse", "Cage").
  for (let w = c.firstWord; w <= c.lastWord; w++) {
    const code = input.charCodeAt(starts[words.starts[w]!]!);
    if (code >= 65 && code <= 90) continue;
    if (code < 128) {
      if (code < 97 || code > 122) continue; // a digit: neither case
    } else {
      const first = String.fromCharCode(code);
      if (first !== first.toLowerCase() || first === first.toUpperCase()) continue;
    }
    if (w === c.firstWord) return false;
    // The tail of a contraction or a possessive: "Ain't", "Brother's", "You're".
    if (words.starts[w]! - words.ends[w - 1]! === 1 && text.charCodeAt(words.ends[w - 1]!) === 39) continue;
    const word = text.slice(words.starts[w]!, words.ends[w]!);
    if (!LINKING.has(word)) return false;
  }
  return true;
}

const showMentions = (counts: Map<number, number>) => {
  let n = 0;
  for (const c of counts.values()) n += c;
  return n;
};

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
