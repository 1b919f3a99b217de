import { TALK_SECTIONS, type TalkSection } from '../../../../shared/protocol';
import type { HotkeyMap } from '../../services/hotkeys';

/** The section one step from `current` (from none: the first), stopping at either end. */
export function stepSection(current: TalkSection | null, dir: -1 | 1): TalkSection {
  const i = current ? TALK_SECTIONS.indexOf(current) : -1;
  return TALK_SECTIONS[Math.min(TALK_SECTIONS.length - 1, Math.max(0, i + dir))]!;
}

export interface PrompterKeyOps {
  /** Move the marked section one step (-1 back, 1 on). */
  stepSection(dir: -1 | 1): void;
  /** Acknowledge the newest cue still flashing. */
  ackNewestCue(): void;
  toggleMirror(): void;
  /** Change the auto-scroll speed by one level. */
  changeSpeed(by: -1 | 1): void;
  /** Show or hide the prompter's key help. */
  toggleHelp(): void;
}

/** Host keys (also presentation clickers): PageDown/PageUp sections, Enter acknowledges a cue, M mirror, +/− speed, ? help. */
export function prompterKeymap(ops: PrompterKeyOps): HotkeyMap {
  return {
    PageDown: () => ops.stepSection(1),
    PageUp: () => ops.stepSection(-1),
    Enter: () => ops.ackNewestCue(),
    m: () => ops.toggleMirror(),
    '+': () => ops.changeSpeed(1),
    '-': () => ops.changeSpeed(-1),
    '?': () => ops.toggleHelp(),
  };
}
