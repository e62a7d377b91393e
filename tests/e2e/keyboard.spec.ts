/**
 * The keyboard commands. Browsers do not let a test press an extension's shortcut, so the
 * browser is asked which keys it assigned, and the background's message for each command is
 * sent to the tab, as the command handler does.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { buildMatcher } from '../../core/matching/build-matcher.ts';
import { findMentions } from '../../core/matching/find-mentions.ts';
import { loadNameIndex } from '../../scripts/load-artifacts.ts';
import { visibleTextOfHtml } from '../../scripts/page-text.ts';
import { waitForScan } from '../../scripts/page-actions.ts';

/** Sends a command's message to the active tab from the service worker. */
async function command(context: BrowserContext, type: 'next-mention' | 'lookup-selection') {
  const worker = context.serviceWorkers()[0]!;
  await worker.evaluate(async (message) => {
    type Tabs = {
      query(q: object): Promise<{ id?: number }[]>;
      sendMessage(id: number, message: object): Promise<unknown>;
    };
    const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
    const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
    await tabs.sendMessage(tab!.id!, { type: message });
  }, type);
}

test('the browser gives each command its shortcut: open the popup, look up the selection, go to the next name', async ({ context }) => {
  // The keys the browser actually assigned (a suggested key it refuses, e.g. one it keeps for
  // itself, is left empty without a word), as `chrome://extensions/shortcuts` shows them.
  const worker = context.serviceWorkers()[0]!;
  const commands = await worker.evaluate(async () => {
    type Commands = { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
    const all = await (globalThis as unknown as { chrome: { commands: Commands } }).chrome.commands.getAll();
    return Object.fromEntries(all.map((c) => [c.name, c.shortcut]));
  });
  expect(commands).toEqual({ _execute_action: 'Alt+Shift+K', 'lookup-selection': 'Alt+Shift+L', 'next-mention': 'Alt+Shift+J' });
});

test('"next name" steps through the page’s mentions in order, each with its card', async ({ context, page, origin }) => {
  await page.goto(`${origin}/comic-romance.html`);
  await waitForScan(page as never);
  const card = page.locator('sidekick-root [role="dialog"][data-entity-id]');
  const seen: string[] = [];
  for (let i = 0; i < 3; i++) {
    await command(context, 'next-mention');
    await expect(card).toBeVisible();
    seen.push((await card.getAttribute('data-entity-id'))!);
    // The mention stepped to lights up.
    expect(await page.evaluate(() => CSS.highlights.get('sidekick-flash')?.size ?? 0)).toBe(1);
  }
  // The page's first three mentions, in document order, as the recogniser finds them in Node.
  const html = readFileSync('tests/fixtures/pages/comic-romance.html', 'utf8');
  const expected = findMentions(visibleTextOfHtml(html), buildMatcher(loadNameIndex()))
    .slice(0, 3)
    .map((m) => m.id);
  expect(seen).toEqual(expected);
});

test('"look up the selection" opens the card of the selected name', async ({ context, page, origin }) => {
  await page.goto(`${origin}/comic-romance.html`);
  await waitForScan(page as never);
  await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf('Kilgrave');
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + 'Kilgrave'.length);
      (n.parentElement ?? document.body).scrollIntoView({ block: 'center' });
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return;
    }
  });
  await command(context, 'lookup-selection');
  await expect(page.locator('sidekick-root [role="dialog"][data-entity-id="character:kilgrave"]')).toBeVisible();
});
