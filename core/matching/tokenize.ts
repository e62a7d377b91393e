/** Word tokens of a normalised text: maximal runs of letters and digits. */

/** Per UTF-16 code unit: 0 not yet known, 1 part of a word, 2 not. Filled lazily, so a page
 *  pays only for the characters it uses; a regular expression per token was 3× slower. */
const CLASS = new Uint8Array(65536);
const WORD_CHAR = /[\p{L}\p{N}]/u;
for (let c = 0; c < 128; c++) CLASS[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;
// Surrogates never form words on their own: astral letters are rare in the pages we read.
for (let c = 0xd800; c <= 0xdfff; c++) CLASS[c] = 2;

export function isWordCode(code: number): boolean {
  let k = CLASS[code]!;
  if (k === 0) {
    k = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    CLASS[code] = k;
  }
  return k === 1;
}

export interface Tokens {
  count: number;
  starts: Uint32Array;
  ends: Uint32Array;
}

export function tokenize(text: string): Tokens {
  let starts = new Uint32Array(Math.max(16, text.length >> 3));
  let ends = new Uint32Array(starts.length);
  let count = 0;
  const length = text.length;
  let i = 0;
  while (i < length) {
    while (i < length && !isWordCode(text.charCodeAt(i))) i++;
    if (i >= length) break;
    const start = i;
    while (i < length && isWordCode(text.charCodeAt(i))) i++;
    if (count === starts.length) {
      const grownStarts = new Uint32Array(count * 2);
      grownStarts.set(starts);
      starts = grownStarts;
      const grownEnds = new Uint32Array(count * 2);
      grownEnds.set(ends);
      ends = grownEnds;
    }
    starts[count] = start;
    ends[count] = i;
    count++;
  }
  return { count, starts, ends };
}

/** The words of a short string, for compiling surface forms. */
export function wordsOf(text: string): string[] {
  const { count, starts, ends } = tokenize(text);
  const out: string[] = [];
  for (let k = 0; k < count; k++) out.push(text.slice(starts[k], ends[k]));
  return out;
}

/** A title's words without "and" ("Power Man & Iron Fist" and "Power Man and Iron Fist" alike),
 *  for comparing a title on a page with the titles a series carried. */
export function titleKey(title: string): string {
  return wordsOf(title.toLowerCase())
    .filter((w) => w !== 'and')
    .join(' ');
}
