/**
 * The card: one component for hover cards on pages and for the popup. Every fact passes
 * through `decideVisibility`; hidden facts are gathered under the shown ones, one line per point
 * that reveals them.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Card as CardData, CardFact, RevealPoint } from '../core/cards/card.ts';
import { CONTINUITY_LABELS, type Continuity } from '../core/entities.ts';
import { decideVisibility, type Reader, type Visibility } from '../core/spoilers/visibility.ts';

export interface CardProps {
  card: CardData;
  reader: Reader;
  points: Record<string, RevealPoint>;
  /** Label of the reader's position in a work ("1x13", "#14"), or undefined when not started. */
  progressLabel: (work: string, ordinal: number) => string | undefined;
  /** The continuity to open on (the page's, when known). */
  preferred?: Continuity | undefined;
  /** Moves the reader's progress to a point ("I've seen it"). */
  onSeen?: ((point: RevealPoint) => void) | undefined;
  onOpen?: ((id: string) => void) | undefined;
  onClose?: (() => void) | undefined;
  /** Id for aria-labelledby; unique per card on screen. */
  titleId?: string;
}

export function Card({
  card,
  reader,
  points,
  progressLabel,
  preferred,
  onSeen,
  onOpen,
  onClose,
  titleId = 'sidekick-card-title',
}: CardProps) {
  const tabs = card.continuities;
  const [tab, setTab] = useState<Continuity>(preferred && tabs.includes(preferred) ? preferred : tabs[0]!);
  const [revealed, setRevealed] = useState<ReadonlySet<number>>(new Set());
  /** Works whose hidden points are listed one by one rather than summed up. */
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  // Opening a summed-up work replaces the button that had focus: focus moves to its first line.
  const section = useRef<HTMLElement>(null);
  const [opened, setOpened] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (!opened) return;
    const lines = section.current?.querySelectorAll<HTMLElement>('[data-hidden-work-line]') ?? [];
    [...lines]
      .find((line) => line.dataset.hiddenWorkLine === opened)
      ?.querySelector('button')
      ?.focus();
    setOpened(undefined);
  }, [opened]);
  const facts = card.facts.map((fact, index) => ({ fact, index })).filter(({ fact }) => fact.continuity === tab);
  const lines = groupHidden(facts, (fact, index) =>
    revealed.has(index) ? ({ shown: true } as const) : decideVisibility(fact, reader, points),
  );
  // What the reader may see comes first; what spoiler protection holds back is gathered in one
  // block under it, a line per point that reveals it.
  const hidden = lines.filter((line): line is HiddenLine => line.kind === 'hidden');
  // A work's points together and in order ("Hero for Hire #1", "#2"), works as they first come.
  const workOrder = [...new Set(hidden.map((line) => line.point?.work ?? ''))];
  hidden.sort(
    (a, b) =>
      workOrder.indexOf(a.point?.work ?? '') - workOrder.indexOf(b.point?.work ?? '') || (a.point?.ordinal ?? 0) - (b.point?.ordinal ?? 0),
  );
  const positionText = (why: string, work: string, at: number | undefined) => {
    if (why !== 'ahead') return '';
    const label = progressLabel(work, at ?? 0);
    return label ? `; you're at ${label}` : "; you haven't started it";
  };
  // A work with many hidden points is one line ("12 facts hidden — revealed in Luke Cage 2x01
  // to 2x13"), which opens into a line per point.
  const blocks: (HiddenLine | HiddenWork)[] = [];
  for (const work of workOrder) {
    const lines = hidden.filter((line) => (line.point?.work ?? '') === work);
    if (lines.length >= SUM_UP_FROM && work && !expanded.has(work)) blocks.push({ kind: 'work', work, lines });
    else blocks.push(...lines);
  }
  const reveal = (indexes: number[]) => setRevealed(new Set([...revealed, ...indexes]));

  return (
    <section ref={section} class="sk-card" role="dialog" aria-modal="false" aria-labelledby={titleId} data-entity-id={card.id}>
      <div class="sk-head">
        <div>
          <h2 class="sk-title" id={titleId}>
            {card.label}
          </h2>
          <p class="sk-subtitle">{card.subtitle}</p>
        </div>
        {onClose && (
          <button type="button" class="sk-close" aria-label="Close card" onClick={onClose}>
            ×
          </button>
        )}
      </div>
      {tabs.length > 1 && (
        <div class="sk-tabs" role="group" aria-label="Continuity">
          {tabs.map((c) => (
            <button type="button" class="sk-tab" aria-pressed={c === tab} onClick={() => setTab(c)} key={c}>
              {CONTINUITY_LABELS[c]}
            </button>
          ))}
        </div>
      )}
      {card.fields.length > 0 && (
        <dl class="sk-fields">
          {card.fields.map((f) => (
            <div class="sk-field" key={f.label}>
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
      )}
      <ul class="sk-facts">
        {lines.map((entry) => (entry.kind === 'shown' ? <FactLine fact={entry.fact} key={entry.index} onOpen={onOpen} /> : null))}
        {hidden.length > 0 && (
          <li class="sk-hidden-block">
            <ul class="sk-hidden-list" aria-label="Facts hidden by spoiler protection">
              {blocks.map((entry) => {
                if (entry.kind === 'work') {
                  const { work, lines } = entry;
                  const first = lines[0]!;
                  const last = lines[lines.length - 1]!;
                  const indexes = lines.flatMap((line) => line.indexes);
                  const allAhead = lines.every((line) => line.why === 'ahead');
                  return (
                    <li class="sk-fact sk-hidden" key={`work-${work}`} data-hidden-fact={first.revealedIn}>
                      <span class="sk-hidden-text">
                        {indexes.length} facts hidden — revealed in {first.point!.label} to{' '}
                        {afterShared(first.point!.label, last.point!.label)}
                        {positionText(first.why, work, first.at)}
                      </span>
                      <span class="sk-hidden-actions">
                        <button type="button" class="sk-link" onClick={() => reveal(indexes)}>
                          Reveal
                        </button>
                        {onSeen && allAhead && (
                          <button type="button" class="sk-link" onClick={() => onSeen(last.point!)}>
                            I've seen them
                          </button>
                        )}
                        <button
                          type="button"
                          class="sk-link"
                          aria-expanded="false"
                          onClick={() => {
                            setExpanded(new Set([...expanded, work]));
                            setOpened(work);
                          }}
                        >
                          Show each
                        </button>
                      </span>
                    </li>
                  );
                }
                const { point, why, at, indexes, revealedIn } = entry;
                const where = point ? positionText(why, point.work, at) : '';
                return (
                  <li
                    class="sk-fact sk-hidden"
                    key={`hidden-${revealedIn}`}
                    data-hidden-fact={revealedIn}
                    data-hidden-work-line={point?.work}
                  >
                    <span class="sk-hidden-text">
                      {indexes.length > 1 ? `${indexes.length} facts hidden` : 'Hidden'} —{' '}
                      {point ? `revealed in ${point.label}` : 'spoiler protection is strict'}
                      {where}
                    </span>
                    <span class="sk-hidden-actions">
                      <button type="button" class="sk-link" onClick={() => reveal(indexes)}>
                        Reveal
                      </button>
                      {point && onSeen && why === 'ahead' && (
                        <button type="button" class="sk-link" onClick={() => onSeen(point)}>
                          I've seen it
                        </button>
                      )}
                    </span>
                  </li>
                );
              })}
            </ul>
          </li>
        )}
        {facts.length === 0 && <li class="sk-fact sk-empty">Nothing more in Sidekick's data yet.</li>}
      </ul>
      {(card.prev || card.next) && onOpen && (
        <nav class="sk-nav" aria-label="Neighbours">
          {card.prev ? (
            <button type="button" class="sk-link" data-ref-id={card.prev} onClick={() => onOpen(card.prev!)}>
              ← Previous
            </button>
          ) : (
            <span />
          )}
          {card.next && (
            <button type="button" class="sk-link" data-ref-id={card.next} onClick={() => onOpen(card.next!)}>
              Next →
            </button>
          )}
        </nav>
      )}
    </section>
  );
}

/** Hidden points of one work from this many on are summed up in one line. */
const SUM_UP_FROM = 3;

/** The second of two labels without the words they start with alike ("Luke Cage 2x13" after
 *  "Luke Cage 2x01" is "2x13"). */
function afterShared(first: string, second: string): string {
  const a = first.split(' ');
  const b = second.split(' ');
  let k = 0;
  while (k < a.length - 1 && k < b.length - 1 && a[k] === b[k]) k++;
  return b.slice(k).join(' ');
}

type HiddenWork = { kind: 'work'; work: string; lines: HiddenLine[] };
type HiddenLine = {
  kind: 'hidden';
  revealedIn: string;
  indexes: number[];
  point: RevealPoint | undefined;
  why: string;
  at: number | undefined;
};
type Line = { kind: 'shown'; fact: CardFact; index: number } | HiddenLine;

/** Shown facts in order; the hidden ones gathered into one line per point that reveals them. */
function groupHidden(facts: { fact: CardFact; index: number }[], visibility: (fact: CardFact, index: number) => Visibility): Line[] {
  const lines: Line[] = [];
  const byPoint = new Map<string, HiddenLine>();
  for (const { fact, index } of facts) {
    const v = visibility(fact, index);
    if (v.shown) {
      lines.push({ kind: 'shown', fact, index });
      continue;
    }
    const key = fact.revealedIn ?? 'unstamped';
    const group = byPoint.get(key);
    if (group) group.indexes.push(index);
    else {
      const line = { kind: 'hidden' as const, revealedIn: key, indexes: [index], point: v.point, why: v.why, at: v.at };
      byPoint.set(key, line);
      lines.push(line);
    }
  }
  return lines;
}

function FactLine({ fact, onOpen }: { fact: CardFact; onOpen?: ((id: string) => void) | undefined }) {
  const ref = fact.refs?.length === 1 ? fact.refs[0] : undefined;
  return (
    <li class={`sk-fact sk-${fact.kind}`}>
      {fact.label && <span class="sk-fact-label">{fact.label}: </span>}
      {ref && onOpen ? (
        <button type="button" class="sk-link" data-ref-id={ref} onClick={() => onOpen(ref)}>
          {fact.text}
        </button>
      ) : (
        <span>{fact.text}</span>
      )}
    </li>
  );
}
