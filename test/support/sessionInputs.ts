import type { Command } from '../../shared/protocol/commands';
import type { LiveEvent } from '../../shared/protocol/events';
import type { RunOfShow } from '../../shared/protocol/runOfShow';
import { createRng } from '../../shared/domain/rng';
import type { Caller, RoomInput } from '../../electron/hub/room/input';
import { busyStream } from './eventStream';

const PRODUCER: Caller = { id: 'prod-1', name: '制片', role: 'producer' };
const ASSISTANT: Caller = { id: 'asst-1', name: '场控', role: 'assistant' };

/**
 * A seeded random session as the room's inputs, in order: event batches (every event type,
 * with duplicates re-sent) and commands (some repeated with the same id, some refused).
 */
export function randomSession(opts: { seed: number; events: number; show: RunOfShow; startTs: number }): RoomInput[] {
  const rng = createRng(opts.seed);
  const products = opts.show.products;
  const base = busyStream({ seed: opts.seed, count: opts.events, show: opts.show, startTs: opts.startTs, tag: `r${opts.seed}` });
  const extra: LiveEvent[] = [];
  let n = 0;
  for (const e of base) {
    extra.push(e);
    const roll = rng.next();
    const user = `v${rng.int(1, 400)}`;
    const b = { id: `x${opts.seed}-${++n}`, platform: 'sim' as const, roomId: 'main', ts: e.ts };
    if (roll < 0.12) extra.push({ ...b, type: 'viewer.enter', userId: user });
    else if (roll < 0.2) extra.push({ ...b, type: 'viewer.leave', userId: user });
    else if (roll < 0.22) extra.push({ ...b, type: 'follow', userId: user });
    else if (roll < 0.24) extra.push({ ...b, type: 'share', userId: user });
    else if (roll < 0.25) extra.push({ ...b, type: 'fanclub.join', userId: user });
    else if (roll < 0.26) extra.push({ ...b, type: 'explain', productId: rng.pick(products).id, state: rng.chance(0.5) ? 'start' : 'stop' });
    else if (roll < 0.27) extra.push({ ...b, type: 'product.state', productId: rng.pick(products).id, stock: rng.int(0, 50), soldOut: rng.chance(0.2) });
    else if (roll < 0.28) extra.push({ ...b, type: 'cue.state', kind: 'flash_sale', state: 'start' });
    else if (roll < 0.285) extra.push({ ...b, type: 'platform.warning', message: '注意用语' });
    else if (roll < 0.29) extra.push({ ...e }); // a duplicate: same message id
  }
  const out: RoomInput[] = [];
  let cmd = 0;
  const commentIds: string[] = [];
  for (let i = 0; i < extra.length;) {
    const size = rng.int(1, 40);
    const events = extra.slice(i, i + size);
    i += size;
    for (const e of events) if (e.type === 'comment') commentIds.push(e.id);
    const at = events.at(-1)!.ts;
    out.push({ kind: 'events', at, events });
    if (!rng.chance(0.15)) continue;
    const slot = rng.pick(opts.show.slots);
    const product = rng.pick(products);
    const id = rng.chance(0.1) && cmd > 0 ? `c${cmd}` : `c${++cmd}`; // sometimes a retry
    const options: Command[] = [
      { id, type: 'slot.takeNext' },
      { id, type: 'cue.fire', kind: 'lucky_bag', note: '福袋' },
      { id, type: 'product.stock', productId: product.id, delta: rng.int(-5, 5) },
      { id, type: 'product.soldOut', productId: product.id, soldOut: rng.chance(0.5) },
      { id, type: 'slot.extend', slotId: slot.id, minutes: rng.int(1, 5) },
      { id, type: 'settings.alerts', thresholds: { viewerDrop: rng.int(10, 60) / 100 } },
    ];
    if (commentIds.length) {
      options.push({ id, type: 'comment.answer', commentId: rng.pick(commentIds) });
      options.push({ id, type: 'comment.push', commentId: rng.pick(commentIds) });
    }
    out.push({ kind: 'command', at, caller: rng.chance(0.7) ? PRODUCER : ASSISTANT, command: rng.pick(options) });
  }
  return out;
}
