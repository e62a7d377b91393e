/**
 * The content script's wiring: settings decide whether Sidekick runs on this site; when it
 * does, scan and mark the page, and answer hovers, keyboard commands and the popup with
 * cards. Everything it starts stops with `ctx` (extension update) or when the site is
 * switched off.
 */
import { h } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import * as v from 'valibot';
import { Card } from '../../components/Card.tsx';
import { positionLabel, type CardView } from '../../core/cards/card-view.ts';
import { TabRequest, type PageEntity, type Request } from '../../core/messages.ts';
import { buildMatcher, type Matcher } from '../../core/matching/build-matcher.ts';
import { findMentions } from '../../core/matching/find-mentions.ts';
import type { NameIndex } from '../../core/matching/name-index.ts';
import type { SearchResult } from '../../core/search/search.ts';
import type { Reader } from '../../core/spoilers/visibility.ts';
import { guessContinuity, noticeText, worksAhead, type NoticePoint } from '../../core/spoilers/page-notice.ts';
import type { Continuity } from '../../core/entities.ts';
import nameIndex from '../../data/generated/name-index.json';
import { CardHost, pageTheme } from '../../page/card-host.ts';
import { Highlighter, removeHighlightSheet } from '../../page/highlighter.ts';
import { watchHover } from '../../page/hover.ts';
import type { PageMention } from '../../page/mention-table.ts';
import { PageScanner } from '../../page/scan-page.ts';
import { hostOf, isSiteOn, type Settings } from '../../settings/schema.ts';
import { loadLocalSettings, loadSettings, updateSettings, watchSettings } from '../../settings/store.ts';

interface Running {
  ctx: ContentScriptContext;
  controller: AbortController;
  /** Refreshes the page notice (after a scan pass or a progress change). */
  refreshNotice: () => void;
  highlighter: Highlighter;
  scanner: PageScanner;
  openCard: (id: string, anchor: Range) => Promise<void>;
  dismiss: () => void;
  /** The mention the keyboard stepped to last. */
  cursor: PageMention | undefined;
}

let matcher: Matcher | undefined;

/** How often a running script checks that its extension is still there (reloaded, updated). */
const ALIVE_CHECK_MS = 1000;

/**
 * Asks the background. After the extension was reloaded or updated this old script can no
 * longer reach it: it then steps aside (marks and card removed) instead of throwing.
 */
async function ask<T>(ctx: ContentScriptContext, message: Request): Promise<T | null> {
  if (ctx.isInvalid) return null;
  try {
    return (await browser.runtime.sendMessage(message)) as T;
  } catch {
    if (!browser.runtime?.id) ctx.notifyInvalidated();
    return null;
  }
}

