import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../../../core/matching/build-matcher.ts';
import { findMentions, MentionScanner } from '../../../../core/matching/find-mentions.ts';
import { testIndex } from './test-index.ts';

const matcher = buildMatcher(testIndex);

/** A deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

const PIECES = [
  'Luke Cage',
  'Jessica',
  'Jones',
  '’s',
  "'s",
  ' ',
  '\n',
  '#',
  '##',
  '#14',
  'The Pulse',
  'Vol. 1',
  'season 2',
  'S02E05',
  '2x05',
  'Ep. 110',
  'of',
  'Alias',
  '“',
  '”',
  '"',
  '(',
  ')',
  '\u200b',
  '\u00ad',
  '\u00a0',
  'é',
  'e\u0301',
  '\u0301',
  '😀',
  '👩🏽‍🚀',
  'ﻣﺮﺣﺒﺎ',
  'שלום',
  '\u202e',
  'İ',
  'ß',
  'ﬁ',
  'Ⅷ',
  'Power Man',
  'Annual',
  'issue',
  'Marvel',
  '\ud800',
  '\udc00',
  '-',
  '–',
  '.',
];

function assertValid(text: string) {
  const mentions = findMentions(text, matcher);
  let last = 0;
  const bad = mentions.filter((m) => {
    const ok = m.start >= last && m.end > m.start && m.end <= text.length && text.slice(m.start, m.end) === m.text;
    last = m.start;
    return !ok;
  });
  expect(bad).toEqual([]);
  return mentions;
}

describe('the recogniser on random and adversarial text', () => {
  it('never throws and returns valid offsets on 300 random texts', () => {
    const next = random(1234);
    for (let run = 0; run < 300; run++) {
      const parts: string[] = [];
      const count = 1 + Math.floor(next() * 60);
      for (let k = 0; k < count; k++) parts.push(PIECES[Math.floor(next() * PIECES.length)]!);
      assertValid(parts.join(''));
    }
  });

  it.each([
    ['a million-character word', 'x'.repeat(1_000_000)],
    ['thousands of # signs', '#'.repeat(20_000) + ' Luke Cage ' + '#'.repeat(20_000)],
    ['unbalanced quotes', '“'.repeat(5000) + 'Cottonmouth' + '"'.repeat(5000)],
    ['combining marks only', '\u0301'.repeat(10_000)],
    ['emoji and RTL', '😀 שלום Luke Cage مرحبا 👩🏽‍🚀 '.repeat(2000)],
    ['lone surrogates', '\ud800Luke Cage\udc00'.repeat(1000)],
    ['a huge mixed text', 'Luke Cage met Jessica Jones in The Pulse #14. '.repeat(40_000)],
  ])('copes with %s', (_name, text) => {
    expect(() => assertValid(text)).not.toThrow();
  });

  it('finds the same mentions scanning in pieces as in one go', () => {
    const text = 'Marvel’s Luke Cage.\nJessica Jones met Luke.\nIn season 2, episode 5 Luke returns.\nThe Pulse #14 and Jessica.\n'.repeat(
      50,
    );
    const whole = findMentions(text, matcher);
    const scanner = new MentionScanner(matcher);
    const pieces = text.split(/(?<=\n)/);
    const inPieces = pieces
      .flatMap((p) => scanner.push(p))
      .concat(scanner.finish())
      .sort((a, b) => a.start - b.start);
    expect(inPieces).toEqual(whole);
  });
});
