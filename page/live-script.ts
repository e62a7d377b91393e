import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * How the background tells whether a frame already runs a live Sidekick script (so a new
 * version is started only where it is missing). Scripts injected by the extension share the
 * extension's world of a frame; a script left behind by the previous version answers false.
 */
export function announceLive(ctx: ContentScriptContext) {
  (globalThis as Record<symbol, unknown>)[Symbol.for('sidekick.live')] = () => !ctx.isInvalid;
}

/** Run in a frame by `scripting.executeScript`, so self-contained: true if a live script is there. */
export function hasLiveScript(): boolean {
  const live = (globalThis as Record<symbol, unknown>)[Symbol.for('sidekick.live')];
  return typeof live === 'function' && live() === true;
}
