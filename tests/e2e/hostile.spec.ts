/**
 * Pages that fight back: redefined built-ins, a strict content security policy, one element
 * with 50,000 text nodes, a thousand DOM changes a second. Sidekick keeps working (or steps
 * aside), writes nothing into the page's console and never holds the main thread for 50 ms.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { hoverText, waitForScan } from '../../scripts/page-actions.ts';

const ARTICLE = `<h1>Street-level notes</h1>
<p>Jessica Jones runs Alias Investigations out of her apartment in Hell's Kitchen.</p>
<p>Luke Cage met her long before The Pulse began, and Kilgrave was the man she feared most.</p>`;

interface HostilePage {
  name: string;
  head?: string;
  body: string;
  headers?: Record<string, string>;
}

/**
 * Serves a page on the test origin and opens it, recording from the start every error in its
 * console or thrown on it (any script) and every long task.
 */
async function openHostile(page: Page, origin: string, { name, head = '', body, headers = {} }: HostilePage): Promise<string[]> {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: { start: number; duration: number }[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: Math.round(e.duration) });
    }).observe({ type: 'longtask', buffered: true });
  });
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>${head}</head><body>${body}</body></html>`;
  await page.route(`${origin}/${name}.html`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', headers: { ...headers }, body: html }),
  );
  await page.goto(`${origin}/${name}.html`);
  return errors;
}

/** Long tasks (their durations) in Sidekick's time: since its content script started. */
const longTasksSinceStart = (page: Page) =>
  page.evaluate(() => {
    const started = performance.getEntriesByName('sidekick:start')[0]?.startTime ?? 0;
    const { longTasks } = window as unknown as { longTasks: { start: number; duration: number }[] };
    // A task that began before Sidekick counts by the part of it after Sidekick started (the
    // content script is injected at the end of one of the page's own tasks).
    return longTasks.filter((t) => t.start + t.duration - Math.max(t.start, started) >= 50).map((t) => t.duration);
  });

test('text that is nothing but names: the screen is marked, and at most 1,000 marks are registered', async ({ page, origin }) => {
  test.setTimeout(60_000);
  const errors = await openHostile(page, origin, {
    name: 'names-only',
    body: `<div id="names"></div><script>
      const names = document.getElementById('names');
      for (let i = 0; i < 20000; i++) names.appendChild(document.createTextNode(i % 2 ? 'Luke Cage, ' : 'Jessica Jones, '));
    </script>`,
  });
  await waitForScan(page as never, 30_000);
  await expect.poll(() => page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0))).toBeGreaterThan(200);
  await page.waitForTimeout(500);
  // Each registered mark costs the browser time at every repaint: a screen's worth and a margin.
  const registered = await page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0));
  expect(registered).toBeLessThanOrEqual(1000);
  // A name on the reader's screen opens its card.
  const card = await hoverText(page as never, 'Luke Cage', 300);
  await expect(card).toHaveAttribute('data-entity-id', 'character:luke-cage');
  expect(errors).toEqual([]);
});

test('a page that redefines built-ins does not reach Sidekick', async ({ page, origin }) => {
  const errors = await openHostile(page, origin, {
    name: 'builtins',
    head: `<script>
      Array.prototype.map = function () { throw new Error('map is off limits'); };
      Array.prototype.forEach = function () { throw new Error('forEach is off limits'); };
      Node.prototype.appendChild = function () { throw new Error('appendChild is off limits'); };
      Element.prototype.append = function () { throw new Error('append is off limits'); };
      window.CSS = undefined;
      window.Highlight = undefined;
      window.MutationObserver = function () { throw new Error('no observers'); };
      JSON.parse = function () { throw new Error('no JSON'); };
    </script>`,
    body: ARTICLE,
  });
  // Playwright's own waiting helpers need the page's MutationObserver: poll instead.
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('sidekick:scan').length)).toBe(1);
  const card = await hoverText(page as never, 'Kilgrave');
  await expect(card).toHaveAttribute('data-entity-id', 'character:kilgrave');
  expect(errors).toEqual([]);
});

test('a strict content security policy leaves marks and a styled card', async ({ page, origin }) => {
  const errors = await openHostile(page, origin, {
    name: 'strict-csp',
    body: ARTICLE,
    headers: { 'content-security-policy': "default-src 'none'; script-src 'none'; style-src 'none'; img-src 'none'; font-src 'none'" },
  });
  await waitForScan(page as never);
  const marked = await page.evaluate(() =>
    [...CSS.highlights].filter(([n]) => n.startsWith('sidekick-')).reduce((n, [, h]) => n + (h as Highlight).size, 0),
  );
  expect(marked).toBeGreaterThan(2);
  const card = await hoverText(page as never, 'Luke Cage');
  await expect(card).toHaveAttribute('data-entity-id', 'character:luke-cage');
  // Our stylesheet applied under the policy: the card has its own background and padding.
  const style = await card.evaluate((el) => {
    const s = getComputedStyle(el);
    return { background: s.backgroundColor, padding: s.paddingTop };
  });
  expect(style.background).not.toBe('rgba(0, 0, 0, 0)');
  expect(style.padding).not.toBe('0px');
  expect(errors).toEqual([]);
});

test('one element with 50,000 text nodes: found and carded, the main thread never held for 50 ms', async ({ page, origin }) => {
  test.setTimeout(60_000);
  // The page's own script builds the nodes before load; Sidekick's work comes after.
  const errors = await openHostile(page, origin, {
    name: 'crowded',
    body: `<h1>One long comment</h1><div id="crowd"></div><script>
      const crowd = document.getElementById('crowd');
      const words = ['Jessica Jones', 'and', 'Luke Cage', 'walked', 'through', 'the', 'rain', 'talking', 'about', 'the', 'case'];
      for (let i = 0; i < 50000; i++) crowd.appendChild(document.createTextNode(words[i % words.length] + ' '));
    </script>`,
  });
  await waitForScan(page as never, 30_000);
  const mentions = await page.evaluate(
    () => (performance.getEntriesByName('sidekick:scan')[0] as PerformanceMeasure).detail as { mentions: number },
  );
  expect(mentions.mentions).toBe(2 * Math.ceil(50_000 / 11));
  await page.waitForTimeout(500);
  expect(await longTasksSinceStart(page)).toEqual([]);
  const card = await hoverText(page as never, 'Luke Cage', 300);
  await expect(card).toHaveAttribute('data-entity-id', 'character:luke-cage');
  expect(errors).toEqual([]);
});

test('a thousand DOM changes a second: new names are found, the page stays responsive', async ({ page, origin }) => {
  test.setTimeout(60_000);
  const errors = await openHostile(page, origin, {
    name: 'churn',
    body: `${ARTICLE}<div id="feed"></div><script>
      const feed = document.getElementById('feed');
      let n = 0;
      window.churned = 0;
      // Every 10 ms: add four items, change three texts, remove three old items — 1,000 changes a second.
      const timer = setInterval(() => {
        for (let k = 0; k < 4; k++) {
          const p = document.createElement('p');
          p.textContent = 'Update ' + (++n) + ': Misty Knight checked in with Colleen Wing.';
          feed.appendChild(p);
        }
        const items = feed.children;
        for (let k = 0; k < 3 && items.length > 40; k++) items[items.length - 1 - k * 5].firstChild.data = 'Update ' + n + ': Trish Walker is on the air.';
        for (let k = 0; k < 3 && items.length > 40; k++) items[0].remove();
        window.churned += 10;
        if (window.churned >= 3000) { clearInterval(timer); feed.insertAdjacentHTML('beforeend', '<p id="last">At last, Danny Rand arrived.</p>'); }
      }, 10);
    </script>`,
  });
  await waitForScan(page as never);
  await page.waitForFunction(() => document.getElementById('last'), null, { timeout: 20_000 });
  expect(await page.evaluate(() => (window as unknown as { churned: number }).churned)).toBe(3000);
  // The item added last is found: its card opens.
  const card = await hoverText(page as never, 'Danny Rand');
  await expect(card).toHaveAttribute('data-entity-id', 'character:danny-rand');
  expect(await longTasksSinceStart(page)).toEqual([]);
  expect(errors).toEqual([]);
});
