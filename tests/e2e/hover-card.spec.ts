import { expect, test } from './fixtures.ts';
import { hoverText, pointOfText, waitForScan } from '../../scripts/page-actions.ts';

const CARD = 'sidekick-root [role="dialog"][data-entity-id]';

// [page, phrase, which occurrence on the page (0 = first), entity, the card's title]
for (const [page, phrase, nth, id, title] of [
  ['comic-romance.html', 'Jessica Jones', 0, 'character:jessica-jones', 'Jessica Jones'],
  ['comic-romance.html', 'Luke Cage', 0, 'character:luke-cage', 'Luke Cage'],
  ['comic-romance.html', 'The Pulse Vol. 1 #14', 0, 'issue:the-pulse-2004-14', 'The Pulse #14'],
  ['comic-romance.html', 'Season 2 of Luke', 0, 'season:luke-cage-2', 'Luke Cage · Season 2'],
  ['comic-romance.html', 'Krysten Ritter', 0, 'person:krysten-ritter', 'Krysten Ritter'],
  ['comic-romance.html', 'Kilgrave', 0, 'character:kilgrave', 'Kilgrave'],
  ['season-two-news.html', 'Luke Cage', 0, 'character:luke-cage', 'Luke Cage'],
  ['season-two-news.html', 'Jessica Jones Season 2', 0, 'season:jessica-jones-2', 'Jessica Jones · Season 2'],
  ['season-two-news.html', 'Jessica Jones', 1, 'character:jessica-jones', 'Jessica Jones'],
  ['season-two-news.html', 'Melissa Rosenberg', 0, 'person:melissa-rosenberg', 'Melissa Rosenberg'],
] as const) {
  test(`hovering "${phrase}" on ${page} opens the card of ${id}`, async ({ page: tab, origin }) => {
    await tab.goto(`${origin}/${page}`);
    await waitForScan(tab as never);
    const card = await hoverText(tab as never, phrase, nth);
    await expect(card).toHaveAttribute('data-entity-id', id);
    await expect(card.getByRole('heading')).toHaveText(title);
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
  // The page serialised without Sidekick's own element (which may hold a page notice early on).
  const serialise = () =>
    page.evaluate(() => {
      const clone = document.documentElement.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('sidekick-root').forEach((el) => el.remove());
      return clone.outerHTML;
    });
  const before = await serialise();
  await waitForScan(page as never);
  const afterScan = await serialise();
  await hoverText(page as never, 'Luke Cage');
  await page.keyboard.press('Escape');
  await expect(page.locator(CARD)).toHaveCount(0);
  const afterCard = await serialise();
  const roots = await page.evaluate(() => document.querySelectorAll('sidekick-root').length);
  expect(roots).toBe(1);
  expect(afterScan).toBe(before);
  expect(afterCard).toBe(before);
});
