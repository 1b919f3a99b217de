import { useMemo } from 'react';
import { HubGate } from '../../app/HubGate';
import { useHotkeys } from '../../lib/useHotkeys';
import { runCommand } from '../../services/hubClient';
import { prompterCues } from '../../../../shared/domain/live/cueLifecycle';
import { useServerNow } from '../../lib/useServerNow';
import { serverNow } from '../../services/clock';
import { useCuesStore, useFiredCues } from '../../store/cues.slice';
import { prompterActions, useMirror, usePrompterStore, useTextScale } from '../../store/prompter.slice';
import { useRoomStore, useShow } from '../../store/room.slice';
import { uiActions } from '../../store/ui.slice';
import { CriticalBanner } from './CriticalBanner';
import { CueFlash } from './CueFlash';
import { KeyNumbers } from './KeyNumbers';
import { NextUp } from './NextUp';
import { PrompterControls } from './PrompterControls';
import { PrompterHeader } from './PrompterHeader';
import { prompterKeymap, stepSection } from './prompterKeys';
import { PushedQuestions } from './PushedQuestions';
import { Script } from './Script';
import './prompter.css';

const hostKeys = prompterKeymap({
  stepSection(dir) {
    const section = stepSection(useRoomStore.getState().live?.prompterSection ?? null, dir);
    void runCommand({ type: 'prompter.section', section });
  },
  ackNewestCue() {
    const cue = prompterCues(useCuesStore.getState().fired, useRoomStore.getState().show, serverNow())[0];
    if (cue) void runCommand({ type: 'cue.ack', cueId: cue.id });
  },
  toggleMirror: () => prompterActions.toggleMirror(),
  changeSpeed: (by) => prompterActions.setSpeed(usePrompterStore.getState().speed + by),
  toggleHelp: () => uiActions.toggleHelp(),
});

/** Host keys (also presentation clickers): PageDown/PageUp sections, Enter acknowledges a cue, M mirror. */
function usePrompterHotkeys() {
  useHotkeys(hostKeys);
}

/** The host's prompter (#/prompter): readable from two metres, every size follows the window. */
export default function PrompterView() {
  const mirror = useMirror();
  const scale = useTextScale();
  const fired = useFiredCues();
  const show = useShow();
  const now = useServerNow(1000);
  const hasCue = useMemo(() => prompterCues(fired, show, now).length > 0, [fired, show, now]);
  usePrompterHotkeys();
  return (
    <div className={`prompter ${hasCue ? 'has-cue' : ''}`} style={{ ['--scale' as string]: scale }}>
      <div className={`p-stage ${mirror ? 'is-mirrored' : ''}`} data-mirrored={mirror}>
        <CriticalBanner />
        <PrompterHeader />
        <div className="p-body">
          <Script />
          <aside className="p-side">
            <HubGate>
              <CueFlash />
              <PushedQuestions />
              <KeyNumbers />
              <NextUp />
            </HubGate>
          </aside>
        </div>
      </div>
      <PrompterControls />
    </div>
  );
}
