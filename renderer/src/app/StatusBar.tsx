import { ROLES, type Role } from '../../../shared/protocol';
import { useT, type MsgKey } from '../i18n';
import { fmtTime, fmtTimer } from '../lib/format';
import { useServerNow } from '../lib/useServerNow';
import { openPrompterWindow } from '../services/bridge';
import { viewUrl } from '../services/session';
import { useConnReason, useConnStatus, useLatency, usePeers, useRole } from '../store/connection.slice';
import { useLive, useShow } from '../store/room.slice';
import { uiActions } from '../store/ui.slice';
import { SourceStatus } from '../views/sources/SourceStatus';
import { ROUTES, type Route } from './routes';
import { RecordingStatus } from './RecordingStatus';
import { StorageStatus } from './StorageStatus';
import { switchRole } from './useHubConnection';

const ROLE_KEY: Record<Role, MsgKey> = { host: 'role.host', assistant: 'role.assistant', producer: 'role.producer' };

function Connection() {
  const t = useT();
  const status = useConnStatus();
  const reason = useConnReason();
  const latency = useLatency();
  return (
    <div className={`sb-conn sb-conn-${status}`} data-testid="conn-status" data-status={status} title={reason ?? undefined}>
      <span className="sb-dot" />
      <span>{t(`conn.${status}`)}</span>
      {status === 'connected' && latency !== null ? (
        <span className="num muted" data-testid="latency">{latency} ms</span>
      ) : null}
    </div>
  );
}

function Peers() {
  const t = useT();
  const peers = usePeers();
  const count = (r: Role) => peers.filter((p) => p.role === r).length;
  const names = peers.map((p) => `${p.name}（${t(ROLE_KEY[p.role])}）`).join('\n');
  return (
    <div className="sb-peers" title={names} data-testid="peers">
      {ROLES.map((r) => (
        <span key={r} className={count(r) ? '' : 'muted'}>
          {t(ROLE_KEY[r])} <b className="num">{count(r)}</b>
        </span>
      ))}
    </div>
  );
}

function OnAirClock() {
  const t = useT();
  const live = useLive();
  const now = useServerNow(1000);
  const first = live?.runs[0]?.startedAt ?? null;
  return (
    <div className="sb-clock num">
      {first !== null && !live?.ended ? <span className="sb-live">LIVE {fmtTimer(now - first)}</span> : null}
      {live?.ended ? <span className="muted">{t('queue.ended')}</span> : null}
      <span>{fmtTime(now)}</span>
    </div>
  );
}

const openPrompter = () => openPrompterWindow(viewUrl('prompter'));

/** Top bar: views, show title, connection and latency, team by role, role picker, language. */
export function StatusBar({ route }: { route: Route }) {
  const t = useT();
  const role = useRole();
  const show = useShow();
  return (
    <header className="statusbar">
      <div className="sb-brand">
        <span className="sb-logo">LiveDeck</span>
        <span className="muted">直播中控台</span>
      </div>
      <nav className="sb-nav">
        {ROUTES.map((r) => (
          <a key={r} href={`#/${r}`} className={r === route ? 'active' : ''}>{t(`nav.${r}`)}</a>
        ))}
        {route === 'console' ? (
          <button className="ghost sm" onClick={openPrompter} title={t('nav.openPrompter')}>↗</button>
        ) : null}
      </nav>
      <div className="sb-title ellipsis" title={show?.title}>{show?.title ?? ''}</div>
      <OnAirClock />
      <Connection />
      <SourceStatus />
      <StorageStatus />
      <RecordingStatus />
      <Peers />
      <label className="sb-role">
        <span className="muted">{t('role.label')}</span>
        <select value={role} onChange={(e) => switchRole(e.target.value as Role)} data-testid="role-picker">
          {ROLES.map((r) => <option key={r} value={r}>{t(ROLE_KEY[r])}</option>)}
        </select>
      </label>
      <button className="ghost sm" onClick={uiActions.toggleLang} title={t('lang.label')} data-testid="lang-toggle">
        {t('lang.toggle')}
      </button>
      {route === 'console' ? (
        <button className="ghost sm" onClick={uiActions.toggleHelp} title={t('hotkeys.title')}>?</button>
      ) : null}
    </header>
  );
}
