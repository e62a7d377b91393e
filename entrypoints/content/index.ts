import { defineContentScript } from 'wxt/utils/define-content-script';
import { announceLive } from '../../page/live-script.ts';
import { runSidekick } from './run-sidekick.ts';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    performance.mark('sidekick:start');
    announceLive(ctx);
    void runSidekick(ctx);
  },
});
