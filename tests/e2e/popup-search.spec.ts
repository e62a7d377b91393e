import { expect, test } from './fixtures.ts';
import { POPUP_EXAMPLES } from '../fixtures/search-queries.ts';

const QUERIES = POPUP_EXAMPLES;

for (const [query, id] of QUERIES) {
  test(`searching "${query}" puts ${id} first`, async ({ page, extensionId }) => {
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await page.keyboard.type(query);
    await expect(page.getByRole('listbox').getByRole('option').first()).toHaveAttribute('data-entity-id', id);
  });
}

test('the popup works with the keyboard alone: arrows, Enter, Esc', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.keyboard.type('luke cage');
  const options = page.getByRole('option');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  const second = await options.nth(1).getAttribute('data-entity-id');
  await page.keyboard.press('Enter');
  await expect(page.locator(`[role="dialog"][data-entity-id="${second}"]`)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('combobox')).toBeVisible();
});

test('"On this page" lists the entities of a demo page', async ({ context, extensionId, origin, page }) => {
  await page.goto(`${origin}/comic-romance.html`);
  await page.waitForFunction(() => performance.getEntriesByName('sidekick:scan').length > 0);
  // The popup asks the active tab; open it as a page and point its query at the demo tab.
  const popup = await context.newPage();
  await popup.addInitScript(() => {
    type Tab = { url?: string };
    const tabsApi = (
      globalThis as unknown as { chrome: { tabs: { query: (info: object, done?: (tabs: Tab[]) => void) => Promise<Tab[]> } } }
    ).chrome.tabs;
    const original = tabsApi.query.bind(tabsApi);
    tabsApi.query = (_info, done) => {
      // Without a click on the toolbar button, activeTab shows no URLs: take the first tab, the demo page.
      const found = original({}).then((tabs) => tabs.slice(0, 1));
      if (done) void found.then(done);
      return found;
    };
  });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const list = popup.getByRole('region', { name: 'On this page' });
  await expect(list.locator('[data-page-entity="character:jessica-jones"]')).toBeVisible();
  await expect(list.locator('[data-page-entity="issue:the-pulse-2004-14"]')).toBeVisible();

  // Choosing one brings its first mention on screen and lights it up.
  await list.locator('[data-page-entity="character:danielle-cage"]').click();
  await expect
    .poll(() =>
      page.evaluate(() => {
        const flash = CSS.highlights.get('sidekick-flash');
        const range = flash && ([...flash][0] as Range | undefined);
        if (!range) return null;
        const { top, bottom } = range.getBoundingClientRect();
        return { text: range.toString(), onScreen: top >= 0 && bottom <= innerHeight };
      }),
    )
    .toEqual({ text: 'Danielle Cage', onScreen: true });
});
