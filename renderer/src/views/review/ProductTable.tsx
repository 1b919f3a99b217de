import { useMemo, useState } from 'react';
import { categoryInfo } from '../../../../shared/domain/refundRisk/categories';
import type { ReviewProduct } from '../../../../shared/protocol/review';
import { fmtInt, fmtMoney, fmtPct, fmtPoints } from '../../../../shared/text/numberFormat';
import { riskBand, riskExcess } from '../../lib/riskBand';
import { useT, type TFn } from '../../i18n';
import { BAND_CLASS } from './TotalsStrip';
import type { Lang } from '../../store/ui.slice';
import { riskReasonDetail, riskReasonLabel } from '../../i18n/domain';
import { rtOf, type RKey, type RtFn } from '../../i18n/review';
import { DEFAULT_SORT, nextSort, sortRows, toRows, type ProductRow, type Sort, type SortKey } from './productRows';
import { fmtMinutes } from './reviewFormat';

interface Props {
  products: readonly ReviewProduct[];
  /** Product on air now (live report), if any. */
  onAir: string | null;
  selected: string | null;
  onSelect: (productId: string | null) => void;
  lang: Lang;
  rt: RtFn;
}

const COLUMNS: { key: SortKey; label: RKey; cls: string }[] = [
  { key: 'rank', label: 'col.rank', cls: 'c-rank r' },
  { key: 'name', label: 'col.product', cls: 'c-name' },
  { key: 'role', label: 'col.role', cls: 'c-role' },
  { key: 'time', label: 'col.time', cls: 'c-time r' },
  { key: 'gmv', label: 'col.gmv', cls: 'c-gmv' },
  { key: 'buyers', label: 'col.buyers', cls: 'c-buyers r' },
  { key: 'conv', label: 'col.conv', cls: 'c-conv r' },
  { key: 'refund', label: 'col.refund', cls: 'c-refund r' },
  { key: 'risk', label: 'col.risk', cls: 'c-risk' },
  { key: 'best', label: 'col.best', cls: 'c-best r' },
  { key: 'questions', label: 'col.questions', cls: 'c-q r' },
  { key: 'complaints', label: 'col.complaints', cls: 'c-cp r' },
];

function riskTitle(r: ProductRow, lang: Lang, rt: RtFn, t: TFn): string {
  const lines = [
    `${rt('predicted')} ${fmtPct(r.riskRate, 1)} · ${t('metric.riskNorm', { pct: fmtPct(r.risk.norm, 0) })} · ${t('metric.riskExcess', { points: fmtPoints(riskExcess(r.risk)) })}`,
    `${t('metric.excessAtRisk')} ${fmtMoney(r.risk.excessAtRisk, false, lang)} · ${rt('riskOfGmv', { money: fmtMoney(r.atRisk, false, lang) })}`,
  ];
  const top = r.topReason;
  if (top) {
    lines.push(`${rt('topReason')}: ${riskReasonLabel(lang, top.code)} ${fmtPoints(top.contribution)}`);
    lines.push(`  ${riskReasonDetail(lang, top)}`);
    const rest = r.reasons.filter((x) => x !== top && x.contribution > 0);
    if (rest.length) lines.push(rest.map((x) => `${riskReasonLabel(lang, x.code)} ${fmtPoints(x.contribution)}`).join(' · '));
  }
  return lines.join('\n');
}

