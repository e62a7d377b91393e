/** Writes Sidekick's stored settings from outside, through its service worker, as the popup would. */
import type { BrowserContext } from 'playwright-core';

export async function patchStoredSettings(context: BrowserContext, patch: Record<string, unknown>): Promise<void> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(async (next) => {
    type Sync = { get(key: string): Promise<Record<string, unknown>>; set(value: object): Promise<void> };
    const sync = (globalThis as unknown as { chrome: { storage: { sync: Sync } } }).chrome.storage.sync;
    const stored = ((await sync.get('settings')).settings ?? {}) as Record<string, unknown>;
    await sync.set({ settings: { ...stored, ...next } });
  }, patch);
}
