import { categoryInfo } from '../../../shared/domain/refundRisk/categories';
import type { AlertCode, AlertParams, CredentialKeeping, StorageHealth } from '../../../shared/protocol/room';
import type { RiskReason, RiskReasonCode } from '../../../shared/protocol/metrics';
import { SOURCE_ERROR_CODES, SOURCE_KINDS, type ActionResult, type SourceErrorCode, type SourceHealth, type SourceKind } from '../../../shared/protocol/source';
import type { ActionRecord } from '../../../shared/protocol/platformActions';
import { namespace } from './engine';
import type { Lang } from '../store/ui.slice';

/**
 * Namespace `domain`: the words for codes that shared/domain returns (alerts, refund-risk
 * reasons). Figures arrive as params and are formatted here (`{rate,pct}`, `{amount,money}`);
 * product names and platform text are data and stay as written.
 */
const zhCN = {
  'alert.viewer_drop': '在线人数一分钟内下降 {drop,pct}（{from} → {to}）',
  'alert.conversion_below_plan': '转化率 {conversion,pct} 低于计划 {target,pct}',
  'alert.refund_risk_room': '整场预测退款率 {rate,pct}，高于类目常态 {norm,pct}，超常态金额 {amount,money}',
  'alert.refund_risk_product': '「{product}」预测退款率 {rate,pct}，高于类目常态 {norm,pct}，超常态金额 {amount,money}',
  'alert.stock_low': '「{product}」库存告急：剩 {stock} 件',
  'alert.sold_out_on_air': '「{product}」已售罄（在播）',
  'alert.sold_out_next': '「{product}」已售罄（下一个）',
  'alert.slot_overtime': '本档已超时',
  'alert.slot_overtime_minutes': '本档已超时 {minutes} 分钟',
  'alert.platform_warning': '平台警告：{text}',
  'alert.source_stalled': '数据源「{name}」直播中 {sec} 秒没有收到事件',
  'alert.source_failed': '数据源「{name}」失败：{reason}',

  'risk.base': '类目基础退货率',
  'risk.early_refunds': '支付后短时间内退款',
  'risk.negative_comments': '差评/退货类评论',
  'risk.unanswered_questions': '尺码/颜色问题未回复',
  'risk.pressure_selling': '逼单式成交',
  'risk.price_claims': '价格宣称问题',
  'risk.refunds_requested': '已申请退款',
  'risk.base.detail': '{category}类目直播成交的基础退货率约 {rate,pct1}',
  'risk.early_refunds.detail': '{orders} 笔订单在支付后 30 分钟内申请退款，共 {amount,money}，占成交 {share,pct1}（冲动下单的信号）',
  'risk.negative_comments.detail': '{count} 条质量、假货、尺码、色差或退货类评论',
  'risk.unanswered_questions.detail': '{count} 个尺码/颜色问题未标记为已回复',
  'risk.unanswered_questions.detailSensitive': '{count} 个尺码/颜色问题未标记为已回复（该类目尺码/颜色敏感）',
  'risk.pressure_selling.detail': '{share,pct1} 的订单在限时/补货提示后 2 分钟内或进入直播间不足 1 分钟即支付',
  'risk.price_claims.detail': '{count} 处价格宣称不合规（原价、全网最低、补贴等）',
  'risk.refunds_requested.detail': '已申请退款 {amount,money}，占成交 {share,pct1}，高于模型预测',
  'risk.early_refunds_low': '支付后短时间内退款少于类目常态',
  'risk.early_refunds_low.detail': '支付已满 30 分钟的 {orders} 笔订单中，30 分钟内申请的退款仅 {amount,money}，占其成交 {share,pct1}，低于类目常态',
  'risk.no_refund_yet': '订单过了退款高峰仍未退款',
  'risk.no_refund_yet.detail': '{amount,money} 的成交（占 {share,pct1}）支付已超过 30 分钟仍未申请退款，这些订单日后退款的可能低于类目常态',
  'risk.combined.weighted': '{products} 个商品，按成交额加权',
  'risk.combined.average': '{products} 个商品，尚无成交，按商品平均',

  'source.kind.sim': '模拟器',
  'source.kind.replay': '回放',
  'source.kind.ingest': '接入 URL',
  'source.kind.tiktok': 'TikTok LIVE',
  'source.kind.connector': '连接器',
  'source.kind.douyin': '抖音中控台',
  'source.unparsed': '⚠ {count} 个响应无法识别（页面可能已改版）',
  'action.kind.explain': '讲解',
  'action.kind.reply': '发到公屏',
  'action.kind.kill_on': '停止一切平台操作',
  'action.kind.kill_off': '恢复平台操作',
  'action.result.done': '已完成',
  'action.result.page_error': '平台提示：{text}',
  'action.result.not_found': '页面上找不到该商品或控件',
  'action.result.timeout': '页面未及时响应',
  'action.result.failed': '操作失败（页面已关闭或控件变化）',
  'action.result.kill_switch': '平台操作已被制片人停止',
  'action.result.not_live': '数据源未在线，不执行平台操作',
  'action.result.unsupported': '当前数据源不支持此操作',
  'action.result.rate_limited': '操作过于频繁，请 {sec} 秒后再试',
  'action.result.pending': '等待页面响应…',
  'source.state.connecting': '连接中',
  'source.state.live': '正常',
  'source.state.stalled': '无数据',
  'source.state.reconnecting': '重连中',
  'source.state.failed': '失败',
  'source.state.stopped': '已停止',
  'source.error.stalled': '直播中 {sec} 秒没有收到事件',
  'source.error.connect_failed': '无法连接到平台',
  'source.error.connection_lost': '连接中断，正在自动重连（第 {attempts} 次）',
  'source.error.gave_up': '多次重连失败，已停止重试；直播间保留现有数据',
  'source.error.not_installed': '连接器组件未安装',
  'source.error.needs_key': '缺少签名密钥，请在数据源页填写',
  'source.error.ended': '数据流已结束',
  'source.error.start_failed': '启动失败，正在重试',
  'source.error.sim_blocked': '已有真实数据源，模拟器不混入',
  'storage.short.disk-full': '磁盘已满',
  'storage.short.failing': '日志写入失败',
  'storage.short.off': '未开启日志',
  'storage.short.damaged': '日志有损坏',
  'storage.disk-full': '磁盘已满：未写入日志，崩溃将丢失本场数据',
  'storage.disk-full.detail': '直播间照常运行（数据在内存中），操作指令暂停到空间恢复；请清理磁盘',
  'storage.failing': '日志写入失败：崩溃将丢失本场数据',
  'storage.failing.detail': '直播间照常运行，正在重试写入',
  'storage.off': '未开启日志：崩溃后无法恢复本场',
  'storage.off.detail': '以 --no-journal 启动；需要崩溃恢复请去掉该参数重启',
  'storage.damaged': '日志中 {n} 条损坏记录已跳过（未计入金额）',
  'storage.dropped': '{n} 条事件未能写入日志（直播间已计入）',
  'storage.pending': '{kib} KiB 等待写入',
  'recording.short': '录制丢弃 {n} 条',
  'recording.why': '本场录制文件（回放和复盘用）跟不上：磁盘太慢或写入失败，{n} 条事件没有写进录制文件',
  'recording.kept': '直播间和日志照常计入，数据和崩溃恢复不受影响',
  'recording.todo': '用这份录制回放或复盘时会缺少这些事件；请检查数据文件夹所在的磁盘',
  'credentials.file': '覆盖层、控制和接入链接保存在数据文件夹的 credentials.json：中控重启后仍然有效',
  'credentials.memory': '覆盖层、控制和接入链接只保存在内存中：中控重启后会变，届时需重新复制到 OBS、Stream Deck 和接入工具',
  'credentials.why.no_journal': '原因：以 --no-journal 启动',
  'credentials.why.not_writable': '原因：数据文件夹无法写入',
  'credentials.why.damaged_not_moved': '原因：credentials.json 已损坏且无法移开',
  'source.error.not_live': '主播当前未开播，稍后自动重试',
  'source.lastEvent': '{sec} 秒前收到事件',
  'source.noEvent': '尚未收到事件',
  'source.counts': '接收 {accepted} · 重复 {duplicates} · 拒绝 {rejected} · {rate}/秒',
  'source.summary': '数据源',
} as const;

