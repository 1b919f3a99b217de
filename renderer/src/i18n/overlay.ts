import { namespace, type Vars } from './engine';

/**
 * Namespace `overlay`: words of the OBS overlay pages (renderer/src/views/overlay). zh-CN first;
 * English mirrors every key. Cue kinds and topics are the app's words (cue.kind.*, topic.*).
 */
const zhCN = {
  'question.label': '观众提问',
  'product.livePrice': '直播价',
  'product.listPrice': '原价',
  'product.soldOut': '已售罄',
  'activity.code': '口令',
  'activity.running': '进行中',
  'link.offline': '与中控断开，正在重连…',
  'link.rejected': '叠加层链接无效：请从中控台重新复制',
  'link.noToken': '链接缺少叠加层令牌：请从中控台复制完整链接',
  'link.changed': '叠加层链接已更换：请从「令牌与链接」复制新链接',
} as const;
export type OverlayKey = keyof typeof zhCN;

const en = {
  'question.label': 'Viewer question',
  'product.livePrice': 'Live price',
  'product.listPrice': 'Was',
  'product.soldOut': 'Sold out',
  'activity.code': 'Code',
  'activity.running': 'Now on',
  'link.offline': 'Disconnected from the hub, reconnecting…',
  'link.rejected': 'Overlay link refused: copy it again from the console',
  'link.noToken': 'The link has no overlay token: copy the full link from the console',
  'link.changed': 'This overlay link was replaced: copy the new one from Tokens & links',
} satisfies Record<OverlayKey, string>;

const overlay = namespace<OverlayKey>({ 'zh-CN': zhCN, en });
export type OtFn = (key: OverlayKey, vars?: Vars) => string;

/** Reactive translator of the overlay pages. */
export const useOt: () => OtFn = overlay.useT;
