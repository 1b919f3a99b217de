import type { Command } from '../../../shared/protocol/commands';
import type { LiveEvent } from '../../../shared/protocol/events';
import type { RunOfShow } from '../../../shared/protocol/runOfShow';
import type { Caller, RoomInput } from '../room/input';
import { LiveEvent as LiveEventSchema } from '../../../shared/protocol/events';
import { ActionRecord } from '../../../shared/protocol/platformActions';
import { checksum } from './checksum';
import { PACK_CODEC } from './packedCodec';
import { packEvents, unpackEvents } from './packedEvents';

/**
 * The session journal's line format (JSON lines, one record per line, append-only).
 *
 *   {"k":"session","v":1,…}           first line: what the room was created from
 *   {"k":"run","n":2,"at":…}          every later start of the hub on this journal
 *   {"k":"e","at":…,"ev":[…]}         a batch of events the room accepted (roomId/platform elided
 *                                     when they equal the session's)
 *   {"k":"z","at":…,"n":N,"c":2,"z":"…"} (v3+) the same batch, packed: N events by column,
 *                                     compressed to text by codec `c` (packedCodec.ts; no `c`: codec
 *                                     1, raw-deflate + base64) — batches of PACK_MIN events or more
 *   {"k":"c","at":…,"by":{…},"cmd":{…}} a command the room applied
 *   {"k":"seq","upTo":N}              seq reservation: no delta numbered above N is sent before the
 *                                     next reservation is on disk
 *   {"k":"mark","at":…,"seq":N,"events":N} periodic progress marker (diagnostics, size accounting);
 *                                     `"cap":true` when the size cap started dropping bulk events
 *   {"k":"a","at":…,"rec":{…}}        a platform action (讲解 / reply / kill switch): its request, then
 *                                     the same id again with its result (electron/hub/actions/)
 *
 * Version 2 seals every line with a checksum as its last field, `,"#":"<crc32 hex>"}`, computed
 * over the line without it: a line whose checksum does not match is damaged — skipped and
 * counted, never trusted. Version 1 lines (no checksum) are still read.
 *
 * Version 3 adds the packed `z` batches (a top room's journal ≈ 8× smaller); a version-2 journal
 * resumed by this hub continues with them. Readers of version 2 refuse a version-3 header (and
 * move the file aside) rather than skip its packed lines as damage.
 *
 * Version 4 writes packed lines with codec 2 (`"c":2`: a preset dictionary, base-93 text; ≈ 16 %
 * smaller); codec-1 lines of earlier journals still read, and an earlier journal resumed by this
 * hub continues with codec 2. A version-3 reader refuses a version-4 header for the same reason.
 */
export const JOURNAL_VERSION = 4;
/** Journals this reader understands. */
const READABLE_VERSIONS: ReadonlySet<unknown> = new Set([1, 2, 3, 4]);
/** Event batches at least this long are packed (`z`); shorter ones stay readable `e` lines. */
export const PACK_MIN = 8;

const SEAL_LENGTH = ',"#":"00000000"}'.length;
const SEAL = /,"#":"([0-9a-f]{8})"\}$/;

/** A record's JSON (an object) with its checksum as the last field, plus the newline. */
export function seal(json: string): string {
  return `${json.slice(0, -1)},"#":"${checksum(json)}"}\n`;
}

/** The JSON of a sealed line; 'damaged' when its checksum does not match; 'unsealed' without one. */
export function unseal(line: string): string | 'damaged' | 'unsealed' {
  const m = SEAL.exec(line.length >= SEAL_LENGTH ? line.slice(-SEAL_LENGTH) : '');
  if (!m) return 'unsealed';
  const json = `${line.slice(0, -SEAL_LENGTH)}}`;
  return checksum(json) === m[1] ? json : 'damaged';
}

export interface SessionHeader {
  k: 'session';
  v: number;
  roomId: string;
  startedAt: number;
  startOnAir: boolean;
  /** Platform most events carry; elided from event records when equal. */
  platform: string;
  /** The run-of-show the room opened with; later edits are journaled commands. */
  show: RunOfShow;
  /** Room behaviour that changes how events apply (Room.followExplain), replayed the same way. */
  followExplain?: boolean;
}

/** What a room is opened from when a journal is restored. */
export type SessionStart = Pick<SessionHeader, 'roomId' | 'startedAt' | 'startOnAir' | 'show'> & { followExplain: boolean };

export type JournalRecord =
  | SessionHeader
  | { k: 'run'; n: number; at: number }
  | { k: 'e'; at: number; ev: LiveEvent[] }
  | { k: 'c'; at: number; by: Caller; cmd: Command }
  | { k: 'seq'; upTo: number }
  | { k: 'mark'; at: number; seq: number; events: number; cap?: true }
  | { k: 'a'; at: number; rec: ActionRecord };

export function encodeHeader(h: Omit<SessionHeader, 'k' | 'v'>): string {
  return seal(JSON.stringify({ k: 'session', v: JOURNAL_VERSION, ...h }));
}

/**
 * An event as the journal keeps it: roomId/platform elided when they equal the session's, and
 * (v3) the nickname of a viewer entering dropped — the room never reads it (a third of a top
 * room's packed journal); the recording of the raw stream (sources/recorder.ts) keeps it.
 */
