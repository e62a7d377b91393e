/**
 * Finds the mentions of known entities in a text. Pure: the content script, `npm run scan`
 * and the tests all call this one function.
 *
 * Steps: normalise (keeping an offset map) → split into words → walk the token trie for the
 * longest form at each word → resolve each candidate (short forms need the full name earlier,
 * common words need a capital and Marvel context) → map back to original offsets.
 */
import type { EntityKind, Mention } from '../entities.ts';
import { normalizeText } from '../text/normalize.ts';
import { tokenize } from './tokenize.ts';
import type { FormHit, Matcher, TrieEdge } from './build-matcher.ts';
import { FORM_COMMON, FORM_SHORT } from './name-index.ts';

/** A word run that matched a form, before resolution. In normalised offsets. */
interface Candidate {
  firstWord: number;
  lastWord: number;
  hits: FormHit[];
}

/** How near (in characters) an unambiguous mention must be for a common word to count. */
const CONTEXT_WINDOW = 1500;

/** Which kind wins when one name names several entities and nothing else decides. */
const KIND_PREFERENCE: EntityKind[] = ['character', 'person', 'show', 'series', 'episode', 'season', 'issue'];

export function findMentions(input: string, matcher: Matcher): Mention[] {
  const { text, starts } = normalizeText(input);
  const words = tokenize(text);
  const candidates = collectCandidates(text, words, matcher);

  // Strong mentions first: they are context for common words and anchors for short forms.
  const strongAt: number[] = [];
  for (const c of candidates) {
    if (c.hits.some((h) => (h.flags & (FORM_SHORT | FORM_COMMON)) === 0)) strongAt.push(words.starts[c.firstWord]!);
  }

  const mentions: Mention[] = [];
  /** Entity index → normalised offset of its latest full mention. */
  const lastFull = new Map<number, number>();
  let strongCursor = 0;

  for (const c of candidates) {
    const start = words.starts[c.firstWord]!;
    const end = words.ends[c.lastWord]!;
    const capitalised = isCapitalised(input, starts, words, c);
    while (strongCursor < strongAt.length && strongAt[strongCursor]! < start - CONTEXT_WINDOW) strongCursor++;
    const hasContext = strongCursor < strongAt.length && strongAt[strongCursor]! <= end + CONTEXT_WINDOW;

    let chosen: number | undefined;
    let full = false;
    for (const hit of c.hits) {
      if (hit.flags & FORM_SHORT) {
        if (!capitalised) continue;
        const anchor = mostRecent(hit.entities, lastFull);
        if (anchor !== undefined) {
          chosen = anchor;
          break;
        }
      } else if (hit.flags & FORM_COMMON) {
        if (capitalised && hasContext) {
          chosen = preferred(hit.entities, matcher.entities);
          full = true;
          break;
        }
      } else {
        chosen = preferred(hit.entities, matcher.entities);
        full = true;
        break;
      }
    }
    if (chosen === undefined) continue;
    if (full) for (const hit of c.hits) for (const e of hit.entities) if (!(hit.flags & FORM_SHORT)) lastFull.set(e, start);
    const [id, kind, label] = matcher.entities[chosen]!;
    const origStart = starts[start]!;
    const origEnd = starts[end]!;
    mentions.push({ start: origStart, end: origEnd, text: input.slice(origStart, origEnd), kind, id, label });
  }
  return mentions;
}

/** Longest form starting at each word, left to right; a match consumes its words. */
function collectCandidates(text: string, words: ReturnType<typeof tokenize>, matcher: Matcher): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < words.count;) {
    let edges: Map<string, TrieEdge> | undefined = matcher.root;
    let best: Candidate | undefined;
    for (let j = i; j < words.count && edges; j++) {
      if (j > i) {
        const gap = gapKind(text, words.ends[j - 1]!, words.starts[j]!);
        if (gap === 'break') break;
        const edge = edges.get(text.slice(words.starts[j]!, words.ends[j]!));
        if (!edge || (gap === 'punct' && !edge.punct)) break;
        if (edge.node.hits) best = { firstWord: i, lastWord: j, hits: edge.node.hits };
        edges = edge.node.next;
      } else {
        const edge = edges.get(text.slice(words.starts[j]!, words.ends[j]!));
        if (!edge) break;
        if (edge.node.hits) best = { firstWord: i, lastWord: j, hits: edge.node.hits };
        edges = edge.node.next;
      }
    }
    if (best) {
      out.push(best);
      i = best.lastWord + 1;
    } else {
      i++;
    }
  }
  return out;
}

/** Between two words of one name: spaces or a hyphen ("plain"), or a little punctuation. */
function gapKind(text: string, from: number, to: number): 'plain' | 'punct' | 'break' {
  if (to - from > 3) return 'break';
  let kind: 'plain' | 'punct' = 'plain';
  for (let k = from; k < to; k++) {
    const ch = text.charCodeAt(k);
    if (ch === 32 || ch === 9 || ch === 45) continue; // space, tab, hyphen
    if (ch === 46 || ch === 44 || ch === 58)
      kind = 'punct'; // . , :
    else return 'break';
  }
  return kind;
}

function isCapitalised(input: string, starts: Uint32Array, words: ReturnType<typeof tokenize>, c: Candidate): boolean {
  // Every significant word of the form starts with a capital ("The Pulse", "Cage").
  for (let w = c.firstWord; w <= c.lastWord; w++) {
    const first = input[starts[words.starts[w]!]!] ?? '';
    if (first === first.toLowerCase() && first !== first.toUpperCase()) {
      // Small linking words inside a title may stay lower-case ("Hero for Hire").
      const len = words.ends[w]! - words.starts[w]!;
      if (w === c.firstWord || len > 3) return false;
    }
  }
  return true;
}

function mostRecent(entities: number[], lastFull: Map<number, number>): number | undefined {
  let best: number | undefined;
  let at = -1;
  for (const e of entities) {
    const seen = lastFull.get(e);
    if (seen !== undefined && seen > at) {
      at = seen;
      best = e;
    }
  }
  return best;
}

function preferred(entities: number[], table: Matcher['entities']): number {
  let best = entities[0]!;
  let rank = Infinity;
  for (const e of entities) {
    const r = KIND_PREFERENCE.indexOf(table[e]![1]);
    if (r < rank) {
      rank = r;
      best = e;
    }
  }
  return best;
}
