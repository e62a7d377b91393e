import type { Plugin } from 'vite';

/**
 * Sidekick writes no HTML: ESLint forbids HTML sinks in our code, and this plugin takes out the
 * one a dependency brings, Preact's `dangerouslySetInnerHTML` (`dom.innerHTML = props.__html`),
 * which nothing of ours uses. The prop then throws instead of parsing markup, and the built
 * scripts hold no `innerHTML` assignment (web-ext lint runs with warnings as errors; the trust
 * test scans every built file). If a Preact update reshapes that line the build stops here, so
 * the sink cannot come back unnoticed.
 */
const PREACT_SINK = /(\b[\w$]+)\.innerHTML=([\w$]+)\.__html/g;

export function noHtmlSinks(): Plugin {
  return {
    name: 'sidekick:no-html-sinks',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.m?js$/.test(id.split('?')[0]!)) return null;
      const found = code.match(PREACT_SINK)?.length ?? 0;
      if (found !== 1 || /innerHTML\s*=(?!=)/.test(code.replace(PREACT_SINK, ''))) {
        this.error(`Preact's HTML sink changed shape (${found} matches in ${id}); update build/no-html-sinks.ts`);
      }
      return {
        code: code.replace(PREACT_SINK, () => 'void (()=>{throw new Error("Sidekick renders no HTML")})()'),
        map: null,
      };
    },
  };
}
