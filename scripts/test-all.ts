/**
 * `npm test`: every check, in order, stopping at the first failure: data, typecheck, lint,
 * unit tests, production builds for Chrome and Firefox, web-ext lint, end-to-end tests.
 */
import { spawnSync } from 'node:child_process';
import { findChromium, NO_CHROMIUM_HELP } from './chromium.ts';

const steps: [string, string[]][] = [
  ['dataset', ['npm', 'run', '--silent', 'data:compile']],
  ['typecheck', ['npm', 'run', '--silent', 'typecheck']],
  ['lint', ['npm', 'run', '--silent', 'lint']],
  ['unit tests', ['npx', 'vitest', 'run']],
  ['Firefox build', ['npx', 'wxt', 'build', '-b', 'firefox']],
  ['web-ext lint', ['npx', 'web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--self-hosted', '--warnings-as-errors']],
  ['Chrome build (production)', ['npx', 'wxt', 'build']],
  ['Chrome build (end-to-end)', ['npm', 'run', '--silent', 'build:e2e']],
  ['end-to-end tests', ['npx', 'playwright', 'test']],
];

if (!findChromium()) {
  console.error(NO_CHROMIUM_HELP);
  process.exit(1);
}

const started = Date.now();
for (const [name, [cmd, ...args]] of steps) {
  const t0 = Date.now();
  console.log(`\n▶ ${name}: ${[cmd, ...args].join(' ')}`);
  const result = spawnSync(cmd!, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
