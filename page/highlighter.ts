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

function css(style: MarkStyle): string {
  return ENTITY_KINDS.map((kind) => {
    const color = COLORS[kind];
    const dotted = kind === 'person' ? 'dashed' : kind === 'character' ? 'dotted' : 'solid';
    const decl =
      style === 'background'
        ? `background-color: ${color.replace(/0\.85\)$/, '0.16)')};`
        : `text-decoration: underline ${dotted} ${color}; text-decoration-thickness: 2px;`;
    return `::highlight(${highlightName(kind)}) { ${decl} }`;
  }).join('\n');
}

export class Highlighter {
  readonly supported: boolean;
  private readonly highlights = new Map<EntityKind, Highlight>();
  private readonly sheet: CSSStyleSheet | undefined;
  private visible = true;

  constructor(
    private readonly doc: Document,
    style: MarkStyle,
  ) {
    const win = doc.defaultView;
    this.supported = !!win && typeof win.Highlight === 'function' && !!win.CSS && 'highlights' in win.CSS;
    if (!this.supported || !win) return;
    for (const kind of ENTITY_KINDS) this.highlights.set(kind, new win.Highlight());
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
  }

  private unregister() {
    if (!this.supported) return;
    const registry = this.doc.defaultView!.CSS.highlights;
    for (const [kind, h] of this.highlights) if (registry.get(highlightName(kind)) === h) registry.delete(highlightName(kind));
    if (this.sheet) this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
  }

  dispose() {
    this.unregister();
    this.clear();
  }
}
