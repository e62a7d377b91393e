import { expect, test } from './fixtures.ts';

test('the popup opens focused on search and finds a name', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const box = page.getByRole('combobox');
  await expect(box).toBeFocused();
  await page.keyboard.type('jessica jon');
  const first = page.getByRole('listbox').getByRole('option').first();
  await expect(first).toHaveAttribute('data-entity-id', 'character:jessica-jones');
  await page.keyboard.press('Enter');
  await expect(page.locator('[role="dialog"][data-entity-id="character:jessica-jones"]')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('combobox')).toBeVisible();
});

test('the popup search tolerates a typo', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.getByRole('combobox').fill('luke cgae');
  await expect(page.getByRole('option').first()).toHaveAttribute('data-entity-id', 'character:luke-cage');
});
