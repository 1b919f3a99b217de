import type { RoomFigures } from '../../../../shared/protocol';
import { useT, type MsgKey } from '../../i18n';
import { ChangeBadge } from '../../components/ChangeBadge';
import { fmtInt, fmtMoney, fmtPct, fmtPrice } from '../../../../shared/text/numberFormat';
import { fmtDuration } from '../../lib/format';
import { useFigures, usePrev5 } from '../../store/metrics.slice';
import { useLang, type Lang } from '../../store/ui.slice';

interface FigureDef {
  key: keyof RoomFigures;
  label: MsgKey;
  fmt: (v: number, lang: Lang, f: RoomFigures) => string;
  upIsGood?: boolean;
}

const FIGURES: FigureDef[] = [
  { key: 'avgOnline', label: 'metric.avgOnline', fmt: (v, l) => fmtInt(v, true, l) },
  { key: 'enterPerMin', label: 'metric.enterLeave', fmt: (v, l, f) => `${fmtInt(v, true, l)} / ${fmtInt(f.leavePerMin, true, l)}` },
  { key: 'avgWatchSec', label: 'metric.avgWatch', fmt: (v, l) => fmtDuration(v, l) },
  { key: 'interactionRate', label: 'metric.interaction', fmt: (v) => fmtPct(v) },
  { key: 'clickRate', label: 'metric.clickRate', fmt: (v) => fmtPct(v) },
  { key: 'clickToOrder', label: 'metric.clickToOrder', fmt: (v) => fmtPct(v) },
  { key: 'gpm', label: 'metric.gpm', fmt: (v, l) => fmtMoney(v, true, l) },
  { key: 'uvValue', label: 'metric.uvValue', fmt: (v) => fmtPrice(Math.round(v)) },
  { key: 'avgOrderValue', label: 'metric.aov', fmt: (v) => fmtPrice(Math.round(v)) },
  { key: 'refundRate', label: 'metric.refundRate', fmt: (v) => fmtPct(v), upIsGood: false },
];

/** The ten secondary figures, each with its change against the previous 5 minutes. */
export function SecondaryFigures() {
  const t = useT();
  const lang = useLang();
  const f = useFigures();
  const prev = usePrev5();
  if (!f) return null;
  return (
    <div className="figures">
      {FIGURES.map((d) => (
        <div key={d.key} className="figure" data-testid={`figure-${d.key}`} data-value={f[d.key]}>
          <div className="figure-label ellipsis">{t(d.label)}</div>
          <div className="figure-row">
            <span className="figure-value num">{d.fmt(f[d.key], lang, f)}</span>
            <ChangeBadge now={f[d.key]} prev={prev?.[d.key]} upIsGood={d.upIsGood ?? true} title={t('metric.vsPrev5')} />
          </div>
        </div>
      ))}
    </div>
  );
}
