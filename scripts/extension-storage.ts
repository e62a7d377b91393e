/** Writes Sidekick's stored settings from outside, through its service worker, as the popup would. */
import type { BrowserContext } from 'playwright-core';

export async function patchStoredSettings(context: BrowserContext, patch: Record<string, unknown>): Promise<void> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(async (next) => {
    type Area = { get(key: string): Promise<Record<string, unknown>>; set(value: object): Promise<void> };
    const { sync, local } = (globalThis as unknown as { chrome: { storage: { sync: Area; local: Area } } }).chrome.storage;
    const stored = ((await sync.get('settings')).settings ?? {}) as Record<string, unknown>;
    // As Sidekick saves: this device's copy first, then sync.
    await local.set({ settings: { ...stored, ...next } });
    await sync.set({ settings: { ...stored, ...next } });
  }, patch);
}
