import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ControlIndex, ControlState } from '../../../shared/protocol/control';
import { ApiErrorReply } from '../../../shared/protocol/http';
import type { Role } from '../../../shared/protocol/common';
import { testHub, type TestHub } from '../../support/testHub';
import { joinHub } from '../../support/hubClient';
import { comment } from '../../support/manualSource';

let t: TestHub;
beforeEach(async () => { t = await testHub(); });
afterEach(async () => { await t.dispose(); });

const controlToken = (role: Role = 'producer') => t.hub.credentials.issue('control', role).secret;

async function post(action: string, opts: { token?: string; key?: string; query?: string } = {}) {
  const res = await fetch(`${t.hub.url}/api/control/${action}${opts.query ?? ''}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${opts.token ?? controlToken()}`, ...(opts.key ? { 'idempotency-key': opts.key } : {}) },
  });
  return { status: res.status, json: (await res.json()) as unknown };
}
const state = (json: unknown) => ControlState.parse(json);
const code = (json: unknown) => ApiErrorReply.parse(json).error.code;

describe('the control API (POST /api/control/<action>)', () => {
  it('take-next moves the room, replies with the new on-air state, and an assistant console sees it within 1 s', async () => {
    const console = await joinHub(t.hub.url, { token: t.hub.tokenFor('assistant'), role: 'assistant' });
    try {
      expect(console.snapshot.live.onAirSlotId).toBe('s01');
      // Warm the HTTP client up first: the figure is the hub's, not the test runner's first fetch.
      expect((await fetch(`${t.hub.url}/api/control/state`, { headers: { authorization: `Bearer ${controlToken()}` } })).status).toBe(200);
      const sent = Date.now();
      const seen = console.waitDelta((d) => d.live?.onAirSlotId === 's02', 3000);
      const r = await post('take-next');
      expect(r.status).toBe(200);
      const s = state(r.json);
      expect(s.onAir).toMatchObject({ slotId: 's02', productId: 'p02-scarf' });
      expect(s.next?.slotId).toBe('s03');
      expect(s.action).toMatchObject({ action: 'take-next' });
      await seen;
      expect(Date.now() - sent).toBeLessThan(1000);
      expect(t.hub.room.live.onAirSlotId).toBe('s02');
    } finally {
      console.close();
    }
  });

  it('GET /api/control/state: on air with time left, next, planned cue states; GET /api/control lists the actions', async () => {
    const res = await fetch(`${t.hub.url}/api/control/state?token=${encodeURIComponent(controlToken('host'))}`);
    expect(res.status).toBe(200);
    const s = state(await res.json());
    expect(s.onAir).toMatchObject({ slotId: 's01', productId: 'p01-tee', soldOut: false });
    expect(s.onAir!.timeLeftSec).toBeGreaterThan(9 * 60);
    expect(s.onAir!.timeLeftSec).toBeLessThanOrEqual(10 * 60);
    expect(s.next).toMatchObject({ slotId: 's02' });
    expect(s.cues.planned.length).toBe(t.hub.room.show.slots[0]!.cues.length);
    expect(s.cues.planned.every((c) => c.state === 'waiting' || c.state === 'due')).toBe(true);
    const index = ControlIndex.parse(await (await fetch(t.hub.controlUrl)).json());
    expect(index.role).toBe('producer');
    expect(index.actions.map((a) => a.action)).toEqual(['take-next', 'skip', 'undo', 'fire-next-cue', 'push-question', 'ack', 'sold-out']);
  });

  it('refuses a wrong token (401) and UI, overlay and ingest credentials (403 wrong_credential); a GET of an action is 405', async () => {
    const wrong = await post('take-next', { token: 'not-a-token' });
    expect(wrong.status).toBe(401);
    expect(code(wrong.json)).toBe('unauthorized');
    for (const token of [t.hub.token, t.hub.tokenFor('assistant'), t.hub.credentials.issue('overlay').secret, t.hub.credentials.issue('ingest').secret]) {
      const r = await post('take-next', { token });
      expect(r.status).toBe(403);
      expect(code(r.json)).toBe('wrong_credential');
    }
    const noToken = await fetch(`${t.hub.url}/api/control/state`);
    expect(noToken.status).toBe(401);
    expect((await fetch(`${t.hub.url}/api/control/take-next?token=${encodeURIComponent(controlToken())}`)).status).toBe(405);
    expect(t.hub.room.live.onAirSlotId).toBe('s01');
  });

  it('a host control token runs only the host\'s commands: take-next and sold-out are forbidden, ack is allowed', async () => {
    const host = controlToken('host');
    for (const action of ['take-next', 'skip', 'sold-out', 'fire-next-cue', 'push-question']) {
      const r = await post(action, { token: host });
      expect(r.status, action).toBe(403);
      expect(code(r.json)).toBe('forbidden');
    }
    expect(t.hub.room.live.onAirSlotId).toBe('s01');
    expect(state((await post('fire-next-cue')).json).cues.open).toHaveLength(1);
    const acked = await post('ack', { token: host });
    expect(acked.status).toBe(200);
    expect(state(acked.json).cues.open).toHaveLength(0);
    expect(state(acked.json).cues.planned[0]!.state).toBe('acked');
  });

  it('the same Idempotency-Key twice moves the room once and answers both with the same command id', async () => {
    const a = await post('take-next', { key: 'deck-press-1' });
    const b = await post('take-next', { key: 'deck-press-1' });
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(state(a.json).action?.commandId).toBe('deck-press-1');
    expect(state(b.json).onAir?.slotId).toBe('s02');
    expect(t.hub.room.live.onAirSlotId).toBe('s02');
    const c = await post('take-next', { key: 'deck-press-2' });
    expect(state(c.json).onAir?.slotId).toBe('s03');
    expect((await post('take-next', { key: 'k'.repeat(129) })).status).toBe(400);
  });

  it('a double press without a key is refused (409 repeated); ?confirm=1 means it', async () => {
    expect((await post('take-next')).status).toBe(200);
    const again = await post('take-next');
    expect(again.status).toBe(409);
    expect(code(again.json)).toBe('repeated');
    expect(t.hub.room.live.onAirSlotId).toBe('s02');
    const meant = await post('take-next', { query: '?confirm=1' });
    expect(state(meant.json).onAir?.slotId).toBe('s03');
  });

  it('undo takes back this credential\'s last queue action; a second undo has nothing to undo', async () => {
    await post('take-next');
    const undone = await post('undo');
    expect(undone.status).toBe(200);
    expect(state(undone.json).onAir?.slotId).toBe('s01');
    const none = await post('undo');
    expect(none.status).toBe(404);
    expect(code(none.json)).toBe('nothing_to_undo');
  });

  it('skip skips the next slot; sold-out marks the on-air product once (a repeat changes nothing)', async () => {
    const skipped = state((await post('skip')).json);
    expect(skipped.next?.slotId).toBe('s03');
    expect(t.hub.room.live.skipped).toEqual(['s02']);
    const sold = await post('sold-out');
    expect(state(sold.json).onAir).toMatchObject({ productId: 'p01-tee', soldOut: true });
    const rev = t.hub.room.rev;
    const commands = t.hub.room.stats.commands;
    expect((await post('sold-out')).status).toBe(200);
    expect(t.hub.room.stats.commands).toBe(commands);
    expect(t.hub.room.rev).toBe(rev);
  });

  it('fire-next-cue fires the on-air slot\'s planned cues in offset order, then has none left', async () => {
    const planned = [...t.hub.room.show.slots[0]!.cues].sort((a, b) => a.offsetSec - b.offsetSec);
    for (const cue of planned) {
      const r = await post('fire-next-cue', { query: '?confirm=1' });
      expect(r.status).toBe(200);
      expect(state(r.json).cues.planned.find((c) => c.id === cue.id)?.state).toBe('fired');
    }
    const none = await post('fire-next-cue', { query: '?confirm=1' });
    expect(none.status).toBe(409);
    expect(code(none.json)).toBe('no_cue_to_fire');
  });

  it('push-question pushes the newest question not pushed or answered yet', async () => {
    const none = await post('push-question');
    expect(code(none.json)).toBe('no_question');
    const q1 = comment('这件有M码吗？');
    const q2 = comment('多少钱？怎么买？');
    t.source.push([q1, comment('好看'), q2]);
    const first = await post('push-question', { query: '?confirm=1' });
    expect(first.status).toBe(200);
    const s1 = state(first.json);
    expect(s1.pushed?.commentId).toBe(q2.id);
    expect(s1.question?.commentId).toBe(q1.id);
    const second = state((await post('push-question', { query: '?confirm=1' })).json);
    expect(second.pushed?.commentId).toBe(q1.id);
    expect(second.question).toBeNull();
  });

  it('limits requests per credential (429 with Retry-After)', async () => {
    await t.dispose();
    t = await testHub({ controlRate: { perSecond: 1, burst: 3 } });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await fetch(`${t.hub.url}/api/control/state`, { headers: { authorization: `Bearer ${controlToken()}` } })).status);
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
    expect(statuses.slice(3)).toContain(429);
  });
});
