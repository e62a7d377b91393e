/**
 * Search box and results following the ARIA combobox pattern: the input owns a listbox of
 * options (each with `data-entity-id`); arrows move, Enter opens, Esc clears.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { SearchResult } from '../core/search/search.ts';

const KIND_LABELS: Record<string, string> = {
  character: 'Character',
  person: 'Person',
  series: 'Series',
  issue: 'Issue',
  show: 'Show',
  season: 'Season',
  episode: 'Episode',
};

export interface SearchPanelProps {
  search: (query: string) => SearchResult[];
  onOpen: (id: string) => void;
  initialQuery?: string;
}

export function SearchPanel({ search, onOpen, initialQuery = '' }: SearchPanelProps) {
  const [query, setQuery] = useState(initialQuery);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const results = query.trim() ? search(query) : [];

  // Focused while the popup renders, not a frame later: the first keys typed are not lost.
  useLayoutEffect(() => input.current?.focus(), []);
  useEffect(() => setActive(0), [query]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((a) => Math.min(a + 1, results.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === 'Enter') {
      const chosen = results[active];
      if (chosen) onOpen(chosen.id);
    } else if (event.key === 'Escape' && query) {
      event.preventDefault();
      event.stopPropagation();
      setQuery('');
    }
  };

  return (
    <div class="sk-search">
      <label class="sk-visually-hidden" for="sk-query">
        Search characters, comics and episodes
      </label>
      <input
        id="sk-query"
        ref={input}
        class="sk-input"
        type="search"
        // Preact's types only allow role="combobox" on an input with a `list`; ARIA allows it here.
        {...({ role: 'combobox' } as Record<string, string>)}
        aria-expanded={results.length > 0}
        aria-controls="sk-results"
        aria-autocomplete="list"
        aria-activedescendant={results[active] ? `sk-option-${active}` : undefined}
        placeholder="Search: Kilgrave, pulse 14, jj 1x01…"
        autocomplete="off"
        spellcheck={false}
        value={query}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
      />
      <ul id="sk-results" class="sk-results" role="listbox" aria-label="Results">
        {results.map((r, i) => (
          <li
            id={`sk-option-${i}`}
            key={r.id}
            role="option"
            aria-selected={i === active}
            data-entity-id={r.id}
            class="sk-option"
            onClick={() => onOpen(r.id)}
            onMouseMove={() => setActive(i)}
          >
            <span class="sk-option-label">{r.label}</span>
            <span class={`sk-kind sk-kind-${r.kind}`}>{KIND_LABELS[r.kind] ?? r.kind}</span>
          </li>
        ))}
      </ul>
      {query.trim() && results.length === 0 && <p class="sk-none">Nothing found for “{query.trim()}”.</p>}
    </div>
  );
}
