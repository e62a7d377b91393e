/** Settings files: what export writes and what import accepts (validated, never trusted). */
import { repairSettings, SETTINGS_VERSION, type Settings } from './schema.ts';

export const EXPORT_FORMAT = 'sidekick-settings';

export function exportSettings(settings: Settings): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: SETTINGS_VERSION, settings }, null, 2);
}

export type ImportResult = { ok: true; settings: Settings; problems: string[] } | { ok: false; error: string };

/**
 * Parses an exported file against the current settings. A malformed or foreign file is
 * refused whole; from a partly valid one the valid fields are kept and the rest reported.
 */
export function importSettings(text: string, current: Settings): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not valid JSON, so nothing was changed.' };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, error: 'This is not a Sidekick settings file, so nothing was changed.' };
  }
  const { version, settings } = json as { version?: unknown; settings?: unknown };
  if (typeof version !== 'number' || version > SETTINGS_VERSION) {
    return {
      ok: false,
      error: `This file comes from a newer Sidekick (settings version ${String(version)}); update Sidekick to import it.`,
    };
  }
  if (typeof settings !== 'object' || settings === null) {
    return { ok: false, error: 'This file holds no settings, so nothing was changed.' };
  }
  const repaired = repairSettings(settings, current);
  return { ok: true, settings: repaired.settings, problems: repaired.problems };
}
