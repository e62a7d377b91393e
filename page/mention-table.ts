/** The mentions found on a page, with their ranges, looked up by text offset for hit-testing. */
import type { Mention } from '../core/entities.ts';
import type { TextChunk } from './collect-text.ts';
import { nodeIndexAt, rangeFor } from './offsets-to-ranges.ts';

export interface PageMention extends Mention {
  range: Range;
}

export class MentionTable {
  readonly mentions: PageMention[] = [];
  private nodeIndex: Map<Text, number> | undefined;

  constructor(readonly chunk: TextChunk) {}

  /** Adds mentions (sorted by start) and returns those that got a range. */
  add(found: Mention[]): PageMention[] {
    const added: PageMention[] = [];
    for (const m of found) {
      const range = rangeFor(this.chunk, m.start, m.end);
      if (!range) continue;
      const pm = { ...m, range };
      this.mentions.push(pm);
      added.push(pm);
    }
    return added;
  }

  /** The mention covering `offset` in `node`, if any. */
  at(node: Node, offset: number): PageMention | undefined {
    this.nodeIndex ??= new Map(this.chunk.nodes.map((n, i) => [n, i]));
    const i = this.nodeIndex.get(node as Text);
    if (i === undefined) return undefined;
    const global = this.chunk.starts[i]! + offset;
    let lo = 0;
    let hi = this.mentions.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = this.mentions[mid]!;
      if (global < m.start) hi = mid - 1;
      else if (global >= m.end) lo = mid + 1;
      else return m;
    }
    return undefined;
  }

  nodeAt(offset: number): Text | undefined {
    return this.chunk.nodes[nodeIndexAt(this.chunk, offset)];
  }
}
