/**
 * Marks mentions with the CSS Custom Highlight API: one highlight per kind, no change to the
 * page's DOM. Where the API is missing, nothing is marked and hover still works.
 */
import { ENTITY_KINDS, type EntityKind } from '../core/entities.ts';

const COLORS: Record<EntityKind, string> = {
  character: 'rgba(150, 70, 220, 0.85)',
  person: 'rgba(30, 140, 120, 0.85)',
  series: 'rgba(210, 110, 20, 0.85)',
  issue: 'rgba(210, 110, 20, 0.85)',
  show: 'rgba(40, 110, 220, 0.85)',
  season: 'rgba(40, 110, 220, 0.85)',
  episode: 'rgba(40, 110, 220, 0.85)',
};

export type MarkStyle = 'underline' | 'background';

export const highlightName = (kind: EntityKind) => `sidekick-${kind}`;
const FLASH = 'sidekick-flash';

function css(style: MarkStyle): string {
  return ENTITY_KINDS.map((kind) => {
    const color = COLORS[kind];
    const dotted = kind === 'person' ? 'dashed' : kind === 'character' ? 'dotted' : 'solid';
    const decl =
      style === 'background'
        ? `background-color: ${color.replace(/0\.85\)$/, '0.16)')};`
        : `text-decoration: underline ${dotted} ${color}; text-decoration-thickness: 2px;`;
    return `::highlight(${highlightName(kind)}) { ${decl} }`;
  })
    .concat(`::highlight(${FLASH}) { background-color: rgba(255, 200, 0, 0.55); color: inherit; }`)
    .join('\n');
}

// The sheet adopted at document_start (entrypoints/highlight-style.content.ts), shared with the
// main content script: both run in the extension's isolated world of the same frame.
const EARLY_SHEET = Symbol.for('sidekick.highlightSheet');
type EarlyHolder = { [EARLY_SHEET]?: CSSStyleSheet };

/** Adopts the highlight stylesheet into `doc` early, before the page's content exists. */
export function installHighlightSheet(doc: Document, style: MarkStyle = 'underline') {
  const win = doc.defaultView as (Window & typeof globalThis & EarlyHolder) | null;
  if (!win || typeof win.CSSStyleSheet !== 'function' || win[EARLY_SHEET]) return;
  try {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(css(style));
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    win[EARLY_SHEET] = sheet;
    // Registering our highlights while the document is still empty moves the browser's
    // one-time highlight setup (a 60 ms task on a 5 MB page when done later) to a moment when
    // it costs nothing. Each holds one collapsed range, which paints nothing.
    if (typeof win.Highlight === 'function') {
      for (const kind of ENTITY_KINDS) {
        const r = new win.Range();
        r.setStart(doc, 0);
        win.CSS.highlights.set(highlightName(kind), new win.Highlight(r));
      }
    }
  } catch {
    // No constructable stylesheets: the main script tries again, later and slower.
  }
}

/** Removes the early sheet from a page where Sidekick is off. */
export function removeHighlightSheet(doc: Document) {
  const win = doc.defaultView as (Window & EarlyHolder) | null;
  const sheet = win?.[EARLY_SHEET];
  if (!win || !sheet) return;
  doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  delete win[EARLY_SHEET];
  for (const kind of ENTITY_KINDS) (win as Window & typeof globalThis).CSS?.highlights?.delete(highlightName(kind));
}

export class Highlighter {
  readonly supported: boolean;
  private readonly highlights = new Map<EntityKind, Highlight>();
  private readonly sheet: CSSStyleSheet | undefined;
  private style: MarkStyle;
  private visible = true;
  private readonly flashHighlight: Highlight | undefined;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly shadowRoots = new Set<ShadowRoot>();
  /** The early script's collapsed ranges, dropped with the first real mark (in the same frame). */
  private placeholders: [Highlight, AbstractRange][] = [];