function stripEvent(e: LiveEvent, h: Pick<SessionHeader, 'roomId' | 'platform'>, lean: boolean): Record<string, unknown> {
  const { roomId, platform, ...rest } = e;
  const out: Record<string, unknown> = rest;
  if (roomId !== h.roomId) out.roomId = roomId;
  if (platform !== h.platform) out.platform = platform;
  if (lean && out.type === 'viewer.enter') delete out.nickname;
  return out;
}

/**
 * One room input as one journal line (with its trailing newline). Event batches of PACK_MIN or
 * more are packed (`z`); `plain` writes version 2's encoding instead (the benchmark's size baseline).
 */
export function encodeInput(input: RoomInput, h: Pick<SessionHeader, 'roomId' | 'platform'>, plain = false): string {
  if (input.kind === 'command') {
    return seal(JSON.stringify({ k: 'c', at: input.at, by: input.caller, cmd: input.command }));
  }
  if (!plain && input.events.length >= PACK_MIN) {
    const packed = packEvents(input.events.map((e) => stripEvent(e, h, true)), input.at, PACK_CODEC);
    if (packed !== null) return seal(`{"k":"z","at":${input.at},"n":${input.events.length},"c":${PACK_CODEC},"z":"${packed}"}`);
  }
  let line = `{"k":"e","at":${input.at},"ev":[`;
  for (let i = 0; i < input.events.length; i++) {
    if (i) line += ',';
    line += JSON.stringify(stripEvent(input.events[i]!, h, !plain));
  }
  return seal(`${line}]}`);
}

export const encodeRecord = (r: JournalRecord): string => seal(JSON.stringify(r));

/** Event types that move money or stock: re-validated in full when read back, never trusted on shape. */
const MONEY: ReadonlySet<unknown> = new Set(['order.created', 'order.paid', 'refund.requested', 'refund.approved', 'product.state', 'order.cancelled']);

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** A batch's events shape-checked, header fields filled in, money and stock re-validated in full. */
function checkedEvents(at: number, ev: unknown[], h: Pick<SessionHeader, 'roomId' | 'platform'>): JournalRecord | null {
  for (const e of ev) {
    if (!isObj(e) || typeof e.id !== 'string' || typeof e.type !== 'string') return null;
    if (e.roomId === undefined) e.roomId = h.roomId;
    if (e.platform === undefined) e.platform = h.platform;
    if (MONEY.has(e.type) && !LiveEventSchema.safeParse(e).success) return null;
  }
  return { k: 'e', at, ev: ev as LiveEvent[] };
}

/**
 * Parse one line. Returns null for a line that is not a well-formed record (damage): the reader
 * skips and counts it. A line of a version-2 journal (`sealed`) must carry a matching checksum.
 * Events are shape-checked; those that move money or stock are re-validated in full (a
 * valid-looking line must never put a null, negative or absurd amount into GMV).
 */
export function decodeLine(line: string, h: Pick<SessionHeader, 'roomId' | 'platform' | 'v'> | null): JournalRecord | null {
  const json = unseal(line);
  if (json === 'damaged') return null;
  // v 0: a stand-in header (the real one was damaged): each line says whether it is sealed.
  const sealed = h && h.v > 0 ? h.v >= 2 : json !== 'unsealed';
  if (sealed && json === 'unsealed') return null;
  let raw: unknown;
  try {
    raw = JSON.parse(json === 'unsealed' ? line : json);
  } catch {
    return null;
  }
  if (!isObj(raw)) return null;
  switch (raw.k) {
    case 'session':
      return READABLE_VERSIONS.has(raw.v) && typeof raw.roomId === 'string' && isNum(raw.startedAt) && isObj(raw.show)
        && typeof raw.platform === 'string' ? (raw as unknown as SessionHeader) : null;
    case 'run':
      return isNum(raw.n) && isNum(raw.at) ? (raw as JournalRecord) : null;
    case 'seq':
      return isNum(raw.upTo) ? (raw as JournalRecord) : null;
    case 'mark':
      return isNum(raw.seq) && isNum(raw.at) ? (raw as JournalRecord) : null;
    case 'a':
      return isNum(raw.at) && ActionRecord.safeParse(raw.rec).success ? (raw as JournalRecord) : null;
    case 'c':
      return isNum(raw.at) && isObj(raw.by) && isObj(raw.cmd) && typeof raw.cmd.type === 'string' ? (raw as JournalRecord) : null;
    case 'e':
      return isNum(raw.at) && Array.isArray(raw.ev) && h ? checkedEvents(raw.at, raw.ev as unknown[], h) : null;
    case 'z': {
      // A packed batch reads back as the plain record it stands for.
      if (!isNum(raw.at) || !isNum(raw.n) || typeof raw.z !== 'string' || !h) return null;
      const ev = unpackEvents(raw.z, raw.at, raw.c === undefined ? 1 : raw.c);
      return ev && ev.length === raw.n ? checkedEvents(raw.at, ev, h) : null;
    }
    default:
      return null;
  }
}
