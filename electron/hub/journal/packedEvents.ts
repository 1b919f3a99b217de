import { compressBody, expandBody, PACK_CODEC, type PackCodec } from './packedCodec';

/**
 * The lean encoding of a batch of journaled events (journal version 3+, record `z`): the batch
 * is laid out by column — one string of type codes giving the order, and per type the ids, time
 * steps and field values side by side — then compressed into text by packedCodec.ts (codec 1:
 * deflateRaw + base64; codec 2: with a preset dictionary, base-93) for one sealed JSON line.
 * Similar values next to each other (ids with ids, user ids with user ids) is what makes a top
 * room's likes/enters/leaves shrink ~8× against the plain `e` line; the line stays self-contained
 * (its own checksum, no state across lines), so a damaged or torn line costs only itself and a
 * checkpoint's byte offset keeps meaning "start of a line".
 *
 * Only flat events are packed (every LiveEvent field is a string, number or boolean); a batch
 * holding anything else is written as a plain `e` line by the caller.
 */

type Flat = string | number | boolean;

interface TypeGroup {
  /** Field names of this type's events besides id/type/ts (roomId/platform only when they differ from the header). */
  keys: string[];
  id: string[];
  /** Time steps: each event's ts minus the previous event's in the batch (the first: minus the record's `at`). */
  dt: number[];
  /** One column per key; null where an event lacks the field. */
  cols: Array<Array<Flat | null>>;
  /** Optional (later lines): `id` is number-coded in this base (see codeColumn); absent: plain strings. */
  ib?: number;
  /** Optional (later lines): per key, the base its column is number-coded in (0: plain). */
  kb?: number[];
}

interface PackedBody {
  /** Type names, indexed by the codes in `o`. */
  t: string[];
  /** The batch's order: one base-36 digit per event (its type's index in `t`; ≤ 36 types). */
  o: string;
  g: TypeGroup[];
}

const isFlat = (v: unknown): v is Flat => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

const BASES = new Set([10, 36]);
const DIGITS: Record<number, RegExp> = { 10: /[0-9]+$/, 36: /[0-9a-z]+$/ };

/** `s` as prefix + canonical number in `base` (no leading zero, lower case), or null. */
function splitNumbered(s: string, base: number): { p: string; n: number } | null {
  const m = DIGITS[base]!.exec(s);
  if (!m) return null;
  const n = parseInt(m[0], base);
  if (!Number.isSafeInteger(n) || n.toString(base) !== m[0]) return null;
  return { p: s.slice(0, m.index), n };
}

/**
 * Number-coding of a string column (ids, user ids: a fixed prefix and a counter): each value with
 * the same prefix as the previous numbered value becomes the difference of their numbers; any
 * other value stays as its string (and starts a new prefix). Nulls stay. Exact both ways.
 */
function codeColumn(col: ReadonlyArray<Flat | null>, base: number): Array<Flat | null> {
  let prev: { p: string; n: number } | null = null;
  return col.map((v) => {
    if (typeof v !== 'string') return v;
    const cur = splitNumbered(v, base);
    if (cur && prev && cur.p === prev.p) { const d = cur.n - prev.n; prev = cur; return d; }
    prev = cur;
    return v;
  });
}

/** The inverse of codeColumn; null when a number has no numbered string before it (damage). */
function decodeColumn(col: ReadonlyArray<unknown>, base: number): Array<Flat | null> | null {
  let prev: { p: string; n: number } | null = null;
  const out: Array<Flat | null> = new Array(col.length);
  for (let i = 0; i < col.length; i++) {
    const v = col[i];
    if (typeof v === 'number') {
      if (!prev || !Number.isSafeInteger(v)) return null;
      const n: number = prev.n + v;
      if (!Number.isSafeInteger(n) || n < 0) return null;
      prev = { p: prev.p, n };
      out[i] = prev.p + n.toString(base);
    } else if (typeof v === 'string') {
      prev = splitNumbered(v, base);
      out[i] = v;
    } else if (v === null || typeof v === 'boolean') {
      out[i] = v;
    } else return null;
  }
  return out;
}

/** The shortest coding of a string column: its base (0: plain) and values. */
function bestCoding(col: ReadonlyArray<Flat | null>): { base: number; col: Array<Flat | null> } {
  if (col.length < 4 || col.some((v) => typeof v !== 'string' && v !== null)) return { base: 0, col: col as Array<Flat | null> };
  let best = { base: 0, col: col as Array<Flat | null>, len: JSON.stringify(col).length };
  for (const base of [10, 36]) {
    const c = codeColumn(col, base);
    const len = JSON.stringify(c).length;
    if (len < best.len) best = { base, col: c, len };
  }
  return { base: best.base, col: best.col };
}

/**
 * Pack events (already stripped of roomId/platform where they equal the header's) as the text of
 * their compressed columns (`codec`: see packedCodec.ts); null when the batch cannot be packed (a
 * non-flat field, too many types).
 */
