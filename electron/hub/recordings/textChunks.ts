import { StringDecoder } from 'node:string_decoder';
import type { RecordingKind } from '../../../shared/protocol/recording';

/** A piece of a file's text and how many bytes of the file it came from. */
export interface TextPiece { text: string; bytes: number }

/** Bytes → UTF-8 text pieces (a character split between two chunks is kept whole). */
export async function* textPieces(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<TextPiece> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    if (typeof chunk === 'string') yield { text: chunk, bytes: Buffer.byteLength(chunk) };
    else yield { text: decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)), bytes: chunk.byteLength };
  }
  const rest = decoder.end();
  if (rest) yield { text: rest, bytes: 0 };
}

/** A buffer handed out in 1 MiB slices (an upload read like a file). */
export async function* bufferChunks(buf: Uint8Array, size = 1 << 20): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < buf.length; i += size) yield buf.subarray(i, i + size);
}

const HAR_START = /^\uFEFF?\s*\{\s*"log"\s*:/;
const SNIFF_CHARS = 512;

/** A HAR opens with `{"log":` (every browser writes that key first). */
export function isHarStart(text: string): boolean {
  return HAR_START.test(text);
}

/**
 * Which kind of recording a file is, from its first characters: a HAR opens with `{"log":`
 * (every browser writes that key first); anything else is read as JSON lines. null: no text at all.
 * Returns the pieces it read so the reader starts from the beginning.
 */
export async function sniffKind(pieces: AsyncIterator<TextPiece>): Promise<{ kind: RecordingKind | null; head: TextPiece[] }> {
  const head: TextPiece[] = [];
  let text = '';
  while (text.trim().length < SNIFF_CHARS) {
    const next = await pieces.next();
    if (next.done) break;
    head.push(next.value);
    text += next.value.text;
  }
  if (!text.trim()) return { kind: null, head };
  return { kind: isHarStart(text) ? 'har' : 'jsonl', head };
}

/** The pieces already read, then the rest. */
export async function* rejoin(head: TextPiece[], rest: AsyncIterator<TextPiece>): AsyncGenerator<TextPiece> {
  yield* head;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}
