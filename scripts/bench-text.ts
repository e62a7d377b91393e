/** Benchmark inputs: realistic page text at a given size, and synthetic name dictionaries. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FORM_SHORT, type NameSource } from '../core/matching/name-index.ts';
import { visibleTextOfHtml } from './page-text.ts';

const PAGES = new URL('../tests/fixtures/pages/', import.meta.url).pathname;

/** The fixture pages' visible text, paragraphs shuffled deterministically, to `bytes` characters. */
export function realisticText(bytes: number): string {
  const paragraphs = readdirSync(PAGES)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .flatMap((f) => visibleTextOfHtml(readFileSync(join(PAGES, f), 'utf8')).split('\n'))
    .filter((p) => p.trim().length > 20);
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
  const out: string[] = [];
  let length = 0;
  while (length < bytes) {
    const p = paragraphs[next() % paragraphs.length]!;
    out.push(p);
    length += p.length + 1;
  }
  return out.join('\n').slice(0, bytes);
}

const SYLLABLES = [
  'ka',
  'ro',
  'mi',
  'zen',
  'tor',
  'al',
  've',
  'dra',
  'lin',
  'os',
  'qu',
  'bel',
  'var',
  'ith',
  'mon',
  'sa',
  'gre',
  'fal',
  'ur',
  'ny',
];

/** `count` invented two-word names added to a copy of `base`, with short forms like the real data. */
export function syntheticSource(base: NameSource, count: number): NameSource {
  const index: NameSource = { ...base, entities: [...base.entities], forms: [...base.forms] };
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
  const word = () => {
    const n = 2 + (next() % 2);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[next() % SYLLABLES.length];
    return w[0]!.toUpperCase() + w.slice(1);
  };
  for (let i = 0; i < count; i++) {
    const first = word();
    const last = word();
    const e = index.entities.length;
    index.entities.push([`character:synthetic-${i}`, 'character', `${first} ${last}`]);
    index.forms.push([`${first} ${last}`, [e], 0]);
    if (i % 4 === 0) index.forms.push([last, [e], FORM_SHORT]);
  }
  return index;
}

/** Every surface form of an index, for the RegExp baseline. */
export const formsOf = (index: NameSource) => index.forms.map(([form]) => form);
