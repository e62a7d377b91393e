/** The popup: search everything, see this page's mentions, and the switches for this site. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Card } from '../../components/Card.tsx';
import { SearchPanel } from '../../components/SearchPanel.tsx';
import type { CardStore } from '../../core/cards/card.ts';
import { positionLabel, viewCard } from '../../core/cards/card-view.ts';
import type { PageEntity } from '../../core/messages.ts';
import { buildSearch, search } from '../../core/search/search.ts';
import cardStore from '../../data/generated/card-store.json';
import { DEFAULT_SETTINGS, hostOf, isSiteOn, type Settings } from '../../settings/schema.ts';
import { loadSettings, updateSettings, watchSettings } from '../../settings/store.ts';

const store = cardStore as unknown as CardStore;

export function App() {
  const index = useMemo(() => buildSearch(store), []);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [site, setSite] = useState<string | undefined>();
  const [tabId, setTabId] = useState<number | undefined>();
  const [openId, setOpenId] = useState<string | undefined>();
  const [pageEntities, setPageEntities] = useState<PageEntity[] | undefined>();

  useEffect(() => {
    void loadSettings().then(setSettings);
    const unwatch = watchSettings(setSettings);
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      setSite(tab?.url ? hostOf(tab.url) : undefined);
      setTabId(tab?.id);
      if (tab?.id !== undefined) {
        browser.tabs
          .sendMessage(tab.id, { type: 'page-mentions' })
          .then((list) => setPageEntities(list as PageEntity[]))
          .catch(() => setPageEntities(undefined));
      }
    });
    return unwatch;
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && openId) {
        event.preventDefault();
        setOpenId(undefined);
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [openId]);

  const view = openId ? viewCard(store, openId) : undefined;
  const siteOn = isSiteOn(settings, site);
  const toggleSite = () =>
    site &&
    void updateSettings((s) => ({
      ...s,
      sitesOff: isSiteOn(s, site) ? [...s.sitesOff, site] : s.sitesOff.filter((h) => h !== site),
    }));

  return (
    <main class="sk-popup sk-theme" data-theme={matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'}>
      <header class="sk-popup-head">
        <h1 class="sk-brand">Sidekick</h1>
        {site && (
          <label class="sk-switch">
            <input type="checkbox" checked={siteOn} onChange={toggleSite} />
            <span>On for {site}</span>
          </label>
        )}
      </header>
      {view ? (
        <div class="sk-popup-card">
          <button type="button" class="sk-link sk-back" onClick={() => setOpenId(undefined)}>
            ← Back to results
          </button>
          <Card
            key={view.card.id}
            card={view.card}
            reader={{ modes: settings.spoilers, progress: settings.progress }}
            points={view.points}
            progressLabel={(work, ordinal) => positionLabel(view.works, work, ordinal)}
            onOpen={setOpenId}
            onSeen={(point) =>
              void updateSettings((s) => ({
                ...s,
                progress: { ...s.progress, [point.work]: Math.max(s.progress[point.work] ?? 0, point.ordinal) },
              }))
            }
          />
        </div>
      ) : (
        <>
          <SearchPanel search={(q) => search(index, q, 12)} onOpen={setOpenId} />
          {pageEntities && pageEntities.length > 0 && (
            <section class="sk-page" aria-labelledby="sk-page-title">
              <h2 id="sk-page-title">On this page</h2>
              <ul>
                {pageEntities
                  .sort((a, b) => b.count - a.count)
                  .map((e) => (
                    <li key={e.id}>
                      <button
                        type="button"
                        class="sk-link"
                        data-page-entity={e.id}
                        onClick={() => tabId !== undefined && void browser.tabs.sendMessage(tabId, { type: 'show-mention', id: e.id })}
                      >
                        {e.label}
                      </button>{' '}
                      <span class="sk-count">×{e.count}</span>
                    </li>
                  ))}
              </ul>
            </section>
          )}
          <label class="sk-switch">
            <input
              type="checkbox"
              checked={settings.showMarks}
              onChange={() => void updateSettings((s) => ({ ...s, showMarks: !s.showMarks }))}
            />
            <span>Mark mentions on pages</span>
          </label>
        </>
      )}
    </main>
  );
}
