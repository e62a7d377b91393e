/**
 * Every fact the two seed articles state about the comics and the shows is in the data, on
 * the right card, stamped with where it happens. Each case names the card, the issue or
 * episode that reveals the fact, and words the fact must contain.
 */
import { describe, expect, it } from 'vitest';
import { compileDataset } from '../../../data/compile.ts';
import { loadSources } from '../../../data/load-sources.ts';
import { SOURCES_DIR } from '../../../data/paths.ts';

const { store } = compileDataset(loadSources(SOURCES_DIR).dataset);

const FACTS: [string, string, string, RegExp][] = [
  ['first meeting in the Knightress days', 'character:jessica-jones', 'issue:the-pulse-2004-14', /Knightress/],
  ['dating Scott Lang, set up by Carol Danvers', 'character:jessica-jones', 'issue:alias-2001-15', /Scott Lang/],
  ['pregnant with Luke’s child while with Scott', 'character:jessica-jones', 'issue:alias-2001-28', /pregnant/i],
  ['Danielle born in Doctor Strange’s Sanctum Sanctorum', 'character:danielle-cage', 'issue:the-pulse-2004-13', /Sanctum/],
  ['Danielle named after Danny Rand', 'character:danielle-cage', 'issue:new-avengers-2005-47', /Danny Rand/],
  ['Luke proposes around the birth', 'character:jessica-jones', 'issue:the-pulse-2004-13', /marry/],
  ['the wedding', 'issue:new-avengers-2005-annual-1', 'issue:new-avengers-2005-annual-1', /marry/],
  ['the officiant drawn as Stan Lee', 'issue:new-avengers-2005-annual-1', 'issue:new-avengers-2005-annual-1', /Stan Lee/],
  ['keeps her maiden name', 'character:jessica-jones', 'issue:new-avengers-2005-22', /maiden name/],
  ['Power Woman', 'character:jessica-jones', 'issue:new-avengers-2010-8', /Power Woman/],
  ['Jessica killed Reva under Kilgrave’s control', 'character:jessica-jones', 'episode:jessica-jones-1x03', /Reva/],
  ['Luke learns the truth about Reva', 'character:luke-cage', 'episode:jessica-jones-1x06', /Reva/],
];

describe('the seed articles’ facts', () => {
  it.each(FACTS)('%s', (_name, id, point, words) => {
    const card = store.cards[id];
    expect(card).toBeDefined();
    const fact = card!.facts.find((f) => f.revealedIn === point && words.test(f.text));
    expect(fact?.continuity).toBe(point.startsWith('issue:') ? 'comics' : 'netflix');
  });

  it.each([
    ['Jessica and Luke are married', 'character:jessica-jones', 'spouse', 'character:luke-cage', 'issue:new-avengers-2005-annual-1'],
    ['Danielle is their daughter', 'character:jessica-jones', 'Child', 'character:danielle-cage', 'issue:the-pulse-2004-13'],
    ['Reva was Luke’s wife', 'character:luke-cage', 'spouse', 'character:reva-connors', undefined],
    ['Jessica and Oscar Arocho', 'character:jessica-jones', 'partner', 'character:oscar-arocho', undefined],
    ['Luke and Claire Temple', 'character:luke-cage', 'partner', 'character:claire-temple', undefined],
  ])('relationship: %s', (_name, id, label, target, point) => {
    const rel = store.cards[id]!.facts.find(
      (f) =>
        f.kind === 'relationship' &&
        f.refs?.includes(target) &&
        f.label?.toLowerCase().includes(label.toLowerCase()) &&
        (point === undefined || f.revealedIn === point),
    );
    expect(rel).toBeDefined();
    expect(rel!.revealedIn).toBeDefined();
    expect(rel!.label?.toLowerCase()).toContain(label.toLowerCase());
  });

  it('Luke Cage season 2 premiered on 22 June 2018, and Luke first appears in Jessica Jones season 1', () => {
    expect(store.cards['season:luke-cage-2']!.fields).toContainEqual({ label: 'Released', value: '22 June 2018' });
    const first = store.cards['character:luke-cage']!.facts.find((f) => f.kind === 'first-appearance' && f.continuity === 'netflix');
    expect(first?.refs?.[0]).toMatch(/^episode:jessica-jones-1x0\d$/);
  });

  it('The Defenders brings Jessica, Luke, Matt and Danny together', () => {
    const cast = store.cards['season:the-defenders-1']!.fields.find((f) => f.label === 'Starring')!;
    for (const id of ['character:jessica-jones', 'character:luke-cage', 'character:matt-murdock', 'character:danny-rand'])
      expect(cast.refs).toContain(id);
  });
});
