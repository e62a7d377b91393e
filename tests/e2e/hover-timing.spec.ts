import { expect, test } from './fixtures.ts';
import { hoverText, pointOfText, waitForScan } from '../../scripts/page-actions.ts';
import { markedTexts, settledMarks } from './marks.ts';
import { patchStoredSettings } from '../../scripts/extension-storage.ts';

const CARD = 'sidekick-root [role="dialog"][data-entity-id]';

test('a fast sweep across names opens no card', async ({ page, origin }) => {
  await page.goto(`${origin}/comic-romance.html`);
  await waitForScan(page as never);
  const a = await pointOfText(page as never, 'Jessica Jones', 1);
  const b = await pointOfText(page as never, 'Luke Cage', 1);
  // Cross both names in about 100 ms: less than the 200 ms hover-intent delay on each.
  await page.mouse.move(a.x - 40, a.y);
  await page.mouse.move(b.x + 60, b.y, { steps: 6 });
  await page.waitForTimeout(60);
  await page.mouse.move(b.x + 60, b.y + 200);
  await page.waitForTimeout(500);
  await expect(page.locator(CARD)).toHaveCount(0);
});

test('the card waits for hover intent, and the pointer can travel onto it', async ({ page, origin }) => {
  await page.goto(`${origin}/comic-romance.html`);
  await waitForScan(page as never);
  const { x, y } = await pointOfText(page as never, 'Luke Cage');
  // Timed in the page: when the pointer last moved, and when the card first showed.
  await page.evaluate(() => {
    const w = window as unknown as { lastMove: number; cardAt?: number };
    addEventListener('pointermove', () => (w.lastMove = performance.now()), true);
    const watch = () => {
      const card = document.querySelector('sidekick-root')?.shadowRoot?.querySelector('[role="dialog"][data-entity-id]');
      if (card && card.getBoundingClientRect().width > 0) w.cardAt = performance.now();
      else requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
  await page.mouse.move(x - 20, y + 30);
  await page.mouse.move(x, y, { steps: 2 });
  const card = page.locator(CARD);
  await expect(card).toBeVisible();
  // The hover-intent delay (200 ms by default) passed with the pointer resting on the name,
  // give or take a frame.
  const waited = await page.evaluate(() => {
    const w = window as unknown as { lastMove: number; cardAt: number };
    return w.cardAt - w.lastMove;
  });
  expect(waited).toBeGreaterThanOrEqual(180);
  // Travel from the name down onto the card, across the gap between them.
  const box = (await card.boundingBox())!;
  await page.mouse.move(box.x + 30, box.y + box.height / 2, { steps: 8 });
  await page.waitForTimeout(600);
  await expect(card).toBeVisible();
  // Away to the site header, where no name is.
  await page.mouse.move(640, 12, { steps: 2 });
  await expect(page.locator(CARD)).toHaveCount(0);
});

test('switching Sidekick off for a site removes its marks without a reload, and on again restores them', async ({
  context,
  page,
  origin,
}) => {
  await page.goto(`${origin}/comic-romance.html`);
  await waitForScan(page as never);
  const before = (await settledMarks(page)).length;
  expect(before).toBeGreaterThan(5);
  const host = new URL(origin).host;
  const setSitesOff = (sites: string[]) => patchStoredSettings(context as never, { sitesOff: sites });
  await setSitesOff([host]);
  await expect.poll(() => markedTexts(page)).toEqual([]);
  const { x, y } = await pointOfText(page as never, 'Luke Cage');
  await page.mouse.move(x, y);
  await page.waitForTimeout(500);
  await expect(page.locator(CARD)).toHaveCount(0);
  await setSitesOff([]);
  await expect.poll(async () => (await markedTexts(page)).length).toBe(before);
  await hoverText(page as never, 'Luke Cage');
});

test('hiding marks from the popup clears them on the open page, hover cards still work, and showing them brings them back', async ({
  context,
  page,
  origin,
  extensionId,
}) => {
  await page.goto(`${origin}/comic-romance.html`);
  await waitForScan(page as never);
  const before = (await settledMarks(page)).length;
  expect(before).toBeGreaterThan(5);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const toggle = popup.getByLabel('Mark names on pages');
  await expect(toggle).toBeChecked();
  await toggle.click();
  await expect.poll(() => markedTexts(page)).toEqual([]);
  await page.bringToFront();
  const card = await hoverText(page as never, 'Kilgrave');
  await expect(card).toHaveAttribute('data-entity-id', 'character:kilgrave');
  await page.keyboard.press('Escape');
  await popup.bringToFront();
  await toggle.click();
  await expect.poll(async () => (await markedTexts(page)).length).toBe(before);
});
