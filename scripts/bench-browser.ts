/**
 * The browser half of `npm run bench`: in Chromium with the built extension, Sidekick's full
 * scan (collection, matching, ranges, marks) per MB against a bare TreeWalker walk over the
 * same text and against mark.js marking 100 of the same names; and the JS heap Sidekick adds
 * to a tab on a demo page. Needs `npm run build:e2e` first.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { findChromium, launchWithExtension } from './chromium.ts';
import { realisticText } from './bench-text.ts';
import { servePages } from './serve-pages.ts';
import { patchStoredSettings } from './extension-storage.ts';
import type { NameSource } from '../core/matching/name-index.ts';

const require = createRequire(import.meta.url);
const MARKJS = readFileSync(require.resolve('mark.js/dist/mark.min.js'), 'utf8');

function pageOf(text: string): string {
  const body = text
    .split('\n')
    .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body>${body}</body></html>`;
}

export async function browserBench(source: NameSource): Promise<void> {
  if (!findChromium()) {
    console.log('\n(No Chromium found: browser benchmarks skipped.)');
    return;
  }
  const { server, origin } = await servePages();
  const profile = mkdtempSync(join(tmpdir(), 'sidekick-bench-'));
  const context = await launchWithExtension(resolve('.output/chrome-mv3'), profile, true);
  const pages = new Map<string, string>();
  await context.route(`${origin}/bench/**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: pages.get(new URL(route.request().url()).pathname) ?? '' }),
  );
  try {
    console.log('\n## In Chromium: scanning a page\n');
    console.log(
      '| page text | Sidekick full scan, working (ms) | wall time, in idle slices (ms) | TreeWalker walk (ms) | ratio (working / walk) | walk + lower-casing each text (ms) | ratio to that | Sidekick working ms per MB |',
    );
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    let sidekickPerMb = 0;
    for (const size of [1_000_000, 5_000_000]) {
      const path = `/bench/${size}.html`;
      pages.set(path, pageOf(realisticText(size)));
      const page = await context.newPage();
      await page.goto(`${origin}${path}`);
      await page.waitForFunction(() => performance.getEntriesByName('sidekick:scan').length > 0, null, { timeout: 120_000 });
      const { scan, wall, walk, folded, chars } = await page.evaluate(() => {
        const entry = performance.getEntriesByName('sidekick:scan')[0] as PerformanceMeasure;
        // Median of five walks each; the second also lower-cases each text, the least any
        // matcher does. (No named helper here: tsx would wrap it in a function the page lacks.)
        const medians: number[] = [];
        let chars = 0;
        for (const fold of [false, true]) {
          const times: number[] = [];
          for (let r = 0; r < 5; r++) {
            const t0 = performance.now();
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            let length = 0;
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              length += fold ? (n as Text).data.toLowerCase().length : (n as Text).data.length;
            }
            times.push(performance.now() - t0);
            chars = length;
          }
          times.sort((a, b) => a - b);
          medians.push(times[2]!);
        }
        return {
          scan: (entry.detail as { busyMs: number }).busyMs,
          wall: entry.duration,
          walk: medians[0]!,
          folded: medians[1]!,
          chars,
        };
      });
      const mb = chars / 1e6;
      sidekickPerMb = scan / mb;
      console.log(
        `| ${(size / 1e6).toFixed(0)} MB | ${scan.toFixed(0)} | ${wall.toFixed(0)} | ${walk.toFixed(1)} | ${(scan / walk).toFixed(1)}× | ${folded.toFixed(1)} | ${(scan / folded).toFixed(1)}× | ${(scan / mb).toFixed(0)} |`,
      );
      await page.close();
    }
    console.log(
      '\n"Working" is the sum of Sidekick\'s slices (collection with visibility checks, normalisation, matching, ranges, marks); the wall time adds the gaps in which the page stays responsive.',
    );

    // mark.js on a plain page (no extension there: a route with a different host would still
    // match, so the comparison page lives on an about:blank tab).
    const names = [...new Set(source.forms.filter(([form, , flags]) => flags === 0 && /\s/.test(form)).map(([form]) => form))].slice(
      0,
      100,
    );
    const markSize = 5_000_000;
    const browser = await chromium.launch({ executablePath: findChromium()!, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    const plain = await browser.newPage();
    await plain.setContent(pageOf(realisticText(markSize)));
    await plain.addScriptTag({ content: MARKJS });
    const markMs = await plain.evaluate((list) => {
      const t0 = performance.now();
      // @ts-expect-error mark.js is a global script here
      new Mark(document.body).mark(list, { separateWordSearch: false, accuracy: 'exactly' });
      return performance.now() - t0;
    }, names);
    await browser.close();
    const perMbMark = markMs / (markSize / 1e6);
    console.log('\n| | ms per MB | ratio to Sidekick |');
    console.log('| --- | ---: | ---: |');
    console.log(`| Sidekick, every name (5 MB page) | ${sidekickPerMb.toFixed(0)} | 1× |`);
    console.log(
      `| mark.js, ${names.length} names (measured on ${markSize / 1000} KB) | ${perMbMark.toFixed(0)} | ${(perMbMark / sidekickPerMb).toFixed(0)}× slower |`,
    );

    // Heap that Sidekick adds to a tab on a demo page: with it on versus switched off there.
    const heapOf = async (on: boolean) => {
      const page = await context.newPage();
      await patchStoredSettings(context, { sitesOff: on ? [] : [new URL(origin).host] });
      await page.goto(`${origin}/comic-romance.html`);
      await page.waitForTimeout(1500);
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      await page.close();
      return usedSize;
    };
    const off = await heapOf(false);
    const on = await heapOf(true);
    console.log(
      `\nJS heap of a demo-page tab: ${(off / 1e6).toFixed(1)} MB with Sidekick off for the site, ${(on / 1e6).toFixed(1)} MB with it on: Sidekick adds ${((on - off) / 1e6).toFixed(1)} MB.`,
    );
  } finally {
    await context.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
