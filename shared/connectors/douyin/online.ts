import type { LiveEvent } from '../../protocol/events';
import type { FamilyResult, MapContext } from './context';
import { count, field, isObject, listField, text, type Json } from './read';

/** Index names of the 罗盘 大屏 core figures LiveDeck reads. */
export const ONLINE_INDEX = 'online_user_cnt'; // 在线人数 (people in the room now)
/** 累计观看人数. UNVERIFIED: `watch_ucnt` (进入人数 in the trend API) taken as the cumulative viewer count. */
export const TOTAL_VIEWERS_INDEX = 'watch_ucnt';

/** A figure's value: a number, a digit string, or `{ value, unit }` as the 大屏 sends it. */
function figure(v: Json): number | undefined {
  if (isObject(v)) return count(v, 'value');
  return count({ v }, 'v');
}

/**
 * 罗盘 大屏 core data: `{ st: 0, data: { core_data: [{ index_name, index_display, value: { value, unit } }] } }`
 * → one `viewer.stats` with the figures as the platform states them (never recomputed). Also accepts the
 * figures as plain fields of `data`. A response without the online figure is not this shape.
 */
export function mapCompassCoreData(body: Json, ctx: MapContext): FamilyResult {
  const data = field(body, 'data');
  if (!isObject(data)) return null;
  const figures = new Map<string, number>();
  const items = listField(data, 'core_data');
  if (items === undefined && field(data, 'core_data') !== undefined) return null;
  for (const item of items ?? []) {
    const name = text(item, 'index_name');
    const value = figure(field(item, 'value'));
    if (name !== undefined && value !== undefined) figures.set(name, value);
  }
  for (const name of [ONLINE_INDEX, TOTAL_VIEWERS_INDEX]) {
    const value = figure(field(data, name));
    if (!figures.has(name) && value !== undefined) figures.set(name, value);
  }
  const online = figures.get(ONLINE_INDEX);
  if (online === undefined) return null;
  const stated = figures.get(TOTAL_VIEWERS_INDEX);
  if (stated !== undefined) ctx.memory.totalViewers = stated;
  const totalViewers = Math.max(ctx.memory.totalViewers ?? 0, online);
  const ev: LiveEvent = {
    id: `dy:stats:${ctx.ts}`, platform: 'douyin', roomId: ctx.roomId, ts: ctx.ts, type: 'viewer.stats',
    online, totalViewers,
  };
  return [ev];
}