export type DomainKey = keyof typeof zhCN;

const en = {
  'alert.viewer_drop': 'Online viewers fell {drop,pct} in a minute ({from} → {to})',
  'alert.conversion_below_plan': 'Conversion {conversion,pct} is below the plan of {target,pct}',
  'alert.refund_risk_room': 'Predicted refund rate of the show: {rate,pct}, above the category norm of {norm,pct}; {amount,money} beyond the norm',
  'alert.refund_risk_product': '“{product}”: predicted refund rate {rate,pct}, above the category norm of {norm,pct}; {amount,money} beyond the norm',
  'alert.stock_low': '“{product}” is running out: {stock} left',
  'alert.sold_out_on_air': '“{product}” is sold out (on air)',
  'alert.sold_out_next': '“{product}” is sold out (up next)',
  'alert.slot_overtime': 'This slot is over time',
  'alert.slot_overtime_minutes': 'This slot is {minutes} min over time',
  'alert.platform_warning': 'Platform warning: {text}',
  'alert.source_stalled': 'Source “{name}” sent no event for {sec} s while on air',
  'alert.source_failed': 'Source “{name}” failed: {reason}',

  'risk.base': 'Category base return rate',
  'risk.early_refunds': 'Refunds soon after payment',
  'risk.negative_comments': 'Complaint / return comments',
  'risk.unanswered_questions': 'Size/colour questions unanswered',
  'risk.pressure_selling': 'Pressure-sold orders',
  'risk.price_claims': 'Price-claim issues',
  'risk.refunds_requested': 'Refunds already requested',
  'risk.base.detail': 'Live sales of {category} return about {rate,pct1} as a base rate',
  'risk.early_refunds.detail': '{orders} orders asked for a refund within 30 minutes of payment, {amount,money} in all, {share,pct1} of sales (a sign of impulse buying)',
  'risk.negative_comments.detail': '{count} comments about quality, fakes, size, colour or returns',
  'risk.unanswered_questions.detail': '{count} size/colour questions not marked answered',
  'risk.unanswered_questions.detailSensitive': '{count} size/colour questions not marked answered (size/colour matters in this category)',
  'risk.pressure_selling.detail': '{share,pct1} of orders were paid within 2 minutes of an urgency/restock cue or less than a minute after entering',
  'risk.price_claims.detail': '{count} price claims out of rule (list price, "lowest anywhere", subsidies…)',
  'risk.refunds_requested.detail': 'Refunds of {amount,money} already requested, {share,pct1} of sales, above the prediction',
  'risk.early_refunds_low': 'Few refunds soon after payment',
  'risk.early_refunds_low.detail': '{orders} orders paid over 30 minutes ago had only {amount,money} of refunds requested within 30 minutes, {share,pct1} of their sales, below the category norm',
  'risk.no_refund_yet': 'Orders past the usual refund time',
  'risk.no_refund_yet.detail': '{amount,money} of sales ({share,pct1}) paid over 30 minutes ago with no refund request: these orders are less likely than the norm to come back',
  'risk.combined.weighted': '{products} products, weighted by GMV',
  'risk.combined.average': '{products} products, no sales yet: plain average',

  'source.kind.sim': 'Simulator',
  'source.kind.replay': 'Replay',
  'source.kind.ingest': 'Ingest URL',
  'source.kind.tiktok': 'TikTok LIVE',
  'source.kind.connector': 'Connector',
  'source.kind.douyin': 'Douyin console',
  'source.unparsed': '⚠ {count} responses not understood (the page may have changed)',
  'action.kind.explain': 'Explain',
  'action.kind.reply': 'Post to public screen',
  'action.kind.kill_on': 'Stop all platform actions',
  'action.kind.kill_off': 'Platform actions allowed again',
  'action.result.done': 'Done',
  'action.result.page_error': 'The platform says: {text}',
  'action.result.not_found': 'The product or control is not on the page',
  'action.result.timeout': 'The page did not answer in time',
  'action.result.failed': 'Failed (page closed or its controls changed)',
  'action.result.kill_switch': 'Platform actions were stopped by the producer',
  'action.result.not_live': 'The source is not live: no platform action',
  'action.result.unsupported': 'The current source cannot do this',
  'action.result.rate_limited': 'Too soon: try again in {sec} s',
  'action.result.pending': 'Waiting for the page…',
  'source.state.connecting': 'connecting',
  'source.state.live': 'live',
  'source.state.stalled': 'stalled',
  'source.state.reconnecting': 'reconnecting',
  'source.state.failed': 'failed',
  'source.state.stopped': 'stopped',
  'source.error.stalled': 'No event for {sec} s while on air',
  'source.error.connect_failed': 'Cannot reach the platform',
  'source.error.connection_lost': 'Connection lost, reconnecting (attempt {attempts})',
  'source.error.gave_up': 'Kept failing, stopped retrying; the room keeps its figures',
  'source.error.not_installed': 'The connector package is not installed',
  'source.error.needs_key': 'Signing key missing: enter it on the sources page',
  'source.error.ended': 'The stream has ended',
  'source.error.start_failed': 'Failed to start, retrying',
  'source.error.sim_blocked': 'A real source feeds the room: the simulator stays out',
  'storage.short.disk-full': 'Disk full',
  'storage.short.failing': 'Journal failing',
  'storage.short.off': 'No journal',
  'storage.short.damaged': 'Journal damage',
  'storage.disk-full': 'Disk full: not journaling — a crash would lose this show',
  'storage.disk-full.detail': 'The room runs on from memory; commands wait until space returns. Free some disk space',
  'storage.failing': 'Journal write failing — a crash would lose this show',
  'storage.failing.detail': 'The room runs on; writes are retried',
  'storage.off': 'No journal: this show will not survive a crash',
  'storage.off.detail': 'Started with --no-journal; restart without it for crash recovery',
  'storage.damaged': '{n} damaged journal records skipped (not counted into money)',
  'storage.dropped': '{n} events could not be journaled (the room has them)',
  'storage.pending': '{kib} KiB waiting to be written',
  'recording.short': 'Recording dropped {n} events',
  'recording.why': 'This show’s recording (for replay and review) fell behind: the disk was too slow or the file failed, so {n} events are not in the recording file',
  'recording.kept': 'The room and the journal have them: figures and crash recovery are not affected',
  'recording.todo': 'A replay or review from this recording will miss them; check the disk of the data folder',
  'credentials.file': 'Overlay, control and ingest links are kept in credentials.json in the data folder: they still work after the hub restarts',
  'credentials.memory': 'Overlay, control and ingest links are kept in memory only: they change when the hub restarts; copy them into OBS, the Stream Deck and capture tools again then',
  'credentials.why.no_journal': 'Why: started with --no-journal',
  'credentials.why.not_writable': 'Why: the data folder cannot be written',
  'credentials.why.damaged_not_moved': 'Why: credentials.json was damaged and could not be moved aside',
  'source.error.not_live': 'The creator is not live now; retrying later',
  'source.lastEvent': 'last event {sec} s ago',
  'source.noEvent': 'no event yet',
  'source.counts': 'accepted {accepted} · duplicates {duplicates} · rejected {rejected} · {rate}/s',
  'source.summary': 'Sources',
} satisfies Record<DomainKey, string>;

