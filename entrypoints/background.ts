import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import * as v from 'valibot';
import { noticePoints, viewCard } from '../core/cards/card-view.ts';
import type { CardStore } from '../core/cards/card.ts';
import { Request, type TabRequest } from '../core/messages.ts';
import { loadSearch, search, type SearchIndex, type SearchIndexData } from '../core/search/search.ts';
import cardStore from '../data/generated/card-store.json';
import searchIndex from '../data/generated/search-index.json';
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

export default defineBackground(() => {
  const store = cardStore as unknown as CardStore;
  let index: SearchIndex | undefined;
  /** Saves run one after another, in the order they arrived. */
  let saving: Promise<unknown> = Promise.resolve();

  void ensureLocalCopy();
  mirrorSyncToLocal();

  const MENU_ID = 'sidekick-lookup';
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Look up “%s” in Sidekick', contexts: ['selection'] });
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
