import type { HubOptions } from '../hubContract';
import type { Room } from '../room/room';
import { createRoomFeed, type RoomFeed } from '../events/roomFeed';
import { createWebhooks, type Webhooks } from '../events/webhooks/webhooks';

/** The room's outgoing events: the feed (event stream, webhooks) and the producer's webhooks fed from it. */
export function wireRoomEvents(room: Room, opts: Pick<HubOptions, 'webhooks'>, ctx: { dataDir: string; now: () => number }): { feed: RoomFeed; webhooks: Webhooks } {
  const webhooks = createWebhooks({ dataDir: ctx.dataDir, now: ctx.now, delivery: opts.webhooks });
  const feed = createRoomFeed(room, ctx.now);
  feed.subscribe((events) => webhooks.publish(events));
  return { feed, webhooks };
}
