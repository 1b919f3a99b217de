import type { Product, RunOfShow } from '../../../../../shared/protocol';
import { slotPrice } from '../../../../../shared/protocol';
import { translate } from '../../../i18n';
import { safeFileName } from '../../../../../shared/text/fileName';
import { fmtPct, fmtYuan } from '../../../../../shared/text/numberFormat';
import { fmtMinutes, fmtOffset, runningTotals } from './showEdits';

export const CUE_ZH = { lucky_bag: '福袋', coupon: '优惠券', flash_sale: '秒杀', link: '上链接', restock: '加库存' } as const;

export type Cell = string | number;

/** The run-of-show as one table (header first): the same rows go to CSV and to XLSX. */
export function showTable(show: RunOfShow): Cell[][] {
  const products = new Map(show.products.map((p) => [p.id, p] as const));
  const { starts } = runningTotals(show);
  const header = ['序号', '开始', '时长(分钟)', '商品ID', '商品', '角色', '直播价(元)', '划线价(元)', '机制', '开场', '卖点', '价格机制', '逼单', '售后', '提示', 'GMV目标(元)', '转化率目标'];
  const rows: Cell[][] = [header];
  show.slots.forEach((s, i) => {
    const p: Product | undefined = products.get(s.productId);
    rows.push([
      i + 1,
      fmtMinutes(starts[i]!),
      s.plannedMinutes,
      s.productId,
      p?.name ?? '',
      translate('zh-CN', `role.${s.role}`),
      fmtYuan(slotPrice(show, s)),
      p?.listPrice !== undefined ? fmtYuan(p.listPrice) : '',
      s.mechanism,
      s.talkingPoints.opening,
      s.talkingPoints.sellingPoints,
      s.talkingPoints.priceMechanism,
      s.talkingPoints.closing,
      s.talkingPoints.afterSales,
      s.cues.map((c) => `${fmtOffset(c.offsetSec)} ${CUE_ZH[c.kind]}${c.note ? `：${c.note}` : ''}`).join('\n'),
      s.targets.gmv !== undefined ? fmtYuan(s.targets.gmv) : '',
      s.targets.conversion !== undefined ? fmtPct(s.targets.conversion, 1) : '',
    ]);
  });
  return rows;
}

export const SHOW_TABLE_WIDTHS = [6, 7, 9, 14, 28, 8, 10, 10, 28, 40, 40, 40, 40, 40, 36, 12, 10];

export function catalogTable(show: RunOfShow): Cell[][] {
  const rows: Cell[][] = [['商品ID', '商品名称', '售价(元)', '划线价(元)', '近30天最低价(元)', '库存', '类目', '品牌']];
  for (const p of show.products) {
    rows.push([p.id, p.name, fmtYuan(p.price), p.listPrice !== undefined ? fmtYuan(p.listPrice) : '', p.lowestPrice30d !== undefined ? fmtYuan(p.lowestPrice30d) : '', p.stock, p.category, p.brand ?? '']);
  }
  return rows;
}

/** A show title as the bare name of its exports (safe for the IPC schema and any disk). */
export const showFileBase = (title: string): string => safeFileName(title, { maxLength: 80, fallback: 'run-of-show' });

/** A show title as an export file name with its extension. */
export const exportFileName = (title: string, ext: string): string => `${showFileBase(title)}.${ext}`;
