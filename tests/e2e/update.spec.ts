/** Reloading or updating the extension with pages open: the old script steps aside quietly. */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { hoverText, pointOfText, waitForScan } from '../../scripts/page-actions.ts';
import { markedTexts, settledMarks } from './marks.ts';

/** Every exception and console error on the page, from any world (content scripts included). */
async function recordErrors(context: BrowserContext, page: Page): Promise<string[]> {
  const errors: string[] = [];
  const cdp = await context.newCDPSession(page);
  cdp.on('Runtime.exceptionThrown', (e: { exceptionDetails: { text: string; exception?: { description?: string } } }) =>
    errors.push(e.exceptionDetails.exception?.description ?? e.exceptionDetails.text),
  );
  cdp.on('Runtime.consoleAPICalled', (e: { type: string; args: { value?: unknown; description?: string }[] }) => {
    if (e.type === 'error' || e.type === 'warning') errors.push(e.args.map((a) => String(a.value ?? a.description)).join(' '));
  });
  cdp.on('Log.entryAdded', (e: { entry: { level: string; text: string; source: string } }) => {
    if (e.entry.level === 'error' && e.entry.source !== 'network') errors.push(e.entry.text);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  return errors;
}

/** Opens `url` with the error recorder on and waits for Sidekick's scan. */
async function openRecorded(context: BrowserContext, page: Page, url: string): Promise<string[]> {
  const errors = await recordErrors(context, page);
  await page.goto(url);
  await waitForScan(page as never);
  await settledMarks(page);
  return errors;
}

const workerOf = (context: BrowserContext, extensionId: string) =>
  context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`))!;

test('reloading the extension with a page open: the old script leaves its marks and card behind it, with no error', async ({
  context,
  page,
  origin,
  extensionId,
}) => {
  const errors = await openRecorded(context, page, `${origin}/comic-romance.html`);
  await hoverText(page as never, 'Luke Cage');
  await page.keyboard.press('Escape');
  expect((await markedTexts(page)).length).toBeGreaterThan(5);

  const worker = workerOf(context, extensionId);
  await worker
    .evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload())
    .catch(() => {
      // The worker goes away with the reload: its answer may never come.
    });

  // The old content script notices and leaves: no marks, no root.
  await expect.poll(async () => (await markedTexts(page)).filter(Boolean)).toEqual([]);
  await expect(page.locator('sidekick-root')).toHaveCount(0);
  // Hovering and the keyboard reach nothing, and say nothing.
  const { x, y } = await pointOfText(page as never, 'Jessica Jones');
  await page.mouse.move(x, y, { steps: 3 });
  await page.waitForTimeout(600);
  await page.keyboard.press('Escape');
  await expect(page.locator('sidekick-root')).toHaveCount(0);

  // The page itself is untouched and keeps working. (Outside developer mode Chromium does not
  // bring an unpacked extension back after a reload: the next test takes the update path.)
  await page.reload();
  await expect(page.locator('h1')).toBeVisible();
  expect(errors).toEqual([]);
});

test('updating the extension with a page open: the new version takes over that page', async ({ context, page, origin, extensionId }) => {
  const errors = await openRecorded(context, page, `${origin}/comic-romance.html`);
  const before = (await markedTexts(page)).filter(Boolean);
  expect(before.length).toBeGreaterThan(5);
  const scans = () => page.evaluate(() => performance.getEntriesByName('sidekick:scan').length);
  expect(await scans()).toBe(1);

  // What `chrome://extensions` does when a developer reloads an unpacked extension: the
  // browser reinstalls it from disk (an update, as far as the extension can tell).
  const admin = await context.newPage();
  await admin.goto('chrome://extensions');
  await admin.evaluate(async (id) => {
    const dp = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome.developerPrivate;
    await new Promise<void>((done) => dp.updateProfileConfiguration({ inDeveloperMode: true }, done));
    await new Promise<void>((done) => dp.reload(id, { failQuietly: true }, done));
  }, extensionId);
  await admin.close();

  // Without a reload of the page, the new version scans it once, marks it as before, and its
  // cards open; the old script has left nothing of its own.
  await expect.poll(scans, { timeout: 10_000 }).toBe(2);
  await expect.poll(async () => (await markedTexts(page)).filter(Boolean)).toEqual(before);
  await expect(page.locator('sidekick-root')).toHaveCount(1);
  const card = await hoverText(page as never, 'Luke Cage');
  await expect(card).toContainText('Luke Cage');
  await page.waitForTimeout(500);
  expect(await scans()).toBe(2);
  expect(errors).toEqual([]);
});

interface DeveloperPrivate {
  updateProfileConfiguration(update: { inDeveloperMode: boolean }, done: () => void): void;
  reload(id: string, options: { failQuietly: boolean }, done: () => void): void;
}

test('two copies started in one frame at once (an update racing a page load): one takes over, marks are not doubled', async ({
  context,
  page,
  origin,
  extensionId,
}) => {
  const errors = await openRecorded(context, page, `${origin}/test-structures.html`);
  const before = await markedTexts(page);
  const worker = workerOf(context, extensionId);
  // Two more copies, injected back to back: each starts while the one before it still reads
  // its settings.
  await worker.evaluate(async () => {
    type Chrome = {
      tabs: { query(q: object): Promise<{ id?: number }[]> };
      scripting: { executeScript(i: object): Promise<unknown> };
    };
    const { tabs, scripting } = (globalThis as unknown as { chrome: Chrome }).chrome;
    const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
    const inject = () => scripting.executeScript({ target: { tabId: tab!.id! }, files: ['content-scripts/content.js'] });
    await Promise.all([inject(), inject()]);
  });
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('sidekick:scan').length)).toBe(2);
  await page.waitForTimeout(500);
  expect(await markedTexts(page)).toEqual(before);
  await expect(await hoverText(page as never, 'Luke Cage')).toContainText('Luke Cage');
  await expect(page.locator('sidekick-root')).toHaveCount(1);
  expect(errors).toEqual([]);
});
