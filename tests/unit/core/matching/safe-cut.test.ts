import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../../../core/matching/build-matcher.ts';
import { findMentions, MentionScanner, safeCut } from '../../../../core/matching/find-mentions.ts';
import { realisticText } from '../../../../scripts/bench-text.ts';
import { loadNameIndex } from '../../../../scripts/load-artifacts.ts';

const matcher = buildMatcher(loadNameIndex());

/** Scans `text` as a page does with one long block: pieces of about `size`, cut where safe. */
function scanInPieces(text: string, size: number): { mentions: ReturnType<typeof findMentions>; cuts: number } {
  const scanner = new MentionScanner(matcher);
  const mentions = [];
  let at = 0;
  let cuts = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + size);
    if (end < text.length) {
      const cut = safeCut(text, at, end, matcher);
      if (cut > at) {
        end = cut;
        cuts++;
      } else end = text.length;
    }
    mentions.push(...scanner.push(text.slice(at, end)));
    at = end;
  }
  mentions.push(...scanner.finish());
  return { mentions: mentions.sort((a, b) => a.start - b.start), cuts };
}

describe('safeCut: splitting one long line of text', () => {
  // The demo pages' paragraphs run together with no line break, as in one huge inline element.
  const text = realisticText(200_000).replace(/\n/g, ' ');

  it.each([700, 2_000, 9_000])('pieces of about %i characters find exactly what the whole text finds', (size) => {
    const { mentions, cuts } = scanInPieces(text, size);
    expect(cuts).toBeGreaterThan(text.length / size / 2);
    expect(mentions).toEqual(findMentions(text, matcher));
  });

  it('never cuts inside a name, a title or the words around an issue or season', () => {
    const line = 'Luke Cage met Jessica Jones before The Pulse issue 14, long before Season 2 of Luke Cage aired';
    const whole = findMentions(line, matcher);
    const cuts = new Set<number>();
    for (let to = 1; to < line.length; to++) {
      const cut = safeCut(line, 0, to, matcher);
      if (cut > 0) cuts.add(cut);
    }
    expect(cuts.size).toBeGreaterThan(0);
    for (const cut of cuts) {
      for (const m of whole) expect(cut <= m.start || cut >= m.end).toBe(true);
      const split = [...findMentions(line.slice(0, cut), matcher), ...findMentions(line.slice(cut), matcher)];
      expect(split.map((m) => m.id)).toEqual(whole.map((m) => m.id));
    }
  });
});
