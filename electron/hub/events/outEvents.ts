import type { RoomInput } from '../room/input';
import type { Delta, FiredCue, RoomSnapshot } from '../../../shared/protocol/room';
import type { RunOfShow } from '../../../shared/protocol/runOfShow';
import type { RoomEvent, RoomEventOf } from '../../../shared/protocol/roomEvents';

type Body<T extends RoomEvent['type']> = Pick<RoomEventOf<T>, 'type' | 'data'>;
type AnyBody = { [T in RoomEvent['type']]: Body<T> }[RoomEvent['type']];

const cueState = (c: FiredCue) => (c.withdrawnAt ? 'withdrawn' as const : c.ackedAt !== null ? 'acked' as const : 'fired' as const);

/**
 * Turns what the hub publishes into room events (shared/protocol/roomEvents.ts): deltas give
 * on-air changes, comments, new alerts, cue changes and pushed questions; accepted inputs give
 * paid orders. It remembers what it has seen (starting from the room as it is), so each change is
 * told once.
 */
export class OutEvents {
  private show: RunOfShow;
  private onAir: string | null;
  private alerts: Set<string>;
  private cues: Map<string, ReturnType<typeof cueState>>;
  private pushed: Set<string>;
  private n = 0;

  constructor(private readonly roomId: string, start: RoomSnapshot, private readonly idBase = start.startedAt.toString(36)) {
    this.show = start.show;
    this.onAir = start.live.onAirSlotId;
    this.alerts = new Set(start.alerts.map((a) => a.id));
    this.cues = new Map(start.cues.map((c) => [c.id, cueState(c)]));
    this.pushed = new Set(start.qa.pushed.map((q) => `${q.commentId}@${q.pushedAt}`));
  }

  private make(at: number, b: AnyBody): RoomEvent {
    return { id: `${this.idBase}-${++this.n}`, at, roomId: this.roomId, ...b } as RoomEvent;
  }

  fromDelta(d: Delta): RoomEvent[] {
    const out: RoomEvent[] = [];
    const at = d.serverTime;
    if (d.show) this.show = d.show.show;
    if (d.live && d.live.onAirSlotId !== this.onAir) {
      const slot = this.show.slots.find((s) => s.id === d.live!.onAirSlotId) ?? null;
      const name = slot ? this.show.products.find((p) => p.id === slot.productId)?.name ?? null : null;
      out.push(this.make(at, { type: 'on_air', data: { slotId: slot?.id ?? null, productId: slot?.productId ?? null, name, previousSlotId: this.onAir } }));
      this.onAir = d.live.onAirSlotId;
    }
    for (const c of d.comments ?? []) {
      out.push(this.make(c.ts, { type: 'comment', data: { commentId: c.id, nickname: c.nickname, text: c.text, intent: c.intent, topic: c.topic, productId: c.productId } }));
    }
    if (d.qa) {
      for (const q of d.qa.pushed) {
        const key = `${q.commentId}@${q.pushedAt}`;
        if (this.pushed.has(key)) continue;
        this.pushed.add(key);
        out.push(this.make(q.pushedAt, { type: 'question', data: { commentId: q.commentId, nickname: q.nickname, text: q.text, pushedBy: q.pushedBy } }));
      }
      if (this.pushed.size > 5000) this.pushed = new Set(d.qa.pushed.map((q) => `${q.commentId}@${q.pushedAt}`));
    }
    if (d.cues) {
      const next = new Map<string, ReturnType<typeof cueState>>();
      for (const c of d.cues) {
        const state = cueState(c);
        next.set(c.id, state);
        if (this.cues.get(c.id) === state) continue;
        out.push(this.make(at, {
          type: 'cue',
          data: { cueId: c.id, kind: c.kind, note: c.note, state, slotId: c.slotId, ...(c.code ? { code: c.code } : {}), ...(c.countdownSec ? { countdownSec: c.countdownSec } : {}) },
        }));
      }
      this.cues = next;
    }
    if (d.alerts) {
      for (const a of d.alerts) {
        if (this.alerts.has(a.id)) continue;
        out.push(this.make(a.at, { type: 'alert', data: { alertId: a.id, kind: a.kind, code: a.code, severity: a.severity, productId: a.productId, params: a.params } }));
      }
      this.alerts = new Set(d.alerts.map((a) => a.id));
    }
    return out;
  }

  fromInput(input: RoomInput): RoomEvent[] {
    if (input.kind !== 'events') return [];
    const out: RoomEvent[] = [];
    for (const e of input.events) {
      if (e.type !== 'order.paid') continue;
      out.push(this.make(e.ts, { type: 'order', data: { orderId: e.orderId, productId: e.productId, quantity: e.quantity, amount: e.amount, platform: e.platform } }));
    }
    return out;
  }
}
