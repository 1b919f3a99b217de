import type { SourceHealth } from '../../../../shared/protocol/source';

/** The status bar's colour for the room's sources: red (a source failed), amber (one is not live yet or stalled), green, or none running. */
export type SourceLevel = 'green' | 'amber' | 'red' | 'none';

export function sourceLevel(sources: readonly SourceHealth[]): SourceLevel {
  if (sources.some((s) => s.state === 'failed')) return 'red';
  const running = sources.filter((s) => s.state !== 'stopped');
  if (!running.length) return 'none';
  return running.every((s) => s.state === 'live') ? 'green' : 'amber';
}
