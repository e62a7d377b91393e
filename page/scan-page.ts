/**
 * Scans a page in slices and keeps up with it: collect the visible text, match it piece by
 * piece in document order, turn mentions into ranges and mark them — the top of the page
 * first, no slice longer than a few milliseconds. Then a MutationObserver queues added and
 * changed text, scanned in idle slices; removed text releases its ranges.
 */
import type { Matcher } from '../core/matching/build-matcher.ts';
import { MentionScanner } from '../core/matching/find-mentions.ts';
import { TextCollector } from './collect-text.ts';
import type { Highlighter } from './highlighter.ts';
import { MentionTable, type PageMention } from './mention-table.ts';
import { runInSlices } from './scheduler.ts';

/** Characters matched per step: about a millisecond of work. */
const PIECE = 32_000;
/** Ranges made and marked per step. */
const BATCH = 300;

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

  constructor(private readonly opts: ScanOptions) {
    this.scanner = new MentionScanner(opts.matcher);
  }

  /** The first pass over the whole document. */
  async scanDocument(): Promise<void> {
    const { doc, signal } = this.opts;
    const root = doc.body ?? doc.documentElement;
    await this.scanRoot(root, signal, true);
    this.opts.onPass?.(this.table);
    this.observe(root);
  }

  /** Collects `root`'s text and matches it as one new segment. */
  private async scanRoot(root: Node, signal: AbortSignal, urgent: boolean): Promise<number> {
    const start = performance.now();
    const collector = new TextCollector(root);
    // Segments are joined with a line break in the scanner's text, so no name runs across.
    this.scanner.push('\n');
    const segment = this.table.addSegment(collector.chunk, 0);
    let base = -1;
    let pending = '';
    let toMark: PageMention[] = [];
    let marked = 0;
    let mentions = 0;
    let walked = false;

    const matchPiece = (text: string) => {
      if (base < 0) {
        base = this.scanner.offset;
        segment.base = base;
      }
      const found = this.scanner.push(text);
      const added = this.table.add(segment, found);
      mentions += added.length;
      toMark = toMark.concat(added);
    };

    await runInSlices(
      (shouldYield) => {
        if (!walked) {
          walked = collector.step(shouldYield);
          pending += collector.takeText();
          // Match what is complete (up to the last line break); the rest waits for more text.
          const cut = walked ? pending.length : pending.lastIndexOf('\n') + 1;
          if (cut > 0) {
            for (let at = 0; at < cut;) {
              const next = Math.min(cut, at + PIECE);
              const end = next < cut ? pending.lastIndexOf('\n', next) + 1 || next : next;
              matchPiece(pending.slice(at, end > at ? end : next));
              at = end > at ? end : next;
            }
            pending = pending.slice(cut);
          }
        }
        while (marked < toMark.length) {
          const batch = toMark.slice(marked, marked + BATCH);
          marked += batch.length;
          for (const m of batch) this.opts.highlighter.add(m.kind, m.range);
          if (shouldYield()) return false;
        }
        return walked && marked >= toMark.length;
      },
      signal,
      urgent,
    );

    for (const shadow of collector.shadowRoots) this.opts.highlighter.adoptInto(shadow);
    const chars = collector.collected;
    performance.measure('sidekick:scan', { start, end: performance.now(), detail: { chars, mentions } });
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
    this.pass = this.pass.then(() => this.scanChanges()).catch(() => undefined);
  }

  /** Rescans only what changed since the last pass. */
  private async scanChanges() {
    const { signal, highlighter } = this.opts;
    if (signal.aborted || (this.queued.size === 0 && this.changed.size === 0)) return;
    const queued = [...this.queued];
    const changed = [...this.changed];
    this.queued.clear();
    this.changed.clear();

    for (const m of this.table.prune()) highlighter.delete(m.kind, m.range);
    for (const node of changed) for (const m of this.table.forgetNode(node)) highlighter.delete(m.kind, m.range);

    // Added subtrees whose text is not known yet; changed text nodes rescan alone.
    const roots = queued.filter(
      (n) => n.isConnected && (n.nodeType === 1 || n.nodeType === 3) && !(n.nodeType === 3 && this.table.has(n as Text)),
    );
    const outermost = roots.filter((n) => !roots.some((other) => other !== n && other.contains(n)));
    for (const node of [...outermost, ...changed.filter((n) => n.isConnected)]) {
      if (signal.aborted) return;
      await this.scanRoot(node, signal, false);
    }
    this.opts.onPass?.(this.table);
  }
}

function isOurs(node: Node): boolean {
  return node.nodeName === 'SIDEKICK-ROOT';
}
