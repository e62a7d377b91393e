/**
 * Small pure recognisers for the grammar around names: issue numbers after a series title,
 * seasons and episodes around a show title, and standalone season/episode codes. Each reads
 * the normalised text (lower-case, one kind of dash and quote) at a position and returns how
 * far it matched, like 10ten's number and date recognisers. Every pattern is anchored and
 * bounded, so the cost per call is constant.
 */

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
  '5th': 5,
};
const CARDINAL = '(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)';
const ORDINAL = '(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|4th|5th)';
/** An episode's number: a season has up to 13. */
const EPISODE = '(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen)';

export const numberOf = (word: string): number => NUMBER_WORDS[word] ?? Number(word);

/** Every word the patterns below read around a title (the number words included): text is
 *  never split for scanning just after one of them. */
export const GRAMMAR_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(NUMBER_WORDS),
  'season',
  'seasons',
  'episode',
  'episodes',
  'ep',
  'issue',
  'issues',
  'no',
  'number',
  'vol',
  'volume',
  'annual',
  'of',
  'the',
  'and',
  'or',
  'to',
  'through',
  'marvel',
  'marvels',
  'netflix',
  'netflixs',
  's',
  'finale',
  'premiere',
  'aka',
]);

export interface IssueRef {
  /** End of the match (normalised offset). */
  end: number;
  number: number;
  annual: boolean;
  /** Last number of a range ("#1–5"). */
  through?: number;
  volume?: number;
  year?: number;
}

const VOLUME = /\s*,?\s*(?:\(?vol(?:ume)?\.?\s*(\d{1,2})\)?|\((\d{4})\)|\bv(\d)\b)/y;
const ANNUAL = /\s*annual\b/y;
const NUMBER_MARK = /\s*(?:#\s*|no\.\s*|issue\s+#?\s*|number\s+)(\d{1,4})(?:\s*(?:-|to|through)\s*#?\s*(\d{1,4}))?(?![\p{L}\p{N}])/uy;
const ANNUAL_BARE = /\s*(\d{1,2})(?![\p{L}\p{N}])/uy;
/** "Marvel Premiere (#15)": the number in parentheses. */
const NUMBER_IN_PARENS = /\s*\(\s*(?:#|no\.)\s*(\d{1,4})\s*\)/y;

/** After a series title: optional volume, year and "Annual" (any order), then "#14", "No. 14", "issue 14". */
export function readIssueAfter(text: string, pos: number): IssueRef | undefined {
  let at = pos;
  let volume: number | undefined;
  let year: number | undefined;
  let annual = false;
  for (let k = 0; k < 3; k++) {
    VOLUME.lastIndex = at;
    const v = VOLUME.exec(text);
    if (v) {
      if (v[2]) year = Number(v[2]);
      else volume = Number(v[1] ?? v[3]);
      at = VOLUME.lastIndex;
      continue;
    }
    ANNUAL.lastIndex = at;
    if (!annual && ANNUAL.exec(text)) {
      annual = true;
      at = ANNUAL.lastIndex;
      continue;
    }
    break;
  }
  NUMBER_MARK.lastIndex = at;
  let m = NUMBER_MARK.exec(text);
  if (!m && annual) {
    ANNUAL_BARE.lastIndex = at;
    m = ANNUAL_BARE.exec(text);
  }
  if (!m) {
    NUMBER_IN_PARENS.lastIndex = at;
    m = NUMBER_IN_PARENS.exec(text);
  }
  if (!m) return undefined;
  const end = m.index + m[0].length;
  const number = Number(m[1]);
  const through = m[2] ? Number(m[2]) : undefined;
  return {
    end,
    number,
    annual,
    ...(through !== undefined && through > number ? { through } : {}),
    ...(volume !== undefined ? { volume } : {}),
    ...(year !== undefined ? { year } : {}),
  };
}

const ISSUE_BEFORE = /(?:^|[^\p{L}\p{N}])(issues?\s+#?\s*(\d{1,4})(?:\s*-\s*#?\s*(\d{1,4}))?\s+of\s+)$/u;

/** Before a series title: "issue 1 of ", "issues 1-5 of ". Returns where it starts. */
export function readIssueBefore(text: string, titleStart: number): (IssueRef & { start: number }) | undefined {
  if (!ofBefore(text, titleStart, false)) return undefined;
  const from = Math.max(0, titleStart - 40);
  const m = ISSUE_BEFORE.exec(text.slice(from, titleStart));
  if (!m) return undefined;
  const number = Number(m[2]);
  const through = m[3] ? Number(m[3]) : undefined;
  return {
    start: titleStart - m[1]!.length,
    end: titleStart,
    number,
    annual: false,
    ...(through !== undefined && through > number ? { through } : {}),
  };
}

export interface EpisodeRef {
  start: number;
  end: number;
  season?: number;
  episode?: number;
  /** Last episode of a range ("Episodes 10-12"). */
  through?: number;
}

const SEASON_AFTER = new RegExp(
  '(?:' +
    [
      // "Luke Cage Season 2", "Luke Cage: Season Two", "'Jessica Jones' Season 3", "… season 2, episode 5"
      `"?'?\\s*[:,-]?\\s*season\\s+${CARDINAL}(?:\\s*[,:-]?\\s*(?:episode|ep\\.?)\\s*${EPISODE})?`,
      // "Jessica Jones' second season", "Jessica Jones's second season"
      `(?:'s?|"'?s?)?\\s+${ORDINAL}\\s+season`,
      // "Luke Cage S2", "S02E05", "S01.E03"
      `"?\\s+s(\\d{1,2})(?:\\s*\\.?\\s*e(\\d{1,2}))?`,
      // "Luke Cage 2x05"
      `"?\\s+(\\d{1,2})x(\\d{2})`,
    ]
      .map((p) => `(?:${p})`)
      .join('|') +
    ')(?![\\p{L}\\p{N}])',
  'uy',
);

/** After a show title: a season, or a season and episode. */
export function readSeasonAfter(text: string, pos: number): EpisodeRef | undefined {
  SEASON_AFTER.lastIndex = pos;
  const m = SEASON_AFTER.exec(text);
  if (!m) return undefined;
  const end = m.index + m[0].length;
  if (m[1]) return ref(pos, end, numberOf(m[1]), m[2] ? numberOf(m[2]) : undefined);
  if (m[3]) return ref(pos, end, numberOf(m[3]));
  if (m[4]) return ref(pos, end, Number(m[4]), m[5] ? Number(m[5]) : undefined);
  return ref(pos, end, Number(m[6]), Number(m[7]));
}

const SEASON_BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])((?:(?:episode|ep\\.?)\\s*${EPISODE}\\s+of\\s+)?(?:(\\d{1,2})x(\\d{2})|${ORDINAL}\\s+season|season\\s+${CARDINAL}|s(\\d{1,2}))(?:\\s*,?\\s*(?:episode|ep\\.?)\\s*${EPISODE})?\\s+of\\s+(?:marvel's\\s+|netflix's\\s+)?"?)$`,
  'u',
);
/** "episode six of The Defenders": no season, for a show that has only one. */
const EPISODE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])((?:episode|ep\\.?)\\s*${EPISODE}\\s+of\\s+(?:marvel's\\s+|netflix's\\s+)?"?)$`,
  'u',
);