export async function runSidekick(ctx: ContentScriptContext) {
  const doc = document;
  const site = siteOf(doc);
  let settings: Settings = (await loadLocalSettings()) ?? (await loadSettings());
  // Replaced while reading them (a newer copy of Sidekick started in this frame, or the
  // extension went away): its listeners would never hear the abort that already happened.
  if (ctx.signal.aborted) return;
  let running: Running | undefined;
  const readerOf = (s: Settings): Reader => ({ modes: s.spoilers, progress: s.progress });

  const start = () => {
    const controller = new AbortController();
    ctx.signal.addEventListener('abort', () => controller.abort(), { once: true });
    const signal = controller.signal;
    const highlighter = new Highlighter(doc, settings.markStyle);
    highlighter.setVisible(settings.showMarks);
    const host = new CardHost(doc);
    matcher ??= buildMatcher(nameIndex as unknown as NameIndex);
    /** The continuity this page is about, so cards open on it first. */
    let preferred: Continuity | undefined;
    let noticeDismissed = false;
    let noticePoints: Record<string, NoticePoint> = {};

    const openCard = async (id: string, anchor: Range) => {
      const view = await ask<CardView>(ctx, { type: 'card', id });
      if (!view || signal.aborted) return;
      host.show(
        h(Card, {
          card: view.card,
          reader: readerOf(settings),
          points: view.points,
          progressLabel: (work: string, ordinal: number) => positionLabel(view.works, work, ordinal),
          onSeen: (point) =>
            void updateSettings((s) => ({
              ...s,
              progress: { ...s.progress, [point.work]: Math.max(s.progress[point.work] ?? 0, point.ordinal) },
            })).catch(() => void ctx.isInvalid),
          onOpen: (next: string) => void openCard(next, anchor),
          onClose: () => hover.dismiss(),
          preferred,
          key: view.card.id,
        }),
        anchor,
        pageTheme(doc),
      );
    };

    const refreshNotice = () => {
      const text = noticeDismissed ? undefined : noticeText(worksAhead(Object.keys(noticePoints), noticePoints, readerOf(settings)));
      host.notice(
        text
          ? h(
              'div',
              { class: 'sk-notice', role: 'status', 'data-sidekick-notice': '' },
              h('p', null, text),
              h(
                'button',
                {
                  type: 'button',
                  class: 'sk-close',
                  'aria-label': 'Dismiss this notice',
                  onClick: () => {
                    noticeDismissed = true;
                    refreshNotice();
                  },
                },
                '×',
              ),
            )
          : null,
        pageTheme(doc),
      );
    };
    const onPass = async () => {
      highlighter.restore();
      const mentions = [...scanner.table.all()];
      preferred = guessContinuity({ url: location.href, title: doc.title, kinds: mentions.map((m) => m.kind) });
      const ids = [...new Set(mentions.filter((m) => m.kind === 'episode' || m.kind === 'season' || m.kind === 'issue').map((m) => m.id))];
      if (ids.length === 0) return;
      noticePoints = (await ask<Record<string, NoticePoint>>(ctx, { type: 'points', ids: ids.slice(0, 2000) })) ?? {};
      if (!signal.aborted) refreshNotice();
    };
    const scanner = new PageScanner({ doc, matcher, highlighter, signal, onPass: () => void onPass() });
    const hover = watchHover({
      doc,
      host,
      table: () => scanner.table,
      delays: () => settings,
      open: (mention) => void openCard(mention.id, mention.range),
      close: () => host.hide(),
      signal,
    });
    running = { ctx, controller, refreshNotice, highlighter, scanner, openCard, dismiss: () => hover.dismiss(), cursor: undefined };
    void scanner.scanDocument().catch(() => {
      /* aborted: Sidekick was switched off or the extension reloaded */
    });
    // An extension reload leaves this script orphaned and silent: notice it, and leave.
    const alive = setInterval(() => void ctx.isInvalid, ALIVE_CHECK_MS);
    signal.addEventListener('abort', () => {
      clearInterval(alive);
      highlighter.dispose();
      host.dispose();
    });
  };

  const stop = () => {
    running?.controller.abort();
    running = undefined;
  };

  const apply = (next: Settings) => {
    settings = next;
    const on = isSiteOn(next, site);
    if (on && !running) start();
    else if (!on && running) stop();
    else if (running) {
      running.highlighter.setStyle(next.markStyle);
      running.highlighter.setVisible(next.showMarks);
      running.refreshNotice();
    }
  };

  const unwatch = watchSettings(apply);
  const onMessage = (message: unknown) => {
    const parsed = v.safeParse(TabRequest, message);
    if (!parsed.success || !running) return undefined;
    return Promise.resolve(answer(running, parsed.output));
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    // The page first: marks and card go whatever happens next.
    stop();
    // An orphaned script's extension APIs throw "Extension context invalidated": nothing to undo.
    for (const release of [unwatch, () => browser.runtime.onMessage.removeListener(onMessage)]) {
      try {
        release();
      } catch {
        // Already gone with the extension.
      }
    }
  });

  if (isSiteOn(settings, site)) start();
  else removeHighlightSheet(doc);
}

async function answer(running: Running, request: TabRequest): Promise<unknown> {
  const mentions = [...running.scanner.table.all()];
  switch (request.type) {
    case 'page-mentions': {
      if (window !== window.top) return undefined; // the top frame answers for the tab
      const counts = new Map<string, PageEntity>();
      for (const m of mentions) {
        const entry = counts.get(m.id) ?? { id: m.id, kind: m.kind, label: m.label, count: 0 };
        entry.count++;
        counts.set(m.id, entry);
      }
      return [...counts.values()];
    }
    case 'show-mention': {
      const first = mentions.filter((m) => m.id === request.id).sort(byPosition)[0];
      if (!first) return false;
      first.node.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      running.highlighter.flash(first.range);
      return true;
    }
    case 'next-mention': {
      const ordered = mentions.sort(byPosition);
      const current = running.cursor;
      const next = (current && ordered.find((m) => byPosition(m, current) > 0)) ?? ordered[0];
      if (!next) return false;
      running.cursor = next;
      next.node.parentElement?.scrollIntoView({ block: 'center' });
      running.highlighter.flash(next.range);
      await running.openCard(next.id, next.range);
      return true;
    }
    case 'lookup-selection': {
      const selection = window.getSelection();
      if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return false;
      const range = selection.getRangeAt(0).cloneRange();
      const text = selection.toString().trim().slice(0, 200);
      const id = matcher ? findMentions(text, matcher)[0]?.id : undefined;
      const best = id ?? (await ask<SearchResult[]>(running.ctx, { type: 'search', query: text, limit: 1 }))?.[0]?.id;
      if (!best) return false;
      await running.openCard(best, range);
      return true;
    }
  }
}

/** Document order of two mentions' ranges. */
function byPosition(a: PageMention, b: PageMention): number {
  return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
}

/** The site this document belongs to; a srcdoc or about:blank frame belongs to its parent's. */
function siteOf(doc: Document): string | undefined {
  const own = hostOf(doc.location.href);
  if (own) return own;
  try {
    return hostOf(window.parent.location.href) ?? hostOf(doc.referrer);
  } catch {
    return hostOf(doc.referrer);
  }
}
