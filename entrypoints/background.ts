import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import * as v from 'valibot';
import { noticePoints, viewCard } from '../core/cards/card-view.ts';
import type { CardStore } from '../core/cards/card.ts';
import { Request, type TabRequest } from '../core/messages.ts';
import { loadSearch, search, type SearchIndex, type SearchIndexData } from '../core/search/search.ts';
import cardStore from '../data/generated/card-store.json';
import searchIndex from '../data/generated/search-index.json';
import { hasLiveScript } from '../page/live-script.ts';
import { repairSettings } from '../settings/schema.ts';
import { ensureLocalCopy, mirrorSyncToLocal, saveSettings, type SaveStatus } from '../settings/store.ts';

/** Tells a tab's content script; a tab without one (a browser page, a PDF) just ignores it. */
async function sendToTab(tabId: number, frameId: number | undefined, message: TabRequest) {
  try {
    await browser.tabs.sendMessage(tabId, message, frameId === undefined ? {} : { frameId });
  } catch {
    // No Sidekick on that page: nothing to do.
  }
}

/**
 * Starts this version's content script in the tabs already open when Sidekick is installed or
 * updated: the browser only injects declared scripts into pages loaded afterwards. A script
 * of the previous version still on a page steps aside as this one starts (WXT's content script
 * context tells it), taking its marks and card with it. Tabs the browser has discarded get it
 * when they load again; one tab after another, so a window of tabs is not scanned all at once.
 */
async function runOnOpenTabs() {
  // The main script only: the document-start one exists to act before the page is parsed.
  const files = (browser.runtime.getManifest().content_scripts ?? []).flatMap((script) =>
    script.run_at === 'document_start' ? [] : ((script.js ?? []) as ScriptPublicPath[]),
  );
  const tabs = await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] });
  for (const tab of tabs) {
    if (tab.id === undefined || tab.discarded) continue;
    try {
      const probes = await browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, func: hasLiveScript });
      // A page loaded after this version was installed already runs it.
      const frameIds = probes.filter((probe) => probe.result !== true).map((probe) => probe.frameId);
      if (frameIds.length) await browser.scripting.executeScript({ target: { tabId: tab.id, frameIds }, files });
    } catch {
      // A page the browser keeps scripts out of (the web store, an error page): nothing to do.
    }
  }
}

export default defineBackground(() => {
  const store = cardStore as unknown as CardStore;
  let index: SearchIndex | undefined;
  /** Saves run one after another, in the order they arrived. */
  let saving: Promise<unknown> = Promise.resolve();

  void ensureLocalCopy();
  mirrorSyncToLocal();

  const MENU_ID = 'sidekick-lookup';
  browser.runtime.onInstalled.addListener(({ reason }) => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Look up “%s” in Sidekick', contexts: ['selection'] });
    if (reason === 'install' || reason === 'update') void runOnOpenTabs();
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) void sendToTab(tab.id, info.frameId, { type: 'lookup-selection' });
  });
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'lookup-selection' && command !== 'next-mention') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await sendToTab(tab.id, undefined, { type: command });
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const parsed = v.safeParse(Request, message);
    if (!parsed.success) return undefined;
    const request = parsed.output;
    switch (request.type) {
      case 'card':
        return Promise.resolve(viewCard(store, request.id) ?? null);
      case 'search':
        index ??= loadSearch(store, searchIndex as unknown as SearchIndexData);
        return Promise.resolve(search(index, request.query, request.limit));
      case 'points':
        return Promise.resolve(noticePoints(store, request.ids));
      case 'save-settings': {
        // Only the extension's own pages change settings this way.
        if (!sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
        const next: Promise<SaveStatus> = saving.then(() => saveSettings(repairSettings(request.settings).settings));
        saving = next.catch(() => undefined);
        return next;
      }
    }
  });
});
