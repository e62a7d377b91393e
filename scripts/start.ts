/**
 * `npm start`: build Sidekick, serve the demo pages on 127.0.0.1 and open Chromium with the
 * extension on a demo page. Without a display it runs headless instead: it hovers a mention,
 * saves a screenshot of the card, prints the file's path and exits.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChromium, hasDisplay, launchWithExtension, NO_CHROMIUM_HELP } from './chromium.ts';
import { hoverText, waitForScan } from './page-actions.ts';
import { servePages } from './serve-pages.ts';

if (!findChromium()) installChromium();
if (!findChromium()) {
  console.error(NO_CHROMIUM_HELP);
  process.exit(1);
}
/** On a fresh Debian machine where we are root, fetch Debian's Chromium rather than give up. */
function installChromium() {
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) return;
  console.log("No Chromium found: installing Debian's chromium package with apt-get…");
  spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], { stdio: 'inherit' });
}

const build = spawnSync('npm', ['run', 'build:e2e'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const { server, origin } = await servePages();
const extension = resolve('.output/chrome-mv3');
const headless = !hasDisplay();
const context = await launchWithExtension(extension, mkdtempSync(join(tmpdir(), 'sidekick-profile-')), headless);
const page = context.pages()[0] ?? (await context.newPage());
const url = `${origin}/comic-romance.html`;
await page.goto(url);

if (!headless) {
  console.log(`Sidekick is running in Chromium on ${url}`);
  console.log('Hover a marked name to see its card. Close the browser window to stop.');
  await new Promise<void>((done) => context.on('close', () => done()));
  server.close();
} else {
  await waitForScan(page);
  await hoverText(page, 'Luke Cage');
  await page.waitForTimeout(300); // let the card settle in its final position
  mkdirSync('.sidekick', { recursive: true });
  const file = resolve('.sidekick/start-card.png');
  await page.screenshot({ path: file });
  await context.close();
  server.close();
  console.log('No display found, so Sidekick ran headless: it hovered "Luke Cage" on the demo page.');
  console.log(`Screenshot of the card: ${file}`);
}
