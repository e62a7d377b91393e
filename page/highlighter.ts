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

export class Highlighter {
  readonly supported: boolean;
  private readonly highlights = new Map<EntityKind, Highlight>();
  private readonly sheet: CSSStyleSheet | undefined;
  private visible = true;
  private readonly flashHighlight: Highlight | undefined;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly shadowRoots = new Set<ShadowRoot>();

  constructor(
    private readonly doc: Document,
    style: MarkStyle,
  ) {
    const win = doc.defaultView;
    this.supported = !!win && typeof win.Highlight === 'function' && !!win.CSS && 'highlights' in win.CSS;
    if (!this.supported || !win) return;
    for (const kind of ENTITY_KINDS) this.highlights.set(kind, new win.Highlight());
    this.flashHighlight = new win.Highlight();
    this.flashHighlight.priority = 1;
    try {
      this.sheet = new win.CSSStyleSheet();
      this.sheet.replaceSync(css(style));
    } catch {
      this.sheet = undefined;
    }
    this.restore();
  }

  add(kind: EntityKind, range: Range) {
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
