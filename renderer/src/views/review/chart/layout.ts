/** Fixed layout of the per-minute chart for a given width: slot lane, three panes, time axis. */
export interface Pane {
  top: number;
  bottom: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  left: number;
  right: number;
  lane: Pane;
  /** Cue / 讲解 / slot-change markers, one row each (empty when there are none). */
  marks: Pane;
  online: Pane;
  gmv: Pane;
  comments: Pane;
  axisY: number;
}

const LEFT = 58;
const RIGHT = 14;
const LANE_TOP = 4;
const LANE_H = 22;
const GAP = 12;
const AXIS_H = 20;
export const MARK_ROW_H = 16;

export function chartLayout(width: number, markRows = 0): ChartLayout {
  const marksH = markRows > 0 ? markRows * MARK_ROW_H + 4 : 0;
  const height = Math.round(Math.min(420, Math.max(300, width * 0.235))) + marksH;
  const lane = { top: LANE_TOP, bottom: LANE_TOP + LANE_H };
  const marks = { top: lane.bottom + (marksH ? 4 : 0), bottom: lane.bottom + marksH };
  const top = marks.bottom + 8;
  const bottom = height - AXIS_H;
  const avail = bottom - top - GAP * 2;
  const hOnline = Math.round(avail * 0.47);
  const hGmv = Math.round(avail * 0.37);
  const online = { top, bottom: top + hOnline };
  const gmv = { top: online.bottom + GAP, bottom: online.bottom + GAP + hGmv };
  const comments = { top: gmv.bottom + GAP, bottom };
  return { width, height, left: LEFT, right: width - RIGHT, lane, marks, online, gmv, comments, axisY: bottom };
}
