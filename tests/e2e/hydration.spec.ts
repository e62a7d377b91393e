/**
 * A page rendered by React on the server and hydrated in the browser after Sidekick has marked
 * it and shown a card: React finds the DOM it rendered (no hydration error), and the page
 * works. Both common setups: an app in a container, and an app that owns the whole document.
 */
import { build } from 'esbuild';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { expect, test } from './fixtures.ts';
import { App, DocumentApp } from '../fixtures/react/app.ts';
import { hoverText, waitForScan } from '../../scripts/page-actions.ts';
import { markedTexts } from './marks.ts';

async function clientBundle(wholeDocument: boolean): Promise<string> {
  const result = await build({
    entryPoints: ['tests/fixtures/react/client.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    define: { WHOLE_DOCUMENT: String(wholeDocument), 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

for (const wholeDocument of [false, true]) {
  const name = wholeDocument ? 'owning the whole document' : 'in a container';
  test(`a server-rendered React app ${name} hydrates without errors beside Sidekick`, async ({ page, origin }) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    const script = wholeDocument ? '/react/document-client.js' : '/react/client.js';
    const html = wholeDocument
      ? `<!DOCTYPE html>${renderToString(createElement(DocumentApp))}`
      : `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hydrated wiki</title></head><body><div id="root">${renderToString(
          createElement(App),
        )}</div><script src="${script}"></script></body></html>`;
    await page.route(`${origin}/react/page.html`, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
    const bundle = await clientBundle(wholeDocument);
    await page.route(`${origin}${script}`, (r) => r.fulfill({ contentType: 'text/javascript', body: bundle }));

    await page.goto(`${origin}/react/page.html`);
    await waitForScan(page as never);
    await expect.poll(() => markedTexts(page)).toContain('Jessica Jones');
    // Sidekick's root is on the page (a card was shown) when React hydrates.
    await hoverText(page as never, 'Luke Cage');
    await page.evaluate(() => (window as unknown as { hydrate: () => Promise<void> }).hydrate());

    expect(await page.evaluate(() => (window as unknown as { hydrationErrors: string[] }).hydrationErrors)).toEqual([]);
    expect(errors).toEqual([]);
    // The app is live: its button counts…
    await page.keyboard.press('Escape');
    await page.locator('#like').click();
    await expect(page.locator('#like')).toHaveText('Likes: 1');
    // …and Sidekick still works on it.
    const card = await hoverText(page as never, 'Trish Walker');
    await expect(card).toHaveAttribute('data-entity-id', 'character:trish-walker');
  });
}
