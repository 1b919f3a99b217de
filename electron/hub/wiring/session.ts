import type { HubOptions } from '../hubContract';
import type { SessionJournal } from '../journal/session';
import type { Room } from '../room/room';
import { loadRiskWeights, type LoadedRiskWeights } from '../riskWeights';
import { openRoomSession } from '../roomSession';
import { loadSampleShow } from '../sampleShow';
import { defaultRecordingFile, recordRoom, recordRoomOrWarn, type Recorder } from '../sources/recorder';

export interface HubSession {
  room: Room;
  journal: SessionJournal | null;
  riskWeights: LoadedRiskWeights;
  recording: Recorder | null;
}

/** The hub's one room: restored from its journal or new, its refund-risk weights, and its recording. */
export function openHubSession(
  opts: Pick<HubOptions, 'show' | 'journal' | 'dataDir' | 'resume' | 'resumeWindowMs' | 'source' | 'riskWeightsFile' | 'record'>,
  ctx: { dataDir: string; roomId: string; now: () => number },
): HubSession {
  const { dataDir, roomId, now } = ctx;
  const show = opts.show ?? loadSampleShow();
  const { room, journal } = openRoomSession({
    dataDir, roomId, show, now, journal: opts.journal ?? opts.dataDir !== undefined, resume: opts.resume, resumeWindowMs: opts.resumeWindowMs,
    startOnAir: opts.source !== null, followExplain: opts.source?.kind === 'replay',
  });
  const riskWeights = loadRiskWeights({ dataDir, ...(opts.riskWeightsFile !== undefined ? { file: opts.riskWeightsFile } : {}) });
  room.setRiskWeights(riskWeights.weights);
  // An explicit --record file must open; the default one in the data folder is best effort.
  const recordTo = opts.record ?? (opts.dataDir !== undefined ? defaultRecordingFile(dataDir, roomId, now()) : false);
  const recording = recordTo === false ? null : opts.record !== undefined ? recordRoom(room, recordTo) : recordRoomOrWarn(room, recordTo);
  return { room, journal, riskWeights, recording };
}
