// Where the console and the host's prompter go (pure; Electron's Display objects fit DisplayLike).

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DisplayLike {
  id: number;
  bounds: Rect;
  workArea: Rect;
  /** A laptop's built-in panel; an external screen (TV, monitor) is preferred for the prompter. */
  internal?: boolean;
}

export interface Placement {
  bounds: Rect;
  fullscreen: boolean;
}

export interface WindowPlan {
  console: Placement;
  prompter: Placement;
  /** 'second-display': full screen on its own screen; 'beside': a normal window next to the console. */
  prompterMode: 'second-display' | 'beside';
  prompterDisplayId: number | null;
}

const area = (r: Rect): number => Math.max(0, r.width) * Math.max(0, r.height);

/**
 * The display for the host's prompter: any display other than the primary one, preferring an
 * external screen, then the largest, then the lowest id (stable). Null when there is only one.
 */
export function choosePrompterDisplay<D extends DisplayLike>(displays: readonly D[], primaryId: number): D | null {
  const candidates = displays.filter((d) => d.id !== primaryId && area(d.bounds) > 0);
  if (candidates.length === 0) return null;
  const sorted = [...candidates].sort(
    (a, b) => Number(a.internal === true) - Number(b.internal === true) || area(b.bounds) - area(a.bounds) || a.id - b.id,
  );
  return sorted[0] ?? null;
}

/** Console on the primary display; prompter full screen on a second display, else beside the console. */
export function planWindows(displays: readonly DisplayLike[], primaryId: number): WindowPlan {
  const primary = displays.find((d) => d.id === primaryId) ?? displays[0];
  const work: Rect = primary?.workArea ?? { x: 0, y: 0, width: 1440, height: 900 };
  const second = choosePrompterDisplay(displays, primary?.id ?? primaryId);
  if (second) {
    return {
      console: { bounds: { ...work }, fullscreen: false },
      prompter: { bounds: { ...second.bounds }, fullscreen: true },
      prompterMode: 'second-display',
      prompterDisplayId: second.id,
    };
  }
  const consoleWidth = Math.round(work.width * 0.62);
  return {
    console: { bounds: { x: work.x, y: work.y, width: consoleWidth, height: work.height }, fullscreen: false },
    prompter: {
      bounds: { x: work.x + consoleWidth, y: work.y, width: work.width - consoleWidth, height: work.height },
      fullscreen: false,
    },
    prompterMode: 'beside',
    prompterDisplayId: null,
  };
}
