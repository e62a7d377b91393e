/**
 * The reader's settings: one schema, parsed wherever settings enter (storage, imports,
 * messages). A value that fails is repaired field by field: the valid fields are kept.
 */
import * as v from 'valibot';

export const SETTINGS_VERSION = 1;
export const SPOILER_MODES = ['off', 'progress', 'strict'] as const;
export type SpoilerMode = (typeof SPOILER_MODES)[number];

const Mode = v.picklist(SPOILER_MODES);
const Host = v.pipe(v.string(), v.trim(), v.toLowerCase(), v.regex(/^[a-z0-9.-]+(:\d+)?$/, 'is not a host name'));
const Delay = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(5000));

/** Each field with its default; the order is the options page's. */
export const SETTINGS_FIELDS = {
  showMarks: v.boolean(),
  markStyle: v.picklist(['underline', 'background']),
  hoverDelayMs: Delay,
  graceMs: Delay,
  sitesOff: v.array(Host),
  spoilers: v.strictObject({ comics: Mode, netflix: Mode }),
  /** Work slug → ordinal of the last issue read or episode watched (see core/spoilers). */
  progress: v.record(v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)), v.pipe(v.number(), v.integer(), v.minValue(0))),
  onboarded: v.boolean(),
} as const;

export const Settings = v.strictObject(SETTINGS_FIELDS);
export type Settings = v.InferOutput<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  showMarks: true,
  markStyle: 'underline',
  hoverDelayMs: 200,
  graceMs: 300,
  sitesOff: [],
  // Safe until the reader says otherwise: progress mode with nothing read or watched.
  spoilers: { comics: 'progress', netflix: 'progress' },
  progress: {},
  onboarded: false,
};

export interface Repair {
  settings: Settings;
  /** Fields that were invalid or unknown and were dropped, with why. */
  problems: string[];
}

/** Keeps every valid field of `raw`, takes the default for the rest, and says what it dropped. */
export function repairSettings(raw: unknown, base: Settings = DEFAULT_SETTINGS): Repair {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { settings: structuredClone(base), problems: ['settings are not an object'] };
  }
  const problems: string[] = [];
  const out: Record<string, unknown> = structuredClone(base);
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'version') continue;
    const schema = (SETTINGS_FIELDS as Record<string, v.GenericSchema>)[key];
    if (!schema) {
      problems.push(`unknown setting "${key}"`);
      continue;
    }
    const parsed = v.safeParse(schema, value);
    if (parsed.success) out[key] = parsed.output;
    else problems.push(`${key}: ${parsed.issues[0]?.message ?? 'invalid'}`);
  }
  return { settings: out as Settings, problems };
}

export function hostOf(url: string): string | undefined {
  try {
    const { protocol, host } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? host.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

export const isSiteOn = (settings: Settings, host: string | undefined) => host !== undefined && !settings.sitesOff.includes(host);
