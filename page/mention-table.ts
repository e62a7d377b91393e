/**
 * The mentions found on a page, with their ranges, looked up by text node and offset for
 * hit-testing. The page's text arrives in segments: the document, then text added later.
 */
import type { Mention } from '../core/entities.ts';
import type { TextChunk } from './collect-text.ts';
import { nodeIndexAt, rangeFor } from './offsets-to-ranges.ts';

export interface PageMention extends Mention {
  range: Range;
  /** The text node the mention starts in, to notice when the page removes it. */
  node: Text;
}

interface Segment {
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

  /** Adds mentions (global offsets, in order) found in a segment; returns those given a range. */
  add(segment: Segment, found: Mention[]): PageMention[] {
    const added: PageMention[] = [];
    for (const m of found) {
      const start = m.start - segment.base;
      const end = m.end - segment.base;
      const range = rangeFor(segment.chunk, start, end);
      if (!range) continue;
      const node = segment.chunk.nodes[nodeIndexAt(segment.chunk, start)]!;
      const pm: PageMention = { ...m, start, end, range, node };
      segment.mentions.push(pm);
      added.push(pm);
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
    const gone = place.segment.mentions.filter((m) => m.node === node || m.range.intersectsNode(node));
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
      for (; segment.indexed < nodes.length; segment.indexed++)
        this.where.set(nodes[segment.indexed]!, { segment, index: segment.indexed });
    }
  }
}
