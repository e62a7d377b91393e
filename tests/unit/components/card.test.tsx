// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Card } from '../../../components/Card.tsx';
import type { Card as CardData, RevealPoint } from '../../../core/cards/card.ts';
import { EVERYTHING, type Reader } from '../../../core/spoilers/visibility.ts';

const points: Record<string, RevealPoint> = {
  'episode:luke-cage-2x01': { work: 'luke-cage', continuity: 'netflix', ordinal: 201, label: 'Luke Cage 2x01' },
};
const card: CardData = {
  id: 'character:test-hero',
  kind: 'character',
  label: 'Test Hero <img src=x onerror=alert(1)>',
  subtitle: 'Character · Netflix',
  continuities: ['netflix'],
  fields: [{ label: 'Created by', value: '<b>nobody</b>' }],
  facts: [
    { kind: 'summary', continuity: 'netflix', text: 'A safe basic <script>alert(1)</script>' },
    { kind: 'statement', continuity: 'netflix', revealedIn: 'episode:luke-cage-2x01', text: 'A season-two secret' },
  ],
  prominence: 2,
};
const reader: Reader = { modes: { comics: 'progress', netflix: 'progress' }, progress: { 'luke-cage': 113 } };
const labels = (work: string, ordinal: number) => (work === 'luke-cage' && ordinal === 113 ? '1x13' : undefined);

function mount(who: Reader) {
  const root = document.createElement('div');
  document.body.append(root);
  render(<Card card={card} reader={who} points={points} progressLabel={labels} />, root);
  return root;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('Card', () => {
  it('is a labelled non-modal dialog carrying the entity id', () => {
    const root = mount(EVERYTHING);
    const dialog = root.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('data-entity-id')).toBe('character:test-hero');
    expect(dialog.getAttribute('aria-modal')).toBe('false');
    const title = root.querySelector(`#${dialog.getAttribute('aria-labelledby')}`);
    expect(title?.textContent).toContain('Test Hero');
  });

  it('renders markup in data as text, never as elements', () => {
    const root = mount(EVERYTHING);
    expect(root.querySelector('img, script, b')).toBeNull();
    expect(root.textContent).toContain('<script>alert(1)</script>');
    expect(root.textContent).toContain('<b>nobody</b>');
  });

  it('hides a fact revealed past the reader, saying what reveals it and where they are', () => {
    const root = mount(reader);
    expect(root.textContent).not.toContain('season-two secret');
    const hidden = root.querySelector('[data-hidden-fact]')!;
    expect(hidden.textContent).toContain("Hidden — revealed in Luke Cage 2x01; you're at 1x13");
  });

  it('shows the hidden fact after Reveal', async () => {
    const root = mount(reader);
    const reveal = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Reveal')!;
    reveal.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(root.textContent).toContain('A season-two secret');
  });

  it('lists what the reader may see first, then the hidden facts in one block, a work’s points together and in order', () => {
    const more: Record<string, RevealPoint> = {
      ...points,
      'episode:luke-cage-2x05': { work: 'luke-cage', continuity: 'netflix', ordinal: 205, label: 'Luke Cage 2x05' },
      'episode:iron-fist-1x03': { work: 'iron-fist', continuity: 'netflix', ordinal: 103, label: 'Iron Fist 1x03' },
    };
    const facts = [
      { kind: 'statement' as const, continuity: 'netflix' as const, revealedIn: 'episode:luke-cage-2x05', text: 'Late secret' },
      { kind: 'statement' as const, continuity: 'netflix' as const, text: 'Known fact one' },
      { kind: 'statement' as const, continuity: 'netflix' as const, revealedIn: 'episode:iron-fist-1x03', text: 'Other show secret' },
      { kind: 'statement' as const, continuity: 'netflix' as const, revealedIn: 'episode:luke-cage-2x01', text: 'Early secret' },
      { kind: 'statement' as const, continuity: 'netflix' as const, text: 'Known fact two' },
    ];
    const root = document.createElement('div');
    document.body.append(root);
    render(<Card card={{ ...card, facts }} reader={reader} points={more} progressLabel={labels} />, root);
    const items = [...root.querySelectorAll('.sk-facts > li')].map((li) => li.textContent ?? '');
    expect(items.slice(0, 2)).toEqual(['Known fact one', 'Known fact two']);
    expect([...root.querySelectorAll('.sk-hidden-list [data-hidden-fact]')].map((li) => li.getAttribute('data-hidden-fact'))).toEqual([
      'episode:luke-cage-2x01',
      'episode:luke-cage-2x05',
      'episode:iron-fist-1x03',
    ]);
  });

  it('sums up a work’s many hidden points in one line that opens into a line per point', async () => {
    const many: Record<string, RevealPoint> = { ...points };
    const facts = [2, 3, 5, 9].map((n) => {
      const id = `episode:luke-cage-2x0${n}`;
      many[id] = { work: 'luke-cage', continuity: 'netflix', ordinal: 200 + n, label: `Luke Cage 2x0${n}` };
      return { kind: 'statement' as const, continuity: 'netflix' as const, revealedIn: id, text: `Secret ${n}` };
    });
    const seen: string[] = [];
    const root = document.createElement('div');
    document.body.append(root);
    render(
      <Card card={{ ...card, facts }} reader={reader} points={many} progressLabel={labels} onSeen={(p) => seen.push(p.label)} />,
      root,
    );
    const lines = () => [...root.querySelectorAll('.sk-hidden-list > li')];
    expect(lines().map((li) => li.querySelector('.sk-hidden-text')?.textContent)).toEqual([
      "4 facts hidden — revealed in Luke Cage 2x02 to 2x09; you're at 1x13",
    ]);
    const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name)!;
    button("I've seen them").click();
    expect(seen).toEqual(['Luke Cage 2x09']);
    button('Show each').focus();
    button('Show each').click();
    await new Promise((r) => setTimeout(r, 20));
    expect(lines().map((li) => li.getAttribute('data-hidden-fact'))).toEqual([
      'episode:luke-cage-2x02',
      'episode:luke-cage-2x03',
      'episode:luke-cage-2x05',
      'episode:luke-cage-2x09',
    ]);
    expect(root.textContent).not.toContain('Secret');
    // Focus moves to the first line's first button, not to the page.
    expect(document.activeElement).toBe(lines()[0]!.querySelector('button'));
  });
});
