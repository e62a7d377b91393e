import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../../core/text/normalize.ts';

describe('normalizeText', () => {
  it.each([
    ['Jessica Jones', 'jessica jones'],
    ['Luke\u2019s', "luke's"],
    ['\u201cCottonmouth\u201d', '"cottonmouth"'],
    ['Spider\u2013Man', 'spider-man'],
    ['Power\u00a0Man', 'power man'],
    ['Kil\u00adgrave', 'kilgrave'],
    ['Kil\u200bgrave', 'kilgrave'],
    ['\u00c9lodie Yung', 'elodie yung'],
    ['Pok\u00e9mon', 'pokemon'],
    ['LUKE CAGE', 'luke cage'],
  ])('normalises %j to %j', (input, expected) => {
    expect(normalizeText(input).text).toBe(expected);
  });

  it('maps every normalised offset back to the original text', () => {
    const input = 'Soft\u00adhyphen, Élodie’s “Power\u00a0Man” \u{1F600} and Kil\u200bgrave';
    const { text, starts } = normalizeText(input);
    expect(starts.length).toBe(text.length + 1);
    expect(starts[text.length]).toBe(input.length);
    const at = text.indexOf('kilgrave');
    const end = at + 'kilgrave'.length;
    expect(input.slice(starts[at], starts[end])).toBe('Kil\u200bgrave');
    const elodie = text.indexOf('elodie');
    expect(input.slice(starts[elodie], starts[elodie + 6])).toBe('Élodie');
    for (let i = 1; i < starts.length; i++) expect(starts[i]).toBeGreaterThanOrEqual(starts[i - 1]!);
  });

  it('keeps decomposed accents attached to their letter', () => {
    const input = 'Cafe\u0301 Luke';
    const { text, starts } = normalizeText(input);
    expect(text).toBe('cafe luke');
    expect(input.slice(starts[5], starts[9])).toBe('Luke');
  });
});
