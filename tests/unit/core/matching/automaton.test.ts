import { describe, expect, it } from 'vitest';
import { compileAutomaton, loadAutomaton } from '../../../../core/matching/automaton.ts';
import { FORM_SHORT, type IndexedForm } from '../../../../core/matching/name-index.ts';

const walk = (text: string) => {
  const forms: IndexedForm[] = [
    ['Luke Cage', [0], 0],
    ['Luke', [0], FORM_SHORT],
    ['Ms. Marvel', [1], 0],
    ['Luke Cage, Hero for Hire', [2], 0],
  ];
  for (let i = 0; i < 3000; i++) forms.push([`Name${i} Surname${i}`, [3 + i], 0]);
  const a = loadAutomaton(JSON.parse(JSON.stringify(compileAutomaton(forms))));
  let node = 0;
  for (const word of text.split(' ')) {
    const id = a.wordId(word, 0, word.length);
    if (id < 0) return undefined;
    node = a.child(node, id);
    if (node < 0) return undefined;
  }
  return a.hits(node);
};

describe('the compiled automaton', () => {
  it('finds every form after a serialise and load round trip', () => {
    expect(walk('luke cage')).toEqual([{ flags: 0, entities: [0] }]);
    expect(walk('luke')).toEqual([{ flags: FORM_SHORT, entities: [0] }]);
    expect(walk('luke cage hero for hire')).toEqual([{ flags: 0, entities: [2] }]);
    expect(walk('name2999 surname2999')).toEqual([{ flags: 0, entities: [3002] }]);
  });

  it('knows nothing it was not given', () => {
    expect(walk('luke skywalker')).toBeUndefined();
    expect(walk('cage luke')).toBeUndefined();
    expect(walk('name1 surname2')).toBeUndefined();
    expect(walk('hero')).toBeUndefined();
  });

  it('remembers where a form had punctuation between words', () => {
    const a = loadAutomaton(
      compileAutomaton([
        ['Ms. Marvel', [1], 0],
        ['Luke Cage', [0], 0],
      ]),
    );
    const ms = a.wordId('ms', 0, 2);
    const luke = a.wordId('luke', 0, 4);
    expect(a.punct(a.child(0, ms), a.wordId('marvel', 0, 6))).toBe(true);
    expect(a.punct(a.child(0, luke), a.wordId('cage', 0, 4))).toBe(false);
  });
});
