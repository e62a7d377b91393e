/**
 * Sidekick's one element on a page: `<sidekick-root>` with an open shadow root, created on
 * first use. The card is rendered into it with Preact and placed with Floating UI.
 */
import { render, type ComponentChild } from 'preact';
import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import cardCss from '../components/card.css?inline';

const HOST_CSS = `
:host { all: initial !important; position: fixed !important; inset: 0 auto auto 0 !important;
  width: 0 !important; height: 0 !important; overflow: visible !important; z-index: 2147483647 !important;
  display: block !important; contain: none !important; }
.sk-float { position: fixed; top: 0; left: 0; max-width: calc(100vw - 16px); }
/* The card is a popover in the browser's top layer: above any z-index, and above an element
   the page shows fullscreen. These undo the browser's popover defaults. */
.sk-float[popover] { inset: auto; top: 0; left: 0; margin: 0; padding: 0; border: 0; background: transparent;
  color: inherit; overflow: visible; width: auto; height: auto; }
.sk-notice-box { position: fixed; right: 16px; bottom: 16px; max-width: 340px; }
.sk-notice { display: flex; gap: 10px; align-items: flex-start; background: var(--sk-bg); color: var(--sk-fg);
  border: 1px solid var(--sk-accent); border-radius: 10px; padding: 10px 12px; box-shadow: 0 6px 20px rgba(0,0,0,.2);
  font: 13px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
.sk-notice p { margin: 0; }
`;

export type Theme = 'light' | 'dark';

/** Elements whose children are not rendered: the card cannot live inside one. */
const REPLACED = new Set(['video', 'img', 'canvas', 'iframe', 'object', 'embed', 'audio', 'svg']);

export class CardHost {
  private host: HTMLElement | undefined;
  private float: HTMLDivElement | undefined;
  private stopUpdates: (() => void) | undefined;
  private noticeBox: HTMLDivElement | undefined;
  private readonly listeners = new AbortController();

  constructor(private readonly doc: Document) {}

  private ensure(): HTMLDivElement {
    if (this.float && this.host?.isConnected) return this.float;
    const host = this.doc.createElement('sidekick-root');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = HOST_CSS + cardCss;
    const float = this.doc.createElement('div');
    float.className = 'sk-float sk-theme';
    // Where the Popover API is missing the card is a plain fixed box, shown and hidden as one.
    if (typeof float.showPopover === 'function') float.popover = 'manual';
    else float.hidden = true;
    const noticeBox = this.doc.createElement('div');
    noticeBox.className = 'sk-notice-box sk-theme';
    noticeBox.hidden = true;
    shadow.append(style, float, noticeBox);
    this.noticeBox = noticeBox;
    // Beside <body>, not in it: a page that lays out or hydrates its body never meets it, and
    // adding it does not make the browser lay out a long body again.
    (this.doc.documentElement ?? this.doc.body).append(host);
    this.host = host;
    // While an element is shown fullscreen the rest of the page is inert: the card lives
    // inside that element then (it can hold children: not a video or an image), back beside
    // <body> after, and is raised above it in the top layer.
    const place = () => {
      const full = this.doc.fullscreenElement;
      const inside = full && !REPLACED.has(full.localName) ? full : this.doc.documentElement;
      if (host.parentNode !== inside) inside.append(host);
      if (float.popover && float.matches(':popover-open')) {
        float.hidePopover();
        float.showPopover();
      }
    };
    this.doc.addEventListener('fullscreenchange', place, { signal: this.listeners.signal });
    if (this.doc.fullscreenElement) place();
    this.float = float;
    return float;
  }

  get element(): HTMLElement | undefined {
    return this.host;
  }

  isOpen(): boolean {
    return !!this.float && (this.float.popover ? this.float.matches(':popover-open') : !this.float.hidden);
  }

  /** Whether a pointer event's path runs through the card. */
  contains(event: Event): boolean {
    return !!this.host && event.composedPath().includes(this.host);
  }

  show(content: ComponentChild, anchor: Range, theme: Theme) {
    const float = this.ensure();
    float.dataset.theme = theme;
    render(content, float);
    if (!float.popover) float.hidden = false;
    else if (!float.matches(':popover-open')) {
      // Shown again, it joins the top layer above whatever went fullscreen since.
      float.showPopover();
    }
    const reference = {
      getBoundingClientRect: () => anchor.getBoundingClientRect(),
      getClientRects: () => anchor.getClientRects(),
      contextElement: anchor.startContainer.parentElement ?? undefined,
    };
    this.stopUpdates?.();
    this.stopUpdates = autoUpdate(reference, float, () => {
      void computePosition(reference, float, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          inline(),
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply({ availableHeight }) {
              float.style.maxHeight = `${Math.max(160, Math.floor(availableHeight))}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        float.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      });
    });
  }

  /** A small dismissible notice in the corner (a page that discusses what the reader hasn't seen). */
  notice(content: ComponentChild | null, theme: Theme) {
    if (content === null && !this.noticeBox) return;
    this.ensure();
    const box = this.noticeBox!;
    box.dataset.theme = theme;
    render(content, box);
    box.hidden = content === null;
  }

  hide() {
    this.stopUpdates?.();
    this.stopUpdates = undefined;
    if (!this.float) return;
    render(null, this.float);
    if (!this.float.popover) this.float.hidden = true;
    else if (this.float.matches(':popover-open')) this.float.hidePopover();
  }

  dispose() {
    this.listeners.abort();
    this.hide();
    this.host?.remove();
    this.host = undefined;
    this.float = undefined;
    this.noticeBox = undefined;
  }
}

/** Light or dark from the page's own background, then the system setting. */
export function pageTheme(doc: Document): Theme {
  const win = doc.defaultView!;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const color = win.getComputedStyle(el).backgroundColor;
    const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)/.exec(color);
    if (!m || (m[4] !== undefined && Number(m[4]) < 0.5)) continue;
    const [r, g, b] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
  }
  return win.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
