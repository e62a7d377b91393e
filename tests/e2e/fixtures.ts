/**
 * End-to-end fixtures: the demo pages served on 127.0.0.1 and a fresh Chromium profile with
 * the built extension (`npm run build:e2e` → .output/chrome-mv3) for every test.
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Server } from 'node:http';
import { extensionIdOf, launchWithExtension } from '../../scripts/chromium.ts';
import { servePages } from '../../scripts/serve-pages.ts';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  page: Page;
}
interface WorkerFixtures {
  origin: string;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  origin: [
    // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies by destructuring.
    async ({}, use) => {
      const { server, origin }: { server: Server; origin: string } = await servePages();
      await use(origin);
      server.close();
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern -- as above.
  context: async ({}, use) => {
    const profile = mkdtempSync(join(tmpdir(), 'sidekick-e2e-'));
    const context = await launchWithExtension(EXTENSION_DIR, profile, true);
    await use(context as unknown as BrowserContext);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context as never));
  },
  page: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },
});

export { expect };
