import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMAND_ROLES, type CommandInput, type CommandOf, type CommandType } from '../../../shared/protocol/commands';
import { ROLES, type Role } from '../../../shared/protocol/common';
import type { RoomSnapshot } from '../../../shared/protocol/room';
import { joinHub, type TestClient } from '../../support/hubClient';
import { comment } from '../../support/manualSource';
import { testHub, type TestHub } from '../../support/testHub';

/**
 * DESIGN §3 "roles are enforced by the hub, not by hiding buttons": every command type, sent by
 * every role. A role not listed in COMMAND_ROLES gets `forbidden` and changes nothing.
 */
type Sample = { [T in CommandType]: (s: RoomSnapshot, ids: { cueId: string; commentId: string; undoId: string }) => Omit<CommandOf<T>, 'id'> };
const SAMPLES: Sample = {
  'slot.takeNext': () => ({ type: 'slot.takeNext' }),
  'slot.skip': (s) => ({ type: 'slot.skip', slotId: s.show.slots[3]!.id }),
  'slot.goTo': (s) => ({ type: 'slot.goTo', slotId: s.show.slots[2]!.id }),
  'slot.extend': (s) => ({ type: 'slot.extend', slotId: s.show.slots[0]!.id, minutes: 2 }),
  'show.end': () => ({ type: 'show.end' }),
  'queue.move': (s) => ({ type: 'queue.move', rev: s.rev, slotId: s.show.slots[4]!.id, toIndex: 1 }),
  'queue.insert': (s) => ({ type: 'queue.insert', rev: s.rev, productId: s.show.products[0]!.id, atIndex: 2 }),
  'product.soldOut': (s) => ({ type: 'product.soldOut', productId: s.show.products[1]!.id, soldOut: true }),
  'product.stock': (s) => ({ type: 'product.stock', productId: s.show.products[1]!.id, delta: 50 }),
  'cue.fire': () => ({ type: 'cue.fire', kind: 'lucky_bag', note: '福袋' }),
  'cue.ack': (_s, ids) => ({ type: 'cue.ack', cueId: ids.cueId }),
  'comment.push': (_s, ids) => ({ type: 'comment.push', commentId: ids.commentId }),
  'comment.answer': (_s, ids) => ({ type: 'comment.answer', commentId: ids.commentId }),
  'prompter.section': () => ({ type: 'prompter.section', section: 'opening' }),
  'show.replace': (s) => ({ type: 'show.replace', rev: s.rev, show: { ...s.show, title: `${s.show.title}（改）` } }),
  'settings.alerts': () => ({ type: 'settings.alerts', thresholds: { stockLow: 5 } }),
  'live.undo': (_s, ids) => ({ type: 'live.undo', commandId: ids.undoId }),
  'settings.live': () => ({ type: 'settings.live', timings: { cueExpiryMin: 3 } }),
};

let t: TestHub;
const clients: TestClient[] = [];
beforeEach(async () => { t = await testHub(); });
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await t.dispose();
});

/** What commands can change, to prove a refused one changed nothing. */
const state = (s: RoomSnapshot) => JSON.stringify({ rev: s.rev, show: s.show, live: s.live, cues: s.cues, qa: s.qa, settings: s.settings });

async function setUp() {
  const producer = await joinHub(t.hub.url, { token: t.hub.token, role: 'producer', clientId: 'setup' });
  clients.push(producer);
  t.source.push([comment('有S码吗')]);
  const cue = await producer.command({ type: 'cue.fire', kind: 'coupon', note: 'setup' });
  expect(cue.ok).toBe(true);
  const stockId = 'setup-stock';
  expect((await producer.command({ id: stockId, type: 'product.stock', productId: t.hub.room.show.products[0]!.id, delta: 3 })).ok).toBe(true);
  const snap = t.hub.room.snapshot(Date.now());
  return { cueId: snap.cues[0]!.id, commentId: snap.comments[0]!.id, undoId: stockId };
}

describe('role checks at the hub', () => {
  it('covers every command type in COMMAND_ROLES', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(COMMAND_ROLES).sort());
  });

  const cases = (Object.keys(COMMAND_ROLES) as CommandType[]).flatMap((type) => ROLES.map((role) => [type, role, COMMAND_ROLES[type].includes(role)] as const));
  it.each(cases)('%s sent by %s: allowed = %s', async (type, role: Role, allowed) => {
    const ids = await setUp();
    const c = await joinHub(t.hub.url, { token: t.hub.token, role, clientId: `as-${role}` });
    clients.push(c);
    const before = t.hub.room.snapshot(Date.now());
    const ack = await c.command(SAMPLES[type](before, ids) as CommandInput);
    if (allowed) {
      expect(ack, JSON.stringify(ack)).toMatchObject({ ok: true });
    } else {
      expect(ack).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(state(t.hub.room.snapshot(Date.now()))).toBe(state(before));
    }
  });
});
