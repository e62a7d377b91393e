import { expect, test } from './fixtures.ts';
import { hoverText, pointOfText, waitForScan } from '../../scripts/page-actions.ts';

const CARD = 'sidekick-root [role="dialog"][data-entity-id]';

for (const [page, phrase, id] of [
  ['comic-romance.html', 'Jessica Jones', 'character:jessica-jones'],
  ['comic-romance.html', 'Luke Cage', 'character:luke-cage'],
  ['season-two-news.html', 'Luke Cage', 'character:luke-cage'],
  ['season-two-news.html', 'Jessica Jones', 'character:jessica-jones'],
] as const) {
  test(`hovering "${phrase}" on ${page} opens its card`, async ({ page: tab, origin }) => {
    await tab.goto(`${origin}/${page}`);
    await waitForScan(tab as never);
    const card = await hoverText(tab as never, phrase);
    await expect(card).toHaveAttribute('data-entity-id', id);
    await expect(card.getByRole('heading')).toContainText(phrase);
  });
}

test('moving the pointer away closes the card', async ({ page, origin }) => {
  await page.goto(`${origin}/comic-romance.html`);
  await waitForScan(page as never);
  await hoverText(page as never, 'Luke Cage');
  await page.mouse.move(5, 800);
  await expect(page.locator(CARD)).toHaveCount(0);
});

test('Esc closes the card', async ({ page, origin }) => {
  await page.goto(`${origin}/comic-romance.html`);
  await waitForScan(page as never);
  await hoverText(page as never, 'Jessica Jones');
  await page.keyboard.press('Escape');
  await expect(page.locator(CARD)).toHaveCount(0);
});

test('plain text that names nobody opens no card', async ({ page, origin }) => {
  await page.goto(`${origin}/comic-romance.html`);
  await waitForScan(page as never);
  const { x, y } = await pointOfText(page as never, 'Few Marvel couples');
  await page.mouse.move(x, y, { steps: 3 });
  await page.waitForTimeout(700);
  await expect(page.locator(CARD)).toHaveCount(0);
});

test('the page DOM is unchanged apart from <sidekick-root>', async ({ page, origin }) => {
  // The same page without the extension's content script, for the reference serialisation.
  await page.route('**/comic-romance.html', (route) => route.continue());
  await page.goto(`${origin}/comic-romance.html`);
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  await waitForScan(page as never);
  const afterScan = await page.evaluate(() => document.documentElement.outerHTML);
  await hoverText(page as never, 'Luke Cage');
  await page.keyboard.press('Escape');
  await expect(page.locator(CARD)).toHaveCount(0);
  const afterCard = await page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('sidekick-root').forEach((el) => el.remove());
    return clone.outerHTML;
  });
  const roots = await page.evaluate(() => document.querySelectorAll('sidekick-root').length);
  expect(roots).toBe(1);
  expect(afterScan).toBe(before);
  expect(afterCard).toBe(before);
});
