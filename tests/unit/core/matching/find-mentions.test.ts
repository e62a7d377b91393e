import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../../../core/matching/build-matcher.ts';
import { findMentions } from '../../../../core/matching/find-mentions.ts';
import { FORM_COMMON, FORM_SHORT, type NameIndex } from '../../../../core/matching/name-index.ts';

// A small index written for these tests, so they state the matcher's rules on their own.
const index: NameIndex = {
  version: 1,
  entities: [
    ['character:jessica-jones', 'character', 'Jessica Jones'],
    ['character:luke-cage', 'character', 'Luke Cage'],
    ['character:jessica-drew', 'character', 'Jessica Drew'],
    ['character:carol-danvers', 'character', 'Carol Danvers'],
    ['series:alias-2001', 'series', 'Alias'],
  ],
  forms: [
    ['Jessica Jones', [0], 0],
    ['Jessica', [0, 2], FORM_SHORT],
    ['Jones', [0], FORM_SHORT],
    ['Luke Cage', [1], 0],
    ['Power Man', [1], FORM_COMMON],
    ['Luke', [1], FORM_SHORT],
    ['Cage', [1], FORM_SHORT],
    ['Jessica Drew', [2], 0],
    ['Ms. Marvel', [3], 0],
    ['Alias', [4], FORM_COMMON],
  ],
};
const matcher = buildMatcher(index);
const ids = (text: string) => findMentions(text, matcher).map((m) => [m.text, m.id]);

describe('findMentions', () => {
  it.each<[string, [string, string][]]>([
    [
      'Jessica Jones met Luke Cage.',
      [
        ['Jessica Jones', 'character:jessica-jones'],
        ['Luke Cage', 'character:luke-cage'],
      ],
    ],
    [
      'JESSICA JONES AND LUKE CAGE',
      [
        ['JESSICA JONES', 'character:jessica-jones'],
        ['LUKE CAGE', 'character:luke-cage'],
      ],
    ],
    [
      'Luke Cage’s wife, then Luke’s partner',
      [
        ['Luke Cage', 'character:luke-cage'],
        ['Luke', 'character:luke-cage'],
      ],
    ],
    [
      'Luke\u00a0Cage and Luke Ca\u00adge',
      [
        ['Luke\u00a0Cage', 'character:luke-cage'],
        ['Luke Ca\u00adge', 'character:luke-cage'],
      ],
    ],
    [
      'Ms. Marvel and Ms Marvel',
      [
        ['Ms. Marvel', 'character:carol-danvers'],
        ['Ms Marvel', 'character:carol-danvers'],
      ],
    ],
  ])('finds the names in %j', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('maps mentions to offsets in the original text', () => {
    const text = 'Soft\u00ad hy\u200bphens before Luke Cage';
    const [m] = findMentions(text, matcher);
    expect(text.slice(m!.start, m!.end)).toBe('Luke Cage');
    expect(m).toMatchObject({ kind: 'character', label: 'Luke Cage' });
  });

  it('resolves a short form only after the full name appeared', () => {
    expect(ids('Jessica walked in. Later, Jessica Jones sat down and Jessica smiled.')).toEqual([
      ['Jessica Jones', 'character:jessica-jones'],
      ['Jessica', 'character:jessica-jones'],
    ]);
  });

  it('resolves a shared short form to the entity named most recently', () => {
    expect(ids('Jessica Jones called Jessica Drew. Jessica answered.').at(-1)).toEqual(['Jessica', 'character:jessica-drew']);
  });

  it('ignores a lower-case short form', () => {
    expect(ids('Luke Cage is in a cage.')).toEqual([['Luke Cage', 'character:luke-cage']]);
  });

  it('does not run a name across a block boundary or a sentence', () => {
    expect(ids('Luke\nCage')).toEqual([]);
    expect(ids('I love Luke. Cage is a word.')).toEqual([]);
  });

  it('counts a common word only capitalised and near other Marvel names', () => {
    expect(ids('My alias at work is Alias.')).toEqual([]);
    expect(ids('Jessica Jones first appeared in Alias.')).toEqual([
      ['Jessica Jones', 'character:jessica-jones'],
      ['Alias', 'series:alias-2001'],
    ]);
    expect(ids('Jessica Jones first appeared in an alias.')).toEqual([['Jessica Jones', 'character:jessica-jones']]);
  });

  it('does not match inside longer words', () => {
    expect(ids('Luke Cagey and Jessica Joneses')).toEqual([]);
  });
});
