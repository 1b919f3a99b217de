import { useMemo } from 'react';
import { TALK_SECTIONS } from '../../../../shared/protocol';
import { useHotkeys } from '../../lib/useHotkeys';
import { runCommand } from '../../services/hubClient';
import { pendingCues, useCuesStore, useFiredCues } from '../../store/cues.slice';
import { prompterActions, useMirror, usePrompterStore, useTextScale } from '../../store/prompter.slice';
import { useRoomStore } from '../../store/room.slice';
import { CriticalBanner } from './CriticalBanner';
import { CueFlash } from './CueFlash';
import { KeyNumbers } from './KeyNumbers';
import { NextUp } from './NextUp';
import { PrompterControls } from './PrompterControls';
import { PrompterHeader } from './PrompterHeader';
import { PushedQuestions } from './PushedQuestions';
import { Script } from './Script';
import './prompter.css';

function stepSection(dir: -1 | 1) {
  const cur = useRoomStore.getState().live?.prompterSection ?? null;
  const i = cur ? TALK_SECTIONS.indexOf(cur) : -1;
  const next = TALK_SECTIONS[Math.min(TALK_SECTIONS.length - 1, Math.max(0, i + dir))]!;
  void runCommand({ type: 'prompter.section', section: next });
}

/** Host keys (also presentation clickers): PageDown/PageUp sections, Enter acknowledges a cue, M mirror. */
function usePrompterHotkeys() {
  useHotkeys({
    PageDown: () => stepSection(1),
    PageUp: () => stepSection(-1),
    Enter: () => {
      const cue = pendingCues(useCuesStore.getState().fired)[0];
      if (cue) void runCommand({ type: 'cue.ack', cueId: cue.id });
    },
    m: () => prompterActions.toggleMirror(),
    '+': () => prompterActions.setSpeed(usePrompterStore.getState().speed + 1),
    '-': () => prompterActions.setSpeed(usePrompterStore.getState().speed - 1),
  });
}

/** The host's prompter (#/prompter): readable from two metres, every size follows the window. */
export default function PrompterView() {
  const mirror = useMirror();
  const scale = useTextScale();
  const fired = useFiredCues();
  const hasCue = useMemo(() => pendingCues(fired).length > 0, [fired]);
  usePrompterHotkeys();
  return (
    <div className={`prompter ${hasCue ? 'has-cue' : ''}`} style={{ ['--scale' as string]: scale }}>
      <div className={`p-stage ${mirror ? 'is-mirrored' : ''}`} data-mirrored={mirror}>
        <CriticalBanner />
        <PrompterHeader />
        <div className="p-body">
          <Script />
          <aside className="p-side">
            <CueFlash />
            <PushedQuestions />
            <KeyNumbers />
            <NextUp />
          </aside>
        </div>
      </div>
      <PrompterControls />
    </div>
  );
}
