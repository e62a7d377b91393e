/**
 * Spoiler protection per continuity: the mode, and how far the reader is in each work line
 * (a show by season and episode, a series by issue), with "none of it" and "all of it".
 */
import type { WorkLine } from '../core/cards/card.ts';
import { CONTINUITY_LABELS, type Continuity } from '../core/entities.ts';
import type { SpoilerMode } from '../core/spoilers/visibility.ts';

export const ALL_OF_IT = Number.MAX_SAFE_INTEGER;

const MODES: [SpoilerMode, string][] = [
  ['progress', 'To my progress'],
  ['strict', 'Hide every plot fact'],
  ['off', 'Off: show everything'],
];

export interface ProgressPickerProps {
  works: WorkLine[];
  modes: Record<Continuity, SpoilerMode>;
  progress: Record<string, number>;
  onMode: (continuity: Continuity, mode: SpoilerMode) => void;
  onProgress: (work: string, ordinal: number) => void;
}

export function ProgressPicker({ works, modes, progress, onMode, onProgress }: ProgressPickerProps) {
  return (
    <div class="sk-progress">
      {(['netflix', 'comics'] as const).map((continuity) => (
        <fieldset class="sk-continuity" key={continuity}>
          <legend>{CONTINUITY_LABELS[continuity]}</legend>
          <label class="sk-row">
            <span>Spoiler protection</span>
            <select value={modes[continuity]} onChange={(e) => onMode(continuity, (e.target as HTMLSelectElement).value as SpoilerMode)}>
              {MODES.map(([mode, label]) => (
                <option value={mode} key={mode}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          {modes[continuity] === 'progress' &&
            works
              .filter((w) => w.continuity === continuity)
              .map((w) => <WorkProgress key={w.work} line={w} at={progress[w.work] ?? 0} onProgress={onProgress} />)}
        </fieldset>
      ))}
    </div>
  );
}

function WorkProgress({ line, at, onProgress }: { line: WorkLine; at: number; onProgress: (work: string, ordinal: number) => void }) {
  const id = `sk-progress-${line.work}`;
  const verb = line.continuity === 'netflix' ? 'Watched' : 'Read';
  // Group a show's episodes by season for the picker and its quick actions.
  const seasons = new Map<number, [number, string][]>();
  if (line.continuity === 'netflix') {
    for (const point of line.points) {
      const season = Math.floor(point[0] / 100);
      seasons.set(season, [...(seasons.get(season) ?? []), point]);
    }
  }
  const value = at >= ALL_OF_IT ? 'all' : String(line.points.filter(([o]) => o <= at).at(-1)?.[0] ?? 0);
  return (
    <div class="sk-work">
      <label for={id} class="sk-work-label">
        {line.label}
      </label>
      <select
        id={id}
        data-work={line.work}
        value={value}
        onChange={(e) => {
          const v = (e.target as HTMLSelectElement).value;
          onProgress(line.work, v === 'all' ? ALL_OF_IT : Number(v));
        }}
      >
        <option value="0">Not started</option>
        {line.continuity === 'netflix'
          ? [...seasons].map(([season, points]) => (
              <optgroup label={`Season ${season}`} key={season}>
                {points.map(([ordinal, label]) => (
                  <option value={String(ordinal)} key={ordinal}>
                    {verb} through {label}
                  </option>
                ))}
              </optgroup>
            ))
          : line.points.map(([ordinal, label]) => (
              <option value={String(ordinal)} key={ordinal}>
                {verb} through {label}
              </option>
            ))}
        <option value="all">{verb} all of it</option>
      </select>
      {line.continuity === 'netflix' && seasons.size > 0 && (
        <div class="sk-quick" role="group" aria-label={`Quick progress for ${line.label}`}>
          {[...seasons].map(([season, points]) => (
            <button type="button" class="sk-chip" key={season} onClick={() => onProgress(line.work, points.at(-1)![0])}>
              All of season {season}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
