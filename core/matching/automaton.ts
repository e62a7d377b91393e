/**
 * The matcher's word trie, compiled at build time into flat typed arrays and loaded by
 * decoding a few base64 strings: loading costs next to nothing, and scanning a word costs a
 * hash and a probe or two, however many names the dataset holds.
 *
 * Layout: every distinct word of every form gets an id (an open-addressing hash table keyed
 * by the word's characters); trie edges are a second table keyed by (node, word id); each node
 * with forms ending there has a list of hits (flags and entities).
 */
import { normalizeText } from '../text/normalize.ts';
import { wordsOf } from './tokenize.ts';
import type { IndexedForm } from './name-index.ts';

export interface SerializedAutomaton {
  /** Distinct words joined by "\n". */
  words: string;
  wordStarts: string;
  wordTable: string;
  edgeKeys: string;
  edgeValues: string;
  hitStarts: string;
  hits: string;
  maxWords: number;
}

export interface FormHit {
  entities: number[];
  flags: number;
}

export interface Automaton {
  /** Word id of text[start, end), or -1. */
  wordId(text: string, start: number, end: number): number;
  /** Child node along `word`, or -1; `punct` tells whether the form had punctuation there. */
  child(node: number, word: number): number;
  punct(node: number, word: number): boolean;
  hits(node: number): FormHit[] | undefined;
  maxWords: number;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashRange(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}
const hashPair = (a: number, b: number) => (Math.imul(Math.imul(FNV_OFFSET ^ a, FNV_PRIME) ^ b, FNV_PRIME) >>> 0) ^ (b >>> 7);

const tableSize = (n: number) => {
  let size = 16;
  while (size < n * 2) size <<= 1;
  return size;
};

/** Compiles forms into the serialised automaton (build time). */
export function compileAutomaton(forms: IndexedForm[]): SerializedAutomaton {
  const wordIds = new Map<string, number>();
  const wordList: string[] = [];
  const edges = new Map<string, { child: number; punct: boolean }>();
  const nodeHits = new Map<number, FormHit[]>();
  let nodes = 1;
  let maxWords = 0;

  for (const [surface, entities, flags] of forms) {
    const text = normalizeText(surface).text;
    const words = wordsOf(text);
    if (words.length === 0) continue;
    maxWords = Math.max(maxWords, words.length);
    const gaps = text.split(/[\p{L}\p{N}]+/u).slice(1, -1);
    let node = 0;
    for (let w = 0; w < words.length; w++) {
      const word = words[w]!;
      let id = wordIds.get(word);
      if (id === undefined) {
        id = wordList.length;
        wordIds.set(word, id);
        wordList.push(word);
      }
      const key = `${node}:${id}`;
      const punct = w > 0 && /[.,:#'&]/.test(gaps[w - 1] ?? '');
      let edge = edges.get(key);
      if (!edge) {
        edge = { child: nodes++, punct };
        edges.set(key, edge);
      } else if (punct) {
        edge.punct = true;
      }
      node = edge.child;
    }
    const hits = nodeHits.get(node) ?? [];
    const same = hits.find((h) => h.flags === flags);
    if (same) {
      for (const e of entities) if (!same.entities.includes(e)) same.entities.push(e);
    } else {
      hits.push({ entities: [...entities], flags });
    }
    nodeHits.set(node, hits);
  }

  const wordStarts = new Uint32Array(wordList.length + 1);
  let offset = 0;
  wordList.forEach((w, i) => {
    wordStarts[i] = offset;
    offset += w.length + 1;
  });
  wordStarts[wordList.length] = offset;
  const wordsJoined = wordList.join('\n') + '\n';

  const wordTable = new Int32Array(tableSize(wordList.length));
  const mask = wordTable.length - 1;
  wordList.forEach((w, id) => {
    let slot = hashRange(w, 0, w.length) & mask;
    while (wordTable[slot] !== 0) slot = (slot + 1) & mask;
    wordTable[slot] = id + 1;
  });

  const edgeSize = tableSize(edges.size);
  const edgeKeys = new Int32Array(edgeSize * 2).fill(-1);
  const edgeValues = new Int32Array(edgeSize);
  const edgeMask = edgeSize - 1;
  for (const [key, { child, punct }] of edges) {
    const [node, word] = key.split(':').map(Number) as [number, number];
    let slot = hashPair(node, word) & edgeMask;
    while (edgeKeys[slot * 2] !== -1) slot = (slot + 1) & edgeMask;
    edgeKeys[slot * 2] = node;
    edgeKeys[slot * 2 + 1] = word;
    edgeValues[slot] = (child << 1) | (punct ? 1 : 0);
  }

  // Hits: per node a start into `hits`, where each hit is [flags, count, ...entities].
  const hitStarts = new Int32Array(nodes + 1);
  const hitData: number[] = [];
  for (let n = 0; n < nodes; n++) {
    hitStarts[n] = hitData.length;
    for (const h of nodeHits.get(n) ?? []) hitData.push(h.flags, h.entities.length, ...h.entities);
  }
  hitStarts[nodes] = hitData.length;

  return {
    words: wordsJoined,
    wordStarts: encode(wordStarts),
    wordTable: encode(wordTable),
    edgeKeys: encode(edgeKeys),
    edgeValues: encode(edgeValues),
    hitStarts: encode(hitStarts),
    hits: encode(Int32Array.from(hitData)),
    maxWords,
  };
}

/** Loads a serialised automaton (page load): decodes the arrays, builds nothing per name. */
export function loadAutomaton(s: SerializedAutomaton): Automaton {
  const words = s.words;
  const wordStarts = new Uint32Array(decode(s.wordStarts));
  const wordTable = new Int32Array(decode(s.wordTable));
  const edgeKeys = new Int32Array(decode(s.edgeKeys));
  const edgeValues = new Int32Array(decode(s.edgeValues));
  const hitStarts = new Int32Array(decode(s.hitStarts));
  const hitData = new Int32Array(decode(s.hits));
  const mask = wordTable.length - 1;
  const edgeMask = edgeValues.length - 1;
  const hitCache = new Map<number, FormHit[] | undefined>();

  const edgeSlot = (node: number, word: number): number => {
    let slot = hashPair(node, word) & edgeMask;
    for (;;) {
      const k = edgeKeys[slot * 2]!;
      if (k === -1) return -1;
      if (k === node && edgeKeys[slot * 2 + 1] === word) return slot;
      slot = (slot + 1) & edgeMask;
    }
  };

  return {
    maxWords: s.maxWords,
    wordId(text, start, end) {
      const length = end - start;
      let slot = hashRange(text, start, end) & mask;
      for (;;) {
        const entry = wordTable[slot]!;
        if (entry === 0) return -1;
        const id = entry - 1;
        const at = wordStarts[id]!;
        if (wordStarts[id + 1]! - at - 1 === length) {
          let same = true;
          for (let k = 0; k < length; k++) {
            if (words.charCodeAt(at + k) !== text.charCodeAt(start + k)) {
              same = false;
              break;
            }
          }
          if (same) return id;
        }
        slot = (slot + 1) & mask;
      }
    },
    child(node, word) {
      const slot = edgeSlot(node, word);
      return slot < 0 ? -1 : edgeValues[slot]! >> 1;
    },
    punct(node, word) {
      const slot = edgeSlot(node, word);
      return slot >= 0 && (edgeValues[slot]! & 1) === 1;
    },
    hits(node) {
      if (hitCache.has(node)) return hitCache.get(node);
      let result: FormHit[] | undefined;
      for (let i = hitStarts[node]!; i < hitStarts[node + 1]!;) {
        const flags = hitData[i]!;
        const count = hitData[i + 1]!;
        (result ??= []).push({ flags, entities: Array.from(hitData.subarray(i + 2, i + 2 + count)) });
        i += 2 + count;
      }
      hitCache.set(node, result);
      return result;
    },
  };
}

// Base64 for typed arrays (little-endian bytes), without relying on atob or Buffer.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Uint8Array(128);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

function encode(array: Int32Array | Uint32Array): string {
  const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  const out: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    chunk += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
    if (chunk.length >= 8192) {
      out.push(chunk);
      chunk = '';
    }
  }
  out.push(chunk);
  return `${bytes.length}:${out.join('')}`;
}

function decode(text: string): ArrayBuffer {
  const colon = text.indexOf(':');
  const length = Number(text.slice(0, colon));
  const bytes = new Uint8Array(Math.ceil(length / 4) * 4);
  let j = 0;
  for (let i = colon + 1; i < text.length && j < length; i += 4) {
    const n =
      (LOOKUP[text.charCodeAt(i)]! << 18) |
      (LOOKUP[text.charCodeAt(i + 1)]! << 12) |
      (LOOKUP[text.charCodeAt(i + 2)]! << 6) |
      LOOKUP[text.charCodeAt(i + 3)]!;
    bytes[j++] = (n >> 16) & 255;
    bytes[j++] = (n >> 8) & 255;
    bytes[j++] = n & 255;
  }
  return bytes.buffer.slice(0, Math.ceil(length / 4) * 4);
}
