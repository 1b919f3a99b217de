import { readFileSync } from 'node:fs';
import { Command } from '../../../shared/protocol/commands';
import type { LiveEvent } from '../../../shared/protocol/events';
import type { ReviewReport } from '../../../shared/protocol/review';
import { RunOfShow } from '../../../shared/protocol/runOfShow';
import { readJournal } from '../journal/reader';
import { Room } from '../room/room';
import { checkEventLine } from '../sources/eventLine';

/**
 * Reports of past sessions, built offline through the hub's own room (the same metrics, markers
 * and review code as GET /api/review — no second path). Read-only: a journal is never truncated,
 * moved or appended to here (crash recovery is SessionJournal's job).
 */

/** The 复盘 report of a journaled session (`<dataDir>/sessions/*.journal.jsonl`), as of its last record. */
export function reviewJournal(path: string): ReviewReport {
  let room: Room | null = null;
  let last = 0;
  readJournal(path, (rec) => {
    switch (rec.k) {
      case 'session': {
        const show = RunOfShow.safeParse(rec.show);
        if (!show.success || room) return;
        room = new Room({ roomId: rec.roomId, show: show.data, now: rec.startedAt, startOnAir: rec.startOnAir });
        room.followExplain = rec.followExplain === true;
        last = rec.startedAt;
        return;
      }
      case 'e':
        room?.replay({ kind: 'events', at: rec.at, events: rec.ev });
        last = Math.max(last, rec.at);
        return;
      case 'c': {
        const cmd = Command.safeParse(rec.cmd);
        if (room && cmd.success) room.replay({ kind: 'command', at: rec.at, caller: rec.by, command: cmd.data });
        last = Math.max(last, rec.at);
        return;
      }
      case 'run':
      case 'mark':
        last = Math.max(last, rec.at);
        return;
      default:
    }
  });
  if (!room) throw new Error('not a readable session journal');
  return (room as Room).review(last);
}

/** First and last event time of a recording, and its room id, from its lines (cheap: no room built). */
export function recordingSpan(path: string): { roomId: string; first: number; last: number; events: number } | null {
  const events = readRecording(path);
  if (!events.length) return null;
  return { roomId: events[0]!.roomId, first: events[0]!.ts, last: events.reduce((m, e) => Math.max(m, e.ts), 0), events: events.length };
}

function readRecording(path: string): LiveEvent[] {
  const out: LiveEvent[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = checkEventLine(line);
    if (r.ok) out.push(r.event);
  }
  return out;
}

/**
 * The 复盘 report of a recording (LiveEvent JSON lines, as recorder.ts and `livedeck simulate`
 * write): replayed into a room opened with `show` that follows the platform's 讲解, as
 * `livedeck replay` plays it; events applied in time order, one second at a time.
 */
export function reviewRecording(path: string, show: RunOfShow): ReviewReport {
  const events = readRecording(path).sort((a, b) => a.ts - b.ts);
  if (!events.length) throw new Error('no events in this recording');
  const t0 = events[0]!.ts;
  const room = new Room({ roomId: events[0]!.roomId, show, now: t0, startOnAir: true });
  room.followExplain = true;
  let i = 0;
  while (i < events.length) {
    const sec = Math.floor(events[i]!.ts / 1000);
    let j = i;
    while (j < events.length && Math.floor(events[j]!.ts / 1000) === sec) j++;
    const at = events[j - 1]!.ts;
    room.replay({ kind: 'events', at, events: events.slice(i, j) });
    i = j;
  }
  return room.review(events.at(-1)!.ts);
}
