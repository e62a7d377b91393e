/**
 * Scores the recogniser against the annotated pages in tests/fixtures/: gold mentions are
 * listed by text in document order, aligned to offsets here, and compared span and id exactly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Mention } from '../core/entities.ts';
import type { Matcher } from '../core/matching/build-matcher.ts';
import { findMentions } from '../core/matching/find-mentions.ts';
import { visibleTextOfHtml } from './page-text.ts';

export const FIXTURES_DIR = new URL('../tests/fixtures/', import.meta.url).pathname;

export interface GoldFile {
  page: string;
  mentions: { text: string; id: string }[];
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
}

export interface PageResult {
  page: string;
  missed: { text: string; id: string; start: number }[];
  extra: Mention[];
  score: Score;
  alignmentErrors: string[];
}

const f1 = ({ tp, fp, fn }: Score) => {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};
export const metrics = f1;

export function loadGold(dir = join(FIXTURES_DIR, 'gold')): GoldFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldFile);
}

export function evaluatePage(gold: GoldFile, matcher: Matcher, pagesDir = join(FIXTURES_DIR, 'pages')): PageResult {
  const raw = readFileSync(join(pagesDir, gold.page), 'utf8');
  const text = gold.page.endsWith('.html') ? visibleTextOfHtml(raw) : raw;
  const alignmentErrors: string[] = [];
  const expected: { start: number; end: number; id: string; text: string }[] = [];
  let cursor = 0;
  for (const g of gold.mentions) {
    const at = text.indexOf(g.text, cursor);
    if (at < 0) {
      alignmentErrors.push(`"${g.text}" (${g.id}) not found after offset ${cursor}`);
      continue;
    }
    expected.push({ start: at, end: at + g.text.length, id: g.id, text: g.text });
    cursor = at + g.text.length;
  }
  const found = findMentions(text, matcher);
  const key = (m: { start: number; end: number; id: string }) => `${m.start}:${m.end}:${m.id}`;
  const foundKeys = new Set(found.map(key));
  const goldKeys = new Set(expected.map(key));
  const missed = expected.filter((g) => !foundKeys.has(key(g))).map((g) => ({ text: g.text, id: g.id, start: g.start }));
  const extra = found.filter((m) => !goldKeys.has(key(m)));
  const tp = expected.length - missed.length;
  return { page: gold.page, missed, extra, score: { tp, fp: extra.length, fn: missed.length }, alignmentErrors };
}
