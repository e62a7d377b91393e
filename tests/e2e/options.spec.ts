/** The options page's settings file: export, validated import, reset — and nothing lost. */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { patchStoredSettings } from '../../scripts/extension-storage.ts';

/** The settings as stored, read from an extension page. */
const stored = (page: Page) =>
  page.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    return (await api.storage.sync.get('settings')).settings as Record<string, unknown>;
  });

const file = (name: string, content: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(content) });

test('settings export to a file and import back; a foreign or broken file changes nothing', async ({ context, page, extensionId }) => {
  await patchStoredSettings(context as never, { hoverDelayMs: 350, progress: { 'jessica-jones': 105 }, onboarded: true });
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByLabel(/Delay before a card opens/)).toHaveValue('350');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export…' }).click()]);
  const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { format: string; settings: Record<string, unknown> };
  expect(exported.format).toBe('sidekick-settings');
  expect(exported.settings).toMatchObject({ hoverDelayMs: 350, progress: { 'jessica-jones': 105 } });

  const input = page.getByLabel('Import…');
  const status = page.getByRole('status');
  await input.setInputFiles(file('broken.json', '{"format": "sidekick-settings", '));
  await expect(status).toContainText('not valid JSON');
  await input.setInputFiles(file('other.json', JSON.stringify({ name: 'some other extension', settings: { hoverDelayMs: 1 } })));
  await expect(status).toContainText('not a Sidekick settings file');
  await input.setInputFiles(file('future.json', JSON.stringify({ format: 'sidekick-settings', version: 99, settings: {} })));
  await expect(status).toContainText('newer Sidekick');
  expect(await stored(page)).toMatchObject({ hoverDelayMs: 350, progress: { 'jessica-jones': 105 } });

  // A partly valid file: the good fields are taken, the rest named.
  const partly = { ...exported, settings: { ...exported.settings, hoverDelayMs: 600, markStyle: 'sparkles', colour: 'red' } };
  await input.setInputFiles(file('partly.json', JSON.stringify(partly)));
  await expect(status).toContainText('Imported, except');
  await expect(status).toContainText('markStyle');
  await expect(status).toContainText('colour');
  await expect(page.getByLabel(/Delay before a card opens/)).toHaveValue('600');
  expect(await stored(page)).toMatchObject({ hoverDelayMs: 600, markStyle: 'underline', progress: { 'jessica-jones': 105 } });
});

test('reset to defaults can be undone, progress included', async ({ context, page, extensionId }) => {
  await patchStoredSettings(context as never, { progress: { 'luke-cage': 113, 'alias-2001': 28 }, onboarded: true, graceMs: 900 });
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(page.getByRole('status')).toContainText('reset to defaults');
  expect(await stored(page)).toMatchObject({ progress: {}, graceMs: 300 });
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status')).toContainText('previous settings are back');
  expect(await stored(page)).toMatchObject({ progress: { 'luke-cage': 113, 'alias-2001': 28 }, graceMs: 900 });
});

test('the options page lists the keyboard shortcuts the browser assigned', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const shortcuts = page.locator('.sk-shortcuts');
  await expect(shortcuts.locator('[data-command="_execute_action"] kbd')).toHaveText('Alt+Shift+K');
  await expect(shortcuts.locator('[data-command="lookup-selection"] kbd')).toHaveText('Alt+Shift+L');
  await expect(shortcuts.locator('[data-command="next-mention"] kbd')).toHaveText('Alt+Shift+J');
  await expect(page.getByRole('button', { name: 'Change shortcuts…' })).toBeVisible();
});
