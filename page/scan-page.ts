/**
 * Scans a page in slices and keeps up with it: collect the visible text, match it piece by
 * piece in document order, turn mentions into ranges and mark them — the top of the page
 * first, no slice longer than a few milliseconds. Then a MutationObserver queues added and
 * changed text, scanned in idle slices; removed text releases its ranges.
 */
import type { Matcher } from '../core/matching/build-matcher.ts';
import { MentionScanner, safeCut } from '../core/matching/find-mentions.ts';
import { BLOCK_BREAK, TextCollector } from './collect-text.ts';
import type { Highlighter } from './highlighter.ts';
import { MarkPainter } from './mark-painter.ts';
import { MentionTable, type PageMention } from './mention-table.ts';
import { runInSlices } from './scheduler.ts';

/** Characters matched per step: the first piece is small (the matcher's code is still cold),
 *  later ones are sized from the measured speed to take about PIECE_MS. */
const FIRST_PIECE = 2_000;
const MAX_PIECE = 64_000;
const PIECE_MS = 2;
/** Text matched in a hurry at most, before the first marks are up. */
const URGENT_CHARS = 60_000;

export interface ScanOptions {
  doc: Document;
  matcher: Matcher;
  highlighter: Highlighter;
  signal: AbortSignal;
  /** Called after each scan pass (the first, and each batch of page changes). */
  onPass?: (table: MentionTable) => void;
}

export class PageScanner {
  readonly table = new MentionTable();
  private readonly scanner: MentionScanner;
  private queued = new Set<Node>();
  private changed = new Set<Text>();
  private pass: Promise<void> = Promise.resolve();
  private readonly painter: MarkPainter;
  /** Page changes wait until the first pass is over. */
  private started = false;

  constructor(private readonly opts: ScanOptions) {
    this.scanner = new MentionScanner(opts.matcher);
    this.painter = new MarkPainter(opts.highlighter, opts.doc.defaultView!, opts.signal);
  }

  /** The first pass over the whole document. */
  async scanDocument(): Promise<void> {
    const { doc, signal } = this.opts;
    const root = doc.body ?? doc.documentElement;
    // Watch from the start: text added while the first pass runs is queued, not lost.
    this.observe(root);
    await this.scanRoot(root, signal, true);
    this.opts.onPass?.(this.table);
    this.started = true;
    this.schedule();
  }

