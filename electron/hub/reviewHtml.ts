import type { RecordingSourceCounts } from '../../shared/protocol/recording';
import type { ReviewReport } from '../../shared/protocol/review';
import { fmtDecimal, fmtInt, fmtPct, fmtPrice } from '../../shared/text/numberFormat';
import { reviewProductTable } from './reviewCsv';

const esc = (s: string | number) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Beijing time, as the platform's own reports show it. */
const cnTime = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

function chart(r: ReviewReport): string {
  const pts = r.series;
  if (pts.length < 2) return '';
  const W = 960, H = 180, P = 30;
  const x = (i: number) => P + (i * (W - 2 * P)) / (pts.length - 1);
  const line = (vals: number[], colour: string) => {
    const max = Math.max(1, ...vals);
    const d = vals.map((v, i) => `${x(i).toFixed(1)},${(H - P - (v / max) * (H - 2 * P)).toFixed(1)}`).join(' ');
    return `<polyline fill="none" stroke="${colour}" stroke-width="2" points="${d}"/>`;
  };
  return `<svg viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-label="每分钟在线人数与成交金额">
<rect width="${W}" height="${H}" fill="#111"/>${line(pts.map((p) => p.online), '#4fc3f7')}${line(pts.map((p) => p.gmv), '#ffb74d')}
<text x="${P}" y="18" fill="#4fc3f7" font-size="13">在线人数 online</text><text x="${P + 150}" y="18" fill="#ffb74d" font-size="13">成交金额 GMV / 分钟</text>
<text x="${P}" y="${H - 8}" fill="#bbb" font-size="12">${esc(cnTime(pts[0]!.t))}</text><text x="${W - P}" y="${H - 8}" fill="#bbb" font-size="12" text-anchor="end">${esc(cnTime(pts.at(-1)!.t))}</text>
</svg>`;
}

function table(rows: (string | number)[][]): string {
  const [head, ...body] = rows;
  return `<table><thead><tr>${head!.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${
    body.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}

/**
 * The 复盘 report as one self-contained HTML page (inline style and SVG, no scripts, every text
 * escaped): totals, the per-minute curve, the per-product table (the CSV export's rows), what
 * viewers asked and complained about, and — for an opened recording — what the file held.
 */
export function toReviewHtml(r: ReviewReport & { source?: RecordingSourceCounts }): string {
  const t = r.totals;
  const tiles: [string, string][] = [
    ['成交金额 GMV（含退款）', fmtPrice(t.gmv)], ['退款金额', fmtPrice(t.refundAmount)], ['成交订单', fmtInt(t.paidOrders)],
    ['成交人数', fmtInt(t.buyers)], ['成交件数', fmtInt(t.units)], ['未支付订单', fmtInt(t.unpaidOrders)],
    ['累计观看人数', fmtInt(t.totalViewers)], ['在线人数（最后）', fmtInt(t.online)], ['平均在线', fmtInt(t.avgOnline)],
    ['评论数', fmtInt(t.comments)], ['成交转化率', fmtPct(t.conversion, 2)], ['预测退款率', fmtPct(r.risk.rate, 1)],
  ];
  const said = (title: string, list: ReviewReport['topQuestions']) => list.length
    ? `<h2>${esc(title)}</h2><ol>${list.map((q) => `<li>${esc(q.text)} <span class="n">×${q.count}</span></li>`).join('')}</ol>` : '';
  const s = r.source;
  const source = s ? `<p class="src">来源文件：${s.entries} 条记录，${s.events} 个事件（重复 ${s.duplicates}），未解析 ${s.unparsed}，无关 ${s.ignored}</p>` : '';
  const span = `${cnTime(r.startedAt)} – ${cnTime(r.endedAt ?? r.generatedAt)}（北京时间，${fmtDecimal(((r.endedAt ?? r.generatedAt) - r.startedAt) / 60_000, 0)} 分钟）`;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>复盘 · ${esc(r.title)}</title>
<style>
body{background:#000;color:#f2f2f2;font:14px/1.5 "PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:24px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:16px;margin:20px 0 8px}.meta,.src{color:#bbb;margin:0 0 12px}
.tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:8px}
.tile{border:1px solid #444;padding:8px}.tile b{display:block;font-size:20px;color:#fff}.tile span{color:#ccc}
table{border-collapse:collapse;width:100%;font-size:12px}th,td{border:1px solid #444;padding:4px 6px;text-align:right}
th:first-child,td:first-child{text-align:left}th{background:#1c1c1c}.n{color:#bbb}
@media print{body{background:#fff;color:#000}.tile b{color:#000}.tile span,.meta,.src,.n{color:#333}th{background:#eee}}
</style></head><body>
<h1>复盘 · ${esc(r.title)}</h1>
<p class="meta">${esc(span)}</p>${source}
<div class="tiles">${tiles.map(([k, v]) => `<div class="tile"><span>${esc(k)}</span><b>${esc(v)}</b></div>`).join('')}</div>
<h2>每分钟</h2>${chart(r)}
<h2>商品</h2>${table(reviewProductTable(r))}
${said('观众提问', r.topQuestions)}${said('投诉与退款', r.topComplaints)}
</body></html>
`;
}
