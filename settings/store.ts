/**
 * Settings in extension storage: one versioned item in `storage.sync` (small, follows the
 * reader across devices), mirrored to `storage.local` so a sync quota error loses nothing.
 */
import { storage } from '@wxt-dev/storage';
import { DEFAULT_SETTINGS, repairSettings, SETTINGS_VERSION, type Settings } from './schema.ts';

const syncItem = storage.defineItem<unknown>('sync:settings', {
  fallback: null,
  version: SETTINGS_VERSION,
  migrations: {},
});
const localItem = storage.defineItem<unknown>('local:settings', { fallback: null });
const statusItem = storage.defineItem<SaveStatus>('local:settingsStatus', { fallback: { where: 'sync' } });

export interface SaveStatus {
  where: 'sync' | 'local';
  reason?: string;
}

/** The current settings, repaired if storage holds something broken. */
export async function loadSettings(): Promise<Settings & { problems?: string[] }> {
  const status = await statusItem.getValue();
  const raw = status.where === 'local' ? await localItem.getValue() : await syncItem.getValue();
  if (raw === null) return structuredClone(DEFAULT_SETTINGS);
  const { settings, problems } = repairSettings(raw);
  return problems.length ? { ...settings, problems } : settings;
}

/**
 * The settings as this device holds them: one read of local storage, which answers in a few
 * milliseconds where sync storage can take hundreds while its backend wakes up. Current, since
 * every save writes this copy and the background mirrors synced changes into it; content
 * scripts start from it.
 */
export async function loadLocalSettings(): Promise<Settings | undefined> {
  const raw = await localItem.getValue();
  return raw === null ? undefined : repairSettings(raw).settings;
}

/** Gives this device a local copy of the settings if it has none yet (a new install, or
 *  settings that so far came only through sync), so content scripts start fast. */
export async function ensureLocalCopy(): Promise<void> {
  if ((await localItem.getValue()) !== null) return;
  const { problems: _problems, ...settings } = await loadSettings();
  if ((await localItem.getValue()) === null) await localItem.setValue(settings);
}

/** Keeps this device's copy in step with settings that arrive through sync from another
 *  device (run by the background), so content scripts that start from it are current. */
export function mirrorSyncToLocal(): () => void {
  return syncItem.watch((value) => {
    void statusItem.getValue().then((status) => {
      if (status.where === 'sync' && value !== null) return localItem.setValue(repairSettings(value).settings);
    });
  });
}

/** Saves settings; when sync refuses (quota), keeps them locally and says so. */
export async function saveSettings(next: Settings): Promise<SaveStatus> {
  const clean = repairSettings(next).settings;
  await localItem.setValue(clean);
  try {
    await syncItem.setValue(clean);
    const status: SaveStatus = { where: 'sync' };
    await statusItem.setValue(status);
    return status;
  } catch (error) {
    const status: SaveStatus = { where: 'local', reason: (error as Error).message };
    await statusItem.setValue(status);
    return status;
  }
}

export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const { problems: _ignored, ...current } = await loadSettings();
  const next = change(current);
  await saveSettings(next);
  return next;
}

/**
 * Every change to the settings, from any page or any device, as it lands: each save writes this
 * device's copy first and the background mirrors synced changes into it, so one watch on that
 * copy sees them all — once, and with the new value itself rather than a read that may race
 * the sync write still under way.
 */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return localItem.watch((value) => {
    if (value !== null) onChange(repairSettings(value).settings);
  });
}

export const loadSaveStatus = () => statusItem.getValue();
