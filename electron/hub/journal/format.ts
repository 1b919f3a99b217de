import type { Command } from '../../../shared/protocol/commands';
import type { LiveEvent } from '../../../shared/protocol/events';
import type { RunOfShow } from '../../../shared/protocol/runOfShow';
import type { Caller, RoomInput } from '../room/input';

/**
 * The session journal's line format (JSON lines, one record per line, append-only).
 *
 *   {"k":"session","v":1,…}           first line: what the room was created from
 *   {"k":"run","n":2,"at":…}          every later start of the hub on this journal
 *   {"k":"e","at":…,"ev":[…]}         a batch of events the room accepted (roomId/platform elided
 *                                     when they equal the session's)
 *   {"k":"c","at":…,"by":{…},"cmd":{…}} a command the room applied
 *   {"k":"seq","upTo":N}              seq reservation: no delta numbered above N is sent before the
 *                                     next reservation is on disk
 *   {"k":"mark","at":…,"seq":N,"events":N} periodic progress marker (diagnostics, size accounting);
 *                                     `"cap":true` when the size cap started dropping bulk events
 */
export const JOURNAL_VERSION = 1;

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
  | { k: 'mark'; at: number; seq: number; events: number; cap?: true };

export function encodeHeader(h: Omit<SessionHeader, 'k' | 'v'>): string {
  return `${JSON.stringify({ k: 'session', v: JOURNAL_VERSION, ...h })}\n`;
}

function encodeEvent(e: LiveEvent, h: Pick<SessionHeader, 'roomId' | 'platform'>): string {
  const { roomId, platform, ...rest } = e;
  const out: Record<string, unknown> = rest;
  if (roomId !== h.roomId) out.roomId = roomId;
  if (platform !== h.platform) out.platform = platform;
  return JSON.stringify(out);
}

/** One room input as one journal line (with its trailing newline). */
export function encodeInput(input: RoomInput, h: Pick<SessionHeader, 'roomId' | 'platform'>): string {
  if (input.kind === 'command') {
    return `${JSON.stringify({ k: 'c', at: input.at, by: input.caller, cmd: input.command })}\n`;
  }
  let line = `{"k":"e","at":${input.at},"ev":[`;
  for (let i = 0; i < input.events.length; i++) {
    if (i) line += ',';
    line += encodeEvent(input.events[i]!, h);
  }
  return `${line}]}\n`;
}

export const encodeRecord = (r: JournalRecord): string => `${JSON.stringify(r)}\n`;

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/**
 * Parse one line. Returns null for a line that is not a well-formed record (a torn last write,
 * or damage): the reader stops trusting the file there. Events are not re-validated with zod —
 * the journal only ever holds what the room already accepted — but their shape is checked.
 */
export function decodeLine(line: string, h: Pick<SessionHeader, 'roomId' | 'platform'> | null): JournalRecord | null {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return null;
  }
  if (!isObj(raw)) return null;
  switch (raw.k) {
    case 'session':
      return raw.v === JOURNAL_VERSION && typeof raw.roomId === 'string' && isNum(raw.startedAt) && isObj(raw.show)
        && typeof raw.platform === 'string' ? (raw as unknown as SessionHeader) : null;
    case 'run':
      return isNum(raw.n) && isNum(raw.at) ? (raw as JournalRecord) : null;
    case 'seq':
      return isNum(raw.upTo) ? (raw as JournalRecord) : null;
    case 'mark':
      return isNum(raw.seq) && isNum(raw.at) ? (raw as JournalRecord) : null;
    case 'c':
      return isNum(raw.at) && isObj(raw.by) && isObj(raw.cmd) && typeof raw.cmd.type === 'string' ? (raw as JournalRecord) : null;
    case 'e': {
      if (!isNum(raw.at) || !Array.isArray(raw.ev) || !h) return null;
      for (const e of raw.ev as unknown[]) {
        if (!isObj(e) || typeof e.id !== 'string' || typeof e.type !== 'string') return null;
        if (e.roomId === undefined) e.roomId = h.roomId;
        if (e.platform === undefined) e.platform = h.platform;
      }
      return raw as JournalRecord;
    }
    default:
      return null;
  }
}