  /** Collects the text of `roots` and matches it as one new segment. */
  private async scanRoot(roots: Node | Node[], signal: AbortSignal, urgent: boolean): Promise<number> {
    const start = performance.now();
    const collector = new TextCollector(roots);
    // Segments are joined with a line break in the scanner's text, so no name runs across.
    this.scanner.push(BLOCK_BREAK);
    this.painter.beginPass();
    const segment = this.table.addSegment(collector.chunk, 0);
    let base = -1;
    /** Mentions found in this slice: handed to the painter together, which decides when to mark. */
    let found: PageMention[] = [];
    let mentions = 0;
    let walked = false;

    const matchPiece = (text: string) => {
      if (base < 0) {
        base = this.scanner.offset;
        segment.base = base;
      }
      const added = this.table.add(segment, this.scanner.push(text));
      mentions += added.length;
      for (const m of added) found.push(m);
    };

    let piece = FIRST_PIECE;
    let matchedTotal = 0;
    /** Collected text not matched yet, and how much of it is. */
    let pending = '';
    let matchedUpTo = 0;
    // The first marks of the page: when, and after how much of Sidekick's own work.
    let reported = false;
    const firstMarks = (busyMs: number) => {
      if (!urgent || reported || !this.painter.shown) return;
      reported = true;
      performance.measure('sidekick:first-marks', { start, end: performance.now(), detail: { busyMs } });
    };
    const work = (shouldYield: () => boolean): boolean => {
      // One kind of work per slice, each bounded: match what was collected, else walk on.
      // Only text up to the last block break is matched; a name never runs across one.
      const complete = walked ? pending.length : pending.lastIndexOf(BLOCK_BREAK) + 1;
      if (matchedUpTo < complete) {
        while (matchedUpTo < complete && !shouldYield()) {
          let end = Math.min(complete, matchedUpTo + piece);
          if (end < complete) {
            // Cut at a line break: the last one in this piece, or the first after a long line.
            const before = pending.lastIndexOf(BLOCK_BREAK, end - 1) + 1;
            if (before > matchedUpTo) end = before;
            else {
              // One long block (a whole page of inline text): a safe place inside it, else its end.
              const inside = safeCut(pending, matchedUpTo, end, this.opts.matcher);
              end = inside > matchedUpTo ? inside : pending.indexOf(BLOCK_BREAK, end) + 1 || complete;
            }
          }
          const began = performance.now();
          matchPiece(pending.slice(matchedUpTo, end));
          const rate = (end - matchedUpTo) / Math.max(0.1, performance.now() - began);
          piece = Math.max(FIRST_PIECE, Math.min(MAX_PIECE, Math.round(rate * PIECE_MS)));
          matchedTotal += end - matchedUpTo;
          matchedUpTo = end;
        }
        if (matchedUpTo >= complete) {
          pending = pending.slice(matchedUpTo);
          matchedUpTo = 0;
        }
      } else if (!walked) {
        walked = collector.step(shouldYield);
        pending += collector.takeText();
      }
      if (found.length) {
        this.painter.add(found);
        found = [];
      }
      return walked && matchedUpTo >= pending.length;
    };
    const busyMs = await runInSlices(
      work,
      signal,
      // The first pass hurries until the reader's screen is marked (or, on a page that names
      // nobody near the top, for the first few screens of text).
      () => urgent && !this.painter.shown && matchedTotal < URGENT_CHARS,
      firstMarks,
    );

    // Bare season and episode codes, now that the text so far shows which show it is about.
    const codes = this.table.add(segment, this.scanner.finish());
    mentions += codes.length;
    this.painter.add(codes);
    this.painter.endPass();
    firstMarks(busyMs);
    for (const shadow of collector.shadowRoots) this.opts.highlighter.adoptInto(shadow);
    const chars = collector.collected;
    performance.measure('sidekick:scan', { start, end: performance.now(), detail: { chars, mentions, busyMs } });
    return mentions;
  }

  private observe(root: Node) {
    const { signal } = this.opts;
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'characterData' && r.target.nodeType === 3) this.changed.add(r.target as Text);
        for (const n of r.addedNodes) if (!isOurs(n)) this.queued.add(n);
        if (r.removedNodes.length) this.queued.add(r.target); // a removal: prune later
      }
      this.schedule();
    });
    observer.observe(root, { childList: true, characterData: true, subtree: true });
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  }

  private schedule() {
    if (!this.started) return;
    this.pass = this.pass.then(() => this.scanChanges()).catch(() => undefined);
  }

  /** Whether the first text node under `node` was already scanned (the first pass reached it). */
  private known(node: Node): boolean {
    if (node.nodeType === 3) return this.table.has(node as Text);
    const walker = this.opts.doc.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      if ((text as Text).data.trim()) return this.table.has(text as Text);
    }
    return true; // no text: nothing to scan
  }

  /** Rescans only what changed since the last pass. */
  private async scanChanges() {
    const { signal } = this.opts;
    if (signal.aborted || (this.queued.size === 0 && this.changed.size === 0)) return;
    const queued = [...this.queued];
    const changed = [...this.changed];
    this.queued.clear();
    this.changed.clear();

    this.painter.remove(this.table.prune());
    for (const node of changed) this.painter.remove(this.table.forgetNode(node));

    // Added subtrees whose text is not known yet; changed text nodes rescan alone.
    const added = queued.filter(
      (n) => n.isConnected && (n.nodeType === 1 || n.nodeType === 3) && !(n.nodeType === 3 && this.table.has(n as Text)),
    );
    const outermost = added.filter((n) => !added.some((other) => other !== n && other.contains(n)));
    const roots = [...outermost, ...changed.filter((n) => n.isConnected)];
    if (roots.length && !signal.aborted) await this.scanRoot(roots, signal, false);
    this.opts.onPass?.(this.table);
  }
}

function isOurs(node: Node): boolean {
  return node.nodeName === 'SIDEKICK-ROOT';
}
