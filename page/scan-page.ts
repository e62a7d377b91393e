/**
 * One scan pass over a document: collect its visible text, find the mentions, turn them into
 * ranges and mark them, in slices. Records the `sidekick:scan` performance measure.
 */
import type { Matcher } from '../core/matching/build-matcher.ts';
import { findMentions } from '../core/matching/find-mentions.ts';
import { TextCollector } from './collect-text.ts';
import type { Highlighter } from './highlighter.ts';
import { MentionTable } from './mention-table.ts';
import { runInSlices } from './scheduler.ts';

const BATCH = 400;

export async function scanPage(doc: Document, matcher: Matcher, highlighter: Highlighter, signal: AbortSignal): Promise<MentionTable> {
  const start = performance.now();
  const collector = new TextCollector(doc.body ?? doc.documentElement);
  await runInSlices((shouldYield) => collector.step(shouldYield), signal, true);
  const chunk = collector.result();
  const found = findMentions(chunk.text, matcher);
  const table = new MentionTable(chunk);
  let next = 0;
  await runInSlices(
    (shouldYield) => {
      while (next < found.length) {
        const batch = found.slice(next, next + BATCH);
        next += batch.length;
        for (const m of table.add(batch)) highlighter.add(m.kind, m.range);
        if (shouldYield()) return next >= found.length;
      }
      return true;
    },
    signal,
    true,
  );
  performance.measure('sidekick:scan', {
    start,
    end: performance.now(),
    detail: { chars: chunk.text.length, mentions: table.mentions.length },
  });
  return table;
}
