import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../settings/schema.ts';
import { loadSaveStatus, loadSettings, saveSettings } from '../../../settings/store.ts';

describe('settings storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('starts from the safe defaults', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves to sync storage and reads it back', async () => {
    const mine = { ...DEFAULT_SETTINGS, progress: { 'luke-cage': 113 }, onboarded: true };
    expect(await saveSettings(mine)).toEqual({ where: 'sync' });
    expect(await loadSettings()).toEqual(mine);
  });

  it('keeps the settings on this device when sync storage is full, and says so', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const mine = { ...DEFAULT_SETTINGS, progress: { 'jessica-jones': 305 } };
    const status = await saveSettings(mine);
    expect(status.where).toBe('local');
    expect(status.reason).toContain('QUOTA');
    expect(await loadSaveStatus()).toEqual(status);
    expect((await loadSettings()).progress).toEqual({ 'jessica-jones': 305 });
  });

  it('repairs a corrupted stored value, keeping the reader’s progress', async () => {
    await fakeBrowser.storage.sync.set({ settings: { progress: { 'luke-cage': 201 }, spoilers: 'garbage', hoverDelayMs: 'slow' } });
    const loaded = await loadSettings();
    expect(loaded.progress).toEqual({ 'luke-cage': 201 });
    expect(loaded.spoilers).toEqual(DEFAULT_SETTINGS.spoilers);
    expect(loaded.problems).toHaveLength(2);
  });

  it('reads settings a newer version wrote through sync without losing the fields it knows', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { progress: { 'luke-cage': 113 }, showMarks: false, newerSetting: true },
      settings$: { v: 99 },
    });
    const loaded = await loadSettings();
    expect(loaded.progress).toEqual({ 'luke-cage': 113 });
    expect(loaded.showMarks).toBe(false);
  });
});
