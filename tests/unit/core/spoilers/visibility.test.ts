import { describe, expect, it } from 'vitest';
import type { RevealPoint } from '../../../../core/cards/card.ts';
import { decideVisibility, type Reader } from '../../../../core/spoilers/visibility.ts';

const points: Record<string, RevealPoint> = {
  'episode:luke-cage-2x01': { work: 'luke-cage', continuity: 'netflix', ordinal: 201, label: 'Luke Cage 2x01' },
  'episode:the-defenders-1x08': { work: 'the-defenders', continuity: 'netflix', ordinal: 108, label: 'The Defenders 1x08' },
  'issue:the-pulse-2004-14': { work: 'the-pulse-2004', continuity: 'comics', ordinal: 140, label: 'The Pulse #14' },
};
const reader = (modes: Reader['modes'], progress: Reader['progress'] = {}): Reader => ({ modes, progress });
const PROGRESS = { comics: 'progress', netflix: 'progress' } as const;

describe('decideVisibility', () => {
  it.each<[string, { continuity: 'comics' | 'netflix'; revealedIn?: string }, Reader, boolean]>([
    ['shows a safe basic to everyone', { continuity: 'netflix' }, reader({ comics: 'strict', netflix: 'strict' }), true],
    [
      'hides a fact revealed past the reader',
      { continuity: 'netflix', revealedIn: 'episode:luke-cage-2x01' },
      reader(PROGRESS, { 'luke-cage': 113 }),
      false,
    ],
    [
      'shows a fact revealed exactly at the reader’s point',
      { continuity: 'netflix', revealedIn: 'episode:luke-cage-2x01' },
      reader(PROGRESS, { 'luke-cage': 201 }),
      true,
    ],
    [
      'shows a fact revealed before the reader’s point',
      { continuity: 'netflix', revealedIn: 'episode:luke-cage-2x01' },
      reader(PROGRESS, { 'luke-cage': 213 }),
      true,
    ],
    [
      'counts a crossover by the work that reveals it',
      { continuity: 'netflix', revealedIn: 'episode:the-defenders-1x08' },
      reader(PROGRESS, { 'luke-cage': 213, 'jessica-jones': 313 }),
      false,
    ],
    [
      'hides everything stamped in strict mode',
      { continuity: 'comics', revealedIn: 'issue:the-pulse-2004-14' },
      reader({ comics: 'strict', netflix: 'off' }, { 'the-pulse-2004': 140 }),
      false,
    ],
    [
      'shows everything with protection off',
      { continuity: 'netflix', revealedIn: 'episode:luke-cage-2x01' },
      reader({ comics: 'progress', netflix: 'off' }),
      true,
    ],
    [
      'keeps comics progress apart from Netflix progress',
      { continuity: 'comics', revealedIn: 'issue:the-pulse-2004-14' },
      reader(PROGRESS, { 'luke-cage': 213 }),
      false,
    ],
    ['hides a reveal it cannot place', { continuity: 'comics', revealedIn: 'issue:unknown-2001-1' }, reader(PROGRESS, {}), false],
  ])('%s', (_name, fact, who, shown) => {
    expect(decideVisibility(fact, who, points).shown).toBe(shown);
  });

  it('says what reveals a hidden fact and where the reader is', () => {
    const v = decideVisibility(
      { continuity: 'netflix', revealedIn: 'episode:luke-cage-2x01' },
      reader(PROGRESS, { 'luke-cage': 113 }),
      points,
    );
    expect(v).toEqual({ shown: false, why: 'ahead', point: points['episode:luke-cage-2x01'], at: 113 });
  });
});
