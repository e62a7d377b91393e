/** Turns offsets in collected text back into DOM Ranges (possibly spanning text nodes). */
import type { TextChunk } from './collect-text.ts';

/** Index of the node holding `offset` (the last node starting at or before it). */
export function nodeIndexAt(chunk: TextChunk, offset: number): number {
  let lo = 0;
  let hi = chunk.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (chunk.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function rangeFor(chunk: TextChunk, start: number, end: number): Range | undefined {
  if (chunk.nodes.length === 0) return undefined;
  const a = nodeIndexAt(chunk, start);
  const b = nodeIndexAt(chunk, end - 1);
  const startNode = chunk.nodes[a]!;
  const endNode = chunk.nodes[b]!;
  const range = new Range();
  try {
    range.setStart(startNode, Math.min(start - chunk.starts[a]!, startNode.length));
    range.setEnd(endNode, Math.min(end - chunk.starts[b]!, endNode.length));
  } catch {
    return undefined; // the node changed under us; the observer will rescan it
  }
  return range;
}
