/**
 * Decides which mentions carry a mark, and when the marks change.
 *
 * Any change to a highlight makes Chromium 156 repaint the whole view and re-validate every
 * registered range (measured here: some 45 ms on a 5 MB page however few ranges change, and
 * about 25 µs a range, so 2,500 ranges made 60 ms frames). So marks change in as few frames
 * as possible: a scan pass changes them once the text it has matched reaches past the bottom
 * of the screen (or when it ends), not slice by slice. A page with up to LIMIT mentions has
 * them all marked; past that only those within a few screens of the viewport are, found
 * through position buckets, and the window moves when the reader has scrolled a screen.
 * Positions are measured in frames, an element box per paragraph rather than a Range per
 * mention. Hover cards work for every mention either way.
 */
import type { Highlighter } from './highlighter.ts';
import type { PageMention } from './mention-table.ts';

/** Marks that can all stay registered at once. */
export const LIMIT = 300;
/** Marks registered at most in windowed mode: each costs the browser some µs per repaint. */
const WINDOW_LIMIT = 1000;
/** Screens above and below the viewport that are kept marked in windowed mode. */
const MARGIN_SCREENS = 2;
/** Positions measured per frame at most (each is a layout read), and for how long. */
const MEASURE_PER_FRAME = 2000;
const MEASURE_MS = 4;
/** Height of the position buckets the window is looked up in, in CSS pixels. */
const BUCKET_PX = 512;

interface Span {
  top: number;
  bottom: number;
}

export class MarkPainter {
  private mentions: PageMention[] = [];
  /** Document y of each mention's top, NaN until measured. */
  private ys: number[] = [];
  /** Every mention before this index has been measured. */
  private measuredUpTo = 0;
  /** Measured mentions by `floor(y / BUCKET_PX)`: the window is found without a pass over all. */
  private buckets = new Map<number, PageMention[]>();
  /** Boxes of the elements holding mentions, measured once per element and layout. */
  private boxes = new Map<Element, Span>();
  private readonly marked = new Set<PageMention>();
  private windowed = false;
  /** The scroll position the marks were last set for. */
  private windowAt: number | undefined;
  /** A scan pass is running: its marks wait until its text reaches past the screen. */
  private scanning = false;
  private frame = 0;
  private idle = 0;

  constructor(
    private readonly highlighter: Highlighter,
    private readonly win: Window,
    signal: AbortSignal,
  ) {
    const onScroll = () => this.schedule();
    // A new width reflows the text: every position is measured again.
    const onResize = () => {
      this.forgetPositions();
      this.schedule();
    };
    win.addEventListener('scroll', onScroll, { passive: true, capture: true, signal });
    win.addEventListener('resize', onResize, { passive: true, signal });
    signal.addEventListener('abort', () => {
      cancelAnimationFrame(this.frame);
      clearTimeout(this.idle);
    });
  }

  /** A scan pass starts: mentions it adds are marked together, not slice by slice. */
  beginPass() {
    this.scanning = true;
  }

  /** The pass is over: whatever it found is due now. */
  endPass() {
    this.scanning = false;
    this.soon();
  }

  /** Queues mentions (in document order) for marking. */
  add(batch: PageMention[]) {
    for (const m of batch) {
      this.mentions.push(m);
      this.ys.push(Number.NaN);
    }
    if (!this.windowed && this.mentions.length > LIMIT) this.windowed = true;
    if (batch.length) this.soon();
  }

  /** Until the first marks are up, right away (a page busy loading may not run animation
   *  frames for a while); after that, in the next frame. */
  private soon() {
    if (this.shown) this.schedule();
    else this.update();
  }

  remove(gone: PageMention[]) {
    if (gone.length === 0) return;
    const drop = new Set(gone);
    for (const m of gone) {
      if (this.marked.delete(m)) this.highlighter.delete(m.kind, m.range);
    }
    const mentions: PageMention[] = [];
    const ys: number[] = [];
    this.mentions.forEach((m, i) => {
      if (drop.has(m)) return;
      mentions.push(m);
      ys.push(this.ys[i]!);
    });
    this.mentions = mentions;
    this.ys = ys;
    const unmeasured = ys.findIndex((y) => Number.isNaN(y));
    this.measuredUpTo = unmeasured < 0 ? ys.length : unmeasured;
    for (const [key, list] of this.buckets) {
      const kept = list.filter((m) => !drop.has(m));
      if (kept.length) this.buckets.set(key, kept);
      else this.buckets.delete(key);
    }
  }

  /** Whether the marks were set at least once (the screen's text is marked). */
  get shown(): boolean {
    return this.windowAt !== undefined;
  }

