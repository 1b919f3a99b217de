import type { Product, RunOfShow } from '../../../../../shared/protocol';
import { slotPrice } from '../../../../../shared/protocol';
import { translate } from '../../../i18n';
import { fmtMinutes, fmtOffset, fmtYuan, runningTotals } from './showEdits';

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
      s.targets.conversion !== undefined ? `${(s.targets.conversion * 100).toFixed(1)}%` : '',
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

/**
 * CSV for Excel: UTF-8 with BOM (so Chinese opens correctly), CRLF, quoted where needed, and a
 * leading apostrophe on cells that would start a formula (=, +, -, @, tab, CR) — CSV injection.
 */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  const cell = (v: Cell): string => {
    let s = typeof v === 'number' ? String(v) : v;
    if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `\ufeff${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
