/** Reads Sidekick's marks from a page or frame: the text of every range in its highlights. */
import { expect, type Frame, type Page } from '@playwright/test';

export async function markedTexts(target: Page | Frame): Promise<string[]> {
  return target.evaluate(() => {
    const out: string[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('sidekick-') || name === 'sidekick-flash') continue;
      for (const range of highlight as Highlight) out.push((range as Range).toString());
    }
    return out;
  });
}

/** Marks per highlight name ("sidekick-character" …). */
export async function markCounts(target: Page | Frame): Promise<Record<string, number>> {
  return target.evaluate(() =>
    Object.fromEntries([...CSS.highlights].filter(([n]) => n.startsWith('sidekick-')).map(([n, h]) => [n, (h as Highlight).size])),
  );
}

/**
 * Waits until every mention of the page's first scan pass is marked (a page under the marking
 * limit; the last marks are set in the frame after the pass's measure), then returns the marks.
 */
export async function settledMarks(page: Page): Promise<string[]> {
  const mentions = await page.evaluate(
    () => ((performance.getEntriesByName('sidekick:scan')[0] as PerformanceMeasure).detail as { mentions: number }).mentions,
  );
  await expect.poll(async () => (await markedTexts(page)).length).toBe(mentions);
  return markedTexts(page);
}
