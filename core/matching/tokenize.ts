/** Word tokens of a normalised text: maximal runs of letters and digits. */
const WORD = /[\p{L}\p{N}]+/gu;

export interface Tokens {
  count: number;
  starts: Uint32Array;
  ends: Uint32Array;
}

export function tokenize(text: string): Tokens {
  let starts = new Uint32Array(Math.max(16, text.length >> 3));
  let ends = new Uint32Array(starts.length);
  let count = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    if (count === starts.length) {
      const grownStarts = new Uint32Array(count * 2);
      grownStarts.set(starts);
      starts = grownStarts;
      const grownEnds = new Uint32Array(count * 2);
      grownEnds.set(ends);
      ends = grownEnds;
    }
    starts[count] = m.index;
    ends[count] = m.index + m[0].length;
    count++;
  }
  return { count, starts, ends };
}

/** The words of a short string, for building tries from surface forms. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}
