/**
 * Normalisation with an offset map: the matcher works on a lower-cased, accent-free text with
 * one kind of apostrophe, quote, dash and space, and every match is mapped back to offsets in
 * the original text through `starts`.
 */
export interface NormalizedText {
  /** The normalised text. */
  readonly text: string;
  /** `starts[i]` is the offset in the original text of the character that produced `text[i]`;
   *  `starts[text.length]` is the original length. Read-only: it may be shared. */
  readonly starts: Uint32Array;
}

const APOSTROPHES = new Set(['\u2019', '\u2018', '\u02bc', '\u2032', '\u0060', '\u00b4']);
const QUOTES = new Set(['\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb', '\u2033']);
const DASHES = new Set(['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\ufe58', '\ufe63', '\uff0d']);
const DROPPED = new Set(['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']);

// Per-code-point results for everything outside ASCII, filled lazily: a page uses few of them.
const cache = new Map<string, string>();

function normalizeChar(ch: string): string {
  let out = cache.get(ch);
  if (out !== undefined) return out;
  if (APOSTROPHES.has(ch)) out = "'";
  else if (QUOTES.has(ch)) out = '"';
  else if (DASHES.has(ch)) out = '-';
  else if (DROPPED.has(ch)) out = '';
  else if (ch === '\u00d7')
    out = 'x'; // the multiplication sign in "1×02"
  else if (ch === '\u2029')
    out = ch; // a block break stays one: names never run across it
  else if (/\s/u.test(ch)) out = ' ';
  else {
    out = ch
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase();
    // A lone combining mark normalises to nothing; keep the text's length honest instead.
    if (out === '' && ch !== '') out = /\p{M}/u.test(ch) ? '' : ch;
  }
  cache.set(ch, out);
  return out;
}

/** Offsets that map every character to itself, shared: most texts need no other map. */
let identity = new Uint32Array(0);
function identityMap(length: number): Uint32Array {
  if (identity.length <= length) {
    identity = new Uint32Array(Math.max(length + 1, identity.length * 2, 4096));
    for (let i = 0; i < identity.length; i++) identity[i] = i;
  }
  return identity.subarray(0, length + 1);
}

/** Everything outside ASCII, a surrogate pair taken whole. */
const NON_ASCII = /[\ud800-\udbff][\udc00-\udfff]|[^\0-\x7f]/g;

/**
 * Normalises `input` for matching and keeps the way back to its offsets. Usually every
 * character maps to one character (curly quotes, dashes, accented letters…): the engine's own
 * replace and lower-casing do the work, and the offsets are the identity map (read-only, shared).
 */
export function normalizeText(input: string): NormalizedText {
  let sameLength = true;
  const text = input
    .replace(NON_ASCII, (ch) => {
      const out = normalizeChar(ch);
      if (out.length !== ch.length) sameLength = false;
      return out;
    })
    .toLowerCase();
  if (sameLength && text.length === input.length) return { text, starts: identityMap(input.length) };
  return normalizeMapped(input);
}

/** The general case: some character expands or disappears, so offsets need their own map. */
function normalizeMapped(input: string): NormalizedText {
  const length = input.length;
  const starts = new Uint32Array(length + 1);
  const parts: string[] = [];
  let chunkStart = 0;
  let outLength = 0;

  for (let i = 0; i < length; i++) {
    const code = input.charCodeAt(i);
    if (code < 128) {
      // ASCII fast path: one character in, one out, only case changes.
      starts[outLength++] = i;
      continue;
    }
    // Flush the ASCII run before this character.
    if (chunkStart < i) parts.push(input.slice(chunkStart, i));
    const isPair = code >= 0xd800 && code <= 0xdbff && i + 1 < length;
    const ch = isPair ? input.slice(i, i + 2) : input[i]!;
    const out = normalizeChar(ch);
    // Rare: a character that expands (a ligature, say) could overrun the map; rebuild slowly.
    if (outLength + out.length > length) return normalizeSlow(input);
    parts.push(out);
    for (let k = 0; k < out.length; k++) starts[outLength++] = i;
    if (isPair) i++;
    chunkStart = i + 1;
  }
  if (chunkStart < length) parts.push(input.slice(chunkStart));
  const text = parts.join('').toLowerCase();

  if (text.length !== outLength) return normalizeSlow(input);
  const result = outLength === length ? starts : starts.slice(0, outLength + 1);
  result[outLength] = length;
  return { text, starts: result };
}

function normalizeSlow(input: string): NormalizedText {
  const offsets: number[] = [];
  let text = '';
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    const isPair = code >= 0xd800 && code <= 0xdbff && i + 1 < input.length;
    const ch = isPair ? input.slice(i, i + 2) : input[i]!;
    const out = code < 128 ? ch.toLowerCase() : normalizeChar(ch);
    for (let k = 0; k < out.length; k++) offsets.push(i);
    text += out;
    if (isPair) i++;
  }
  offsets.push(input.length);
  return { text, starts: Uint32Array.from(offsets) };
}
