import { describe, expect, it, vi } from 'vitest';
import { ActionDesk, type ActingSource } from '../../../../electron/hub/actions/actionDesk';
import { ActionRate } from '../../../../electron/hub/actions/actionRate';
import type { ActionRecord, PlatformActionsState } from '../../../../shared/protocol/platformActions';
import type { ActionResult, SourceActions, SourceState } from '../../../../shared/protocol/source';

const assistant = { name: 'assistant', role: 'assistant' as const };

function setup(state: SourceState = 'live', actions?: SourceActions) {
  let t = 1_000_000;
  const calls: string[] = [];
  const journaled: ActionRecord[] = [];
  let published: PlatformActionsState = { killed: false, log: [] };
  const acts: SourceActions = actions ?? {
    explain: (id) => { calls.push(`explain:${id}`); return Promise.resolve<ActionResult>({ ok: true, code: 'done' }); },
    reply: (text, { pin }) => { calls.push(`reply:${text}:${pin}`); return Promise.resolve<ActionResult>({ ok: true, code: 'done' }); },
  };
  const source: ActingSource = { id: 'douyin', state, actions: acts };
  const desk = new ActionDesk({
    now: () => t, sources: () => [source], publish: (s) => { published = s; }, record: (r) => journaled.push(r), timeoutMs: 200,
  });
  return { desk, calls, journaled, source, advance: (ms: number) => { t += ms; }, published: () => published };
}

describe('platform actions: safety rails', () => {
  it('acts through a live source and logs the request, then its result, under one id', async () => {
    const s = setup();
    const rec = await s.desk.perform({ kind: 'explain', productId: 'p1' }, assistant);
    expect(s.calls).toEqual(['explain:p1']);
    expect(rec.result).toEqual({ ok: true, code: 'done' });
    expect(rec.sourceId).toBe('douyin');
    expect(s.journaled.map((r) => [r.id, r.result?.code ?? null])).toEqual([[rec.id, null], [rec.id, 'done']]);
    expect(s.published().log).toEqual([rec]);
  });

  it('never acts unless the source is live', async () => {
    for (const state of ['connecting', 'stalled', 'reconnecting', 'failed', 'stopped'] as const) {
      const s = setup(state);
      const rec = await s.desk.perform({ kind: 'reply', text: '欢迎', pin: false }, assistant);
      expect(rec.result).toEqual({ ok: false, code: 'not_live' });
      expect(s.calls).toEqual([]);
    }
  });

  it('refuses what no source supports', async () => {
    const s = setup('live', { explain: () => Promise.resolve({ ok: true, code: 'done' }) });
    const rec = await s.desk.perform({ kind: 'reply', text: 'hi', pin: true }, assistant);
    expect(rec.result?.code).toBe('unsupported');
  });

  it('the kill switch refuses every action with a code until it is turned off, and is logged', async () => {
    const s = setup();
    expect(s.desk.setKill(true, { name: 'producer', role: 'producer' })).toBe(true);
    expect(s.published().killed).toBe(true);
    const a = await s.desk.perform({ kind: 'explain', productId: 'p1' }, assistant);
    const b = await s.desk.perform({ kind: 'reply', text: 'x', pin: false }, assistant);
    expect([a.result?.code, b.result?.code]).toEqual(['kill_switch', 'kill_switch']);
    expect(s.calls).toEqual([]);
    s.desk.setKill(false, { name: 'producer', role: 'producer' });
    expect((await s.desk.perform({ kind: 'explain', productId: 'p1' }, assistant)).result?.code).toBe('done');
    expect(s.published().log.map((r) => r.kind)).toEqual(['kill_on', 'explain', 'reply', 'kill_off', 'explain']);
  });

  it('allows one 讲解 switch per 2 s and one reply per 3 s, saying when the next may go', async () => {
    const s = setup();
    expect((await s.desk.perform({ kind: 'explain', productId: 'a' }, assistant)).result?.code).toBe('done');
    s.advance(1500);
    const early = await s.desk.perform({ kind: 'explain', productId: 'b' }, assistant);
    expect(early.result).toEqual({ ok: false, code: 'rate_limited', retryAfterMs: 500 });
    expect((await s.desk.perform({ kind: 'reply', text: 'r1', pin: false }, assistant)).result?.code).toBe('done');
    s.advance(500);
    expect((await s.desk.perform({ kind: 'explain', productId: 'b' }, assistant)).result?.code).toBe('done');
    s.advance(2000);
    expect((await s.desk.perform({ kind: 'reply', text: 'r2', pin: false }, assistant)).result?.code).toBe('rate_limited');
    s.advance(500);
    expect((await s.desk.perform({ kind: 'reply', text: 'r2', pin: false }, assistant)).result?.code).toBe('done');
    expect(s.calls).toEqual(['explain:a', 'reply:r1:false', 'explain:b', 'reply:r2:false']);
  });

  it('a page that never answers times out; one that throws is a failure; the hub goes on', async () => {
    const never = setup('live', { explain: () => new Promise<ActionResult>(() => undefined), reply: () => Promise.reject(new Error('page closed')) });
    expect((await never.desk.perform({ kind: 'explain', productId: 'p' }, assistant)).result?.code).toBe('timeout');
    expect((await never.desk.perform({ kind: 'reply', text: 'x', pin: false }, assistant)).result?.code).toBe('failed');
  });

  it('does not reach the platform when the request cannot be journaled', async () => {
    let called = false;
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const desk = new ActionDesk({
      now: () => 1, publish: () => undefined, record: () => { throw new Error('disk full'); },
      sources: () => [{ id: 'douyin', state: 'live', actions: { explain: () => { called = true; return Promise.resolve({ ok: true, code: 'done' }); } } }],
    });
    expect((await desk.perform({ kind: 'explain', productId: 'p' }, assistant)).result?.code).toBe('failed');
    expect(called).toBe(false);
    expect(quiet).toHaveBeenCalled();
    quiet.mockRestore();
  });

  it('continues the kill switch and the log from journaled entries', () => {
    const s = setup();
    s.desk.setKill(true, { name: 'producer', role: 'producer' });
    const again = setup();
    again.desk.load(null, s.journaled);
    expect(again.published()).toEqual({ killed: true, log: s.journaled });
    const fromCheckpoint = setup();
    fromCheckpoint.desk.load({ killed: true, log: [] }, []);
    expect(fromCheckpoint.published().killed).toBe(true);
  });
});

describe('ActionRate', () => {
  it('takes a slot only when the gap has passed', () => {
    const r = new ActionRate({ explain: 2000, reply: 3000 });
    expect(r.take('explain', 0)).toBe(0);
    expect(r.take('explain', 1999)).toBe(1);
    expect(r.take('explain', 2000)).toBe(0);
    expect(r.take('reply', 2000)).toBe(0);
  });
});
