/**
 * `npm run scan -- FILE [--json]`: the recogniser on a .txt or .html file (`-` reads stdin).
 * Offsets are UTF-16 code units into the text (for HTML: the visible text as the content
 * script collects it).
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { buildMatcher } from '../core/matching/build-matcher.ts';
import { findMentions } from '../core/matching/find-mentions.ts';
import { loadNameIndex } from './load-artifacts.ts';
import { visibleTextOfHtml } from './page-text.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: npm run scan -- FILE [--json]   (FILE is .txt or .html; - reads standard input)');
  process.exit(2);
}
let raw: string;
try {
  raw = readFileSync(file === '-' ? 0 : file, 'utf8');
} catch (error) {
  console.error(`scan: cannot read ${file}: ${(error as Error).message}`);
  process.exit(2);
}
const isHtml = /\.html?$/i.test(file) || (file === '-' && /^\s*<(!doctype|html|body|div|p|article)/i.test(raw));
const text = isHtml ? visibleTextOfHtml(raw) : raw;

const matcher = buildMatcher(loadNameIndex());
const t0 = performance.now();
const mentions = findMentions(text, matcher);
const ms = Math.round((performance.now() - t0) * 100) / 100;

if (json) {
  console.log(JSON.stringify({ mentions, chars: text.length, ms }));
} else {
  for (const m of mentions)
    console.log(`${String(m.start).padStart(7)}–${String(m.end).padEnd(7)} ${m.kind.padEnd(9)} ${m.text}  →  ${m.label} (${m.id})`);
  console.log(`${mentions.length} mention(s) in ${text.length} characters, ${ms} ms.`);
}
