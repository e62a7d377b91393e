import type { BrowserContext } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { hoverText, waitForScan } from '../../scripts/page-actions.ts';
import { markedTexts } from './marks.ts';

test('marks text in the page, across elements and in open shadow roots, but not in editable regions, inputs or code', async ({
  page,
  origin,
}) => {
  await page.goto(`${origin}/test-structures.html`);
  await waitForScan(page as never);
  await expect.poll(() => markedTexts(page)).toContain('Jessica Jones');
  const marks = await markedTexts(page);
  // plain paragraph + nested shadow root; the split name; the shadow root.
  expect(marks.filter((t) => t === 'Luke Cage')).toHaveLength(2);
  expect(marks.filter((t) => t === 'Jessica Jones')).toHaveLength(2);
  // Editable, textarea, input, pre, code and hidden text all name Luke Cage: none is marked.
  const unmarked = await page.evaluate(() => {
    const ids = ['editable', 'area', 'pre', 'code', 'hidden'];
    const marked = [...CSS.highlights].flatMap(([, h]) => [...(h as Highlight)] as Range[]);
    return ids.filter((id) => marked.some((r) => document.getElementById(id)!.contains(r.startContainer)));
  });
  expect(unmarked).toEqual([]);
});

test('marks and cards work inside same-origin and srcdoc frames', async ({ page, origin }) => {
  await page.goto(`${origin}/test-structures.html`);
  const same = page.frameLocator('#same');
  await expect(same.locator('#framed')).toBeVisible();
  const frames = page.frames();
  const child = frames.find((f) => f.url().endsWith('test-frame-child.html'))!;
  const srcdoc = frames.find((f) => f.url() === 'about:srcdoc')!;
  await expect.poll(() => markedTexts(child)).toEqual(['Luke Cage']);
  await expect.poll(() => markedTexts(srcdoc)).toEqual(['Jessica Jones']);

  const box = (await page.locator('#same').boundingBox())!;
  const rect = await child.evaluate(() => {
    const r = document.createRange();
    const text = document.getElementById('framed')!.firstChild!;
    r.setStart(text, text.textContent!.indexOf('Luke'));
    r.setEnd(text, text.textContent!.indexOf('Luke') + 4);
    const b = r.getBoundingClientRect();
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  });
  await page.mouse.move(box.x + rect.x + 20, box.y + rect.y + 30);
  await page.mouse.move(box.x + rect.x, box.y + rect.y, { steps: 4 });
  await expect(child.locator('sidekick-root [data-entity-id="character:luke-cage"]')).toBeVisible();
});

test('a card opens over a name inside a shadow root', async ({ page, origin }) => {
  await page.goto(`${origin}/test-structures.html`);
  await waitForScan(page as never);
  const target = await page.evaluate(() => {
    const p = document.getElementById('host')!.shadowRoot!.getElementById('shadowed')!;
    const text = p.firstChild as Text;
    const r = document.createRange();
    const at = text.data.indexOf('Jessica');
    r.setStart(text, at);
    r.setEnd(text, at + 7);
    const b = r.getBoundingClientRect();
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  });
  await page.mouse.move(target.x + 10, target.y + 40);
  await page.mouse.move(target.x, target.y, { steps: 4 });
  await expect(page.locator('sidekick-root [data-entity-id="character:jessica-jones"]')).toBeVisible();
});

test('text added by infinite scroll is found as it arrives, and marked where the reader is', async ({ page, origin }) => {
  await page.goto(`${origin}/test-infinite.html`);
  await page.waitForFunction(() => document.body.dataset.done === 'yes', null, { timeout: 15_000 });
  // Every scan pass (the page, then each batch of added items) reports what it found.
  const found = () =>
    page.evaluate(() =>
      performance
        .getEntriesByName('sidekick:scan')
        .reduce((n, e) => n + ((e as PerformanceMeasure).detail as { mentions: number }).mentions, 0),
    );
  await expect.poll(found, { timeout: 10_000 }).toBe(501);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect
    .poll(async () => {
      const marks = await markedTexts(page);
      const lastItem = await page.evaluate(() => document.querySelector('#feed li:last-child')!.textContent);
      return marks.length > 10 && lastItem!.includes(marks.at(-1) ?? '-');
    })
    .toBe(true);
});

