/** Reading and watching progress: `luke-cage@1x13`, `the-pulse-2004@14` ↔ ordinals. */
import type { WorkLine } from '../cards/card.ts';

/** The ordinal of a point written as `1x13` (season 1, episode 13) or `14` (issue 14). */
export function ordinalOf(point: string, continuity: 'comics' | 'netflix'): number | undefined {
  const episode = /^(\d{1,2})x(\d{1,2})$/i.exec(point);
  if (episode) return continuity === 'netflix' ? Number(episode[1]) * 100 + Number(episode[2]) : undefined;
  const issue = /^#?(\d{1,4})$/.exec(point);
  if (issue) return continuity === 'comics' ? Number(issue[1]) * 10 : undefined;
  if (point === 'all') return Number.MAX_SAFE_INTEGER;
  if (point === 'none') return 0;
  return undefined;
}

export type ProgressParse = { ok: true; progress: Record<string, number> } | { ok: false; error: string };

export function parseProgressList(list: string, works: WorkLine[]): ProgressParse {
  const progress: Record<string, number> = {};
  for (const item of list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [work, point] = item.split('@');
    const line = works.find((w) => w.work === work);
    if (!work || !point) return { ok: false, error: `"${item}" is not WORK@POINT (e.g. luke-cage@1x13, the-pulse-2004@14)` };
    if (!line) return { ok: false, error: `unknown work "${work}"; known: ${works.map((w) => w.work).join(', ')}` };
    const ordinal = ordinalOf(point, line.continuity);
    if (ordinal === undefined) {
      return {
        ok: false,
        error: `"${point}" is not a point in ${line.label} (use ${line.continuity === 'netflix' ? 'SxEE, e.g. 1x13' : 'an issue number'}, all or none)`,
      };
    }
    progress[work] = ordinal;
  }
  return { ok: true, progress };
}
