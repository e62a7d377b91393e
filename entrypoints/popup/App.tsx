/** The popup: search everything, this page's mentions, the switches, spoiler progress. */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Card } from '../../components/Card.tsx';
import { ProgressPicker } from '../../components/ProgressPicker.tsx';
import { SearchPanel } from '../../components/SearchPanel.tsx';
import type { CardStore } from '../../core/cards/card.ts';
import { positionLabel, viewCard } from '../../core/cards/card-view.ts';
import type { PageEntity } from '../../core/messages.ts';
import { loadSearch, search, type SearchIndexData } from '../../core/search/search.ts';
import cardStore from '../../data/generated/card-store.json';
import searchIndex from '../../data/generated/search-index.json';
import { DEFAULT_SETTINGS, hostOf, isSiteOn, type Settings } from '../../settings/schema.ts';
import { loadSaveStatus, loadSettings, watchSettings, type SaveStatus } from '../../settings/store.ts';

const store = cardStore as unknown as CardStore;
const KIND_GROUPS: [string, string][] = [
  ['character', 'Characters'],
  ['person', 'People'],
  ['show', 'Shows'],
  ['season', 'Seasons'],
  ['episode', 'Episodes'],
  ['series', 'Comic series'],
  ['issue', 'Comic issues'],
];

type View = { name: 'search' } | { name: 'card'; id: string } | { name: 'spoilers' };

export function App() {
  const index = useMemo(() => loadSearch(store, searchIndex as unknown as SearchIndexData), []);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState(false);
  const [status, setStatus] = useState<SaveStatus>({ where: 'sync' });
  const [site, setSite] = useState<string | undefined>();
  const [tabId, setTabId] = useState<number | undefined>();
  const [view, setView] = useState<View>({ name: 'search' });
  const [pageEntities, setPageEntities] = useState<PageEntity[] | undefined>();
  /** The settings changes start from: the latest, even before a re-render. */
  const current = useRef<Settings>(DEFAULT_SETTINGS);

  useEffect(() => {
    const take = (s: Settings) => {
      current.current = s;
      setSettings(s);
    };
    void loadSettings().then(({ problems: _problems, ...s }) => {
      take(s);
      setLoaded(true);
    });
    void loadSaveStatus().then(setStatus);
    const unwatch = watchSettings(take);
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      setSite(tab?.url ? hostOf(tab.url) : undefined);
      setTabId(tab?.id);
      if (tab?.id !== undefined) {
        browser.tabs
          .sendMessage(tab.id, { type: 'page-mentions' })
          .then((list) => setPageEntities((list as PageEntity[] | undefined) ?? []))
          .catch(() => setPageEntities(undefined));
      }
    });
    return unwatch;
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && view.name !== 'search') {
        event.preventDefault();
        setView({ name: 'search' });
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [view]);

  /** Applies a change at once and hands the save to the background, which outlives the popup:
   *  a reader who picks an option and closes the popup straight away loses nothing. */
  const change = (update: (s: Settings) => Settings) => {
    const next = update(current.current);
    current.current = next;
    setSettings(next);
    void browser.runtime
      .sendMessage({ type: 'save-settings', settings: next })
      .then((status) => setStatus(status as SaveStatus))
      .catch((error: unknown) => setStatus({ where: 'local', reason: (error as Error).message }));
  };
  const siteOn = isSiteOn(settings, site);
  const toggleSite = () =>
    site && change((s) => ({ ...s, sitesOff: isSiteOn(s, site) ? [...s.sitesOff, site] : s.sitesOff.filter((h) => h !== site) }));
  const theme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';

  return (
    <main class="sk-popup sk-theme" data-theme={theme}>
      <header class="sk-popup-head">
        <h1 class="sk-brand">Sidekick</h1>
        {site && (
          <label class="sk-switch">
            <input type="checkbox" checked={siteOn} onChange={toggleSite} />
            <span>On for {site}</span>
          </label>
        )}
      </header>
      {status.where === 'local' && (
        <p class="sk-note" role="status">
          Sync storage is full: your settings are saved on this device only.
        </p>
      )}
      {loaded && !settings.onboarded && view.name === 'search' && (
        <section class="sk-onboard" aria-labelledby="sk-onboard-title">
          <h2 id="sk-onboard-title">How far are you?</h2>
          <p>Sidekick hides what you haven't read or watched yet. Until you say, cards show only the basics.</p>
          <div class="sk-onboard-actions">
            <button type="button" class="sk-button" onClick={() => setView({ name: 'spoilers' })}>
              Set my progress
            </button>
            <button
              type="button"
              class="sk-button sk-secondary"
              onClick={() => change((s) => ({ ...s, onboarded: true, spoilers: { comics: 'off', netflix: 'off' } }))}
            >
              Show me everything
            </button>
          </div>
        </section>
      )}
      {view.name === 'card' && (
        <CardView
          id={view.id}
          settings={settings}
          onOpen={(id) => setView({ name: 'card', id })}
          onBack={() => setView({ name: 'search' })}
          change={change}
        />
      )}
      {view.name === 'spoilers' && (
        <section aria-labelledby="sk-spoilers-title">
          <button type="button" class="sk-link sk-back" onClick={() => setView({ name: 'search' })}>
            ← Back to search
          </button>
          <h2 id="sk-spoilers-title" class="sk-section-title">
            Spoiler protection
          </h2>
          <ProgressPicker
            works={store.works}
            modes={settings.spoilers}
            progress={settings.progress}
            onMode={(continuity, mode) => change((s) => ({ ...s, onboarded: true, spoilers: { ...s.spoilers, [continuity]: mode } }))}
            onProgress={(work, ordinal) => change((s) => ({ ...s, onboarded: true, progress: { ...s.progress, [work]: ordinal } }))}
          />
        </section>
      )}
      {view.name === 'search' && (
        <>
          <SearchPanel search={(q) => search(index, q, 12)} onOpen={(id) => setView({ name: 'card', id })} />
          <PageList
            entities={pageEntities}
            onShow={(id) => tabId !== undefined && void browser.tabs.sendMessage(tabId, { type: 'show-mention', id })}
          />
          <footer class="sk-popup-foot">
            <label class="sk-switch">
              <input type="checkbox" checked={settings.showMarks} onChange={() => change((s) => ({ ...s, showMarks: !s.showMarks }))} />
              <span>Mark names on pages</span>
            </label>
            <button type="button" class="sk-link" onClick={() => setView({ name: 'spoilers' })}>
              Spoiler protection…
            </button>
            <button type="button" class="sk-link" onClick={() => void browser.runtime.openOptionsPage()}>
              All settings
            </button>
          </footer>
        </>
      )}
    </main>
  );
}

