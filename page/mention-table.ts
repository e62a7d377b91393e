/**
 * The mentions found on a page, with their ranges, looked up by text node and offset for
 * hit-testing. The page's text arrives in segments: the document, then text added later.
 */
import type { Mention } from '../core/entities.ts';
import type { TextChunk } from './collect-text.ts';
import { nodeIndexAt, rangeFor } from './offsets-to-ranges.ts';

/**
 * A mention on the page. Its Range is made only when needed (a mark in view, a hover): a DOM
 * Range per mention on a page with 50k of them made the garbage collector pause for 60 ms.
 */
export class PageMention implements Mention {
  private cached: Range | undefined;

  constructor(
    readonly segment: Segment,
    /** Offsets into the segment's text. */
    readonly start: number,
    readonly end: number,
    readonly text: string,
    readonly kind: Mention['kind'],
    readonly id: string,
    readonly label: string,
  ) {}

  get range(): Range {
    this.cached ??= rangeFor(this.segment.chunk, this.start, this.end) ?? new Range();
    return this.cached;
  }

  /** Drops the Range (the mark left the viewport); it is made again when next needed. */
  release() {
    this.cached = undefined;
  }

  /** The text node the mention starts in. */
  get node(): Text {
    return this.segment.chunk.nodes[nodeIndexAt(this.segment.chunk, this.start)]!;
  }
}

export interface Segment {
  chunk: TextChunk;
  /** Offset of the segment's text in the scanner's whole text. */
  base: number;
  mentions: PageMention[];
  /** Text nodes already indexed in `where` (the chunk's node list grows while collecting). */
  indexed: number;
}

export class MentionTable {
  private readonly segments: Segment[] = [];
  private readonly where = new Map<Text, { segment: Segment; index: number }>();

  addSegment(chunk: TextChunk, base: number): Segment {
    const segment: Segment = { chunk, base, mentions: [], indexed: 0 };
    this.segments.push(segment);
    return segment;
  }

  /** Adds mentions (global offsets) found in a segment, kept in text order: a scanner hands
   *  out a common word late when the context that makes it a name came after it. Text an earlier segment
   *  already holds (the page moved or re-added it) is not counted twice. */
  add(segment: Segment, found: Mention[]): PageMention[] {
    this.indexNodes();
    const added: PageMention[] = [];
    for (const m of found) {
      const mention = new PageMention(segment, m.start - segment.base, m.end - segment.base, m.text, m.kind, m.id, m.label);
      const owner = this.where.get(mention.node)?.segment;
      if (owner && owner !== segment) continue;
      insertInOrder(segment.mentions, mention);
      added.push(mention);
    }
    return added;
  }

  /** Every mention, segment by segment, in document order within each. */
  *all(): Iterable<PageMention> {
    for (const s of this.segments) yield* s.mentions;
  }

  get size(): number {
    return this.segments.reduce((n, s) => n + s.mentions.length, 0);
  }

  /** The mention covering `offset` in `node`, if any. */
  at(node: Node, offset: number): PageMention | undefined {
    this.indexNodes();
    const place = this.where.get(node as Text);
    if (!place) return undefined;
    const { segment, index } = place;
    const local = segment.chunk.starts[index]! + offset;
    const list = segment.mentions;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = list[mid]!;
      if (local < m.start) hi = mid - 1;
      else if (local >= m.end) lo = mid + 1;
      else return m;
    }
    return undefined;
  }

  /** Drops the mentions whose text left the page; returns them so their marks can go too. */
  prune(): PageMention[] {
    const gone: PageMention[] = [];
    for (const segment of this.segments) {
      const kept = segment.mentions.filter((m) => {
        const alive = m.node.isConnected;
        if (!alive) gone.push(m);
        return alive;
      });
      segment.mentions = kept;
    }
    if (gone.length) {
      for (const [node] of this.where) if (!node.isConnected) this.where.delete(node);
    }
    return gone;
  }

  /** Forgets the mentions inside one text node (its text changed). */
  forgetNode(node: Text): PageMention[] {
    const place = this.where.get(node);
    if (!place) return [];
    const gone = place.segment.mentions.filter((m) => m.node === node);
    place.segment.mentions = place.segment.mentions.filter((m) => !gone.includes(m));
    this.where.delete(node);
    return gone;
  }

  has(node: Text): boolean {
    this.indexNodes();
    return this.where.has(node);
  }

  private indexNodes() {
    for (const segment of this.segments) {
      const nodes = segment.chunk.nodes;
      for (; segment.indexed < nodes.length; segment.indexed++) {
        // A node two segments walked belongs to the first.
        const node = nodes[segment.indexed]!;
        if (!this.where.has(node)) this.where.set(node, { segment, index: segment.indexed });
      }
    }
  }
}

/** Appends `m` to a list in text order, or puts it in its place if it comes earlier. */
function insertInOrder(list: PageMention[], m: PageMention) {
  let at = list.length;
  while (at > 0 && list[at - 1]!.start > m.start) at--;
  list.splice(at, 0, m);
}
