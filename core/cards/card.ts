/** The card store's shapes: what the background serves and the card component renders. */
import type { Continuity, EntityKind } from '../entities.ts';

export type CardFactKind =
  | 'summary'
  | 'real-name'
  | 'alias'
  | 'affiliation'
  | 'relationship'
  | 'first-appearance'
  | 'portrayed-by'
  | 'synopsis'
  | 'appearances'
  | 'debuts'
  | 'statement';

/** Everything on a card that could spoil is a fact, stamped with where it is revealed. */
export interface CardFact {
  kind: CardFactKind;
  continuity: Continuity;
  /** Issue or episode id; absent for a safe basic. */
  revealedIn?: string;
  /** Short label for what the fact is about ("Real name", "Spouse"), shown before the text. */
  label?: string;
  text: string;
  /** Entities this fact links to. */
  refs?: string[];
}

/** A safe, unstamped row: dates, credits, numbers. */
export interface CardField {
  label: string;
  value: string;
  refs?: string[];
}

export interface Card {
  id: string;
  kind: EntityKind;
  label: string;
  /** Kind and continuities in words: safe by construction ("Character · Comics & Netflix"). */
  subtitle: string;
  continuities: Continuity[];
  fields: CardField[];
  facts: CardFact[];
  prev?: string;
  next?: string;
  /** 3 = lead … 1 = walk-on; ranks search results. */
  prominence: number;
}

/** Where an issue or episode sits in its work line, for spoiler decisions. */
export interface RevealPoint {
  /** The work line: a series or show slug (`luke-cage`, `the-pulse-2004`). */
  work: string;
  continuity: Continuity;
  /** Position in reading or watching order within the work (episodes: season*100+number). */
  ordinal: number;
  /** "Luke Cage 2x01", "The Pulse #14". */
  label: string;
}

export interface WorkLine {
  work: string;
  id: string;
  label: string;
  continuity: Continuity;
  /** Points in order: [ordinal, label] for progress pickers. */
  points: [number, string][];
}

export interface CardStore {
  version: 1;
  cards: Record<string, Card>;
  points: Record<string, RevealPoint>;
  works: WorkLine[];
  /** Names and other words each entity is searched by (names, aliases, numbers). */
  searchTerms: Record<string, string[]>;
}
