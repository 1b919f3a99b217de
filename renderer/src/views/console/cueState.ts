/** The console's cue helpers live in shared/domain/live/cues.ts (one copy; the hub's control API uses them too). */
export { nextPlannedCue, plannedCueTiming } from '../../../../shared/domain/live/cues';
