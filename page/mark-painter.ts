/**
 * Decides which mentions carry a mark. Chromium re-validates every range of every highlight
 * whenever one changes (about 6–10 µs a range), so a page with tens of thousands of mentions
 * cannot have them all registered without 100 ms frames. Up to LIMIT mentions are all marked;
 * past that only those within a few screens of the viewport are, and the window follows the
 * reader's scrolling. Hover cards work for every mention either way.
 */
import type { Highlighter } from './highlighter.ts';
import type { PageMention } from './mention-table.ts';

/** Marks that can all stay registered at once: measured in Chromium 156, every change to a
 *  highlight re-validates all its ranges at some 25 µs each, so 2,500 of them made 60 ms frames. */
export const LIMIT = 300;
/** Screens above and below the viewport that are kept marked in windowed mode. */
const MARGIN_SCREENS = 2;
/** Positions measured per slice (each is a layout read). */
const MEASURE_PER_SLICE = 500;

export class MarkPainter {
  private readonly mentions: PageMention[] = [];
  /** Document y of each mention's top, NaN until measured. */
  private ys: number[] = [];
  private readonly marked = new Set<PageMention>();
  private windowed = false;
  private frame = 0;
  private idle = 0;

  constructor(
    private readonly highlighter: Highlighter,
    private readonly win: Window,
    signal: AbortSignal,
  ) {
    const onScroll = () => this.schedule();
    win.addEventListener('scroll', onScroll, { passive: true, capture: true, signal });
    win.addEventListener('resize', onScroll, { passive: true, signal });
    signal.addEventListener('abort', () => {
      cancelAnimationFrame(this.frame);
      clearTimeout(this.idle);
    });
  }

  /** Marks `batch` now (few mentions), or queues it for the window (many). */
  add(batch: PageMention[]) {
    for (const m of batch) {
      this.mentions.push(m);
      this.ys.push(Number.NaN);
    }
    if (!this.windowed && this.mentions.length > LIMIT) {
      this.windowed = true;
      for (const m of this.marked) {
        this.highlighter.delete(m.kind, m.range);
        m.release();
      }
      this.marked.clear();
    }
    if (!this.windowed) {
      for (const m of batch) {
        this.highlighter.add(m.kind, m.range);
        this.marked.add(m);
      }
    } else {
      this.schedule();
    }
  }

  remove(gone: PageMention[]) {
    if (gone.length === 0) return;
    const drop = new Set(gone);
    for (const m of gone) {
      if (this.marked.delete(m)) this.highlighter.delete(m.kind, m.range);
    }
    const keep = this.mentions.map((m, i) => [m, this.ys[i]!] as const).filter(([m]) => !drop.has(m));
    this.mentions.length = 0;
    this.mentions.push(...keep.map(([m]) => m));
    this.ys = keep.map(([, y]) => y);
  }

  get count(): number {
    return this.marked.size;
  }

  private schedule() {
    if (!this.windowed || this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.update();
    });
  }

  /** Measures a slice of positions, then marks what is near the viewport and unmarks the rest. */
  private update() {
    const t0 = performance.now();
    try {
      this.update2();
    } finally {
      performance.measure('sk-paint', { start: t0, end: performance.now() });
    }
  }
  private update2() {
    const scrollY = this.win.scrollY;
    const height = this.win.innerHeight;
    const top = scrollY - MARGIN_SCREENS * height;
    const bottom = scrollY + (MARGIN_SCREENS + 1) * height;
    // Positions are measured lazily, nearest the viewport first in practice since new text arrives top-down.
    let budget = MEASURE_PER_SLICE;
    for (let i = 0; i < this.mentions.length && budget > 0; i++) {
      if (!Number.isNaN(this.ys[i]!)) continue;
      const m = this.mentions[i]!;
      this.ys[i] = m.range.getBoundingClientRect().top + scrollY;
      if (!this.marked.has(m)) m.release();
      budget--;
    }
    const wanted = new Set<PageMention>();
    this.mentions.forEach((m, i) => {
      const y = this.ys[i]!;
      if (y >= top && y <= bottom) wanted.add(m);
    });
    for (const m of this.marked) {
      if (!wanted.has(m)) {
        this.highlighter.delete(m.kind, m.range);
        this.marked.delete(m);
        m.release();
      }
    }
    for (const m of wanted) {
      if (!this.marked.has(m)) {
        this.highlighter.add(m.kind, m.range);
        this.marked.add(m);
      }
    }
    // Keep measuring in idle time until every position is known.
    if (this.ys.some((y) => Number.isNaN(y))) this.idle = setTimeout(() => this.schedule(), 16) as unknown as number;
  }
}
