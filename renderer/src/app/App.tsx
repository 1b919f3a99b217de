import { lazy, Suspense, useState } from 'react';
import { useT } from '../i18n';
import ConsoleView from '../views/console/ConsoleView';
import PrompterView from '../views/prompter/PrompterView';
import { useConnStatus, useHubDown, useNeedsJoin } from '../store/connection.slice';
import { useRoomReady } from '../store/room.slice';
import { JoinScreen } from './JoinScreen';
import { ConnectionBanner } from './ConnectionBanner';
import { HelpOverlay } from './HelpOverlay';
import { HostCorner } from './HostCorner';
import { StatusBar } from './StatusBar';
import { Toasts } from './Toasts';
import { useHubConnection } from './useHubConnection';
import { useRoute } from './useRoute';

const RundownView = lazy(() => import('../views/rundown/RundownView'));
const ReviewView = lazy(() => import('../views/review/ReviewView'));
const SourcesView = lazy(() => import('../views/sources/SourcesView'));
const IntegrationsView = lazy(() => import('../views/integrations/IntegrationsView'));

function Waiting() {
  const t = useT();
  return (
    <div className="waiting">
      <div className="waiting-spinner" />
      <div>{t('conn.waiting')}</div>
    </div>
  );
}

function View({ route }: { route: ReturnType<typeof useRoute> }) {
  const ready = useRoomReady();
  const needsJoin = useNeedsJoin();
  const status = useConnStatus();
  if (needsJoin || status === 'rejected') return <JoinScreen />;
  if (route === 'rundown') return <RundownView />;
  if (route === 'review') return <ReviewView />;
  if (route === 'sources') return <SourcesView />;
  if (route === 'integrations') return <IntegrationsView />;
  if (!ready) return <Waiting />;
  return route === 'prompter' ? <PrompterView /> : <ConsoleView />;
}

export function App() {
  const route = useRoute();
  const down = useHubDown();
  const [showNav, setShowNav] = useState(false);
  useHubConnection(route);
  // The prompter is the host's screen: no navigation or status bar unless asked for.
  const hostView = route === 'prompter' && !showNav;
  return (
    <div className={`app app-${route}${hostView ? ' is-host-view' : ''}${down ? ' hub-down' : ''}`}>
      {hostView ? null : <StatusBar route={route} />}
      <ConnectionBanner />
      <main className="app-main">
        <Suspense fallback={<div className="waiting" />}>
          <View route={route} />
        </Suspense>
      </main>
      {route === 'prompter' ? <HostCorner navShown={showNav} onToggleNav={() => setShowNav((v) => !v)} /> : null}
      {route === 'console' || route === 'prompter' ? <HelpOverlay keys={route} /> : null}
      <Toasts />
    </div>
  );
}
