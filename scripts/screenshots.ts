/** Takes the README's screenshots of the real extension: a card on a light and a dark page, and the popup. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extensionIdOf, launchWithExtension } from './chromium.ts';
import { hoverText, waitForScan } from './page-actions.ts';
import { servePages } from './serve-pages.ts';

const { server, origin } = await servePages();
const context = await launchWithExtension(resolve('.output/chrome-mv3'), mkdtempSync(join(tmpdir(), 'sidekick-shots-')), true);
const id = await extensionIdOf(context);
const page = context.pages()[0] ?? (await context.newPage());
await page.setViewportSize({ width: 1100, height: 760 });

await page.goto(`${origin}/comic-romance.html`);
await waitForScan(page);
await hoverText(page, 'Luke Cage');
await page.waitForTimeout(300);
await page.screenshot({ path: 'docs/card-light.png' });

await page.goto(`${origin}/season-two-news.html`);
await waitForScan(page);
await hoverText(page, 'Kilgrave');
await page.waitForTimeout(300);
await page.screenshot({ path: 'docs/card-dark.png' });

const popup = await context.newPage();
await popup.setViewportSize({ width: 380, height: 600 });
await popup.goto(`chrome-extension://${id}/popup.html`);
await popup.keyboard.type('pulse 14');
await popup.waitForTimeout(200);
await popup.screenshot({ path: 'docs/popup-search.png' });
await popup.keyboard.press('Enter');
await popup.waitForTimeout(200);
await popup.screenshot({ path: 'docs/popup-card.png' });

await context.close();
server.close();
console.log('docs/card-light.png, docs/card-dark.png, docs/popup-search.png, docs/popup-card.png');