/** Before a show title: "Season 2 of ", "the second season of ", "episode 5 of season 2 of ". */
export function readSeasonBefore(text: string, titleStart: number): EpisodeRef | undefined {
  if (!ofBefore(text, titleStart, true)) return undefined;
  const from = Math.max(0, titleStart - 60);
  const before = text.slice(from, titleStart);
  const m = SEASON_BEFORE.exec(before);
  if (!m) {
    const e = before.includes('ep') ? EPISODE_BEFORE.exec(before) : null;
    return e ? { start: titleStart - e[1]!.length, end: titleStart, episode: numberOf(e[2]!) } : undefined;
  }
  if (m[3]) return ref(titleStart - m[1]!.length, titleStart, Number(m[3]), Number(m[4]));
  const season = m[5] ? numberOf(m[5]) : m[6] ? numberOf(m[6]) : Number(m[7]);
  const episode = m[2] ? numberOf(m[2]) : m[8] ? numberOf(m[8]) : undefined;
  return ref(titleStart - m[1]!.length, titleStart, season, episode);
}

/**
 * Whether "of " (with `show`: also `of marvel's `, `of netflix's `, and a quote) ends the text
 * before `at`: what every "… of <title>" pattern above needs, checked before running one.
 */
function ofBefore(text: string, at: number, show: boolean): boolean {
  let i = at;
  if (show && text.charCodeAt(i - 1) === 34) i--; // "
  const end = i;
  while (i > 0 && spaceAt(text, i - 1)) i--;
  if (i === end) return false;
  return text.endsWith('of', i) || (show && (text.endsWith("marvel's", i) || text.endsWith("netflix's", i)));
}

function spaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 || (c < 128 ? c >= 9 && c <= 13 : /\s/.test(text[i]!));
}

