import { useMemo, type ReactNode } from 'react';
import { useT } from '../../i18n';
import { ChangeBadge } from '../../components/ChangeBadge';
import { Sparkline } from '../../components/Sparkline';
import { fmtInt, fmtMoney, fmtPct } from '../../../../shared/text/numberFormat';
import { cumulativeRatio } from '../../lib/sparkline';
import { useFigures, usePrev5, useSeries } from '../../store/metrics.slice';
import { useLang } from '../../store/ui.slice';
import { RiskTile } from './RiskTile';

interface TileProps {
  testId: string;
  label: string;
  value: number;
  display: string;
  prev: number | null | undefined;
  spark: readonly number[];
  sub: ReactNode;
  hint?: string;
}

function Tile(p: TileProps) {
  const t = useT();
  return (
    <section className="tile" data-testid={p.testId} data-value={p.value}>
      <div className="tile-head">
        <span className="tile-label" title={p.hint}>{p.label}</span>
        <ChangeBadge now={p.value} prev={p.prev} title={t('metric.vsPrev5')} />
      </div>
      <div className="tile-body">
        <div className="tile-value num">{p.display}</div>
        <Sparkline values={p.spark} width={112} height={34} label={p.label} />
      </div>
      <div className="tile-sub">{p.sub}</div>
    </section>
  );
}

/** The four headline indicators: 在线人数, 成交金额 GMV, 成交转化率, 退款风险. */
export function MetricTiles() {
  const t = useT();
  const lang = useLang();
  const f = useFigures();
  const prev = usePrev5();
  const series = useSeries();
  const sparks = useMemo(() => {
    const s = series ?? [];
    return {
      online: s.map((p) => p.online),
      gmv: s.map((p) => p.gmv),
      conversion: cumulativeRatio(s.map((p) => p.orders), s.map((p) => p.enters)),
    };
  }, [series]);
  if (!f) return null;
  return (
    <div className="tiles">
      <Tile
        testId="metric-online" label={t('metric.online')} value={Math.round(f.online)} display={fmtInt(f.online, false, lang)}
        prev={prev?.online} spark={sparks.online}
        sub={<>{t('metric.totalViewers')} <b className="num">{fmtInt(f.totalViewers, true, lang)}</b></>}
      />
      <Tile
        testId="metric-gmv" label={t('metric.gmv')} value={Math.round(f.gmv)} display={fmtMoney(f.gmv, true, lang)}
        prev={prev?.gmv} spark={sparks.gmv} hint={t('metric.gmvNote')}
        sub={<>{t('metric.buyers')} <b className="num">{fmtInt(f.buyers, true, lang)}</b> · <span className="muted">{t('metric.gmvNote')}</span></>}
      />
      <Tile
        testId="metric-conversion" label={t('metric.conversion')} value={f.conversion} display={fmtPct(f.conversion, 2)}
        prev={prev?.conversion} spark={sparks.conversion}
        sub={<><b className="num">{fmtInt(f.buyers, true, lang)}</b> / <span className="num">{fmtInt(f.totalViewers, true, lang)}</span> <span className="muted">{t('metric.totalViewers')}</span></>}
      />
      <RiskTile />
    </div>
  );
}
