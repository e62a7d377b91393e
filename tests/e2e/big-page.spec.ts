import { expect, test } from './fixtures.ts';
import { buildMatcher } from '../../core/matching/build-matcher.ts';
import { findMentions } from '../../core/matching/find-mentions.ts';
import { realisticText } from '../../scripts/bench-text.ts';
import { loadNameIndex } from '../../scripts/load-artifacts.ts';
import { visibleTextOfHtml } from '../../scripts/page-text.ts';

/** A fan-wiki-like page of about 5 MB: the demo pages' paragraphs, shuffled, in sections. */
function bigPage(): string {
  const paragraphs = realisticText(5_000_000).split('\n');
  const body: string[] = [];
  paragraphs.forEach((p, i) => {
    if (i % 40 === 0) body.push(`<h2>Section ${i / 40 + 1}</h2>`);
    body.push(`<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`);
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Big wiki page</title></head><body><h1>Everything, at length</h1>${body.join('\n')}</body></html>`;
}

test('a 5 MB page: first marks quickly, every mention found, every mention on screen marked', async ({ page, origin }) => {
  test.setTimeout(120_000);
  const html = bigPage();
  await page.route(`${origin}/big.html`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  // A reader who has browsed before: the browser has Sidekick's code and storage warm (the very
  // first page of a new profile waits some 400 ms for extension storage to open).
  await page.goto(`${origin}/comic-romance.html`);
  await page.waitForFunction(() => performance.getEntriesByName('sidekick:scan').length > 0);
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: { start: number; duration: number }[]; firstMarkAt?: number };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    // When the first marks are registered (they paint in the next frame): polled with a timer,
    // since animation frames wait while the browser rasterises a page this size.
    const timer = setInterval(() => {
      const marked = [...CSS.highlights].some(
        ([name, h]) => name.startsWith('sidekick-') && [...(h as Highlight)].some((r) => !(r as Range).collapsed),
      );
      if (!marked) return;
      w.firstMarkAt = performance.now();
      clearInterval(timer);
    }, 5);
  });
  await page.goto(`${origin}/big.html`);
  await page.waitForFunction(() => performance.getEntriesByName('sidekick:scan').length > 0, null, { timeout: 90_000 });
  const result = await page.evaluate(() => {
    const w = window as unknown as { longTasks: { start: number; duration: number }[]; firstMarkAt?: number };
    const scan = performance.getEntriesByName('sidekick:scan')[0] as PerformanceMeasure;
    const load = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd;
    const started = performance.getEntriesByName('sidekick:start')[0]!.startTime;
    return {
      load,
      scanStart: scan.startTime,
      scanEnd: scan.startTime + scan.duration,
      detail: scan.detail as { chars: number; mentions: number },
      // From the moment Sidekick's script starts: its own tasks and the frames its marks cause.
      // (a task that began before counts by its part after Sidekick started).
      sidekickLongTasks: w.longTasks.filter((t) => t.start + t.duration - Math.max(t.start, started) >= 50),
      firstMarkAfterLoad: (w.firstMarkAt ?? Infinity) - load,
      firstMarks: (() => {
        const m = performance.getEntriesByName('sidekick:first-marks')[0] as PerformanceMeasure | undefined;
        return m && { afterLoad: m.startTime + m.duration - load, busyMs: (m.detail as { busyMs: number }).busyMs };
      })(),
      firstMarkAfterScanStart: (w.firstMarkAt ?? Infinity) - scan.startTime,
    };
  });
  test.info().annotations.push({ type: 'measured', description: JSON.stringify(result) });
  expect(result.detail.chars).toBeGreaterThan(4_500_000);
  expect(result.sidekickLongTasks).toEqual([]);
  // The first screen's marks come after less than 100 ms of Sidekick's work. In wall time they
  // are registered 20–70 ms after load when the machine is free, but up to 900 ms after it on
  // two cores busy rasterising a 5 MB page, where no task of ours gets to run: recorded above.
  expect(result.firstMarks?.busyMs).toBeLessThan(100);
  // The same text through the same core in Node: the page found all of it…
  const expected = findMentions(visibleTextOfHtml(html), buildMatcher(loadNameIndex())).length;
  expect(result.detail.mentions).toBe(expected);
  // …and wherever the reader scrolls, every mention on screen is marked.
  for (const fraction of [0, 0.37, 0.81, 1]) {
    await page.evaluate((f) => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * f), fraction);
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const marked = [...CSS.highlights]
              .filter(([n]) => n.startsWith('sidekick-'))
              .flatMap(([, h]) => [...(h as Highlight)] as Range[]);
            // Every on-screen occurrence of the two leads' names lies inside some mark (a name may
            // be part of a longer one, such as "Jessica Jones season 2").
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            let missing = 0;
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const text = (n as Text).data;
              for (const name of ['Luke Cage', 'Jessica Jones']) {
                for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                  const r = document.createRange();
                  r.setStart(n, at);
                  r.setEnd(n, at + name.length);
                  const top = r.getBoundingClientRect().top;
                  if (top < 0 || top > innerHeight) continue;
                  const covered = marked.some(
                    (m) => m.compareBoundaryPoints(Range.START_TO_START, r) <= 0 && m.compareBoundaryPoints(Range.END_TO_END, r) >= 0,
                  );
                  if (!covered) missing++;
                }
              }
            }
            return missing;
          }),
        { timeout: 10_000 },
      )
      .toBe(0);
  }
});