const STANDALONE = new RegExp(
  [
    `\\bs(\\d{1,2})\\s*e(\\d{1,2})\\b`,
    `\\b(\\d{1,2})x(\\d{2})\\b`,
    `\\bepisode\\s+(\\d{1,2})\\s+of\\s+season\\s+${CARDINAL}\\b`,
    `\\bseason\\s+${CARDINAL}\\s*,?\\s*(?:episode|ep\\.?)\\s*(\\d{1,2})\\b`,
    `\\bep(?:isode)?\\.?\\s*(\\d)(\\d{2})\\b`,
    `\\bepisodes\\s+(\\d{1,2})\\s*-\\s*(\\d{1,2})\\b`,
    `\\bseason\\s+${CARDINAL}\\b`,
    `\\b(?:the\\s+)?${ORDINAL}\\s+season\\b`,
    `\\bs(\\d{1,2})\\b`,
  ]
    .map((p) => `(?:${p})`)
    .join('|'),
  'g',
);

/** Season and episode codes with no show beside them; the caller decides which show, if any. */
export function findStandaloneEpisodes(text: string): EpisodeRef[] {
  const out: EpisodeRef[] = [];
  STANDALONE.lastIndex = 0;
  for (let m = STANDALONE.exec(text); m; m = STANDALONE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const g = m;
    if (g[1]) out.push(ref(start, end, Number(g[1]), Number(g[2])));
    else if (g[3]) out.push(ref(start, end, Number(g[3]), Number(g[4])));
    else if (g[5]) out.push(ref(start, end, numberOf(g[6]!), Number(g[5])));
    else if (g[7]) out.push(ref(start, end, numberOf(g[7]), Number(g[8])));
    else if (g[9]) out.push(ref(start, end, Number(g[9]), Number(g[10])));
    else if (g[11]) out.push({ start, end, episode: Number(g[11]), ...(Number(g[12]) > Number(g[11]) ? { through: Number(g[12]) } : {}) });
    else if (g[13]) out.push(ref(start, end, numberOf(g[13])));
    else if (g[14]) out.push(ref(start, end, numberOf(g[14])));
    else if (g[15]) out.push(ref(start, end, Number(g[15])));
  }
  return out;
}

function ref(start: number, end: number, season: number, episode?: number): EpisodeRef {
  return episode === undefined ? { start, end, season } : { start, end, season, episode };
}

/** After a name, words that make it the character someone plays: "Jessica Jones, played once
 *  again by Krysten Ritter", "The Punisher (played by Jon Bernthal)". */