export function packEvents(events: ReadonlyArray<Record<string, unknown>>, at: number, codec: PackCodec = PACK_CODEC): string | null {
  const typeIndex = new Map<string, number>();
  const body: PackedBody = { t: [], o: '', g: [] };
  let order = '';
  let prev = at;
  for (const e of events) {
    const type = e.type;
    const id = e.id;
    const ts = e.ts;
    if (typeof type !== 'string' || typeof id !== 'string' || typeof ts !== 'number') return null;
    let ti = typeIndex.get(type);
    if (ti === undefined) {
      ti = body.t.length;
      if (ti >= 36) return null;
      typeIndex.set(type, ti);
      body.t.push(type);
      body.g.push({ keys: [], id: [], dt: [], cols: [] });
    }
    const g = body.g[ti]!;
    const n = g.id.length;
    g.id.push(id);
    g.dt.push(ts - prev);
    prev = ts;
    for (const k in e) {
      if (k === 'type' || k === 'id' || k === 'ts') continue;
      const v = e[k];
      if (v === undefined) continue;
      if (!isFlat(v)) return null;
      let ki = g.keys.indexOf(k);
      if (ki < 0) {
        ki = g.keys.length;
        g.keys.push(k);
        g.cols.push(new Array<Flat | null>(n).fill(null));
      }
      g.cols[ki]![n] = v;
    }
    // Fields this event lacks stay null (columns are padded to the group's length).
    for (const col of g.cols) if (col.length <= n) col.push(null);
    order += ti.toString(36);
  }
  body.o = order;
  for (const g of body.g) {
    const ids = bestCoding(g.id);
    if (ids.base) { g.id = ids.col as string[]; g.ib = ids.base; }
    const kb = g.cols.map((col, k) => {
      const c = bestCoding(col);
      g.cols[k] = c.col;
      return c.base;
    });
    if (kb.some((b) => b !== 0)) g.kb = kb;
  }
  return compressBody(JSON.stringify(body), codec);
}

/**
 * The events of a packed batch written with `codec`, in their order (roomId/platform not filled
 * in: the caller does, as for plain lines); null when the payload is not a packed batch (bad text,
 * inflate error or beyond MAX_PACKED_INFLATE, unknown codec, wrong shape): the line is damaged.
 */
export function unpackEvents(data: string, at: number, codec: unknown = 1): Array<Record<string, unknown>> | null {
  const json = expandBody(data, codec);
  if (json === null) return null;
  let body: unknown;
  try {
    body = JSON.parse(json);
  } catch {
    return null;
  }
  const b = body as Partial<PackedBody> | null;
  if (!b || !Array.isArray(b.t) || typeof b.o !== 'string' || !Array.isArray(b.g) || b.g.length !== b.t.length) return null;
  for (let i = 0; i < b.g.length; i++) {
    const g = b.g[i] as Partial<TypeGroup> | null;
    if (typeof b.t[i] !== 'string' || !g || !Array.isArray(g.keys) || !Array.isArray(g.id) || !Array.isArray(g.dt) || !Array.isArray(g.cols)) return null;
    if (g.dt.length !== g.id.length || g.cols.length !== g.keys.length || g.cols.some((c) => !Array.isArray(c) || c.length !== g.id!.length)) return null;
    // Number-coded columns (absent on lines written before: plain strings).
    if (g.ib !== undefined) {
      const ids = BASES.has(g.ib) ? decodeColumn(g.id, g.ib) : null;
      if (!ids || ids.some((v) => typeof v !== 'string')) return null;
      g.id = ids as string[];
    }
    if (g.kb !== undefined) {
      if (!Array.isArray(g.kb) || g.kb.length !== g.keys.length) return null;
      for (let k = 0; k < g.kb.length; k++) {
        const base = g.kb[k];
        if (base === 0) continue;
        const col = typeof base === 'number' && BASES.has(base) ? decodeColumn(g.cols[k]!, base) : null;
        if (!col) return null;
        g.cols[k] = col;
      }
    }
  }
  const groups = b.g as TypeGroup[];
  const next = new Array<number>(groups.length).fill(0);
  const out: Array<Record<string, unknown>> = [];
  let prev = at;
  for (const ch of b.o) {
    const ti = parseInt(ch, 36);
    const g = groups[ti];
    if (!g) return null;
    const n = next[ti]!++;
    if (n >= g.id.length) return null;
    const id = g.id[n];
    const dt = g.dt[n];
    if (typeof id !== 'string' || typeof dt !== 'number' || !Number.isFinite(dt)) return null;
    prev += dt;
    const e: Record<string, unknown> = { id, ts: prev, type: b.t[ti] };
    for (let k = 0; k < g.keys.length; k++) {
      const v = g.cols[k]![n];
      if (v === null || v === undefined) continue;
      if (!isFlat(v)) return null;
      e[g.keys[k]!] = v;
    }
    out.push(e);
  }
  // Every event of every group was placed: a body with spare columns is not one we wrote.
  for (let i = 0; i < groups.length; i++) if (next[i] !== groups[i]!.id.length) return null;
  return out;
}
