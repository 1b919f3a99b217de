import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/main';
import { createReplaySource } from '../../../electron/hub/sources/replaySource';
import type { LiveEvent } from '../../../shared/protocol/events';
import { runRoom } from '../../../shared/sim/runRoom';
import { memoryIo } from '../../support/memoryIo';
import { SHOW, START } from '../sim/support';

const dir = mkdtempSync(join(tmpdir(), 'livedeck-replay-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A recorded 2-minute small room, with three bad lines and a blank one mixed in. */
const recorded: LiveEvent[] = [];
for (const batch of runRoom({ show: SHOW, preset: 'small', seed: 6, roomId: 'rec', startAt: START, minutes: 2 })) recorded.push(...batch);
const file = join(dir, 'rec.jsonl');
const textLines = recorded.map((e) => JSON.stringify(e));
textLines.splice(3, 0, '{not json');
textLines.splice(10, 0, JSON.stringify({ id: 'x', type: 'comment', platform: 'sim', roomId: 'r', ts: 1 }));
textLines.splice(20, 0, '');
textLines.splice(30, 0, JSON.stringify({ type: 'order.paid', amount: -5 }));
writeFileSync(file, textLines.join('\n') + '\n');

describe('replay source', () => {
  it('plays every valid event re-timed from now at the given speed, and reports bad lines by number', async () => {
    const warnings: string[] = [];
    const got: { at: number; events: LiveEvent[] }[] = [];
    const src = createReplaySource({ file, speed: 240, tickMs: 10, warn: (m) => warnings.push(m) });
    const t0 = Date.now();
    src.start((events) => got.push({ at: Date.now(), events }), () => { throw new Error('replay needs no context'); });
    const stats = await src.done;
    const played = got.flatMap((g) => g.events);

    expect(stats).toMatchObject({ bad: 3, emitted: recorded.length, done: true });
    expect(played.map((e) => e.id)).toEqual(recorded.map((e) => e.id));
    expect(warnings).toEqual([
      'line 4: not valid JSON',
      expect.stringMatching(/^line 11: not a LiveEvent \(/),
      expect.stringMatching(/^line 31: not a LiveEvent \(/),
      `3 bad lines skipped of ${textLines.length}`,
    ]);
    // Re-timed: the first event plays now, the rest keep their spacing ÷ speed.
    const wall0 = played[0]!.ts;
    expect(wall0).toBeGreaterThanOrEqual(t0);
    let last = wall0;
    played.forEach((e, i) => {
      const expected = Math.max(last, Math.round(wall0 + (recorded[i]!.ts - recorded[0]!.ts) / 240));
      expect(e.ts).toBe(expected);
      last = expected;
      expect({ ...e, ts: 0 }).toEqual({ ...recorded[i]!, ts: 0 });
    });
    // Never released before its time.
    for (const g of got) for (const e of g.events) expect(g.at).toBeGreaterThanOrEqual(e.ts);
    expect(played.at(-1)!.ts - wall0).toBe(Math.round((recorded.at(-1)!.ts - recorded[0]!.ts) / 240));
  });

  it('reads ahead only a bounded number of events', async () => {
    const src = createReplaySource({ file, speed: 2000, tickMs: 5, maxBuffered: 40 });
    let most = 0;
    src.start(() => { most = Math.max(most, src.stats.peakBuffered); }, () => { throw new Error('unused'); });
    const stats = await src.done;
    expect(stats.emitted).toBe(recorded.length);
    expect(stats.peakBuffered).toBeLessThanOrEqual(40);
    expect(most).toBeGreaterThan(0);
  });

  it('stops when asked, before the end of the file', async () => {
    const src = createReplaySource({ file, speed: 1, tickMs: 10 });
    const played: LiveEvent[] = [];
    src.start((events) => played.push(...events), () => { throw new Error('unused'); });
    await new Promise((r) => setTimeout(r, 100));
    src.stop();
    const stats = await src.done;
    expect(stats.done).toBe(true);
    expect(played.length).toBeLessThan(recorded.length);
  });

  it('rejects a speed that is not a positive number', () => {
    expect(() => createReplaySource({ file, speed: 0 })).toThrow(/speed/);
    expect(() => createReplaySource({ file, speed: Number.NaN })).toThrow(/speed/);
  });
});


const until = async (cond: () => boolean, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('livedeck replay', () => {
  it('serves the recorded stream as a room and prints the console URL like serve', async () => {
    const c = memoryIo();
    const running = main(['replay', file, '--speed', '60', '--port', '0'], c.io);
    await until(() => c.stdout().includes('\n'));
    const m = /^LiveDeck ready: (http:\/\/127\.0\.0\.1:(\d+)\/\?token=[^&\s]+&role=assistant#\/console)\n$/.exec(c.stdout());
    expect(m).not.toBeNull();
    const health = `http://127.0.0.1:${m![2]}/healthz?token=${new URL(m![1]!).searchParams.get('token')}`;
    await until(() => c.stderr().includes('replay: finished'));
    const body = (await (await fetch(health)).json()) as { ok: boolean; events: number };
    expect(body.ok).toBe(true);
    expect(body.events).toBe(recorded.length);
    expect(c.stderr()).toContain('replay: line 4: not valid JSON');
    expect(c.stderr()).toContain(`replay: finished, ${recorded.length} events played, 3 bad lines skipped`);
    c.stop();
    expect(await running).toBe(0);
    await expect(fetch(health)).rejects.toThrow();
  });

  it.each([
    [[], 'usage: livedeck replay FILE.jsonl'],
    [[join(dir, 'missing.jsonl')], 'no such file'],
    [['FILE', '--speed', '0'], '--speed must be a number above 0'],
    [['FILE', '--speed', 'fast'], '--speed must be a number above 0'],
    [['FILE', '--port', '70000'], '--port must be an integer'],
    [['FILE', '--loop', 'yes'], 'unknown flag --loop'],
  ])('rejects %j with a clear usage error', async (args, message) => {
    const c = memoryIo();
    const code = await main(['replay', ...args.map((a) => (a === 'FILE' ? file : a))], c.io);
    expect(code).toBe(2);
    expect(c.stderr()).toContain(message);
  });
});
