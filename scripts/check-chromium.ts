/** Stops `npm test` early, with a way out, when there is no Chromium to test in. */
import { findChromium, NO_CHROMIUM_HELP } from './chromium.ts';

const path = findChromium();
if (!path) {
  console.error(NO_CHROMIUM_HELP);
  process.exit(1);
}
console.log(`Using Chromium at ${path}`);
