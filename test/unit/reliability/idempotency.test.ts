import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHub, type Hub } from '../../../electron/hub/hub';
import type { CommandAck } from '../../../shared/protocol/commands';
import { joinHub, type TestClient } from '../../support/hubClient';
import { manualSource } from '../../support/manualSource';

let hub: Hub;
let root: string;
const clients: TestClient[] = [];

async function joinAs(role: string, clientId: string) {
  const c = await joinHub(hub.url, { token: hub.token, role, clientId, name: clientId });
  clients.push(c);
  return c;
}

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'ld-idem-'));
  hub = await startHub({ source: manualSource(), staticDir: join(root, 'static'), dataDir: join(root, 'data') });
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await hub.close();
  rmSync(root, { recursive: true, force: true });
});

describe('commands under retries (idempotent by client-made id)', () => {
  it('applies the same take-next sent four times in a row once, answering every repeat alike', async () => {
    const a = await joinAs('assistant', 'retrier');
    const acks: CommandAck[] = [];
    for (let i = 0; i < 4; i++) acks.push(await a.command({ id: 'take-1', type: 'slot.takeNext' }));
    expect(acks.every((x) => x.ok)).toBe(true);
    expect(new Set(acks.map((x) => JSON.stringify(x))).size).toBe(1);
    expect(hub.room.live.runs).toHaveLength(2);
    expect(hub.room.stats.commands).toBe(1);
  });

  it('applies the same command sent four times at once (no await between) once', async () => {
    const a = await joinAs('assistant', 'burst');
    const acks = await Promise.all([1, 2, 3, 4].map(() => a.command({ id: 'cue-1', type: 'cue.fire', kind: 'lucky_bag', note: '福袋' })));
    expect(acks.every((x) => x.ok)).toBe(true);
    expect(hub.room.snapshot(Date.now()).cues).toHaveLength(1);
  });

  it('applies a command retried over a new connection (same client id) once', async () => {
    const first = await joinAs('assistant', 'flaky-wifi');
    const ack = await first.command({ id: 'take-2', type: 'slot.takeNext' });
    first.close();
    const again = await joinAs('assistant', 'flaky-wifi');
    expect(await again.command({ id: 'take-2', type: 'slot.takeNext' })).toEqual(ack);
    expect(await again.command({ id: 'take-2', type: 'slot.takeNext' })).toEqual(ack);
    expect(hub.room.live.runs).toHaveLength(2);
  });

  it('keeps ids per client: another client reusing an id neither replays nor blocks it', async () => {
    const a = await joinAs('assistant', 'client-a');
    const b = await joinAs('assistant', 'client-b');
    expect((await a.command({ id: 'same', type: 'slot.takeNext' })).ok).toBe(true);
    expect((await b.command({ id: 'same', type: 'slot.takeNext' })).ok).toBe(true);
    expect(hub.room.live.runs).toHaveLength(3);
  });

  it('remembers a refusal too: a retried forbidden command stays refused and changes nothing', async () => {
    const host = await joinAs('host', 'host-1');
    const acks = await Promise.all([1, 2, 3, 4].map(() => host.command({ id: 'nope', type: 'slot.takeNext' })));
    for (const x of acks) expect(x).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(hub.room.live.runs).toHaveLength(1);
  });
});

describe('two producers editing the same revision', () => {
  it('lets one win and gives the other a conflict naming the new revision, never a silent overwrite', async () => {
    const p1 = await joinAs('producer', 'producer-1');
    const p2 = await joinAs('producer', 'producer-2');
    const slots = p1.snapshot.show.slots.map((s) => s.id);
    const rev = p1.snapshot.rev;
    const [r1, r2] = await Promise.all([
      p1.command({ type: 'queue.move', rev, slotId: slots[6]!, toIndex: 1 }),
      p2.command({ type: 'queue.move', rev, slotId: slots[8]!, toIndex: 1 }),
    ]);
    const results = [r1, r2];
    const won = results.filter((r) => r.ok);
    const lost = results.filter((r) => !r.ok);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]).toMatchObject({ ok: false, error: { code: 'conflict', rev: rev + 1 } });
    expect(hub.room.rev).toBe(rev + 1);
    const winner = r1.ok ? slots[6] : slots[8];
    const loser = r1.ok ? slots[8] : slots[6];
    expect(hub.room.show.slots[1]!.id).toBe(winner);
    expect(hub.room.show.slots.findIndex((s) => s.id === loser)).toBe(r1.ok ? 8 : 6);

    // The loser re-bases on the revision it was told about and applies its edit on top.
    const rebased = await (r1.ok ? p2 : p1).command({ type: 'queue.move', rev: rev + 1, slotId: loser!, toIndex: 1 });
    expect(rebased).toMatchObject({ ok: true, rev: rev + 2 });
    expect(hub.room.show.slots.slice(1, 3).map((s) => s.id)).toEqual([loser, winner]);
  });

  it('refuses a whole run-of-show replacement made against a stale revision, keeping the newer one', async () => {
    const p1 = await joinAs('producer', 'producer-1');
    const p2 = await joinAs('producer', 'producer-2');
    const show = p1.snapshot.show;
    expect((await p1.command({ type: 'show.replace', rev: 0, show: { ...show, title: '改版 A' } })).ok).toBe(true);
    const stale = await p2.command({ type: 'show.replace', rev: 0, show: { ...show, title: '改版 B' } });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict', rev: 1 } });
    expect(hub.room.show.title).toBe('改版 A');
  });
});
