import type { CommandError, CommandErrorReason } from '../protocol/commands';
import { word, type Lang } from './interpolate';

/** Wording of a command refused by the room (shared/domain/live/commands.ts reason codes). */
const zhCN: Record<CommandErrorReason, string> = {
  show_changed: '运行单已被修改（当前版本 {current}，你的版本 {yours}）',
  show_ended: '直播已结束',
  no_next_slot: '没有下一个商品了',
  slot_not_found: '找不到该商品档',
  product_not_in_catalog: '商品库里没有这个商品',
  product_not_found: '找不到该商品',
  cue_not_found: '找不到该提示',
  comment_gone: '评论已过期或不存在',
  slot_orphan_product: '商品档 {slot} 引用了不存在的商品 {product}',
  extend_out_of_range: '延长/缩短超出范围（最多延长 {max} 分钟，不能短于 0 分钟）',
  on_air_moved: '直播间已切换到其他商品',
  nothing_to_undo: '没有可撤销的操作',
  undo_expired: '已超过可撤销的时间',
  undo_on_air_moved: '直播间已切换到其他商品，无法撤销',
  undo_show_changed: '排品已被再次修改，无法撤销',
  undo_elsewhere: '撤销需通过直播间执行',
};

const en: Record<CommandErrorReason, string> = {
  show_changed: 'The run-of-show was changed (current version {current}, yours {yours})',
  show_ended: 'The show has ended',
  no_next_slot: 'There is no next product',
  slot_not_found: 'That slot no longer exists',
  product_not_in_catalog: 'That product is not in the catalog',
  product_not_found: 'That product no longer exists',
  cue_not_found: 'That cue no longer exists',
  comment_gone: 'The comment has expired or no longer exists',
  slot_orphan_product: 'Slot {slot} refers to a product that does not exist: {product}',
  extend_out_of_range: 'Extension out of range (at most {max} minutes longer, never below zero minutes)',
  on_air_moved: 'The room has moved on to another product',
  nothing_to_undo: 'There is nothing to undo',
  undo_expired: 'Too late to undo',
  undo_on_air_moved: 'The room has moved on to another product; cannot undo',
  undo_show_changed: 'The queue was changed again; cannot undo',
  undo_elsewhere: 'Undo is applied by the room',
};

export const COMMAND_ERROR_WORDS = { 'zh-CN': zhCN, en } as const;

/** The detail line of a refused command in `lang`: its reason worded, else the hub's diagnostic. */
export function commandErrorText(lang: Lang, e: Pick<CommandError, 'reason' | 'params' | 'message'>): string {
  if (e.reason) return word(COMMAND_ERROR_WORDS, lang, e.reason, e.params);
  return e.message ?? '';
}