function Row({ r, selected, onAir, onSelect, hotComplaints, lang, rt, t }: { r: ProductRow; selected: boolean; onAir: boolean; onSelect: () => void; hotComplaints: number; lang: Lang; rt: RtFn; t: TFn }) {
  const cat = categoryInfo(r.category);
  const bandKey = riskBand(r.risk);
  const band = BAND_CLASS[bandKey];
  const convTone = r.targetConversion === null || r.clickUsers === 0 ? '' : r.conversion >= r.targetConversion ? 'is-good' : 'is-bad';
  const pct = r.gmvOfTarget;
  const diff = r.actualMin - r.plannedMin;
  return (
    <tr
      className={`rv-prow${selected ? ' is-selected' : ''}${r.time === 'none' ? ' is-unaired' : ''}`}
      data-testid="review-product-row"
      data-product-id={r.id}
      aria-selected={selected}
      tabIndex={0}
      onClick={onSelect}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onSelect(); }
      }}
    >
      <td className="c-rank r num muted">{r.rank}</td>
      <td className="c-name">
        <div className="rv-pname">
          <span className="ellipsis" title={r.name}>{r.name}</span>
          {onAir ? <span className="tag rv-onair">{rt('onAir')}</span> : null}
          {r.soldOut ? <span className="tag rv-soldout">{rt('soldOut')}</span> : null}
        </div>
        <div className="rv-pmeta muted">{lang === 'en' ? cat.nameEn : cat.name}</div>
      </td>
      <td className="c-role">
        {r.roles.map((role) => <span key={role} className={`tag role-${role}`}>{rtOf(rt, 'role', role)}</span>)}
      </td>
      <td className="c-time r num" title={`${rt('col.time')}: ${rt('min', { n: fmtMinutes(r.plannedMin) })} / ${rt('min', { n: fmtMinutes(r.actualMin) })}`}>
        {r.time === 'none' ? (
          <><span className="dim">{fmtMinutes(r.plannedMin)}</span> <span className="muted">/ {rt('notAired')}</span></>
        ) : (
          <>
            <span className="dim">{fmtMinutes(r.plannedMin)}</span>
            <span className="muted"> / </span>
            <span className={`rv-t-${r.time}`}>{fmtMinutes(r.actualMin)}</span>
            <span className={`rv-tdiff rv-t-${r.time}`}>{r.time === 'ok' ? '' : `${diff > 0 ? '+' : '−'}${fmtMinutes(Math.abs(diff))}`}</span>
          </>
        )}
      </td>
      <td className="c-gmv">
        <div className="rv-gmv-line">
          <b className="num">{fmtMoney(r.gmv, false, lang)}</b>
          {pct !== null && r.targetGmv !== null ? (
            <span className="num muted" title={`${rt('target')} ${fmtMoney(r.targetGmv, false, lang)}`}>/ {fmtMoney(r.targetGmv, true, lang)}</span>
          ) : <span className="muted">{rt('noTarget')}</span>}
        </div>
        {pct !== null ? (
          <div className="rv-progress" title={rt('ofTarget', { pct: fmtPct(pct, 0) })}>
            <span className={`rv-progress-fill ${pct >= 1 ? 'is-good' : pct >= 0.7 ? 'is-mid' : 'is-bad'}`} style={{ width: `${Math.min(1, pct) * 100}%` }} />
            {r.gmv > 0 ? <span className="rv-progress-pct num">{fmtPct(pct, 0)}</span> : null}
          </div>
        ) : null}
      </td>
      <td className="c-buyers r num" title={`${rt('units')} ${fmtInt(r.units, false, lang)}`}>{fmtInt(r.buyers, false, lang)}</td>
      <td className="c-conv r num">
        <span className={convTone}>{r.clickUsers ? fmtPct(r.conversion, 1) : '—'}</span>
        <span className="muted"> / {r.targetConversion === null ? '—' : fmtPct(r.targetConversion, 1)}</span>
      </td>
      <td className="c-refund r num" title={`${rt('refunded')} ${fmtMoney(r.refundAmount, false, lang)}`}>
        <span className={r.refundRate >= 0.2 ? 'rv-warn' : ''}>{r.gmv ? fmtPct(r.refundRate, 1) : '—'}</span>
      </td>
      <td className="c-risk" title={riskTitle(r, lang, rt, t)} data-testid="review-product-risk" data-band={bandKey}>
        {r.gmv ? (
          <div className="rv-riskcell">
            <span className={`rv-pill rv-pill-${band} num`} title={t(`metric.risk.${bandKey}`)}>{fmtPct(r.riskRate, 1)}</span>
            <span className={`num rv-excess is-${band}`}>{fmtPoints(riskExcess(r.risk), 0)}</span>
            <span className="num muted rv-atrisk">{fmtMoney(r.risk.excessAtRisk, true, lang)}</span>
          </div>
        ) : <span className="muted" title={t('metric.riskNorm', { pct: fmtPct(r.risk.norm, 0) })}>{fmtPct(r.risk.norm, 0)}</span>}
      </td>
      <td className="c-best r num">{r.bestMinute ? fmtMoney(r.bestMinute, false, lang) : '—'}</td>
      <td className="c-q r num">{r.questions || <span className="muted">0</span>}</td>
      <td className="c-cp r num"><span className={r.complaints >= hotComplaints ? 'rv-warn' : ''}>{r.complaints || <span className="muted">0</span>}</span></td>
    </tr>
  );
}

/** Per-product results, GMV first; every column sorts; a row click highlights its slots on the chart. */
export function ProductTable({ products, onAir, selected, onSelect, lang, rt }: Props) {
  const t = useT();
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT);
  const rows = useMemo(() => toRows(products), [products]);
  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort]);
  const sum = (f: (r: ProductRow) => number) => rows.reduce((a, r) => a + f(r), 0);
  const gmvTarget = sum((r) => r.targetGmv ?? 0);
  // Complaint counts worth a colour: at least 10, and near the worst product's.
  const hotComplaints = Math.max(10, Math.ceil(0.6 * Math.max(0, ...rows.map((r) => r.complaints))));
  return (
    <div className="rv-table-wrap">
      <table className="rv-table">
        <thead>
          <tr>
            {COLUMNS.map((c) => {
              const on = sort.key === c.key;
              return (
                <th key={c.key} className={c.cls} aria-sort={on ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
                  <button type="button" className={`rv-sort${on ? ' is-on' : ''}`} onClick={() => setSort(nextSort(sort, c.key))}>
                    {rt(c.label)}
                    <span className="rv-sort-glyph">{on ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}</span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <Row key={r.id} r={r} selected={selected === r.id} onAir={onAir === r.id} onSelect={() => onSelect(selected === r.id ? null : r.id)} hotComplaints={hotComplaints} lang={lang} rt={rt} t={t} />
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td className="c-rank" />
            <td className="c-name">{rt('total')}</td>
            <td className="c-role" />
            <td className="c-time r num"><span className="dim">{fmtMinutes(sum((r) => r.plannedMin))}</span><span className="muted"> / </span>{fmtMinutes(sum((r) => r.actualMin))}</td>
            <td className="c-gmv num">
              <b>{fmtMoney(sum((r) => r.gmv), false, lang)}</b>
              {gmvTarget ? <span className="muted"> / {fmtMoney(gmvTarget, true, lang)}</span> : null}
            </td>
            <td className="c-buyers r num">{fmtInt(sum((r) => r.buyers), false, lang)}</td>
            <td className="c-conv" />
            <td className="c-refund" />
            <td className="c-risk num muted" title={t('metric.excessAtRisk')}>{fmtMoney(sum((r) => r.risk.excessAtRisk), true, lang)}</td>
            <td className="c-best" />
            <td className="c-q r num">{fmtInt(sum((r) => r.questions), false, lang)}</td>
            <td className="c-cp r num">{fmtInt(sum((r) => r.complaints), false, lang)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