const domain = namespace<DomainKey>({ 'zh-CN': zhCN, en });

/** The sentence of an alert in `lang`. */
export function alertText(lang: Lang, alert: { code: AlertCode; params: AlertParams }): string {
  if (alert.code === 'source_stalled' || alert.code === 'source_failed') return sourceAlertText(lang, alert.code, alert.params);
  return domain.translate(lang, `alert.${alert.code}`, alert.params);
}

/** A source alert: the source's name (its kind in words, and its label) and the reason worded from its code. */
function sourceAlertText(lang: Lang, code: 'source_stalled' | 'source_failed', p: AlertParams): string {
  const kind = (SOURCE_KINDS as readonly unknown[]).includes(p.source) ? domain.translate(lang, `source.kind.${p.source as SourceKind}`) : String(p.source ?? '');
  const name = p.label ? `${kind} ${String(p.label)}` : kind;
  const sec = typeof p.sec === 'number' ? p.sec : 0;
  const reason = (SOURCE_ERROR_CODES as readonly unknown[]).includes(p.reason)
    ? domain.translate(lang, `source.error.${p.reason as SourceErrorCode}`, { sec, attempts: 0 }) : domain.translate(lang, 'source.state.failed');
  return domain.translate(lang, `alert.${code}`, { name, sec, reason });
}

