export interface Frame { event: string; data: unknown; id?: string }

/** Reads SSE frames off a fetch response until `until` says enough (or the time runs out). */
export async function readFrames(res: Response, until: (frames: Frame[]) => boolean, timeoutMs = 5000): Promise<Frame[]> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const frames: Frame[] = [];
  let buf = '';
  const deadline = setTimeout(() => void reader.cancel(), timeoutMs);
  try {
    while (!until(frames)) {
      const { value, done } = await reader.read();
      if (done) break;
      buf += decoder.decode(value, { stream: true });
      let end;
      while ((end = buf.indexOf('\n\n')) >= 0) {
        const block = buf.slice(0, end);
        buf = buf.slice(end + 2);
        const f: Partial<Frame> = {};
        for (const line of block.split('\n')) {
          if (line.startsWith('event: ')) f.event = line.slice(7);
          else if (line.startsWith('data: ')) f.data = JSON.parse(line.slice(6)) as unknown;
          else if (line.startsWith('id: ')) f.id = line.slice(4);
        }
        if (f.event) frames.push(f as Frame);
      }
    }
  } finally {
    clearTimeout(deadline);
    await reader.cancel().catch(() => undefined);
  }
  return frames;
}
