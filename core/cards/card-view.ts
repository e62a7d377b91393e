/**
 * What a card needs beside itself: the reveal points its facts name and the labels of the
 * reader's positions in those works. Built from the card store for one card at a time.
 */
import type { Card, CardStore, RevealPoint } from './card.ts';
import { decideVisibility, type Reader } from '../spoilers/visibility.ts';
import type { NoticePoint } from '../spoilers/page-notice.ts';

export interface CardView {
  card: Card;
  points: Record<string, RevealPoint>;
  /** Work slug → its points [ordinal, label], for "you're at …" lines and pickers. */
  works: Record<string, [number, string][]>;
}

export function viewCard(store: CardStore, id: string): CardView | undefined {
  const card = store.cards[id];
  if (!card) return undefined;
  const points: Record<string, RevealPoint> = {};
  const works: CardView['works'] = {};
  for (const fact of card.facts) {
    const point = fact.revealedIn ? store.points[fact.revealedIn] : undefined;
    if (!point || !fact.revealedIn) continue;
    points[fact.revealedIn] = point;
    works[point.work] ??= store.works.find((w) => w.work === point.work)?.points ?? [];
  }
  return { card, points, works };
}

/** The label of the last point at or before `ordinal` in a work, or undefined if none. */
export function positionLabel(works: CardView['works'], work: string, ordinal: number): string | undefined {
  let label: string | undefined;
  for (const [at, name] of works[work] ?? []) {
    if (at > ordinal) break;
    label = name;
  }
  return label?.split(' ')[0];
}

/**
 * The card as a given reader may see it: a hidden fact keeps `revealedIn`, gains
 * `hidden: true` and carries no text of its own (DESIGN.md, `npm run lookup --progress`).
 */
export function readerCard(card: Card, reader: Reader, points: Record<string, RevealPoint>) {
  return {
    ...card,
    facts: card.facts.map((fact) => {
      const visibility = decideVisibility(fact, reader, points);
      if (visibility.shown) return fact;
      return { kind: fact.kind, continuity: fact.continuity, revealedIn: fact.revealedIn, hidden: true as const };
    }),
  };
}

/** Points for a page notice: an episode or season counts from its season's first episode the
 *  reader hasn't seen; the title names the season or issue, never the episode's content. */
export function noticePoints(store: CardStore, ids: string[]): Record<string, NoticePoint> {
  const out: Record<string, NoticePoint> = {};
  for (const id of new Set(ids)) {
    const card = store.cards[id];
    if (!card) continue;
    if (card.kind === 'issue') {
      const point = store.points[id];
      if (point) out[id] = { ...point, title: point.label };
    } else if (card.kind === 'episode' || card.kind === 'season') {
      const point = card.kind === 'episode' ? store.points[id] : firstEpisodePoint(store, card.id);
      if (!point) continue;
      const show = store.works.find((w) => w.work === point.work);
      const season = Math.floor(point.ordinal / 100);
      out[id] = { ...point, ordinal: season * 100 + 1, title: `${show?.label ?? point.work} season ${season}` };
    }
  }
  return out;
}

function firstEpisodePoint(store: CardStore, seasonId: string) {
  const [show, number] = [seasonId.slice('season:'.length).replace(/-\d+$/, ''), Number(seasonId.split('-').at(-1))];
  const id = `episode:${show}-${number}x01`;
  return store.points[id];
}