test('a card over a dark page is dark, and one over a light page is light', async ({ page, origin }) => {
  await page.goto(`${origin}/test-dark.html`);
  await waitForScan(page as never);
  await hoverText(page as never, 'Luke Cage');
  const theme = page.locator('sidekick-root .sk-float');
  await expect(theme).toHaveAttribute('data-theme', 'dark');
  await page.waitForTimeout(250);
  await page.screenshot({ path: 'test-results/card-dark.png' });
  await page.goto(`${origin}/comic-romance.html`);
  await waitForScan(page as never);
  await hoverText(page as never, 'Luke Cage');
  await expect(page.locator('sidekick-root .sk-float')).toHaveAttribute('data-theme', 'light');
});

test('page CSS that resets everything does not reach the card', async ({ page, origin }) => {
  await page.goto(`${origin}/comic-romance.html`);
  await waitForScan(page as never);
  // The inside of the card, away from its rounded corners and shadow, where the page shows through.
  const inside = (box: { x: number; y: number; width: number; height: number }) => ({
    x: box.x + 12,
    y: box.y + 12,
    width: box.width - 24,
    height: box.height - 24,
  });
  // The pointer rests on the card's title, so no hover style differs between the two shots.
  const restOnTitle = async (box: { x: number; y: number; width: number } | null) => {
    await page.mouse.move(box!.x + box!.width / 2, box!.y + 20, { steps: 4 });
    await page.waitForTimeout(200);
  };
  const plain = await (await hoverText(page as never, 'Luke Cage')).boundingBox();
  await restOnTitle(plain);
  const plainShot = await page.screenshot({ clip: { ...inside(plain!), height: 160 } });
  await page.goto(`${origin}/test-hostile-css.html`);
  await waitForScan(page as never);
  const hostile = await (await hoverText(page as never, 'Luke Cage')).boundingBox();
  await restOnTitle(hostile);
  const hostileShot = await page.screenshot({ clip: { ...inside(hostile!), height: 160 } });
  // Same width; the height follows the room below the name, which differs between the pages.
  expect(hostile!.width).toBeCloseTo(plain!.width, 0);
  // Pixel for pixel, give or take the compositor's rounding (a level or two of a channel where
  // the card lies over different page content); page CSS reaching in moves text by far more.
  expect(await largestChannelDifference(page.context(), plainShot, hostileShot)).toBeLessThanOrEqual(3);
});

/** The largest difference of any colour channel between two same-size PNGs, read on a blank page. */
async function largestChannelDifference(context: BrowserContext, a: Buffer, b: Buffer): Promise<number> {
  const blank = await context.newPage();
  try {
    return await blank.evaluate(
      async ([srcA, srcB]) => {
        const pixels = async (src: string) => {
          const img = new Image();
          img.src = src;
          await img.decode();
          const canvas = document.createElement('canvas');
          canvas.width = img.width;
          canvas.height = img.height;
          const ctx = canvas.getContext('2d')!;
          ctx.drawImage(img, 0, 0);
          return ctx.getImageData(0, 0, img.width, img.height).data;
        };
        const [pa, pb] = [await pixels(srcA), await pixels(srcB)];
        if (pa.length !== pb.length) return 255;
        let max = 0;
        for (let i = 0; i < pa.length; i++) max = Math.max(max, Math.abs(pa[i]! - pb[i]!));
        return max;
      },
      [`data:image/png;base64,${a.toString('base64')}`, `data:image/png;base64,${b.toString('base64')}`] as const,
    );
  } finally {
    await blank.close();
  }
}

test('a card over an article shown fullscreen is drawn above it', async ({ page, origin }) => {
  await page.goto(`${origin}/comic-romance.html`);
  await waitForScan(page as never);
  await page.locator('article').evaluate((el) => el.requestFullscreen());
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.localName)).toBe('article');
  const card = await hoverText(page as never, 'Luke Cage');
  // The reader can use it: a click lands on the card (Playwright refuses to click an element
  // that something else covers), not on the article drawn fullscreen.
  await card.getByRole('button', { name: 'Netflix' }).click({ timeout: 3_000 });
  await card.getByRole('button', { name: 'Close card' }).click({ timeout: 3_000 });
  await expect(card).toBeHidden();
});