export const PLAYED_BY = /^\s*[,(]?\s*(?:who is\s+|who's\s+)?(?:played|portrayed)\s+(?:once more\s+|once again\s+|again\s+)?by\b/;

/** Words right after a title that make it the show: "Jessica Jones season", "Luke Cage showrunner",
 *  "Daredevil's second episode". */
const SHOW_WORDS_AFTER =
  /^["')]?'?s?\s*\(?(?:the\s+)?(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|final|last|latest|new|newest|next|upcoming|previous|penultimate|opening|closing)\s+)?(?:tv\s+|netflix\s+)?(?:series|show|season|seasons|episode|episodes|finale|premiere|showrunner|showrunners|trailer|cast|writers?|creator|pilot|binge|reboot|spin-?off|star|stars|actor|actress|recaps?|renewal|cancell?ation|for television|for tv|on netflix)\b/;
/** What is said of a show and not of a person: "Iron Fist isn't a bad show", "Daredevil is a
 *  great series", "Luke Cage has been cancelled". Not "… is a character in the show". */
const SHOW_PREDICATE_AFTER =
  /^\s+(?:(?:is|was|isn't|wasn't|is not|was not|remains|has been|had been|became|will be|would be)\s+(?:(?:a|an|the|another|still|easily|probably|not|also|just|really|truly|definitely|such a|one of the)\s+)+(?:(?!character|hero|heroine|villain|protagonist|lead|man|woman|guy|person|part|star|in\b|on\b|of\b|from\b)[\p{L}-]+\s+){0,2}(?:show|series|tv show|drama|season)s?\b|(?:(?:has|have|had)\s+(?:all\s+|both\s+|now\s+)?been|was|were|is|are|got|gets|getting|being)\s+(?:officially\s+|also\s+|all\s+|both\s+)?(?:canceled|cancelled|renewed|axed)|(?:dropped|drops|premiered|premieres|debuted|debuts|arrived|arrives|landed|lands|returned|returns|streams|is streaming|hit|hits)\s+(?:on|to)\s+netflix)/u;
/** What is said of a show's story, in a text about the shows: "Luke Cage was a bold and
 *  poignant tale", "Jessica Jones is an emotionally complex story". */
const SHOW_STORY_AFTER =
  /^\s+(?:is|was|isn't|wasn't|remains|became|followed with)\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}(?:story|tale|installment|take)\b/u;
/** "Iron Fist, the show in which…". */
const SHOW_APPOSITION_AFTER = /^,\s+the\s+(?:netflix\s+|tv\s+)?(?:show|series)\b/;
/** "Jessica Jones (Netflix) review", "Daredevil (TV series)". */
const SHOW_NOTE_AFTER = /^\s*\((?:netflix|tv|tv series|tv show|netflix series)\)/;
/** Words right before a title that make it the show. */
const SHOW_WORDS_BEFORE =
  /(?:(?:marvel's|netflix's|marvel\/netflix|netflix)(?:\s+marvel(?:'s)?)?|(?<!comics?\s|book\s)series|showrunner of|producer of|creator of|cast of|episode of|episodes of|season of|seasons of|finale of|premiere of|star of|events of|cancell?ation of|renewal of|cancell?ing|canceled|cancelled|cancel|axed|axing|axe|renewed|renewing|renew|scrapped|scrapping|watching|watched|rewatched|rewatching|binge|binged|streaming|(?:appeared|appears|starred|stars|starring|cameo|role|did|guest) (?:in|on)|(?:netflix|marvel|tv|television|streaming|defenders)(?: superhero)? (?:series|shows?),?(?: like| such as| including| especially| especially with| namely| with)?|the (?:series|show)|\bas\s+(?:[\p{L}'.-]+\s+){1,3}on)\s*[–—:,-]?\s+"?$/u;
/** Weaker words, read only in a text that so far names the shows more than the comics:
 *  "our second Daredevil review", "fans of Jessica Jones". */
const SHOW_WORDS_AFTER_WEAK = /^["')]?'?s?\s+(?:reviews?|rewatch|fans?|fandom)\b/;
const SHOW_WORDS_BEFORE_WEAK = /(?:review of|recap of|fans of|a fan of)\s+"?$/;

/** "the Luke Cage and Jessica Jones Netflix series": the first title shares the second's noun. */
const SHOW_PAIR_AFTER = /^\s*(?:and|&|or)\s+(?:marvel's\s+)?(?:[\p{L}']+\s+){1,3}(?:netflix\s+|tv\s+)?(?:series|shows)\b/u;

/**
 * Whether the words around a title name the show rather than the character or the comic.
 * `aboutShows`: the text so far names the shows more than the comics, so weaker words count.
 */
export function looksLikeShow(text: string, start: number, end: number, aboutShows = false): boolean {
  const after = text.slice(end, end + 90);
  if (PLAYED_BY.test(after)) return false;
  if (
    SHOW_WORDS_AFTER.test(after) ||
    SHOW_PAIR_AFTER.test(after) ||
    SHOW_PREDICATE_AFTER.test(after) ||
    SHOW_NOTE_AFTER.test(after) ||
    SHOW_APPOSITION_AFTER.test(after)
  )
    return true;
  const before = text.slice(Math.max(0, start - 60), start);
  if (SHOW_WORDS_BEFORE.test(before)) return true;
  if (aboutShows && (SHOW_WORDS_AFTER_WEAK.test(after) || SHOW_WORDS_BEFORE_WEAK.test(before) || SHOW_STORY_AFTER.test(after))) return true;
  // A title in quotes is a work's title: “Luke Cage” showrunner, ‘Daredevil’ season 3.
  if ((before.endsWith('"') && after.startsWith('"')) || (before.endsWith("'") && /^'(?!s\b)/.test(after))) return true;
  // The quote may close after a comma or stop (“Jessica Jones,” ‘Daredevil.’): in a text about
  // the shows; in one about the comics the title is as likely the comic.
  return aboutShows && ((before.endsWith('"') && /^[,.;!?]"/.test(after)) || (before.endsWith("'") && /^[,.;!?]'/.test(after)));
}

/** Words before a title that make it the comic series: "the Alias comic", "in Jessica Jones vol. 2". */
export function looksLikeSeries(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 30);
  if (
    /^"?\s*(?:vol(?:ume)?\.?\s*\d|\(\d{4}\)|#\s*\d|annual\b|comics?\b|series\s+by\b|run\b|trade\b|tpb\b|omnibus\b|(?:mini-?|limited\s+)series\b)/.test(
      after,
    )
  )
    return true;
  const before = text.slice(Math.max(0, start - 30), start);
  return /(?:(?:comic|comics|book|title|run on|issues? of|reading|(?:comic|comics|book) series)\s+|(?:comic )?book,\s+)["']?$/.test(before);
}
