/**
 * Builds the token trie the matcher walks. Built once per page from the compact name index;
 * matching cost then depends on the text's length, not on how many names the index holds.
 */
import type { IndexedEntity, NameIndex } from './name-index.ts';
import { normalizeText } from '../text/normalize.ts';
import { wordsOf } from './tokenize.ts';

export interface FormHit {
  entities: number[];
  flags: number;
}

export interface TrieNode {
  next: Map<string, TrieEdge> | undefined;
  hits: FormHit[] | undefined;
}

export interface TrieEdge {
  node: TrieNode;
  /** The surface form had punctuation ("Ms. Marvel", "Luke Cage, Hero for Hire") here,
   *  so a gap of `.`, `,` or `:` is allowed as well as spaces. */
  punct: boolean;
}

export interface Matcher {
  root: Map<string, TrieEdge>;
  entities: IndexedEntity[];
  /** Longest form in words: bounds the work done at each word of a text. */
  maxWords: number;
}

const newNode = (): TrieNode => ({ next: undefined, hits: undefined });

export function buildMatcher(index: NameIndex): Matcher {
  const root = new Map<string, TrieEdge>();
  let maxWords = 0;
  for (const [surface, entities, flags] of index.forms) {
    const text = normalizeText(surface).text;
    const words = wordsOf(text);
    if (words.length === 0) continue;
    maxWords = Math.max(maxWords, words.length);
    // Which gaps between words carry punctuation in the surface form.
    const gaps = text.split(/[\p{L}\p{N}]+/u).slice(1, -1);
    let edges = root;
    let node: TrieNode | undefined;
    for (let w = 0; w < words.length; w++) {
      const word = words[w]!;
      const punct = w > 0 && /[.,:]/.test(gaps[w - 1] ?? '');
      let edge = edges.get(word);
      if (!edge) {
        edge = { node: newNode(), punct };
        edges.set(word, edge);
      } else if (punct) {
        edge.punct = true;
      }
      node = edge.node;
      if (w < words.length - 1) edges = node.next ??= new Map();
    }
    const hits = (node!.hits ??= []);
    const same = hits.find((h) => h.flags === flags);
    if (same) {
      for (const e of entities) if (!same.entities.includes(e)) same.entities.push(e);
    } else {
      hits.push({ entities: [...entities], flags });
    }
  }
  return { root, entities: index.entities, maxWords };
}
