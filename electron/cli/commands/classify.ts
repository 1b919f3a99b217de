import { once, type EventEmitter } from 'node:events';
import { StringDecoder } from 'node:string_decoder';
import { classifyComment } from '../../../shared/domain/comments/classify';
import { parseFlags, UsageError, type CliIo } from '../io';

const HELP = `livedeck classify — classify viewer comments

Reads one comment per line on stdin (UTF-8, LF or CRLF) and writes one JSON object per line,
in input order: {"text": …, "intent": …, "topic": … or null}.
Intents: question, purchase, complaint, refund, praise, chitchat, spam, abuse; questions carry a
topic (size, price, shipping, quality, usage, stock) or null. No line is skipped: an empty line
is classified as chitchat. Lexicon: assets/lexicon/comments.json.
`;

/** One output line for one input line. */
export function classifyLine(text: string): string {
  const c = classifyComment(text);
  return `{"text":${JSON.stringify(text)},"intent":"${c.intent}","topic":${c.topic === null ? 'null' : `"${c.topic}"`}}\n`;
}

/**
 * `livedeck classify`: streams stdin → stdout line by line. Each input chunk is classified and
 * written as one write; when stdout is full it waits for 'drain' before reading on, so memory
 * stays bounded by one chunk whatever the input size.
 */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { flags, positionals } = parseFlags(args, [], ['help']);
  if (flags.help) { io.stdout.write(HELP); return 0; }
  if (positionals.length > 0) throw new UsageError('takes no arguments; pipe comments on stdin');

  const decoder = new StringDecoder('utf8');
  let carry = '';
  let first = true;
  const flush = async (text: string, final: boolean): Promise<void> => {
    let buf = carry + text;
    if (first && buf.length > 0) {
      if (buf.charCodeAt(0) === 0xfeff) buf = buf.slice(1);
      first = false;
    }
    let out = '';
    let from = 0;
    for (;;) {
      const nl = buf.indexOf('\n', from);
      if (nl < 0) break;
      const end = nl > from && buf.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      out += classifyLine(buf.slice(from, end));
      from = nl + 1;
    }
    carry = buf.slice(from);
    if (final && carry.length > 0) {
      out += classifyLine(carry.endsWith('\r') ? carry.slice(0, -1) : carry);
      carry = '';
    }
    if (out) await write(io.stdout, out);
  };

  for await (const chunk of io.stdin) {
    await flush(typeof chunk === 'string' ? chunk : decoder.write(chunk), false);
  }
  await flush(decoder.end(), true);
  return 0;
}

async function write(out: NodeJS.WritableStream, text: string): Promise<void> {
  if (!out.write(text)) await once(out as unknown as EventEmitter, 'drain');
}
