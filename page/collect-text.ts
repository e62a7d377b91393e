/**
 * Collects the visible text of a document (and of its open shadow roots) with the table that
 * maps offsets back to text nodes. Resumable, so it can run in idle slices.
 */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'head',
  'title',
  'sidekick-root',
]);
/** Elements that start a new line of text: a name never runs across them. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
  'body',
  'html',
  'caption',
  'legend',
  'optgroup',
  'menu',
]);

/** What the collector puts between blocks: the Unicode paragraph separator. */
export const BLOCK_BREAK = '\u2029';

// Node type numbers, not the global `Node`: the CLI runs this collector on linkedom's DOM too.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;
const FRAGMENT_NODE = 11;

export interface TextChunk {
  /** The collected text; block boundaries are BLOCK_BREAK (U+2029), so a line break inside a
   *  paragraph's source — rendered as a space — is not taken for one. */
  text: string;
  nodes: Text[];
  /** Offset in `text` where each node's data begins. */
  starts: number[];
}

/** Tag names are compared as `localName` (lower case, no string made per element). */
function skipElement(el: Element): boolean {
  if (SKIPPED.has(el.localName)) return true;
  if (el.hasAttribute('hidden')) return true;
  // The root of an editable region (its whole subtree is skipped with it).
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  // Hidden from the reader (display: none, visibility: hidden, content-visibility: hidden).
  if (typeof el.checkVisibility === 'function' && !el.checkVisibility({ visibilityProperty: true })) return true;
  return false;
}

/** One level of the walk: the next node to visit among a parent's children. */
interface Frame {
  parent: Node;
  /** The next child to visit; null when the list is done. */
  next: Node | null;
  /** The child visited last, to find the way back if the page removes `next` meanwhile. */
  prev: Node | null;
  /** Whether leaving this level ends a block. */
  block: boolean;
  /** A shadow host's light children, walked after its shadow tree. */
  then?: Node;
  /** A root given to the walk: its siblings are not part of it. */
  single?: boolean;
}

/**
 * A depth-first walk that can pause: `step(shouldYield)` returns true when the walk is done.
 * It follows sibling pointers rather than copying child lists, so an element with 50,000
 * children costs no more per step than any other, and the walk can stop between any two nodes.
 */
export class TextCollector {
  private readonly stack: Frame[] = [];
  private readonly parts: string[] = [];
  /** Parts before this index were already handed out by `takeText`. */
  private taken = 0;
  private length = 0;
  private lastNewline = true;
  readonly nodes: Text[] = [];
  readonly starts: number[] = [];
  /** Text nodes collected, once a walk had to start a list again (the page removed the nodes
   *  it was between), so it never takes one twice; a walk that never does pays nothing. */
  private seen: WeakSet<Text> | undefined;
  /** Open shadow roots walked into: marks inside them need our style there too. */
  readonly shadowRoots: ShadowRoot[] = [];

  /** Walks `roots` in order, each starting on a new line. */
  constructor(roots: Node | Node[]) {
    const list = Array.isArray(roots) ? [...roots] : [roots];
    // A document in design mode is all editable: nothing to read there.
    const doc = list[0]?.ownerDocument ?? (list[0] as Document | undefined);
    if (doc && (doc as Document).designMode === 'on') list.length = 0;
    for (let i = list.length - 1; i >= 0; i--) {
      const root = list[i]!;
      this.stack.push({ parent: root.parentNode ?? root, next: root, prev: null, block: true, single: true });
    }
    const parts = this.parts;
    this.chunk = { nodes: this.nodes, starts: this.starts, text: '' };
    // The text is joined only if someone asks for it; the node table is what mapping needs.
    Object.defineProperty(this.chunk, 'text', { get: () => parts.join('') });
  }

  /** Walks until done or until `shouldYield()` says to stop. */
  step(shouldYield: () => boolean): boolean {
    this.recover();
    let count = 0;
    while (this.stack.length) {
      if ((++count & 63) === 0 && shouldYield()) return false;
      const frame = this.stack[this.stack.length - 1]!;
      const item = frame.next;
      if (!item) {
        if (frame.then) {
          frame.next = frame.then;
          frame.prev = null;
          frame.parent = frame.then.parentNode ?? frame.parent;
          frame.then = undefined;
          continue;
        }
        this.stack.pop();
        if (frame.block) this.newline();
        continue;
      }
      frame.prev = item;
      frame.next = frame.single ? null : item.nextSibling;
      if (item.nodeType === TEXT_NODE) {
        const text = item as Text;
        const data = text.data;
        if (data.length === 0) continue;
        if (this.seen) {
          if (this.seen.has(text)) continue;
          this.seen.add(text);
        }
        this.nodes.push(text);
        this.starts.push(this.length);
        this.parts.push(data);
        this.length += data.length;
        this.lastNewline = false;
        continue;
      }
      if (item.nodeType === ELEMENT_NODE) {
        const el = item as Element;
        if (skipElement(el)) continue;
        const block = BLOCKS.has(el.localName);
        if (block) this.newline();
        const shadow = el.shadowRoot;
        if (shadow) {
          this.shadowRoots.push(shadow);
          // An element with a shadow root shows its shadow tree; slotted light children are
          // reached through their slots only in the composed tree, so walk both.
          this.stack.push({ parent: shadow, next: shadow.firstChild, prev: null, block, then: el.firstChild ?? undefined });
        } else {
          this.stack.push({ parent: el, next: el.firstChild, prev: null, block });
        }
        continue;
      }
      if (item.nodeType === DOCUMENT_NODE || item.nodeType === FRAGMENT_NODE) {
        this.stack.push({ parent: item, next: item.firstChild, prev: null, block: false });
      }
    }
    return true;
  }

  /** Between slices the page may have moved or removed the node the walk was to visit next:
   *  go on from the one visited before it, or start its list again (text already taken is
   *  skipped; text added meanwhile reaches the scanner through its MutationObserver too). */
  private recover() {
    for (const frame of this.stack) {
      const { next, prev, parent } = frame;
      if (frame.single || !next || next.parentNode === parent) continue;
      if (prev && prev.parentNode === parent) {
        frame.next = prev.nextSibling;
      } else {
        frame.next = parent.firstChild;
        this.seen ??= new WeakSet(this.nodes);
      }
    }
  }

  private newline() {
    if (this.lastNewline) return;
    this.parts.push(BLOCK_BREAK);
    this.length += 1;
    this.lastNewline = true;
  }

  /** The text collected since the last call (the pieces join up to `result().text`). */
  takeText(): string {
    const piece = this.parts.slice(this.taken).join('');
    this.taken = this.parts.length;
    return piece;
  }

  /** The collected text as a chunk whose node table grows as the walk goes on. */
  readonly chunk: TextChunk;

  /** Total length collected so far. */
  get collected(): number {
    return this.length;
  }

  result(): TextChunk {
    return { text: this.parts.join(''), nodes: this.nodes, starts: this.starts };
  }
}

/** The whole visible text of `root` at once (tests, small pages). */
export function collectText(root: Node): TextChunk {
  const collector = new TextCollector(root);
  collector.step(() => false);
  return collector.result();
}
