/** Every setting, the paused sites, and settings files (export, validated import, reset). */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, SPOILER_MODES, type Settings, type SpoilerMode } from '../../settings/schema.ts';
import { exportSettings, importSettings } from '../../settings/import-export.ts';
import { loadSaveStatus, loadSettings, saveSettings, watchSettings, type SaveStatus } from '../../settings/store.ts';

/** What each keyboard command does, in the order the page lists them. */
const COMMAND_LABELS: Record<string, string> = {
  _execute_action: 'Open the Sidekick popup',
  'lookup-selection': 'Show the card for the selected text',
  'next-mention': 'Go to the next marked name and show its card',
};

/** The browser's page for changing extension shortcuts (Firefox has an API for it). */
function openShortcutSettings() {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  if (commands.openShortcutSettings) void commands.openShortcutSettings();
  else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

const MODE_LABELS: Record<SpoilerMode, string> = {
  off: 'Off — show everything',
  progress: 'To my progress',
  strict: 'Strict — hide every plot fact',
};

export function Options() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [status, setStatus] = useState<SaveStatus>({ where: 'sync' });
  /** The last message, and the settings before a whole-file change (import, reset) for Undo. */
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string; undo?: Settings } | undefined>();

  /** Command → the key the browser assigned ('' when none). */
  const [shortcuts, setShortcuts] = useState<[string, string][]>([]);

  useEffect(() => {
    void browser.commands
      .getAll()
      .then((all) => setShortcuts(Object.keys(COMMAND_LABELS).map((name) => [name, all.find((c) => c.name === name)?.shortcut ?? ''])))
      .catch(() => setShortcuts([]));
    void loadSettings().then(({ problems, ...s }) => {
      setSettings(s);
      if (problems?.length) setMessage({ kind: 'error', text: `Some stored settings were damaged and were reset: ${problems.join('; ')}` });
    });
    void loadSaveStatus().then(setStatus);
    return watchSettings(setSettings);
  }, []);

  const save = async (next: Settings) => {
    setSettings(next);
    setStatus(await saveSettings(next));
  };

  const onImport = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    // Cleared, so choosing the same file again imports it again.
    input.value = '';
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setMessage({ kind: 'error', text: 'This file could not be read, so nothing was changed.' });
    }
    const result = importSettings(text, settings);
    if (!result.ok) return setMessage({ kind: 'error', text: result.error });
    const before = settings;
    await save(result.settings);
    setMessage(
      result.problems.length
        ? { kind: 'error', text: `Imported, except: ${result.problems.join('; ')}.`, undo: before }
        : { kind: 'ok', text: 'Settings imported.', undo: before },
    );
  };

  const onReset = async () => {
    const before = settings;
    await save(structuredClone(DEFAULT_SETTINGS));
    setMessage({ kind: 'ok', text: 'Settings reset to defaults, your reading and watching progress too.', undo: before });
  };

  const onUndo = async (previous: Settings) => {
    await save(previous);
    setMessage({ kind: 'ok', text: 'Your previous settings are back.' });
  };

  const onExport = () => {
    const url = URL.createObjectURL(new Blob([exportSettings(settings)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'sidekick-settings.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <main class="sk-options sk-theme" data-theme={matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'}>
      <h1>Sidekick settings</h1>
      {status.where === 'local' && (
        <p class="sk-warning" role="status">
          Your browser's sync storage is full, so these settings are kept on this device only ({status.reason}).
        </p>
      )}
      {message && (
        <p class={message.kind === 'error' ? 'sk-warning' : 'sk-ok'} role="status">
          {message.text}{' '}
          {message.undo && (
            <button type="button" onClick={() => void onUndo(message.undo!)}>
              Undo
            </button>
          )}
        </p>
      )}
      <fieldset>
        <legend>On pages</legend>
        <label>
          <input type="checkbox" checked={settings.showMarks} onChange={() => void save({ ...settings, showMarks: !settings.showMarks })} />{' '}
          Mark mentions (hover cards work either way)
        </label>
        <label>
          Mark style{' '}
          <select
            value={settings.markStyle}
            onChange={(e) => void save({ ...settings, markStyle: (e.target as HTMLSelectElement).value as Settings['markStyle'] })}
          >
            <option value="underline">Underline</option>
            <option value="background">Tint</option>
          </select>
        </label>
        <label>
          Delay before a card opens (ms){' '}
          <input
            type="number"
            min={0}
            max={5000}
            step={50}
            value={settings.hoverDelayMs}
            onChange={(e) =>
              void save({ ...settings, hoverDelayMs: clampDelay((e.target as HTMLInputElement).valueAsNumber, settings.hoverDelayMs) })
            }
          />
        </label>
        <label>
          Delay before a card closes (ms){' '}
          <input
            type="number"
            min={0}
            max={5000}
            step={50}
            value={settings.graceMs}
            onChange={(e) =>
              void save({ ...settings, graceMs: clampDelay((e.target as HTMLInputElement).valueAsNumber, settings.graceMs) })
            }
          />
        </label>
      </fieldset>
      <fieldset>
        <legend>Spoiler protection</legend>
        {(['comics', 'netflix'] as const).map((c) => (
          <label key={c}>
            {c === 'comics' ? 'Comics' : 'Netflix'}{' '}
            <select
              value={settings.spoilers[c]}
              onChange={(e) =>
                void save({ ...settings, spoilers: { ...settings.spoilers, [c]: (e.target as HTMLSelectElement).value as SpoilerMode } })
              }
            >
              {SPOILER_MODES.map((m) => (
                <option value={m} key={m}>
                  {MODE_LABELS[m]}
                </option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Paused sites</legend>
        {settings.sitesOff.length === 0 ? (
          <p class="sk-muted">Sidekick is on everywhere. Switch it off for a site from the toolbar popup.</p>
        ) : (
          <ul class="sk-sites">
            {settings.sitesOff.map((site) => (
              <li key={site}>
                {site}{' '}
                <button type="button" onClick={() => void save({ ...settings, sitesOff: settings.sitesOff.filter((s) => s !== site) })}>
                  Turn back on
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <fieldset>
        <legend>Keyboard shortcuts</legend>
        <dl class="sk-shortcuts">
          {shortcuts.map(([name, key]) => (
            <div key={name} data-command={name}>
              <dt>{COMMAND_LABELS[name]}</dt>
              <dd>{key ? <kbd>{key}</kbd> : <span class="sk-muted">not set</span>}</dd>
            </div>
          ))}
        </dl>
        <button type="button" onClick={openShortcutSettings}>
          Change shortcuts…
        </button>
      </fieldset>
      <fieldset>
        <legend>Settings file</legend>
        <button type="button" onClick={onExport}>
          Export…
        </button>{' '}
        <label class="sk-file">
          Import… <input type="file" accept="application/json,.json" onChange={(e) => void onImport(e)} />
        </label>{' '}
        <button type="button" onClick={() => void onReset()}>
          Reset to defaults
        </button>
      </fieldset>
    </main>
  );
}

function clampDelay(value: number, fallback: number): number {
  return Number.isFinite(value) ? Math.min(5000, Math.max(0, Math.round(value))) : fallback;
}
