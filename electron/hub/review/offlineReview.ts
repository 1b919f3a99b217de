import { Command } from '../../../shared/protocol/commands';
import type { ReviewReport } from '../../../shared/protocol/review';
import { RunOfShow } from '../../../shared/protocol/runOfShow';
import { decodeLine, type SessionHeader } from '../journal/format';
import { openRecording } from '../recordings/recordingFile';
import { reviewRecording } from '../recordings/reviewRecording';
import { Room } from '../room/room';

/**
 * Reports of past sessions, built offline through the hub's own room (the same metrics, markers
 * and review code as GET /api/review — no second path), asynchronously: the file is streamed and
 * the work yields to the event loop between slices, so the hub keeps answering while a long
 * session is being built. Read-only: a journal is never truncated, moved or appended to here
 * (crash recovery is SessionJournal's job).
 */

/** Longest stretch of replay between two yields to the event loop. */
const SLICE_MS = 15;
const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Lines of a text file, plain or gzipped, streamed (a last line without its newline — a torn write — is dropped). */
async function* lines(path: string): AsyncGenerator<string> {
  let carry = '';
  for await (const chunk of openRecording(path, { encoding: 'utf8', highWaterMark: 64 * 1024 })) {
    const parts = (carry + (chunk as string)).split('\n');
    carry = parts.pop() ?? '';
    for (const l of parts) yield l;
  }
}

/** The 复盘 report of a journaled session (`<dataDir>/sessions/*.journal.jsonl[.gz]`), as of its last record. */
export async function reviewJournal(path: string): Promise<ReviewReport> {
  let room: Room | null = null;
  let header: SessionHeader | null = null;
  let last = 0;
  let sliceStart = Date.now();
  for await (const line of lines(path)) {
    if (Date.now() - sliceStart > SLICE_MS) { await yieldToLoop(); sliceStart = Date.now(); }
    if (!line.trim()) continue;
    const rec = decodeLine(line, header);
    if (!rec) continue;
    switch (rec.k) {
      case 'session': {
        if (header) continue;
        header = rec;
        const show = RunOfShow.safeParse(rec.show);
        if (!show.success) continue;
        room = new Room({ roomId: rec.roomId, show: show.data, now: rec.startedAt, startOnAir: rec.startOnAir });
        room.followExplain = rec.followExplain === true;
        last = rec.startedAt;
        continue;
      }
      case 'e':
        room?.replay({ kind: 'events', at: rec.at, events: rec.ev });
        last = Math.max(last, rec.at);
        continue;
      case 'c': {
        const cmd = Command.safeParse(rec.cmd);
        if (room && cmd.success) room.replay({ kind: 'command', at: rec.at, caller: rec.by, command: cmd.data });
        last = Math.max(last, rec.at);
        continue;
      }
      case 'run':
      case 'mark':
        last = Math.max(last, rec.at);
        continue;
      default:
    }
  }
  if (!room) throw new Error('not a readable session journal');
  return (room as Room).review(last);
}

/**
 * The 复盘 report of a recording (LiveEvent JSON lines, as recorder.ts and `livedeck simulate`
 * write), read the way the app's 打开录制 and `livedeck review` read one (one reader), streamed
 * in 64 KB pieces so the hub's loop runs between them.
 */
export async function reviewRecordingFile(path: string, show: RunOfShow): Promise<ReviewReport> {
  const out = await reviewRecording(openRecording(path, { highWaterMark: 64 * 1024 }), { show });
  if (!out.ok) throw new Error(out.code === 'empty' ? 'no events in this recording' : `not a recording (${out.code})`);
  const { source: _source, ...report } = out.review;
  return report;
}
