import { defineConfig } from 'wxt';
import { noHtmlSinks } from './build/no-html-sinks.ts';

// The end-to-end build (SIDEKICK_E2E=1, `npm run build:e2e`) is the store build: its content
// script already runs on every http(s) page, 127.0.0.1 and localhost included, and Sidekick is
// on by default everywhere, so it needs no extra host access (see DESIGN.md).

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}',
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Sidekick',
    description:
      'Hover cards for Jessica Jones, Luke Cage and their circle — comics and Netflix — with spoiler protection to your own progress.',
    permissions: ['storage', 'activeTab', 'contextMenus', 'scripting'],
    // The same pages the content script is declared for (the install prompt is the same): with
    // them the background can start a new version's script in tabs already open (see
    // runOnOpenTabs in entrypoints/background.ts).
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Sidekick' },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Open Sidekick',
      },
      'lookup-selection': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Show the Sidekick card for the selected text',
      },
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Go to the next marked name on the page and show its card',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sidekick@sidekick.invalid',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  // Browsers that run MV3 extensions all support module preloading: without Vite's polyfill,
  // the built code holds no network call at all; nor, without Preact's one sink, any HTML
  // parsing (tests/e2e/trust.spec.ts checks both).
  // SIDEKICK_PROFILE=1 keeps names and lines readable for a CPU profile.
  vite: () => ({
    plugins: [noHtmlSinks()],
    build: { modulePreload: { polyfill: false }, ...(process.env.SIDEKICK_PROFILE ? { minify: false } : {}) },
  }),
  zip: {
    excludeSources: [
      '.output/**',
      '.wxt/**',
      '.scratch/**',
      '.sidekick/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.git/**',
    ],
  },
});
