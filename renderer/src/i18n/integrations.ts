import type { RoomEventType } from '../../../shared/protocol/roomEvents';
import type { WebhookError, WebhookStatus } from '../../../shared/protocol/webhooks';
import { namespace, type Vars } from './engine';

/** Namespace `integrations`: the #/integrations page (webhooks). zh-CN first; English mirrors every key. */
const zhCN = {
  'title': '对接',
  'intro': '把直播间事件推送到你的脚本或工具（网络钩子），控制接口与叠加层链接见 docs/integrations.md。',
  'producerOnly': '仅运营可管理网络钩子。',
  'webhooks': '网络钩子',
  'none': '还没有网络钩子',
  'url': '接收地址 URL',
  'events': '事件',
  'secret': '签名密钥（可留空，自动生成）',
  'add': '添加',
  'adding': '添加中…',
  'added': '已添加。签名密钥只显示这一次，请复制保存：',
  'copy': '复制',
  'copied': '已复制',
  'test': '发送测试',
  'testSent': '测试投递已排队',
  'remove': '删除',
  'confirmRemove': '删除这个网络钩子？',
  'failed': '操作失败：{code}',
  'state.idle': '未投递',
  'state.ok': '正常',
  'state.retrying': '重试中',
  'state.failed': '投递失败',
  'counts': '成功 {delivered} · 失败 {failures} · 排队 {queued} · 丢弃 {dropped}',
  'lastDelivery': '上次成功 {time}',
  'secretHint': '密钥 …{hint}',
  'err.http_status': '接收方返回 HTTP {status}',
  'err.timeout': '接收方超时未响应',
  'err.unreachable': '无法连接接收方',
  'err.network': '网络错误',
  'errAt': '（{time}）',
  'event.on_air': '上播切换',
  'event.comment': '评论',
  'event.order': '支付订单',
  'event.alert': '预警',
  'event.cue': '提示卡',
  'event.question': '推送问题',
};
export type IKey = keyof typeof zhCN;

const en = {
  'title': 'Integrations',
  'intro': 'Send room events to your scripts and tools (webhooks). The control API and overlay links are described in docs/integrations.md.',
  'producerOnly': 'Only the producer can manage webhooks.',
  'webhooks': 'Webhooks',
  'none': 'No webhooks yet',
  'url': 'Receiver URL',
  'events': 'Events',
  'secret': 'Signing secret (leave empty to generate one)',
  'add': 'Add',
  'adding': 'Adding…',
  'added': 'Added. The signing secret is shown only this once — copy it:',
  'copy': 'Copy',
  'copied': 'Copied',
  'test': 'Send test',
  'testSent': 'Test delivery queued',
  'remove': 'Remove',
  'confirmRemove': 'Remove this webhook?',
  'failed': 'Failed: {code}',
  'state.idle': 'Nothing sent yet',
  'state.ok': 'OK',
  'state.retrying': 'Retrying',
  'state.failed': 'Delivery failed',
  'counts': 'delivered {delivered} · failed {failures} · queued {queued} · dropped {dropped}',
  'lastDelivery': 'last delivered {time}',
  'secretHint': 'secret …{hint}',
  'err.http_status': 'the receiver answered HTTP {status}',
  'err.timeout': 'the receiver did not answer in time',
  'err.unreachable': 'cannot reach the receiver',
  'err.network': 'network error',
  'errAt': ' ({time})',
  'event.on_air': 'On-air change',
  'event.comment': 'Comment',
  'event.order': 'Paid order',
  'event.alert': 'Alert',
  'event.cue': 'Cue',
  'event.question': 'Pushed question',
} satisfies Record<IKey, string>;

const integrations = namespace<IKey>({ 'zh-CN': zhCN, en });
export type ItFn = (key: IKey, vars?: Vars) => string;

/** Words for `key` in `lang` (tests, services). */
export const translateIntegrations = (lang: 'zh-CN' | 'en', key: string, vars?: Vars): string => (integrations.has(key) ? integrations.translate(lang, key, vars) : key);

/** Reactive translator of the integrations page. */
export const useIt: () => ItFn = integrations.useT;

export const eventLabel = (it: ItFn, type: RoomEventType): string => it(`event.${type}`);
export const stateLabel = (it: ItFn, state: WebhookStatus['state']): string => it(`state.${state}`);
/** Why the last delivery attempt failed, in words. */
export const webhookErrorText = (it: ItFn, e: WebhookError): string => it(`err.${e.code}`, { status: e.status ?? '' });