  constructor(
    private readonly doc: Document,
    style: MarkStyle,
  ) {
    this.style = style;
    const win = doc.defaultView;
    this.supported = !!win && typeof win.Highlight === 'function' && !!win.CSS && 'highlights' in win.CSS;
    if (!this.supported || !win) return;
    // The highlights the early script registered are used as they are: registering new ones
    // would make the browser repaint the whole page once more for nothing.
    const early = (win as Window & EarlyHolder)[EARLY_SHEET];
    for (const kind of ENTITY_KINDS) {
      const registered = early ? win.CSS.highlights.get(highlightName(kind)) : undefined;
      if (registered instanceof win.Highlight) {
        this.highlights.set(kind, registered);
        for (const range of registered as unknown as Iterable<AbstractRange>) this.placeholders.push([registered, range]);
      } else {
        this.highlights.set(kind, new win.Highlight());
      }
    }
    this.flashHighlight = new win.Highlight();
    this.flashHighlight.priority = 1;
    this.style = style;
    if (early) {
      this.sheet = early;
      if (style !== 'underline') early.replaceSync(css(style));
    } else {
      try {
        this.sheet = new win.CSSStyleSheet();
        this.sheet.replaceSync(css(style));
      } catch {
        this.sheet = undefined;
      }
    }
    this.restore();
  }

  add(kind: EntityKind, range: Range) {
    if (this.placeholders.length) {
      for (const [highlight, placeholder] of this.placeholders) highlight.delete(placeholder);
      this.placeholders = [];
    }
    this.highlights.get(kind)?.add(range);
  }

  delete(kind: EntityKind, range: Range) {
    this.highlights.get(kind)?.delete(range);
  }

  /** Shadow roots hold their own styles: a mark inside one paints only with our sheet there. */
  adoptInto(root: ShadowRoot) {
    if (!this.sheet || root.adoptedStyleSheets.includes(this.sheet)) return;
    try {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
      this.shadowRoots.add(root);
    } catch {
      // A root from another realm (a frame) refuses our sheet: its own frame's script marks it.
    }
  }

  /** Briefly lights up one mention (the popup's "show me where" and the next-mention key). */
  flash(range: Range) {
    if (!this.flashHighlight) return;
    const registry = this.doc.defaultView!.CSS.highlights;
    this.flashHighlight.clear();
    this.flashHighlight.add(range);
    registry.set(FLASH, this.flashHighlight);
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => {
      this.flashHighlight?.clear();
      registry.delete(FLASH);
    }, 1600);
  }

  clear() {
    for (const h of this.highlights.values()) h.clear();
  }

  setStyle(style: MarkStyle) {
    // Replacing the sheet restyles the page: only when the reader changes the setting.
    if (style === this.style) return;
    this.style = style;
    this.sheet?.replaceSync(css(style));
  }

  setVisible(visible: boolean) {
    this.visible = visible;
    if (visible) this.restore();
    else this.unregister();
  }

  /** Puts our highlights and sheet back if the page's own scripts removed them. */
  restore() {
    if (!this.supported || !this.visible) return;
    const registry = this.doc.defaultView!.CSS.highlights;
    for (const [kind, h] of this.highlights) if (registry.get(highlightName(kind)) !== h) registry.set(highlightName(kind), h);
    if (this.sheet && !this.doc.adoptedStyleSheets.includes(this.sheet)) {
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
    }
    for (const root of this.shadowRoots) {
      if (this.sheet && !root.adoptedStyleSheets.includes(this.sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
    }
  }

  private unregister() {
    if (!this.supported) return;
    const registry = this.doc.defaultView!.CSS.highlights;
    for (const [kind, h] of this.highlights) if (registry.get(highlightName(kind)) === h) registry.delete(highlightName(kind));
    if (this.sheet) {
      this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
      for (const root of this.shadowRoots) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== this.sheet);
    }
  }

  dispose() {
    clearTimeout(this.flashTimer);
    this.unregister();
    this.clear();
  }
}