function CardView({
  id,
  settings,
  onOpen,
  onBack,
  change,
}: {
  id: string;
  settings: Settings;
  onOpen: (id: string) => void;
  onBack: () => void;
  change: (u: (s: Settings) => Settings) => void;
}) {
  const view = viewCard(store, id);
  if (!view) return null;
  return (
    <div class="sk-popup-card">
      <button type="button" class="sk-link sk-back" onClick={onBack}>
        ← Back to results
      </button>
      <Card
        key={view.card.id}
        card={view.card}
        reader={{ modes: settings.spoilers, progress: settings.progress }}
        points={view.points}
        progressLabel={(work, ordinal) => positionLabel(view.works, work, ordinal)}
        onOpen={onOpen}
        onSeen={(point) =>
          change((s) => ({ ...s, progress: { ...s.progress, [point.work]: Math.max(s.progress[point.work] ?? 0, point.ordinal) } }))
        }
      />
    </div>
  );
}

function PageList({ entities, onShow }: { entities: PageEntity[] | undefined; onShow: (id: string) => void }) {
  if (entities === undefined) return null;
  return (
    <section class="sk-page" aria-labelledby="sk-page-title">
      <h2 id="sk-page-title">On this page</h2>
      {entities.length === 0 && <p class="sk-muted">Nothing Sidekick knows is mentioned here.</p>}
      {KIND_GROUPS.map(([kind, title]) => {
        const group = entities.filter((e) => e.kind === kind).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
        if (group.length === 0) return null;
        return (
          <div key={kind} class="sk-page-group">
            <h3>{title}</h3>
            <ul>
              {group.map((e) => (
                <li key={e.id}>
                  <button type="button" class="sk-link" data-page-entity={e.id} onClick={() => onShow(e.id)}>
                    {e.label}
                  </button>{' '}
                  <span class="sk-count">×{e.count}</span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
