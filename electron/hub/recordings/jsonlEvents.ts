import type { LiveEvent } from '../../../shared/protocol/events';
import { checkEventLine } from '../sources/eventLine';
import type { TextPiece } from './textChunks';
import type { RecordingSourceCounts } from '../../../shared/protocol/recording';

const BATCH = 1000;

/**
 * A LiveDeck recording (one LiveEvent per line, as the recorder and `livedeck simulate` write)
 * → events in file order, in batches. Blank lines are not entries; a line that is not a LiveEvent
 * is counted as unparsed.
 */
export async function readJsonlEvents(pieces: AsyncIterable<TextPiece>, onEvents: (events: LiveEvent[]) => void): Promise<RecordingSourceCounts> {
  const tally: RecordingSourceCounts = { entries: 0, events: 0, duplicates: 0, unparsed: 0, ignored: 0 };
  let batch: LiveEvent[] = [];
  let rest = '';
  const line = (text: string) => {
    if (!text.trim()) return;
    tally.entries++;
    const checked = checkEventLine(text);
    if (!checked.ok) { tally.unparsed++; return; }
    tally.events++;
    batch.push(checked.event);
    if (batch.length >= BATCH) { onEvents(batch); batch = []; }
  };
  for await (const piece of pieces) {
    const lines = (rest + piece.text).split('\n');
    rest = lines.pop()!;
    for (const l of lines) line(l);
  }
  line(rest);
  if (batch.length) onEvents(batch);
  return tally;
}
