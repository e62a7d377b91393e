/**
 * Hover timing for cards: hit-test the pointer at most once a frame, wait for hover intent
 * before opening, keep the card open while the pointer travels to it, close after a grace
 * period or on Esc (WCAG 1.4.13: dismissible, hoverable, persistent).
 */
import type { CardHost } from './card-host.ts';
import type { MentionTable, PageMention } from './mention-table.ts';

export interface HoverOptions {
  doc: Document;
  host: CardHost;
  table: () => MentionTable | undefined;
  delays: () => { hoverDelayMs: number; graceMs: number };
  open: (mention: PageMention) => void;
  close: () => void;
  signal: AbortSignal;
}

export function mentionAtPoint(doc: Document, table: MentionTable, x: number, y: number): PageMention | undefined {
  const hit = caretAt(doc, x, y);
  if (!hit) return undefined;
  const mention = table.at(hit.node, hit.offset) ?? (hit.offset > 0 ? table.at(hit.node, hit.offset - 1) : undefined);
  if (!mention) return undefined;
  // The caret snaps to the nearest text; make sure the pointer is really over the words.
  for (const rect of mention.range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return mention;
  }
  return undefined;
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const roots = openShadowRootsAt(doc, x, y);
    const pos = roots.length ? doc.caretPositionFromPoint(x, y, { shadowRoots: roots }) : doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : undefined;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

/** The open shadow roots under the point, so the caret can land inside them. */
function openShadowRootsAt(doc: Document, x: number, y: number): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  let el = doc.elementFromPoint(x, y);
  while (el?.shadowRoot && el.localName !== 'sidekick-root' && roots.length < 8) {
    roots.push(el.shadowRoot);
    const inner = el.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === el) break;
    el = inner;
  }
  return roots;
}

export function watchHover(opts: HoverOptions): { current: () => PageMention | undefined; dismiss: () => void } {
  const { doc, host, signal } = opts;
  let frame = 0;
  let last: PointerEvent | undefined;
  /** Read while the event is dispatched: composedPath() is empty once dispatch is over. */
  let overCard = false;
  let pending: PageMention | undefined;
  let shown: PageMention | undefined;
  let intentTimer: ReturnType<typeof setTimeout> | undefined;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;

  const clearIntent = () => {
    clearTimeout(intentTimer);
    intentTimer = undefined;
    pending = undefined;
  };
  const clearGrace = () => {
    clearTimeout(graceTimer);
    graceTimer = undefined;
  };
  const dismiss = () => {
    clearIntent();
    clearGrace();
    if (shown) {
      shown = undefined;
      opts.close();
    }
  };

  const evaluate = () => {
    frame = 0;
    const event = last;
    const table = opts.table();
    if (!event || !table) return;
    if (host.isOpen() && overCard) {
      clearGrace();
      clearIntent();
      return;
    }
    const mention = mentionAtPoint(doc, table, event.clientX, event.clientY);
    if (mention && mention === shown) {
      clearGrace();
      clearIntent();
      return;
    }
    if (mention) {
      if (mention !== pending) {
        // A new mention under the pointer restarts the intent delay: fast sweeps open nothing.
        clearIntent();
        pending = mention;
        intentTimer = setTimeout(() => {
          intentTimer = undefined;
          pending = undefined;
          clearGrace();
          shown = mention;
          opts.open(mention);
        }, opts.delays().hoverDelayMs);
      }
      return;
    }
    clearIntent();
    if (shown && !graceTimer) {
      graceTimer = setTimeout(() => {
        graceTimer = undefined;
        if (shown) {
          shown = undefined;
          opts.close();
        }
      }, opts.delays().graceMs);
    }
  };

  doc.addEventListener(
    'pointermove',
    (event) => {
      last = event;
      overCard = host.contains(event);
      if (!frame) frame = requestAnimationFrame(evaluate);
    },
    { passive: true, capture: true, signal },
  );
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && (shown || pending || host.isOpen())) {
        dismiss();
        host.hide();
      }
    },
    { capture: true, signal },
  );
  signal.addEventListener('abort', () => {
    cancelAnimationFrame(frame);
    clearIntent();
    clearGrace();
  });
  return { current: () => shown, dismiss };
}
