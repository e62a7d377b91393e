/**
 * The recogniser against the annotated pages in tests/fixtures (the demo pages, our recaps,
 * reviews, wiki articles, forum threads and news, and pages about other things that use the
 * same words): the quality bar `npm run eval` reports, kept from slipping.
 */
import { describe, expect, it } from 'vitest';
import { kindOfId, type EntityKind } from '../../core/entities.ts';
import { buildMatcher } from '../../core/matching/build-matcher.ts';
import { compileDataset } from '../../data/compile.ts';
import { loadSources } from '../../data/load-sources.ts';
import { SOURCES_DIR } from '../../data/paths.ts';
import { evaluatePage, loadGold, metrics, type Score } from '../../scripts/evaluate.ts';

const matcher = buildMatcher(compileDataset(loadSources(SOURCES_DIR).dataset).index);
const results = loadGold().map((gold) => ({ gold, result: evaluatePage(gold, matcher) }));

describe('recognition quality on the annotated pages', () => {
  it('aligns every gold annotation with its page', () => {
    expect(results.flatMap(({ result }) => result.alignmentErrors)).toEqual([]);
  });

  it('finds nothing on pages about other things that share the words', () => {
    const offTopic = results.filter(({ gold }) => gold.mentions.length === 0);
    expect(offTopic.length).toBeGreaterThanOrEqual(3);
    expect(offTopic.flatMap(({ result }) => result.extra.map((m) => `${result.page}: ${m.text}`))).toEqual([]);
  });

  it('reaches precision 0.97 and recall 0.95 overall, and 0.90 for every kind', () => {
    const overall: Score = { tp: 0, fp: 0, fn: 0 };
    const byKind = new Map<EntityKind, Score>();
    const of = (kind: EntityKind) => byKind.get(kind) ?? byKind.set(kind, { tp: 0, fp: 0, fn: 0 }).get(kind)!;
    for (const { gold, result } of results) {
      overall.tp += result.score.tp;
      overall.fp += result.score.fp;
      overall.fn += result.score.fn;
      for (const g of gold.mentions) if (!result.missed.some((m) => m.id === g.id && m.text === g.text)) of(kindOfId(g.id)!).tp++;
      for (const m of result.missed) of(kindOfId(m.id)!).fn++;
      for (const m of result.extra) of(m.kind).fp++;
    }
    const total = metrics(overall);
    expect(total.precision).toBeGreaterThanOrEqual(0.97);
    expect(total.recall).toBeGreaterThanOrEqual(0.95);
    for (const [kind, score] of byKind) {
      const m = metrics(score);
      expect({ kind, ok: m.precision >= 0.9 && m.recall >= 0.9 }).toEqual({ kind, ok: true });
    }
  });
});
