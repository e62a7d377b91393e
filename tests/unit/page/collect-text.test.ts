// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { BLOCK_BREAK, collectText, TextCollector } from '../../../page/collect-text.ts';

/** The blocks of collected text, trimmed, without the blank ones between elements. */
const readable = (text: string) =>
  text
    .split(BLOCK_BREAK)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' | ');

/** Nodes parsed from markup (a test's own, never page text). */
const parse = (html: string) => [...new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body.childNodes];

afterEach(() => {
  document.body.replaceChildren();
});

/** A list of 300 paragraphs, walked part of the way (the first slice of a walk). */
function walkIntoAList() {
  const list = document.createElement('div');
  for (let i = 0; i < 300; i++) {
    const p = document.createElement('p');
    p.textContent = `item ${i}`;
    list.append(p);
  }
  document.body.append(list);
  const collector = new TextCollector(document.body);
  let checks = 0;
  collector.step(() => ++checks > 1);
  return { list, collector, taken: collector.result().nodes.length };
}

describe('collecting the visible text of a page', () => {
  it('keeps the reader’s text, block by block, and leaves out code, fields, scripts and hidden parts', () => {
    document.body.replaceChildren(
      ...parse(`
      <h1>Jessica Jones</h1>
      <p>Hired by <b>Luke</b> Cage.</p>
      <script>var luke = 'Luke Cage';</script>
      <pre>Kilgrave</pre><code>Kilgrave</code>
      <textarea>Trish Walker</textarea>
      <div contenteditable="true">Misty Knight</div>
      <p hidden>Claire Temple</p>
      <p>Hell's Kitchen</p>`),
    );
    const { text, nodes, starts } = collectText(document.body);
    expect(readable(text)).toBe("Jessica Jones | Hired by Luke Cage. | Hell's Kitchen");
    // The node table maps every offset back to the text node it came from.
    nodes.forEach((node, i) => expect(text.slice(starts[i], starts[i]! + node.data.length)).toBe(node.data));
  });

  it('walks an open shadow tree, then the host’s light children', () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).append(...parse('<p>Inside the shadow</p><slot></slot>'));
    host.append('Slotted text');
    document.body.append(host);
    const collector = new TextCollector(document.body);
    collector.step(() => false);
    expect(readable(collector.result().text)).toBe('Inside the shadow | Slotted text');
    expect(collector.shadowRoots).toEqual([host.shadowRoot]);
  });

  it('stops when asked, however many children one element has', () => {
    const crowded = document.createElement('div');
    for (let i = 0; i < 50_000; i++) crowded.append(`word${i} `);
    document.body.append(crowded);
    const collector = new TextCollector(document.body);
    let asked = 0;
    expect(collector.step(() => ++asked >= 2)).toBe(false);
    // Two checks, one every 64 nodes: the first step went no further than that.
    expect(collector.result().nodes.length).toBeLessThanOrEqual(128);
    collector.step(() => false);
    expect(collector.result().nodes.length).toBe(50_000);
  });

  it('loses nothing and takes nothing twice when the page removes the next node between steps', () => {
    const { list, collector, taken } = walkIntoAList();
    expect(taken).toBeGreaterThan(0);
    expect(taken).toBeLessThan(300);
    // The page removes the paragraph the walk was about to enter, and the one after it.
    const next = list.children[taken]!;
    next.nextElementSibling!.remove();
    next.remove();
    collector.step(() => false);
    const texts = collector.result().nodes.map((n) => n.data);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts).toHaveLength(298);
    expect(texts.at(-1)).toBe('item 299');
  });

  it('takes nothing twice when the page removes both nodes the walk was between and it starts the list again', () => {
    const { list, collector, taken } = walkIntoAList();
    expect(taken).toBeGreaterThan(1);
    expect(taken).toBeLessThan(299);
    // The paragraph visited last and the one to visit next both go.
    list.children[taken]!.remove();
    list.children[taken - 1]!.remove();
    collector.step(() => false);
    const texts = collector.result().nodes.map((n) => n.data);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts).toHaveLength(299);
    expect(texts.at(-1)).toBe('item 299');
  });
});
