import { StaleAge } from '../../app/ConnectionBanner';
import { HubGate } from '../../app/HubGate';
import { useT } from '../../i18n';
import { useHotkeys } from '../../lib/useHotkeys';
import { uiActions } from '../../store/ui.slice';
import { fireNextPlannedCue, skipNext, takeNext, toggleOnAirSoldOut } from './actions';
import { AlertsPanel } from './AlertsPanel';
import { CommentPanel } from './CommentPanel';
import { consoleKeymap } from './consoleKeys';
import { CuePanel } from './CuePanel';
import { LiveActionBar } from './LiveActionBar';
import { MetricTiles } from './MetricTiles';
import { OnAirCard } from './OnAirCard';
import { QueuePanel } from './QueuePanel';
import { SecondaryFigures } from './SecondaryFigures';
import './console.css';
import { CopyOverlayLink } from '../sources/CopyOverlayLink';

function useConsoleHotkeys() {
  useHotkeys(consoleKeymap({ takeNext, skipNext, fireNextPlannedCue, toggleOnAirSoldOut, toggleHelp: uiActions.toggleHelp }));
}

/** The assistant's console (#/console): figures on top, queue | comments | cues & alerts. */
export default function ConsoleView() {
  const t = useT();
  useConsoleHotkeys();
  return (
    <div className="console" aria-label={t('nav.console')}>
      <div className="c-metrics">
        <StaleAge className="c-stale" />
        <CopyOverlayLink />
        <MetricTiles />
        <SecondaryFigures />
      </div>
      <div className="c-left">
        <HubGate>
          <OnAirCard />
          <QueuePanel />
        </HubGate>
      </div>
      <div className="c-mid">
        <CommentPanel />
      </div>
      <div className="c-right">
        <HubGate>
          <CuePanel />
          <AlertsPanel />
        </HubGate>
      </div>
      <LiveActionBar />
    </div>
  );
}
