/**
 * Finds a Chromium to drive: CHROME_PATH, then Playwright's own browser, then Debian's
 * /usr/bin/chromium, then chromium or google-chrome on PATH.
 */
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export function findChromium(): string | undefined {
  const candidates: (string | undefined)[] = [process.env.CHROME_PATH];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright has no browser of its own here.
  }
  candidates.push('/usr/bin/chromium');
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    candidates.push(join(dir, 'chromium'), join(dir, 'chromium-browser'), join(dir, 'google-chrome'));
  }
  return candidates.find((path): path is string => !!path && existsSync(path));
}

export const NO_CHROMIUM_HELP = [
  'No usable Chromium was found.',
  'Sidekick drives a real Chromium for `npm start` and the end-to-end tests. Get one with:',
  '  sudo apt-get install chromium        (Debian/Ubuntu; gives /usr/bin/chromium)',
  'or point CHROME_PATH at any Chromium or Chrome binary:',
  '  CHROME_PATH=/path/to/chrome npm test',
].join('\n');

export const hasDisplay = () => !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

/** Chromium with the unpacked extension in `extensionDir` loaded, in a fresh profile. */
export async function launchWithExtension(extensionDir: string, userDataDir: string, headless: boolean): Promise<BrowserContext> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_CHROMIUM_HELP);
  return chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless,
    viewport: { width: 1280, height: 860 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--disable-default-apps',
    ],
  });
}

/** The extension's id, from its service worker. */
export async function extensionIdOf(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return new URL(worker.url()).host;
}
