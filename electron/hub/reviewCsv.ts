import type { ReviewReport } from '../../shared/protocol/review';
import { productRoleText } from '../../shared/i18n/productRoles';
import { toCsv } from '../../shared/text/csv';
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
