import type { RoomView } from '../../../shared/protocol/source';
import { slotPrice } from '../../../shared/protocol/runOfShow';
import type { LiveRoom } from '../../../shared/domain/live/commands';
import { activeCueKinds } from '../../../shared/domain/live/cues';
import { findSlot } from '../../../shared/domain/live/queue';
import { productLive } from './liveEvents';
import { ownEntry } from '../../../shared/domain/idTable';

/** What a source (the simulated audience) may read of the room at `now`. */
export function roomView(room: LiveRoom, now: number): RoomView {
  const slot = findSlot(room.show, room.live.onAirSlotId);
  const productId = slot?.productId ?? null;
  const activeCues = activeCueKinds(room.cues, now);
  const luckyBag = activeCues.includes('lucky_bag') ? room.cues.findLast((c) => c.kind === 'lucky_bag') : undefined;
  return {
    onAirProductId: productId,
    onAirRole: slot?.role ?? null,
    livePrice: slot ? (ownEntry(room.live.products, slot.productId)?.price ?? slotPrice(room.show, slot)) : 0,
    soldOut: productId ? productLive(room, productId).soldOut : false,
    activeCues,
    // The host reading the 逼单 section counts as pressure selling.
    pressure: room.live.prompterSection === 'closing' || activeCues.includes('flash_sale'),
    ...(luckyBag ? { luckyBagNote: luckyBag.code ? `${luckyBag.note} 口令：${luckyBag.code}`.trim() : luckyBag.note } : {}),
    show: room.show,
  };
}