/** The short name of a refund-risk reason. */
export function riskReasonLabel(lang: Lang, code: RiskReasonCode): string {
  return domain.translate(lang, `risk.${code}`);
}

/** The one-line explanation of a refund-risk reason, with its figures. */
export function riskReasonDetail(lang: Lang, reason: Pick<RiskReason, 'code' | 'params'>): string {
  const p = reason.params;
  if (typeof p.products === 'number') return domain.translate(lang, p.weighted ? 'risk.combined.weighted' : 'risk.combined.average', p);
  if (reason.code === 'base') {
    const cat = categoryInfo(typeof p.category === 'string' ? p.category : null);
    return domain.translate(lang, 'risk.base.detail', { ...p, category: lang === 'en' ? cat.nameEn : cat.name });
  }
  if (reason.code === 'unanswered_questions' && p.sensitive) return domain.translate(lang, 'risk.unanswered_questions.detailSensitive', p);
  return domain.translate(lang, `risk.${reason.code}.detail`, p);
}

/** One line about a source: its name, state and reason, when the last event came and its counts. */
export function sourceLines(lang: Lang, h: SourceHealth, now: number): string[] {
  const sec = h.lastEventAt === null ? null : Math.max(0, Math.round((now - h.lastEventAt) / 1000));
  const head = `${domain.translate(lang, `source.kind.${h.kind}`)}: ${domain.translate(lang, `source.state.${h.state}`)}`;
  const reason = h.error && h.state !== 'live' ? domain.translate(lang, `source.error.${h.error}`, { sec: sec ?? 0, attempts: h.attempts }) : null;
  const last = sec === null ? domain.translate(lang, 'source.noEvent') : domain.translate(lang, 'source.lastEvent', { sec });
  const counts = domain.translate(lang, 'source.counts', { accepted: h.accepted, duplicates: h.duplicates, rejected: h.rejected, rate: h.eventsPerSec });
  const unparsed = h.unparsed ? ` · ${domain.translate(lang, 'source.unparsed', { count: h.unparsed })}` : '';
  return [reason ? `${head} — ${reason}` : head, `${last} · ${counts}${unparsed}`];
}

