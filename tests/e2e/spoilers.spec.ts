import type { BrowserContext } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { hoverText, waitForScan } from '../../scripts/page-actions.ts';
import { patchStoredSettings } from '../../scripts/extension-storage.ts';

const setReader = (context: BrowserContext, patch: Record<string, unknown>) => patchStoredSettings(context as never, patch);

const AT_1X13 = { onboarded: true, spoilers: { comics: 'progress', netflix: 'progress' }, progress: { 'luke-cage': 113 } };

test('at Luke Cage 1x13, a season-2 fact hides behind a line; Reveal shows it; switching Netflix protection off shows it', async ({
  context,
  page,
  origin,
  extensionId,
}) => {
  await setReader(context, AT_1X13);
  await page.goto(`${origin}/comic-romance.html`);
  await waitForScan(page as never);
  let card = await hoverText(page as never, 'Luke Cage');
  await card.getByRole('button', { name: 'Netflix' }).click();
  const hidden = card.locator('[data-hidden-fact^="episode:luke-cage-2x"]').first();
  await expect(hidden).toContainText(/(Hidden|\d+ facts hidden) — revealed in Luke Cage 2x\d\d( to 2x\d\d)?; you're at 1x13/);
  const count = await card.locator('[data-hidden-fact]').count();
  await hidden.getByRole('button', { name: 'Reveal' }).click();
  await expect(card.locator('[data-hidden-fact]')).toHaveCount(count - 1);

  // The comics are another continuity: Netflix progress does not open them.
  await card.getByRole('button', { name: 'Comics' }).click();
  await expect(card.locator('[data-hidden-fact^="issue:"]').first()).toBeVisible();

  // Netflix protection off, from the popup's spoiler controls.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByRole('button', { name: 'Spoiler protection…' }).click();
  await popup.getByRole('group', { name: 'Netflix' }).getByLabel('Spoiler protection').selectOption('off');
  // Closed straight away, as a reader does: the change must be saved all the same.
  await popup.close();

  await page.bringToFront();
  await page.keyboard.press('Escape');
  card = await hoverText(page as never, 'Luke Cage');
  await card.getByRole('button', { name: 'Netflix' }).click();
  await expect(card.locator('[data-hidden-fact]')).toHaveCount(0);
  await card.getByRole('button', { name: 'Comics' }).click();
  await expect(card.locator('[data-hidden-fact^="issue:"]').first()).toBeVisible();
});

test('a page that discusses Luke Cage season 2 says so to a reader at 1x13; a season-1 recap does not', async ({
  context,
  page,
  origin,
}) => {
  await setReader(context, AT_1X13);
  await page.goto(`${origin}/eval-02-lc-all-souled-out.html`);
  await waitForScan(page as never);
  const notice = page.locator('sidekick-root [data-sidekick-notice]');
  await expect(notice).toContainText("This page discusses Luke Cage season 2, which you haven't watched yet");
  await notice.getByRole('button', { name: 'Dismiss this notice' }).click();
  await expect(notice).toHaveCount(0);

  await page.goto(`${origin}/test-lc-s1-recap.html`);
  await waitForScan(page as never);
  await page.waitForTimeout(500);
  await expect(page.locator('sidekick-root [data-sidekick-notice]')).toHaveCount(0);
});
