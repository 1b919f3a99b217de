/**
 * Aho–Corasick automaton over UTF-16 code units: built once from many patterns, then finds every
 * occurrence of every pattern in one left-to-right pass (time linear in text length plus matches).
 */
export class AhoCorasick {
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Pattern ids ending at each state, including those reached through failure links. */
  private readonly out: number[][] = [[]];
  readonly lengths: readonly number[];
  /** Dense transition table of the root (most characters of a text restart there). */
  private readonly rootNext = new Int32Array(0x10000);

  constructor(patterns: readonly string[]) {
    const lengths: number[] = [];
    patterns.forEach((p, id) => {
      lengths.push(p.length);
      if (p.length === 0) return;
      let s = 0;
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        let t = this.next[s]!.get(c);
        if (t === undefined) {
          t = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.out.push([]);
          this.next[s]!.set(c, t);
        }
        s = t;
      }
      this.out[s]!.push(id);
    });
    this.lengths = lengths;
    for (const [c, t] of this.next[0]!) this.rootNext[c] = t;
    // Breadth-first: failure link of each state = longest proper suffix that is also a prefix.
    const queue: number[] = [];
    for (const t of this.next[0]!.values()) queue.push(t);
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi]!;
      for (const [c, t] of this.next[s]!) {
        let f = this.fail[s]!;
        while (f !== 0 && !this.next[f]!.has(c)) f = this.fail[f]!;
        const g = this.next[f]!.get(c);
        this.fail[t] = g !== undefined && g !== t ? g : 0;
        const inherited = this.out[this.fail[t]!]!;
        if (inherited.length > 0) this.out[t] = [...this.out[t]!, ...inherited];
        queue.push(t);
      }
    }
  }

  get stateCount(): number {
    return this.next.length;
  }

  /** Calls `onMatch(patternId, start, end)` for each occurrence in codes[0, length). */
  scan(codes: ArrayLike<number>, length: number, onMatch: (id: number, start: number, end: number) => void): void {
    const found: number[] = [];
    this.collect(codes, length, found);
    for (let i = 0; i < found.length; i += 2) onMatch(found[i]!, found[i + 1]! - this.lengths[found[i]!]!, found[i + 1]!);
  }

  /** Appends (patternId, end) pairs for each occurrence in codes[0, length) to `found`. */
  collect(codes: ArrayLike<number>, length: number, found: number[]): void {
    const next = this.next;
    const fail = this.fail;
    const out = this.out;
    const root = this.rootNext;
    let s = 0;
    for (let i = 0; i < length; i++) {
      const c = codes[i]!;
      if (s === 0) {
        s = root[c]!;
        if (s !== 0 && out[s]!.length > 0) for (const id of out[s]!) found.push(id, i + 1);
        continue;
      }
      let t = next[s]!.get(c);
      while (t === undefined && s !== 0) {
        s = fail[s]!;
        t = s === 0 ? root[c] || undefined : next[s]!.get(c);
      }
      s = t ?? 0;
      const hits = out[s]!;
      for (let h = 0; h < hits.length; h++) found.push(hits[h]!, i + 1);
    }
  }
}