  get count(): number {
    return this.marked.size;
  }

  private forgetPositions() {
    this.ys.fill(Number.NaN);
    this.measuredUpTo = 0;
    this.buckets.clear();
    this.boxes.clear();
    this.windowAt = undefined;
  }

  private schedule() {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.update();
    });
  }

  /** Measures a slice of positions, then changes the marks if it is time to. Its cost follows
   *  the slice and the window, never the number of mentions on the page. */
  private update() {
    const began = performance.now();
    const scrollY = this.win.scrollY;
    const height = this.win.innerHeight;
    // Positions are measured in document order, which is mostly top-down.
    const stop = Math.min(this.mentions.length, this.measuredUpTo + MEASURE_PER_FRAME);
    let i = this.measuredUpTo;
    for (; i < stop && performance.now() - began < MEASURE_MS; i++) {
      const m = this.mentions[i]!;
      const { top, bottom } = this.spanOf(m, scrollY, height);
      this.ys[i] = top;
      for (let key = Math.floor(top / BUCKET_PX); key <= Math.floor(bottom / BUCKET_PX); key++) {
        const bucket = this.buckets.get(key);
        if (bucket) bucket.push(m);
        else this.buckets.set(key, [m]);
      }
    }
    this.measuredUpTo = i;
    if (this.due(scrollY, height)) this.repaint(scrollY, height);
    // Keep measuring until every position is known.
    if (this.measuredUpTo < this.mentions.length) this.idle = setTimeout(() => this.schedule(), 16) as unknown as number;
  }

  /** The document span a mention lies in: its element's box (one read for all the mentions in a
   *  paragraph, and no Range), or the mention's own box in a tall or box-less element. */
  private spanOf(m: PageMention, scrollY: number, height: number): Span {
    const element = m.node.parentElement;
    if (element) {
      let box = this.boxes.get(element);
      if (!box) {
        const r = element.getBoundingClientRect();
        box = r.width || r.height ? { top: r.top + scrollY, bottom: r.bottom + scrollY } : { top: 0, bottom: Infinity };
        this.boxes.set(element, box);
      }
      if (box.bottom - box.top <= height) return box;
    }
    const r = m.range.getBoundingClientRect();
    if (!this.marked.has(m)) m.release();
    return { top: r.top + scrollY, bottom: r.bottom + scrollY };
  }

  /**
   * Whether the marks should change now: when what is on screen is known (every mention is
   * measured and no pass is running, or a measured mention lies below the screen), and then
   * the first time, at the end of a pass over a page with few mentions, when the reader has
   * moved a screen since the last change, or when a mention on screen is not marked yet.
   */
  private due(scrollY: number, height: number): boolean {
    const last = this.measuredUpTo - 1;
    const known = (!this.scanning && this.measuredUpTo === this.mentions.length) || (last >= 0 && this.ys[last]! > scrollY + height);
    if (!known) return false;
    if (this.windowAt === undefined) return true;
    // A pass over a page with few mentions ends by marking them all.
    if (!this.windowed && !this.scanning && this.mentions.length > this.marked.size) return true;
    if (this.windowed && Math.abs(scrollY - this.windowAt) >= height) return true;
    if (this.marked.size >= WINDOW_LIMIT) return false;
    for (let key = Math.floor(scrollY / BUCKET_PX); key <= Math.floor((scrollY + height) / BUCKET_PX); key++) {
      for (const m of this.buckets.get(key) ?? []) if (!this.marked.has(m)) return true;
    }
    return false;
  }

  /** Marks every mention (few) or those in the window (many), and unmarks the rest, at once. */
  private repaint(scrollY: number, height: number) {
    this.windowAt = scrollY;
    let wanted: Set<PageMention>;
    if (this.windowed) {
      // The screen's buckets first, then outwards a bucket at a time on either side, up to
      // WINDOW_LIMIT marks: text dense with names marks the screen, not five screens' worth.
      wanted = new Set();
      const first = Math.floor(scrollY / BUCKET_PX);
      const last = Math.floor((scrollY + height) / BUCKET_PX);
      const reach = Math.ceil((MARGIN_SCREENS * height) / BUCKET_PX);
      const take = (key: number) => {
        for (const m of this.buckets.get(key) ?? []) if (wanted.size < WINDOW_LIMIT) wanted.add(m);
      };
      for (let key = first; key <= last; key++) take(key);
      for (let step = 1; step <= reach && wanted.size < WINDOW_LIMIT; step++) {
        take(last + step);
        take(first - step);
      }
    } else {
      wanted = new Set(this.mentions.slice(0, this.measuredUpTo));
    }
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
  }
}
