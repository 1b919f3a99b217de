/**
 * Bytes per event of the journal's packed `z` lines, per encoding option, on a realistic
 * late-session sample (issue 15 item 2). Step 1 (slow, once): a simulated `top` room runs through a
 * real Room for `--minutes` session-minutes; the inputs of the last `--window` minutes are saved as
 * the journal would see them. Step 2: every option encodes the same inputs; bytes/event and the
 * encode/decode cost per event are printed.
 *
 *   npx tsx bench/journalEncoding.ts --minutes 60 --window 3 --sample /tmp/j15-sample.json
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { brotliCompressSync, constants as Z, deflateRawSync } from 'node:zlib';
import { encodeBase93 } from '../electron/hub/journal/base93';
import { decodeLine, encodeInput, seal } from '../electron/hub/journal/format';
import { PACK_DICTIONARY_2 } from '../electron/hub/journal/packDictionary';
import { expandBody, type PackCodec } from '../electron/hub/journal/packedCodec';
import { packEvents } from '../electron/hub/journal/packedEvents';
import type { RoomInput } from '../electron/hub/room/input';
import { Room } from '../electron/hub/room/room';
import { loadSampleShow } from '../electron/hub/sampleShow';
import { runRoom } from '../shared/sim/runRoom';

const arg = (name: string, def: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : def;
};

type EventsInput = Extract<RoomInput, { kind: 'events' }>;

/** The inputs a room hands its journal over the last `window` minutes of a `minutes`-minute top session. */
export function lateSample(minutes: number, window: number, seed = 7): EventsInput[] {
  const show = loadSampleShow();
  const startAt = 1_760_000_000_000;
  const from = startAt + (minutes - window) * 60_000;
  const room = new Room({ roomId: 'main', show, now: startAt, startOnAir: true });
  const out: EventsInput[] = [];
  room.onInput = (input) => { if (input.kind === 'events' && input.at >= from) out.push(input); };
  let lastFlush = startAt;
  for (const batch of runRoom({ show, preset: 'top', seed, roomId: 'main', startAt, minutes })) {
    const clock = batch[batch.length - 1]!.ts;
    room.ingest(batch, clock);
    if (clock - lastFlush >= 1000) { lastFlush = clock; room.flush(clock); }
  }
  return out;
}

function main(): void {
  const minutes = Number(arg('minutes', '60'));
  const window = Number(arg('window', '3'));
  const samplePath = arg('sample', `/tmp/ld-journal-sample-${minutes}-${window}.json`);
  let inputs: EventsInput[];
  if (existsSync(samplePath)) inputs = JSON.parse(readFileSync(samplePath, 'utf8')) as EventsInput[];
  else {
    const t0 = performance.now();
    inputs = lateSample(minutes, window);
    writeFileSync(samplePath, JSON.stringify(inputs));
    console.log(`sample: ${Math.round((performance.now() - t0) / 1000)} s to simulate ${minutes} min; saved ${samplePath}`);
  }
  const events = inputs.reduce((n, i) => n + i.events.length, 0);
  console.log(`${inputs.length} inputs, ${events} events (${Math.round(events / window)} per minute)`);
  const h = { roomId: 'main', platform: 'sim', v: 4 };
  const perHour = (bytes: number) => (bytes / window * 60 / 1024 / 1024).toFixed(1);
  const us = (ms: number) => (ms * 1000 / events).toFixed(2);
  console.log('| encoding | B/event | MiB/h at this rate | encode µs/event | decode µs/event |');
  console.log('|---|---|---|---|---|');
  // The written lines, codec by codec (what the journal holds), each read back and checked.
  const lineOf = (i: EventsInput, codec: PackCodec): string => {
    if (codec === 2) return encodeInput(i, h);
    const kept = i.events.map((e) => { const { roomId: _r, platform: _p, ...rest } = e as unknown as Record<string, unknown>; if (rest.type === 'viewer.enter') delete rest.nickname; return rest; });
    const z = i.events.length >= 8 ? packEvents(kept, i.at, 1) : null;
    return z === null ? encodeInput(i, h) : seal(`{"k":"z","at":${i.at},"n":${i.events.length},"z":"${z}"}`);
  };
  // Each codec three times, alternating (a shared machine's noise): the fastest run of each is printed.
  const best = new Map<PackCodec, { bytes: number; enc: number; dec: number }>();
  for (let round = 0; round < 3; round++) {
    for (const codec of [1, 2] as PackCodec[]) {
      for (const i of inputs.slice(0, 100)) decodeLine(lineOf(i, codec).slice(0, -1), h); // warm up
      const t0 = performance.now();
      const lines = inputs.map((i) => lineOf(i, codec));
      const enc = performance.now() - t0;
      const t1 = performance.now();
      let back = 0;
      for (const l of lines) { const r = decodeLine(l.slice(0, -1), h); if (r?.k === 'e') back += r.ev.length; }
      const dec = performance.now() - t1;
      if (back !== events) throw new Error(`codec ${codec}: read back ${back} of ${events} events`);
      const bytes = lines.reduce((n, l) => n + Buffer.byteLength(l), 0);
      const b = best.get(codec);
      best.set(codec, { bytes, enc: Math.min(enc, b?.enc ?? Infinity), dec: Math.min(dec, b?.dec ?? Infinity) });
    }
  }
  for (const [codec, b] of best) {
    console.log(`| codec ${codec}${codec === 1 ? ' (deflateRaw, base64)' : ' (deflateRaw + preset dictionary, base-93)'} | ${(b.bytes / events).toFixed(2)} | ${perHour(b.bytes)} | ${us(b.enc)} | ${us(b.dec)} |`);
  }
  // Other options on the same columnar bodies (compressed body only, no line around it).
  const bodies = inputs.filter((i) => i.events.length >= 8).map((i) => {
    const kept = i.events.map((e) => { const { roomId: _r, platform: _p, ...rest } = e as unknown as Record<string, unknown>; if (rest.type === 'viewer.enter') delete rest.nickname; return rest; });
    return expandBody(packEvents(kept, i.at, 1)!, 1)!;
  });
  const option = (name: string, f: (json: string) => number) => {
    const t0 = performance.now();
    let b = 0;
    for (const json of bodies) b += f(json);
    console.log(`| body only: ${name} | ${(b / events).toFixed(2)} | ${perHour(b)} | ${us(performance.now() - t0)} (compression only) | |`);
  };
  option('deflateRaw, base64', (j) => Math.ceil(deflateRawSync(j).length / 3) * 4);
  option('deflateRaw, base-93', (j) => encodeBase93(deflateRawSync(j)).length);
  option('deflateRaw + dictionary, base64', (j) => Math.ceil(deflateRawSync(j, { dictionary: PACK_DICTIONARY_2 }).length / 3) * 4);
  option('deflateRaw + dictionary, base-93', (j) => encodeBase93(deflateRawSync(j, { dictionary: PACK_DICTIONARY_2 })).length);
  for (const q of [5, 11]) {
    option(`brotli q${q} (generic), base-93`, (j) => encodeBase93(brotliCompressSync(j, { params: { [Z.BROTLI_PARAM_QUALITY]: q, [Z.BROTLI_PARAM_MODE]: Z.BROTLI_MODE_GENERIC, [Z.BROTLI_PARAM_LGWIN]: 18, [Z.BROTLI_PARAM_SIZE_HINT]: j.length } })).length);
  }
}

main();
