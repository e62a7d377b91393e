import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, repairSettings } from '../../../settings/schema.ts';
import { exportSettings, importSettings } from '../../../settings/import-export.ts';

describe('settings', () => {
  it('round-trips through export and import', () => {
    const mine = { ...DEFAULT_SETTINGS, sitesOff: ['example.com'], progress: { 'luke-cage': 113 }, hoverDelayMs: 350 };
    const result = importSettings(exportSettings(mine), DEFAULT_SETTINGS);
    expect(result).toEqual({ ok: true, settings: mine, problems: [] });
  });

  it.each([
    ['{ not json', 'not valid JSON'],
    ['{"hello":"world"}', 'not a Sidekick settings file'],
    ['{"format":"sidekick-settings","version":99,"settings":{}}', 'newer Sidekick'],
  ])('refuses %j whole', (text, why) => {
    const result = importSettings(text, DEFAULT_SETTINGS);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(why);
  });

  it('keeps the valid fields of a partly valid file and reports the rest', () => {
    const current = { ...DEFAULT_SETTINGS, progress: { 'jessica-jones': 105 } };
    const text = JSON.stringify({
      format: 'sidekick-settings',
      version: 1,
      settings: { showMarks: false, hoverDelayMs: -4, colour: 'red' },
    });
    const result = importSettings(text, current);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.settings.showMarks).toBe(false);
    expect(result.settings.hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    expect(result.settings.progress).toEqual({ 'jessica-jones': 105 });
    expect(result.problems).toEqual([expect.stringContaining('hoverDelayMs'), 'unknown setting "colour"']);
  });

  it('repairs a corrupted stored value without losing the good fields', () => {
    const { settings, problems } = repairSettings({ progress: { 'luke-cage': 201 }, spoilers: 'nope', sitesOff: ['a.com', 7] });
    expect(settings.progress).toEqual({ 'luke-cage': 201 });
    expect(settings.spoilers).toEqual(DEFAULT_SETTINGS.spoilers);
    expect(problems).toHaveLength(2);
    expect(repairSettings('garbage').settings).toEqual(DEFAULT_SETTINGS);
  });
});
