/** Reads Sidekick's marks from a page or frame: the text of every range in its highlights. */
import type { Frame, Page } from '@playwright/test';

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