/** What became of a platform action (a toast, the action log); null result: still waiting for the page. */
export function actionResultText(lang: Lang, result: ActionResult | null): string {
  if (!result) return domain.translate(lang, 'action.result.pending');
  return domain.translate(lang, `action.result.${result.code}`, {
    text: result.pageText ?? '', sec: Math.max(1, Math.ceil((result.retryAfterMs ?? 0) / 1000)),
  });
}

/** The name of a platform action kind (or kill-switch change) in the log. */
export const actionKindLabel = (lang: Lang, kind: ActionRecord['kind']): string => domain.translate(lang, `action.kind.${kind}`);

/** The word for the status bar's source badge. */
export const sourcesLabel = (lang: Lang): string => domain.translate(lang, 'source.summary');

/**
 * The journal's health in words: [headline, …details]; empty when all is well (nothing to show).
 * Damage found on restore alone is a detail under a quiet headline.
 */
export function storageLines(lang: Lang, h: StorageHealth): string[] {
  return storageWords(lang, h).lines;
}

/** The badge's few words and the lines behind it; `short` null when all is well. */
export function storageWords(lang: Lang, h: StorageHealth): { short: string | null; lines: string[] } {
  const lines = storageLinesOf(lang, h);
  const short = h.journal !== 'ok' ? domain.translate(lang, `storage.short.${h.journal}`) : lines.length ? domain.translate(lang, 'storage.short.damaged') : null;
  return { short, lines };
}

function storageLinesOf(lang: Lang, h: StorageHealth): string[] {
  const lines: string[] = [];
  if (h.journal !== 'ok') lines.push(domain.translate(lang, `storage.${h.journal}`), domain.translate(lang, `storage.${h.journal}.detail`));
  if (h.damaged > 0) lines.push(domain.translate(lang, 'storage.damaged', { n: h.damaged }));
  if (h.dropped > 0) lines.push(domain.translate(lang, 'storage.dropped', { n: h.dropped }));
  // Bytes between two flushes are normal while the journal is ok: worth saying only when it is not.
  if (h.pendingBytes > 0 && h.journal !== 'ok') lines.push(domain.translate(lang, 'storage.pending', { kib: Math.ceil(h.pendingBytes / 1024) }));
  return lines;
}

/**
 * The status bar's recording chip: null while the recording misses nothing (or the hub records
 * nothing); else its few words and, for the tooltip, why and what it means.
 */
export function recordingWords(lang: Lang, h: StorageHealth): { short: string; lines: string[] } | null {
  const n = h.recordingDropped ?? 0;
  if (n <= 0) return null;
  return {
    short: domain.translate(lang, 'recording.short', { n }),
    lines: [domain.translate(lang, 'recording.why', { n }), domain.translate(lang, 'recording.kept'), domain.translate(lang, 'recording.todo')],
  };
}

/** Where the lasting credentials are kept, in words: [what it means, …why] (the tokens & links panel). */
export function credentialLines(lang: Lang, k: CredentialKeeping): string[] {
  if (k.kept === 'file') return [domain.translate(lang, 'credentials.file')];
  return [domain.translate(lang, 'credentials.memory'), ...(k.why ? [domain.translate(lang, `credentials.why.${k.why}`)] : [])];
}

/**
 * Compliance findings, import issues and command refusals are worded by the shared tables in
 * shared/i18n/ (pure data the CLI and hub read too); the renderer takes them from here.
 */
export { complianceCategoryLabel, findingLegalBasis, findingReason, lintSectionLabel } from '../../../shared/i18n/compliance';
export { importFieldLabel, importFileErrorText, importIssueText, isImportFileErrorCode, rowIssueText } from '../../../shared/i18n/catalogImport';
export { commandErrorText } from '../../../shared/i18n/commands';
