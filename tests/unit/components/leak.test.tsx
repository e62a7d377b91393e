// @vitest-environment happy-dom
/**
 * The leak test: render every card of the card store for readers at a spread of progress
 * points, in both continuities, and make sure no text revealed later shows up anywhere in the
 * rendered card. Then the dataset's key twists as named cases.
 */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { Card } from '../../../components/Card.tsx';
import { positionLabel, viewCard } from '../../../core/cards/card-view.ts';
import type { CardStore } from '../../../core/cards/card.ts';
import type { Continuity } from '../../../core/entities.ts';
import { decideVisibility, type Reader } from '../../../core/spoilers/visibility.ts';
import { compileDataset } from '../../../data/compile.ts';
import { loadSources } from '../../../data/load-sources.ts';
import { SOURCES_DIR } from '../../../data/paths.ts';

const { store } = compileDataset(loadSources(SOURCES_DIR).dataset);

/** Readers: nothing seen; the first half of every work; strict; everything but off. */
function readers(s: CardStore): [string, Reader][] {
  const half: Record<string, number> = {};
  for (const w of s.works) half[w.work] = w.points[Math.floor(w.points.length / 2)]?.[0] ?? 0;
  return [
    ['a new reader', { modes: { comics: 'progress', netflix: 'progress' }, progress: {} }],
    ['a reader halfway through every work', { modes: { comics: 'progress', netflix: 'progress' }, progress: half }],
    ['a strict reader', { modes: { comics: 'strict', netflix: 'strict' }, progress: half }],
  ];
}

/** A fact as its line reads on the card: "Spouse: Luke Cage", or the statement itself. */
const line = (fact: { label?: string; text: string }) => (fact.label ? `${fact.label}: ${fact.text}` : fact.text);

/** A card as the reader sees it, on one continuity's tab. */
function renderCard(id: string, reader: Reader, preferred: Continuity, root: HTMLElement) {
  const view = viewCard(store, id)!;
  render(
    <Card
      card={view.card}
      reader={reader}
      points={view.points}
      progressLabel={(w, o) => positionLabel(view.works, w, o)}
      preferred={preferred}
      key={preferred}
    />,
    root,
  );
}

function renderText(id: string, reader: Reader): string {
  const root = document.createElement('div');
  // Render each continuity's tab, since a character card shows one at a time.
  let text = '';
  for (const preferred of store.cards[id]!.continuities) {
    renderCard(id, reader, preferred, root);
    // A hidden line names the work and point that reveal it, by design; the rest is the card.
    root.querySelectorAll('[data-hidden-fact]').forEach((el) => el.remove());
    text += root.textContent + '\n';
    render(null, root);
  }
  return text;
}

describe('the leak test over the whole card store', () => {
  for (const [who, reader] of readers(store)) {
    it(`shows ${who} no text revealed past their progress, on any card`, () => {
      const leaks: string[] = [];
      for (const card of Object.values(store.cards)) {
        const hidden = card.facts.filter((f) => !decideVisibility(f, reader, store.points).shown);
        if (hidden.length === 0) continue;
        const shown = card.facts.filter((f) => decideVisibility(f, reader, store.points).shown);
        // Text the card may show anyway: its name, kind, safe fields and the facts this reader may see.
        const allowed = [card.label, card.subtitle, ...card.fields.map((f) => f.value), ...shown.map(line)].join('\n');
        const rendered = renderText(card.id, reader);
        for (const fact of hidden) {
          if (allowed.includes(line(fact))) continue;
          if (rendered.includes(line(fact))) leaks.push(`${card.id}: "${line(fact).slice(0, 60)}"`);
        }
      }
      expect(leaks).toEqual([]);
    });
  }
});

/** Key twists in the data, each found by the card, the point that reveals it and a word of it. */
const TWISTS: [string, string, string][] = [
  ['Jessica and Luke marry', 'character:jessica-jones', 'issue:new-avengers-2005-annual-1'],
  ['Luke learns Jessica killed Reva', 'character:luke-cage', 'episode:jessica-jones-1x06'],
  ['Kilgrave had Reva killed for what she knew', 'character:kilgrave', 'episode:jessica-jones-1x09'],
  ['Cottonmouth dies at Mariah’s hand', 'character:cottonmouth', 'episode:luke-cage-1x07'],
  ['Luke and Danny team up in Luke Cage season 2', 'character:luke-cage', 'episode:luke-cage-2x10'],
  ['Misty loses her arm', 'character:misty-knight', 'episode:the-defenders-1x08'],
];

describe('key twists stay hidden until their point', () => {
  it.each(TWISTS)('%s', (_name, id, point) => {
    const card = store.cards[id]!;
    const facts = card.facts.filter((f) => f.revealedIn === point);
    expect(facts.length).toBeGreaterThan(0);
    const p = store.points[point]!;
    const before: Reader = { modes: { comics: 'progress', netflix: 'progress' }, progress: { [p.work]: p.ordinal - 1 } };
    const at: Reader = { modes: { comics: 'progress', netflix: 'progress' }, progress: { [p.work]: p.ordinal } };
    const hiddenText = renderText(id, before);
    const shownText = renderText(id, at);
    for (const fact of facts) {
      expect(hiddenText).not.toContain(line(fact));
      expect(shownText).toContain(line(fact));
    }
    // The hidden line itself says what reveals it (checked before hidden lines are stripped).
    const root = document.createElement('div');
    renderCard(id, before, p.continuity, root);
    expect(root.textContent).toMatch(
      new RegExp(`(Hidden|\\d+ facts hidden) — revealed in ${p.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
  });
});
