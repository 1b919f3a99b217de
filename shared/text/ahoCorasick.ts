/**
 * The one Aho–Corasick automaton of the code base (comment classifier and compliance lint) over
 * UTF-16 code units: finds every occurrence of every pattern in one left-to-right pass,
 * O(text + matches). Built once; scanning allocates nothing.
 *
 * Characters are first mapped to a dense alphabet (characters that occur in no pattern map to
 * 0 and reset the automaton to the root). Transitions of the root live in a flat array (most
 * steps start there); deeper transitions live in one Map keyed by node × alphabet + class.
 */
export class AhoCorasick {
  private readonly classOf: Uint16Array;
  private readonly width: number;
  private readonly rootNext: Int32Array;
  private readonly next: Map<number, number>;
  private readonly fail: Int32Array;
  /** Pattern ids reported at node n: outIds[outStart[n] .. outStart[n + 1]). */
  private readonly outStart: Int32Array;
  private readonly outIds: Int32Array;
  /** Length (code units) of each pattern, by id. */
  readonly patternLength: Int32Array;
  readonly nodeCount: number;

  constructor(patterns: readonly string[]) {
    const classOf = new Uint16Array(65536);
    let width = 1;
    for (const p of patterns) {
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        if (classOf[c] === 0) classOf[c] = width++;
      }
    }
    const next = new Map<number, number>();
    const own: number[][] = [[]];
    let nodes = 1;
    const patternLength = new Int32Array(patterns.length);
    patterns.forEach((p, id) => {
      patternLength[id] = p.length;
      if (p.length === 0) return;
      let s = 0;
      for (let i = 0; i < p.length; i++) {
        const key = s * width + classOf[p.charCodeAt(i)]!;
        let t = next.get(key);
        if (t === undefined) {
          t = nodes++;
          next.set(key, t);
          own.push([]);
        }
        s = t;
      }
      own[s]!.push(id);
    });

    // Children lists, for the breadth-first failure computation.
    const children: Array<Array<[number, number]>> = Array.from({ length: nodes }, () => []);
    for (const [key, child] of next) {
      const parent = Math.floor(key / width);
      children[parent]!.push([key - parent * width, child]);
    }
    const fail = new Int32Array(nodes);
    const order: number[] = [];
    const queue: number[] = [];
    for (const [, child] of children[0]!) { fail[child] = 0; queue.push(child); }
    for (let qi = 0; qi < queue.length; qi++) {
      const u = queue[qi]!;
      order.push(u);
      for (const [cls, v] of children[u]!) {
        let f = fail[u]!;
        let target: number | undefined;
        for (;;) {
          target = next.get(f * width + cls);
          if (target !== undefined || f === 0) break;
          f = fail[f]!;
        }
        fail[v] = target !== undefined && target !== v ? target : 0;
        queue.push(v);
      }
    }
    // Merge outputs along failure links (parents in BFS order come first).
    const merged: number[][] = own.map((o) => o.slice());
    for (const u of order) {
      const f = fail[u]!;
      if (f !== 0) merged[u]!.push(...merged[f]!);
    }
    const outStart = new Int32Array(nodes + 1);
    let total = 0;
    for (let u = 0; u < nodes; u++) { outStart[u] = total; total += merged[u]!.length; }
    outStart[nodes] = total;
    const outIds = new Int32Array(total);
    for (let u = 0; u < nodes; u++) outIds.set(merged[u]!, outStart[u]!);

    const rootNext = new Int32Array(width);
    for (let cls = 1; cls < width; cls++) rootNext[cls] = next.get(cls) ?? 0;

    this.classOf = classOf;
    this.width = width;
    this.rootNext = rootNext;
    this.next = next;
    this.fail = fail;
    this.outStart = outStart;
    this.outIds = outIds;
    this.patternLength = patternLength;
    this.nodeCount = nodes;
  }

  /** The state after reading code unit `c` in state `s`. */
  step(s: number, c: number): number {
    const cls = this.classOf[c]!;
    if (cls === 0) return 0;
    const width = this.width;
    while (s !== 0) {
      const t = this.next.get(s * width + cls);
      if (t !== undefined) return t;
      s = this.fail[s]!;
    }
    return this.rootNext[cls]!;
  }

  /**
   * Scans `buf[0..len)`; for each occurrence calls `sink.onMatch(patternId, endExclusive)`.
   * Patterns are reported at their end position, shortest-suffix last.
   */
  scan(buf: Uint16Array, len: number, sink: MatchSink): void {
    const outStart = this.outStart;
    const outIds = this.outIds;
    let s = 0;
    for (let i = 0; i < len; i++) {
      s = this.step(s, buf[i]!);
      if (s === 0) continue;
      const end = outStart[s + 1]!;
      for (let k = outStart[s]!; k < end; k++) sink.onMatch(outIds[k]!, i + 1);
    }
  }

  /**
   * Scans `codes[0..len)` and appends a (patternId, endExclusive) pair per occurrence to `found`
   * (the lint's form: it sorts and filters the candidates afterwards).
   */
  collect(codes: Uint16Array, len: number, found: number[]): void {
    const outStart = this.outStart;
    const outIds = this.outIds;
    let s = 0;
    for (let i = 0; i < len; i++) {
      s = this.step(s, codes[i]!);
      if (s === 0) continue;
      const end = outStart[s + 1]!;
      for (let k = outStart[s]!; k < end; k++) found.push(outIds[k]!, i + 1);
    }
  }

  /** Convenience for tests and tools: all matches as [patternId, start, end) triples. */
  findAll(text: string): Array<[number, number, number]> {
    const buf = new Uint16Array(text.length);
    for (let i = 0; i < text.length; i++) buf[i] = text.charCodeAt(i);
    const out: Array<[number, number, number]> = [];
    this.scan(buf, buf.length, { onMatch: (id, end) => out.push([id, end - this.patternLength[id]!, end]) });
    return out;
  }
}

export interface MatchSink {
  onMatch(patternId: number, endExclusive: number): void;
}
