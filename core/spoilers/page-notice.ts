/**
 * What a page discusses that the reader hasn't reached: the works behind its season, episode
 * and issue mentions, checked against the reader's progress. Says which work, never what.
 */
import type { RevealPoint } from '../cards/card.ts';
import type { Continuity, EntityKind } from '../entities.ts';
import { decideVisibility, type Reader } from './visibility.ts';

/** A mention's point in its work, with the words a notice may use ("Luke Cage season 2"). */
export interface NoticePoint extends RevealPoint {
  /** The work and season or issue, without episode detail. */
  title: string;
}

export function worksAhead(mentionIds: Iterable<string>, points: Record<string, NoticePoint>, reader: Reader): NoticePoint[] {
  const ahead = new Map<string, NoticePoint>();
  for (const id of mentionIds) {
    const point = points[id];
    if (!point) continue;
    const visibility = decideVisibility({ continuity: point.continuity, revealedIn: id }, reader, { [id]: point });
    if (visibility.shown) continue;
    const known = ahead.get(point.title);
    if (!known || point.ordinal < known.ordinal) ahead.set(point.title, point);
  }
  return [...ahead.values()].sort((a, b) => a.title.localeCompare(b.title));
}

export function noticeText(ahead: NoticePoint[]): string | undefined {
  if (ahead.length === 0) return undefined;
  const titles = ahead.slice(0, 3).map((p) => p.title);
  const more = ahead.length > 3 ? ` and ${ahead.length - 3} more` : '';
  const list = titles.length === 1 ? titles[0] : `${titles.slice(0, -1).join(', ')} and ${titles.at(-1)}`;
  const allNetflix = ahead.every((p) => p.continuity === 'netflix');
  const allComics = ahead.every((p) => p.continuity === 'comics');
  const verb = allNetflix ? "haven't watched yet" : allComics ? "haven't read yet" : "haven't reached yet";
  return `This page discusses ${list}${more}, which you ${verb}.`;
}

const COMICS_WORDS = /\b(comics?|issues?|vol\.|volume|annual|trade paperback|tpb|omnibus|marvel\.com\/comics)\b/i;
const NETFLIX_WORDS = /\b(netflix|season|episodes?|recap|showrunner|tv|series premiere|s\d{2}e\d{2})\b/i;

/** Comics or Netflix, from a page's address, title and what it mentions; undefined when unclear. */
export function guessContinuity(page: { url: string; title: string; kinds: Iterable<EntityKind> }): Continuity | undefined {
  let comics = 0;
  let netflix = 0;
  const words = `${page.url} ${page.title}`;
  if (COMICS_WORDS.test(words)) comics += 3;
  if (NETFLIX_WORDS.test(words)) netflix += 3;
  for (const kind of page.kinds) {
    if (kind === 'issue' || kind === 'series') comics += 1;
    else if (kind === 'season' || kind === 'episode' || kind === 'show') netflix += 1;
  }
  if (comics > netflix * 1.5 && comics >= 2) return 'comics';
  if (netflix > comics * 1.5 && netflix >= 2) return 'netflix';
  return undefined;
}
