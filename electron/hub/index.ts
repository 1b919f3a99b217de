/**
 * The hub's public entry: the one module the Electron shell (electron/*.ts, electron/shell/**)
 * and the CLI (electron/cli/**) may import from electron/hub (lint enforces it). Everything else
 * under electron/hub is the hub's own business.
 */
export { startHub, isLoopback, type Hub, type HubOptions } from './hub';
export { defaultDataDir } from './paths';
export { lanAddresses, type InterfaceAddressLike } from './lanAddresses';
export { loadSampleShow } from './sampleShow';
export { createReplaySource } from './sources/replaySource';
export { importCatalog } from './import/importCatalog';
export { ImportFileError } from './import/importError';
export { writeFileAtomic } from './documents/atomicWrite';
export { reviewRecording, readRecordingEvents, defaultShowFor, type RecordingOutcome, type ReviewRecordingOptions } from './recordings/reviewRecording';
export { openRecording } from './recordings/recordingFile';
export { toReviewCsv } from './reviewCsv';
export { toReviewHtml } from './reviewHtml';
export { replayRecordingRisk, type RecordingRisk, type RiskOutcome } from './calibration';
export { loadRiskWeights, type LoadedRiskWeights } from './riskWeights';
