/**
 * The one rule that decides whether a reader sees a fact: the work and point that reveal it
 * against the reader's progress in that work, under the continuity's mode.
 */
import type { Continuity } from '../entities.ts';
import type { CardFact, RevealPoint } from '../cards/card.ts';

export type SpoilerMode = 'off' | 'progress' | 'strict';

export interface Reader {
  modes: Record<Continuity, SpoilerMode>;
  /** Work slug → ordinal of the last point read or watched; a missing work is not started. */
  progress: Record<string, number>;
}

export type Visibility = { shown: true } | { shown: false; why: 'strict' | 'unknown-point' | 'ahead'; point?: RevealPoint; at?: number };

export const EVERYTHING: Reader = { modes: { comics: 'off', netflix: 'off' }, progress: {} };

export function decideVisibility(
  fact: Pick<CardFact, 'continuity' | 'revealedIn'>,
  reader: Reader,
  points: Record<string, RevealPoint>,
): Visibility {
  if (fact.revealedIn === undefined) return { shown: true };
  const mode = reader.modes[fact.continuity];
  if (mode === 'off') return { shown: true };
  const point = points[fact.revealedIn];
  if (mode === 'strict') return point ? { shown: false, why: 'strict', point } : { shown: false, why: 'strict' };
  // A reveal we cannot place is hidden: safe beats sorry.
  if (!point) return { shown: false, why: 'unknown-point' };
  const at = reader.progress[point.work] ?? 0;
  return at >= point.ordinal ? { shown: true } : { shown: false, why: 'ahead', point, at };
}
