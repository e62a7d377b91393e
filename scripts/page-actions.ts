/** Things a reader does on a page, shared by `npm start`'s headless run and the e2e tests. */
import type { Locator, Page } from 'playwright-core';

/** The centre of the first occurrence of `text` in the page's text, in viewport pixels. */
export async function pointOfText(page: Page, text: string, nth = 0): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ([needle, which]) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const data = (node as Text).data;
        let at = data.indexOf(needle);
        while (at >= 0) {
          if (seen++ === which) {
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + needle.length);
            (node.parentElement ?? document.body).scrollIntoView({ block: 'center' });
            // A tall parent is centred on its middle: bring the text itself to mid-screen.
            const box = range.getBoundingClientRect();
            if (box.top < 0 || box.bottom > innerHeight) window.scrollBy(0, box.top - innerHeight / 2);
            const rect = range.getClientRects()[0]!;
            return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
          }
          at = data.indexOf(needle, at + 1);
        }
      }
      return null;
    },
    [text, nth] as const,
  );
  if (!point) throw new Error(`"${text}" is not on the page`);
  return point;
}

/** Waits until Sidekick finished its first scan of the page. */
export async function waitForScan(page: Page, timeout = 15_000) {
  await page.waitForFunction(() => performance.getEntriesByName('sidekick:scan').length > 0, null, { timeout });
}

/** Moves the pointer onto `text` and waits for its card. */
export async function hoverText(page: Page, text: string, nth = 0): Promise<Locator> {
  const { x, y } = await pointOfText(page, text, nth);
  await page.mouse.move(x - 30, y + 40);
  await page.mouse.move(x, y, { steps: 4 });
  const card = page.locator('sidekick-root [role="dialog"][data-entity-id]');
  await card.waitFor({ state: 'visible', timeout: 5_000 });
  return card;
}
