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
import { compileNameIndex, type NameSource } from '../core/matching/name-index.ts';
import { buildMatcher } from '../core/matching/build-matcher.ts';
import { findMentions } from '../core/matching/find-mentions.ts';

const require = createRequire(import.meta.url);
const MARKJS = readFileSync(require.resolve('mark.js/dist/mark.min.js'), 'utf8');

function pageOf(text: string): string {
  const body = text
    .split('\n')
    .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body>${body}</body></html>`;
}

/** In the page after a scan: Sidekick's measure, and a bare walk over the same text (median of
 *  five walks; the second kind also lower-cases each text, the least any matcher does). */
const MEASURE = () => {
  // (No named helper inside: tsx would wrap it in a function the page lacks.)
  const entry = performance.getEntriesByName('sidekick:scan')[0] as PerformanceMeasure;
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
};

/** Page loads per size. */
const LOADS = 3;

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
      '| page text | Sidekick full scan, working (ms, median of 3 loads) | wall time, in idle slices (ms) | TreeWalker walk (ms) | ratio (working / walk) | walk + lower-casing each text (ms) | ratio to that | Sidekick working ms per MB |',
    );
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    let sidekickPerMb = 0;
    for (const size of [1_000_000, 5_000_000]) {
      const path = `/bench/${size}.html`;
      pages.set(path, pageOf(realisticText(size)));
      // Each load is a fresh page whose content script starts cold, as on the web: the median
      // of LOADS loads, so one unlucky load (a GC, the machine busy) does not decide the row.
      const runs: { scan: number; wall: number; walk: number; folded: number; chars: number }[] = [];
      for (let load = 0; load < LOADS; load++) {
        const page = await context.newPage();
        await page.goto(`${origin}${path}`);
        await page.waitForFunction(() => performance.getEntriesByName('sidekick:scan').length > 0, null, { timeout: 120_000 });
        runs.push(await page.evaluate(MEASURE));
        await page.close();
      }
      runs.sort((a, b) => a.scan - b.scan);
      const { scan, wall, walk, folded, chars } = runs[LOADS >> 1]!;
      const mb = chars / 1e6;
      sidekickPerMb = scan / mb;
      console.log(
        `| ${(size / 1e6).toFixed(0)} MB | ${scan.toFixed(0)} (${runs.map((r) => r.scan.toFixed(0)).join(', ')}) | ${wall.toFixed(0)} | ${walk.toFixed(1)} | ${(scan / walk).toFixed(1)}× | ${folded.toFixed(1)} | ${(scan / folded).toFixed(1)}× | ${(scan / mb).toFixed(0)} |`,
      );
    }
    console.log(
      '\n"Working" is the sum of Sidekick\'s slices (collection with visibility checks, normalisation, matching, ranges, marks); the wall time adds the gaps in which the page stays responsive.',
    );

    // mark.js on a plain page (no extension there: a route with a different host would still
    // match, so the comparison page lives on an about:blank tab). Its 100 names are the ones
    // Sidekick finds most often in the same text, so both mark much the same mentions.
    const markSize = 5_000_000;
    const markText = realisticText(markSize);
    const found = new Map<string, number>();
    for (const m of findMentions(markText, buildMatcher(compileNameIndex(source)))) {
      const name = markText.slice(m.start, m.end);
      found.set(name, (found.get(name) ?? 0) + 1);
    }
    const names = [...found].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 100);
    const sidekickMentions = [...found.values()].reduce((sum, n) => sum + n, 0);
    const browser = await chromium.launch({ executablePath: findChromium()!, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    const plain = await browser.newPage();
    await plain.setContent(pageOf(markText));
    await plain.addScriptTag({ content: MARKJS });
    const { markMs, marked } = await plain.evaluate(
      (list) => {
        const t0 = performance.now();
        // @ts-expect-error mark.js is a global script here
        new Mark(document.body).mark(list, { separateWordSearch: false, accuracy: 'exactly' });
        return { markMs: performance.now() - t0, marked: document.querySelectorAll('mark').length };
      },
      names.map(([name]) => name),
    );
    await browser.close();
    const perMbMark = markMs / (markSize / 1e6);
    console.log('\n| 5 MB page | ms per MB | ratio to Sidekick |');
    console.log('| --- | ---: | ---: |');
    console.log(`| Sidekick, every name (5 MB page: ${sidekickMentions} mentions) | ${sidekickPerMb.toFixed(0)} | 1× |`);
    console.log(
      `| mark.js, the ${names.length} names Sidekick finds most there (${marked} marks) | ${perMbMark.toFixed(0)} | ${(perMbMark / sidekickPerMb).toFixed(0)}× slower |`,
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
