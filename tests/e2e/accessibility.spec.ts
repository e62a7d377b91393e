import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { hoverText, waitForScan } from '../../scripts/page-actions.ts';

test('the popup has no accessibility violations, in its search and spoiler views', async ({ page, extensionId }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.keyboard.type('jessica');
  let results = await new AxeBuilder({ page: page as never }).analyze();
  expect(results.violations).toEqual([]);
  await page.getByRole('button', { name: 'Spoiler protection…' }).click();
  results = await new AxeBuilder({ page: page as never }).analyze();
  expect(results.violations).toEqual([]);
});

test('the options page has no accessibility violations', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const results = await new AxeBuilder({ page: page as never }).analyze();
  expect(results.violations).toEqual([]);
});

test('a card on a page has no accessibility violations', async ({ page, origin }) => {
  await page.goto(`${origin}/comic-romance.html`);
  await waitForScan(page as never);
  await hoverText(page as never, 'Luke Cage');
  const results = await new AxeBuilder({ page: page as never }).include('sidekick-root').analyze();
  expect(results.violations).toEqual([]);
});

test('the popup fits 360 px without sideways scrolling', async ({ page, extensionId }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.getByRole('button', { name: 'Spoiler protection…' }).click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
