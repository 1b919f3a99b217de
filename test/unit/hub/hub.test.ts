import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Hub } from '../../../electron/hub/hub';
import { joinHub, type TestClient } from '../../support/hubClient';
import { comment, type manualSource } from '../../support/manualSource';
import { testHub, type TestHub } from '../../support/testHub';

let t: TestHub;
let hub: Hub;
let source: ReturnType<typeof manualSource>;
const clients: TestClient[] = [];

async function joinAs(role = 'assistant', extra: Record<string, string> = {}) {
  const c = await joinHub(hub.url, { token: hub.token, role, ...extra });
  clients.push(c);
  return c;
}

beforeEach(async () => {
  // A room with a source puts the first slot on air.
  t = await testHub();
  ({ hub, source } = t);
});

afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await t.dispose();
});

describe('hub HTTP', () => {
  it('answers /healthz with ok JSON (the figures to a credential holder)', async () => {
    const res = await fetch(`${hub.url}/healthz`, { headers: { authorization: `Bearer ${hub.token}` } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ok: boolean; roomId: string };
    expect(body.ok).toBe(true);
    expect(body.roomId).toBe('main');
  });

  it('says the renderer is not built instead of serving nothing', async () => {
    const res = await fetch(`${hub.url}/`);
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('npm run build');
  });

  it('refuses /api calls without the token', async () => {
    const res = await fetch(`${hub.url}/api/anything`);
    expect(res.status).toBe(401);
  });
});

describe('hub socket', () => {
  it('refuses a handshake with a wrong token', async () => {
    await expect(joinHub(hub.url, { token: 'wrong' })).rejects.toThrow(/token/);
    expect(hub.counters.refusedHandshakes).toBe(1);
  });

  it('refuses a handshake without role and name', async () => {
    await expect(joinHub(hub.url, { token: hub.token, role: 'janitor' })).rejects.toThrow(/handshake/);
  });

  it('sends a full snapshot on join with the sample show and the first slot on air', async () => {
    const c = await joinAs();
    expect(c.snapshot.show.slots.length).toBeGreaterThanOrEqual(8);
    expect(c.snapshot.live.onAirSlotId).toBe(c.snapshot.show.slots[0]!.id);
    expect(c.snapshot.seq).toBeLessThanOrEqual(hub.room.currentSeq);
  });

  it('never sends a comment twice to a client that joins while a batch is pending', async () => {
    const early = await joinAs();
    source.push([comment('加入前的评论')]);
    const late = await joinAs();
    source.push([comment('加入后的评论')]);
    await late.waitDelta((d) => (d.comments ?? []).some((x) => x.text === '加入后的评论'));
    const seen = [...late.snapshot.comments, ...late.deltas.filter((d) => d.seq > late.snapshot.seq).flatMap((d) => d.comments ?? [])];
    expect(seen.map((x) => x.text)).toEqual(['加入前的评论', '加入后的评论']);
    await early.waitDelta((d) => (d.comments ?? []).some((x) => x.text === '加入后的评论'));
    expect(early.deltas.flatMap((d) => d.comments ?? []).map((x) => x.text)).toEqual(['加入前的评论', '加入后的评论']);
  });

  it('batches comments into seq-numbered deltas with no gaps', async () => {
    const c = await joinAs();
    const start = c.snapshot.seq;
    for (let i = 0; i < 30; i++) source.push([comment(`有S码吗${i}`)]);
    await c.waitDelta((d) => (d.comments ?? []).some((x) => x.text === '有S码吗29'));
    const seqs = c.deltas.map((d) => d.seq);
    seqs.forEach((s, i) => expect(s).toBe(start + 1 + i));
    // 30 pushes arrived within one batching window, so far fewer deltas than events.
    expect(c.deltas.length).toBeLessThan(10);
    const texts = c.deltas.flatMap((d) => d.comments ?? []).map((x) => x.text);
    expect(texts).toHaveLength(30);
    expect(c.deltas.flatMap((d) => d.comments ?? []).find((x) => x.text === '有S码吗0')?.topic).toBe('size');
  });

  it('drops duplicate events by message id', async () => {
    const c = await joinAs();
    const e = comment('拍了');
    source.push([e, e]);
    source.push([e]);
    await c.waitDelta((d) => (d.comments ?? []).length > 0);
    await new Promise((r) => setTimeout(r, 250));
    expect(c.deltas.flatMap((d) => d.comments ?? [])).toHaveLength(1);
    expect(hub.room.stats.duplicates).toBe(2);
  });

  it('take-next moves the on-air slot for every client', async () => {
    const a = await joinAs('assistant');
    const host = await joinAs('host');
    const second = a.snapshot.show.slots[1]!.id;
    const ack = await a.command({ type: 'slot.takeNext' });
    expect(ack.ok).toBe(true);
    const d = await host.waitDelta((x) => x.live?.onAirSlotId === second);
    expect(d.live!.runs[0]!.endedAt).not.toBeNull();
    expect(d.live!.onAirSince).toBeGreaterThan(0);
  });

  it('applies the same command id once and answers repeats with the first result', async () => {
    const a = await joinAs();
    const first = await a.command({ id: 'same-id', type: 'slot.takeNext' });
    const again = await a.command({ id: 'same-id', type: 'slot.takeNext' });
    expect(again).toEqual(first);
    expect(hub.room.live.runs).toHaveLength(2);
    expect(hub.room.live.onAirSlotId).toBe(a.snapshot.show.slots[1]!.id);
  });

  it('refuses a host taking the next product (roles enforced by the hub)', async () => {
    const host = await joinAs('host');
    const ack = await host.command({ type: 'slot.takeNext' });
    expect(ack).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(hub.room.live.runs).toHaveLength(1);
  });

  it('answers malformed commands with an error ack and keeps running', async () => {
    const a = await joinAs();
    const bad = await a.socket.timeout(2000).emitWithAck('command', { id: 'x', type: 'slot.explode' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const worse = await a.socket.timeout(2000).emitWithAck('command', 'not even an object');
    expect(worse).toMatchObject({ ok: false });
    expect(hub.counters.invalid).toBe(2);
    expect((await a.command({ type: 'slot.takeNext' })).ok).toBe(true);
  });

  it('gives a conflict to an edit made against a stale revision', async () => {
    const p1 = await joinAs('producer');
    const p2 = await joinAs('producer');
    const slot = p1.snapshot.show.slots[3]!.id;
    const win = await p1.command({ type: 'queue.move', rev: 0, slotId: slot, toIndex: 1 });
    expect(win).toMatchObject({ ok: true, rev: 1 });
    const lose = await p2.command({ type: 'queue.move', rev: 0, slotId: slot, toIndex: 5 });
    expect(lose).toMatchObject({ ok: false, error: { code: 'conflict', rev: 1 } });
    expect(hub.room.show.slots[1]!.id).toBe(slot);
  });

  it('resyncs a client from the log, or with a snapshot when the log is too short', async () => {
    const c = await joinAs();
    source.push([comment('一')]);
    const first = await c.waitDelta((d) => (d.comments ?? []).length > 0);
    source.push([comment('二')]);
    const second = await c.waitDelta((d) => (d.comments ?? []).some((x) => x.text === '二'));
    const r = await c.sync(first.seq);
    expect(r).toMatchObject({ kind: 'deltas' });
    if ('kind' in r && r.kind === 'deltas') {
      expect(r.deltas[0]!.seq).toBe(first.seq + 1);
      expect(r.deltas.at(-1)!.seq).toBeGreaterThanOrEqual(second.seq);
    }
    // sinceSeq 0 asks for a fresh snapshot.
    const full = await c.sync(0);
    expect(full).toMatchObject({ kind: 'snapshot' });
  });

  it('lists connected peers with their roles', async () => {
    const a = await joinAs('assistant', { name: '小王' });
    await joinAs('host', { name: '主播' });
    const d = await a.waitDelta((x) => (x.peers ?? []).length === 2);
    expect(d.peers!.map((p) => p.role).sort()).toEqual(['assistant', 'host']);
  });

  it('lets the assistant change alert thresholds and publishes them', async () => {
    const a = await joinAs('assistant');
    expect(a.snapshot.settings?.alertThresholds.viewerDrop).toBe(0.2);
    const ack = await a.command({ type: 'settings.alerts', thresholds: { viewerDrop: 0.3 } });
    expect(ack.ok).toBe(true);
    const d = await a.waitDelta((x) => x.settings !== undefined);
    expect(d.settings!.alertThresholds).toMatchObject({ viewerDrop: 0.3, stockLow: 10 });
    const host = await joinAs('host');
    expect((await host.command({ type: 'settings.alerts', thresholds: { viewerDrop: 0.9 } })).ok).toBe(false);
  });

  it('publishes a platform warning as a critical alert', async () => {
    const a = await joinAs();
    source.push([{ id: 'w1', platform: 'douyin', roomId: 'main', ts: Date.now(), type: 'platform.warning', message: '疑似违规用语' }]);
    const d = await a.waitDelta((x) => (x.alerts ?? []).some((al) => al.kind === 'platform_warning'));
    expect(d.alerts!.find((al) => al.kind === 'platform_warning')).toMatchObject({ severity: 'critical', code: 'platform_warning', params: { text: '疑似违规用语' } });
  });

  it('sends only the newest minutes of the per-minute series in deltas, the whole series in snapshots', async () => {
    const a = await joinAs();
    source.push([comment('多少钱')]);
    const d = await a.waitDelta((x) => x.metrics !== undefined);
    expect(d.seriesTail).toBe(true);
    expect(d.metrics!.series.length).toBeLessThanOrEqual(2);
    const snap = hub.room.snapshot(Date.now());
    expect(snap.metrics.series.length).toBeGreaterThanOrEqual(d.metrics!.series.length);
  });
});
