import { defineContentScript } from 'wxt/utils/define-content-script';
import { installHighlightSheet } from '../page/highlighter.ts';

/**
 * Adopts the (empty-until-used) highlight stylesheet before the page is parsed. Adopting a
 * stylesheet later makes the browser restyle the whole document — 300 ms on a 5 MB page, in
 * one task. Its rules style only Sidekick's own highlight names, so on a page where Sidekick
 * is off they match nothing; the main script removes the sheet there.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_start',
  main() {
    installHighlightSheet(document);
  },
});
