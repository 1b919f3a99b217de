import type { EventOf, LiveEvent, LiveEventType } from '../protocol/events';

type Platform = LiveEvent['platform'];
type Fields<T extends LiveEventType> = Omit<EventOf<T>, 'id' | 'platform' | 'roomId' | 'ts' | 'type'>;

/** Collects one tick's events, numbers them, and hands them out in time order. */
export class EventSink {
  private tick: LiveEvent[] = [];
  private out: LiveEvent[] = [];
  private n = 0;

  constructor(private readonly prefix: string, private readonly roomId: string, private readonly platform: Platform = 'sim') {}

  add<T extends LiveEventType>(type: T, ts: number, fields: Fields<T>): void {
    const e = { id: `${this.prefix}${(++this.n).toString(36)}`, platform: this.platform, roomId: this.roomId, ts, type, ...fields };
    this.tick.push(e as unknown as LiveEvent);
  }

  /** Close the tick: its events, sorted by time (stable), join the output. */
  endTick(): void {
    if (!this.tick.length) return;
    this.tick.sort((a, b) => a.ts - b.ts);
    for (const e of this.tick) this.out.push(e);
    this.tick = [];
  }

  drain(): LiveEvent[] {
    const out = this.out;
    this.out = [];
    return out;
  }
}
