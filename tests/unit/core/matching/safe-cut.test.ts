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

describe('MentionScanner: a text read piece by piece reads as the whole', () => {
  it('takes a common word as a name when the Marvel context that decides it comes in a later piece', () => {
    const headline = 'Explainer: Who is the dragon Shou-Lao?\u2029';
    const body = 'In the second season Danny Rand remembers the fight.\u2029';
    // Alone, the headline names nobody: "Shou-Lao" needs Marvel context.
    expect(findMentions(headline, matcher)).toEqual([]);
    const scanner = new MentionScanner(matcher);
    const first = scanner.push(headline);
    const second = scanner.push(body);
    expect(first).toEqual([]);
    expect([...first, ...second, ...scanner.finish()]).toEqual(findMentions(headline + body, matcher));
    expect(second.map((m) => m.id)).toEqual(['character:shou-lao', 'character:danny-rand']);
  });

  it('finds on a long page in pieces of 2,000 characters at line breaks exactly what the whole page finds', () => {
    const text = realisticText(2_000_000).replace(/\n/g, '\u2029');
    const scanner = new MentionScanner(matcher);
    const pieces = [];
    for (let at = 0; at < text.length;) {
      let end = Math.min(text.length, at + 2_000);
      const cut = text.lastIndexOf('\u2029', end - 1) + 1;
      if (end < text.length && cut > at) end = cut;
      pieces.push(...scanner.push(text.slice(at, end)));
      at = end;
    }
    pieces.push(...scanner.finish());
    expect(pieces.sort((a, b) => a.start - b.start)).toEqual(findMentions(text, matcher));
  });
});
