import { useMemo } from 'react';
import { slotPrice } from '../../../../../shared/protocol';
import { fmtTime } from '../../../lib/format';
import { useRT } from '../../../i18n/rundown';
import { translate } from '../../../i18n';
import { CUE_ZH } from '../model/exportTable';
import { fmtYuan } from '../../../../../shared/text/numberFormat';
import { fmtMinutes, fmtOffset, runningTotals } from '../model/showEdits';
import { useShowFindings } from '../store/lint.slice';
import { useShowDoc } from '../store/show.slice';

const firstSentence = (s: string, max = 70) => {
  const t = s.trim().split(/(?<=[。！？!?])/)[0] ?? '';
  return t.length > max ? `${t.slice(0, max)}…` : t;
};

/**
 * The sheet a team tapes to the desk: order, planned start and length, product, live price and
 * mechanism, key points, cues. Invisible on screen; the only thing printed (print CSS).
 */
export function PrintView() {
  const t = useRT();
  const show = useShowDoc();
  const findings = useShowFindings();
  const { total, starts } = useMemo(() => runningTotals(show), [show]);
  const products = useMemo(() => new Map(show.products.map((p) => [p.id, p] as const)), [show.products]);
  const start = show.plannedStart;
  const clock = (min: number) => (start !== undefined ? fmtTime(start + min * 60_000, false) : fmtMinutes(min));
  return (
    <div className="rd-print" aria-hidden="true" data-testid="print-view">
      <header>
        <h1>{show.title}</h1>
        <div>{t('print.title')} · {t('print.slots', { n: show.slots.length })} · {fmtMinutes(total)}{show.plannedMinutes ? ` / ${fmtMinutes(show.plannedMinutes)}` : ''} · {t('print.printedAt', { time: new Date().toLocaleString() })}</div>
      </header>
      <table>
        <colgroup><col style={{ width: '3%' }} /><col style={{ width: '5%' }} /><col style={{ width: '4%' }} /><col style={{ width: '16%' }} /><col style={{ width: '19%' }} /><col style={{ width: '36%' }} /><col style={{ width: '17%' }} /></colgroup>
        <thead>
          <tr><th>#</th><th>开始</th><th>分钟</th><th>商品</th><th>直播价 / 机制</th><th>{t('print.points')}</th><th>{t('print.cues')}</th></tr>
        </thead>
        <tbody>
          {show.slots.map((s, i) => {
            const p = products.get(s.productId);
            const errs = findings.filter((f) => f.slotId === s.id && f.severity === 'error').length;
            return (
              <tr key={s.id}>
                <td className="num">{i + 1}</td>
                <td className="num">{clock(starts[i]!)}</td>
                <td className="num">{s.plannedMinutes}</td>
                <td><b>{p?.name ?? s.productId}</b><div className="pr-sub">{translate('zh-CN', `role.${s.role}`)} · {s.productId}{errs ? ` · ⚠ ${errs}` : ''}</div></td>
                <td><b className="num">¥{fmtYuan(slotPrice(show, s))}</b>{p?.listPrice !== undefined ? <s className="num"> ¥{fmtYuan(p.listPrice)}</s> : null}<div>{s.mechanism}</div></td>
                <td>
                  {s.talkingPoints.sellingPoints ? <div>卖点：{firstSentence(s.talkingPoints.sellingPoints)}</div> : null}
                  {s.talkingPoints.priceMechanism ? <div>价格：{firstSentence(s.talkingPoints.priceMechanism)}</div> : null}
                  {s.talkingPoints.afterSales ? <div>售后：{firstSentence(s.talkingPoints.afterSales, 50)}</div> : null}
                </td>
                <td>{s.cues.map((c) => <div key={c.id} className="num">{fmtOffset(c.offsetSec)} {CUE_ZH[c.kind]}{c.note ? ` ${c.note}` : ''}</div>)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
