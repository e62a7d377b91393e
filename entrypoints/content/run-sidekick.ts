/**
 * The content script's wiring: settings decide whether Sidekick runs on this site; when it
 * does, scan and mark the page, and answer hovers with cards. Everything stops with `ctx`.
 */
import { h } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Card } from '../../components/Card.tsx';
import { positionLabel, type CardView } from '../../core/cards/card-view.ts';
import type { PageEntity } from '../../core/messages.ts';
import { TabRequest } from '../../core/messages.ts';
import { buildMatcher } from '../../core/matching/build-matcher.ts';
import type { NameIndex } from '../../core/matching/name-index.ts';
import type { Reader } from '../../core/spoilers/visibility.ts';
import nameIndex from '../../data/generated/name-index.json';
import { CardHost, pageTheme } from '../../page/card-host.ts';
import { Highlighter } from '../../page/highlighter.ts';
import { watchHover } from '../../page/hover.ts';
import type { MentionTable } from '../../page/mention-table.ts';
import { scanPage } from '../../page/scan-page.ts';
import { hostOf, isSiteOn, type Settings } from '../../settings/schema.ts';
import { loadSettings, updateSettings, watchSettings } from '../../settings/store.ts';
import * as v from 'valibot';

interface Running {
  controller: AbortController;
  highlighter: Highlighter;
  host: CardHost;
  table: MentionTable | undefined;
}

export async function runSidekick(ctx: ContentScriptContext) {
  const doc = document;
  const site =
    hostOf(location.href) ??
    hostOf(doc.referrer) ??
    (location.protocol === 'about:' ? hostOf(window.parent?.location?.href ?? '') : undefined);
  let settings: Settings = await loadSettings();
  let running: Running | undefined;

  const readerOf = (s: Settings): Reader => ({ modes: s.spoilers, progress: s.progress });

  const start = () => {
    const controller = new AbortController();
    ctx.signal.addEventListener('abort', () => controller.abort(), { once: true });
    const highlighter = new Highlighter(doc, settings.markStyle);
    highlighter.setVisible(settings.showMarks);
    const host = new CardHost(doc);
    const state: Running = { controller, highlighter, host, table: undefined };
    running = state;
    const matcher = buildMatcher(nameIndex as unknown as NameIndex);

    const openCard = async (id: string, anchor: Range) => {
      const view = (await browser.runtime.sendMessage({ type: 'card', id })) as CardView | undefined;
      if (!view || controller.signal.aborted) return;
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
            })),
          onOpen: (next: string) => void openCard(next, anchor),
          onClose: () => hover.dismiss(),
          key: view.card.id,
        }),
        anchor,
        pageTheme(doc),
      );
    };

    const hover = watchHover({
      doc,
      host,
      table: () => state.table,
      delays: () => settings,
      open: (mention) => void openCard(mention.id, mention.range),
      close: () => host.hide(),
      signal: controller.signal,
    });

    void scanPage(doc, matcher, highlighter, controller.signal)
      .then((table) => {
        state.table = table;
      })
      .catch(() => {
        /* aborted: Sidekick was switched off or the extension reloaded */
      });

    controller.signal.addEventListener('abort', () => {
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
    }
  };

  const unwatch = watchSettings(apply);
  ctx.onInvalidated(() => {
    unwatch();
    stop();
  });

  const onMessage = (message: unknown) => {
    const parsed = v.safeParse(TabRequest, message);
    if (!parsed.success || window !== window.top) return undefined;
    const table = running?.table;
    const request = parsed.output;
    if (request.type === 'page-mentions') {
      const counts = new Map<string, PageEntity>();
      for (const m of table?.mentions ?? []) {
        const entry = counts.get(m.id) ?? { id: m.id, kind: m.kind, label: m.label, count: 0 };
        entry.count++;
        counts.set(m.id, entry);
      }
      return Promise.resolve([...counts.values()]);
    }
    const first = table?.mentions.find((m) => m.id === request.id);
    if (first) {
      first.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    }
    return Promise.resolve(!!first);
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  if (isSiteOn(settings, site)) start();
}
