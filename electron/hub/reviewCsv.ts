import { alignSeries, compareProducts, compareTotals, type CompareKey, type Diff } from '../../shared/domain/review/compare';
import type { ReviewReport } from '../../shared/protocol/review';
import { productRoleText } from '../../shared/i18n/productRoles';
import { toCsv, type CsvCell } from '../../shared/text/csv';
import { fmtDecimal } from '../../shared/text/numberFormat';


const yuan = (fen: number) => fmtDecimal(fen / 100, 2);
const pct = (r: number) => fmtDecimal(r * 100, 2);

/** The per-product review table (header row first): the CSV export and the HTML report share it. */
export function reviewProductTable(r: ReviewReport): (string | number)[][] {
  const head = ['商品', '角色', '计划分钟', '实际分钟', '成交金额(元,含退款)', '成交人数', '成交件数', '点击人数', '点击-成交转化率%', '退款金额(元)', '退款率%', '预测退款率%', '风险金额(元)', '提问数', '投诉数'];
  const rows = r.products.map((p) => [
    p.name, p.roles.map((x) => productRoleText('zh-CN', x)).join('/'), p.plannedMinutes, +(p.airedMs / 60_000).toFixed(1),
    yuan(p.gmv), p.buyers, p.units, p.clickUsers, pct(p.conversion), yuan(p.refundAmount), pct(p.refundRate),
    pct(p.risk.rate), yuan(p.risk.atRisk), p.intents.question ?? 0, (p.intents.complaint ?? 0) + (p.intents.refund ?? 0),
  ]);
  return [head, ...rows];
}

/** Per-product review table as CSV, with a BOM so Excel in China opens it as UTF-8. */
export function toReviewCsv(r: ReviewReport): string {
  return toCsv(reviewProductTable(r));
}

/** How each compared total is written in the CSV: its label and its value in the unit of the label. */
const COMPARE_COLUMNS: Record<CompareKey, { label: string; value: (x: number) => string | number }> = {
  gmv: { label: '成交金额(元)', value: yuan },
  durationMin: { label: '时长(分钟)', value: (x) => fmtDecimal(x, 1) },
  totalViewers: { label: '场观', value: (x) => x },
  avgOnline: { label: '平均在线', value: (x) => fmtDecimal(x, 1) },
  peakOnline: { label: '在线峰值', value: (x) => x },
  buyers: { label: '成交人数', value: (x) => x },
  units: { label: '成交件数', value: (x) => x },
  conversion: { label: '成交转化率%', value: pct },
  avgOrderValue: { label: '客单价(元)', value: yuan },
  gpm: { label: 'GPM(元)', value: yuan },
  uvValue: { label: 'UV价值(元)', value: yuan },
  clickToOrder: { label: '点击-成交转化率%', value: pct },
  refundRate: { label: '退款率%', value: pct },
  comments: { label: '评论数', value: (x) => x },
};

/**
 * A difference as a number cell: a text cell starting with "-" would get the formula guard's
 * apostrophe (shared/text/csv.ts) and Excel would no longer read it as a number.
 */
const signed = (v: string | number): number => (typeof v === 'number' ? v : Number(v));
/** B − A relative to A, in % (empty when A is 0). */
const relPct = (d: Diff): CsvCell => (d.pct === null ? '' : signed(fmtDecimal(d.pct * 100, 1)));

/** Local date and time, "2026-12-04 20:00" (the hub's time zone, as the app shows it). */
function when(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/**
 * 直播PK as one CSV (BOM, Excel-safe cells): which sessions A and B are; their totals with B − A;
 * the per-minute curves aligned by minutes since each start; the products both sold (A, B, B − A)
 * and those only one of them had. Sections are separated by an empty row and start with a title row.
 */
export function toCompareCsv(a: ReviewReport, b: ReviewReport): string {
  const rows: CsvCell[][] = [];
  rows.push(['场次', '名称', '开播', '时长(分钟)']);
  for (const [side, r] of [['A', a], ['B', b]] as const) {
    rows.push([side, r.title, when(r.startedAt), fmtDecimal(Math.max(0, (r.endedAt ?? r.generatedAt) - r.startedAt) / 60_000, 1)]);
  }

  rows.push([], ['整场对比'], ['指标', 'A', 'B', '差值(B−A)', '变化%']);
  for (const t of compareTotals(a, b)) {
    const c = COMPARE_COLUMNS[t.key];
    rows.push([c.label, c.value(t.a), c.value(t.b), signed(c.value(t.abs)), relPct(t)]);
  }

  rows.push([], ['分钟曲线（按开播后分钟对齐）'], ['开播后分钟', 'A 在线', 'B 在线', 'A 成交金额(元)', 'B 成交金额(元)', 'A 订单', 'B 订单', 'A 评论', 'B 评论']);
  const sa = new Map(alignSeries(a).map((p) => [p.minute, p]));
  const sb = new Map(alignSeries(b).map((p) => [p.minute, p]));
  const span = Math.max(-1, ...sa.keys(), ...sb.keys());
  for (let m = 0; m <= span; m++) {
    const pa = sa.get(m);
    const pb = sb.get(m);
    rows.push([m, pa?.online ?? '', pb?.online ?? '', pa ? yuan(pa.gmv) : '', pb ? yuan(pb.gmv) : '', pa?.orders ?? '', pb?.orders ?? '', pa?.comments ?? '', pb?.comments ?? '']);
  }

  const c = compareProducts(a, b);
  rows.push([], ['单品对比'], ['商品', 'A 成交金额(元)', 'B 成交金额(元)', '差值(B−A)(元)', '变化%', 'A 成交人数', 'B 成交人数', 'A 点击-成交转化率%', 'B 点击-成交转化率%']);
  for (const m of c.matched) {
    rows.push([m.name, yuan(m.a.gmv), yuan(m.b.gmv), signed(yuan(m.gmv.abs)), relPct(m.gmv), m.a.buyers, m.b.buyers, pct(m.a.conversion), pct(m.b.conversion)]);
  }
  rows.push([], ['仅 A 场', '成交金额(元)', '成交人数']);
  for (const p of c.onlyA) rows.push([p.name, yuan(p.gmv), p.buyers]);
  rows.push([], ['仅 B 场', '成交金额(元)', '成交人数']);
  for (const p of c.onlyB) rows.push([p.name, yuan(p.gmv), p.buyers]);
  return toCsv(rows);
}
