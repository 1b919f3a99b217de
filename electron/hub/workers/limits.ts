import type { JobLimits } from './runJob';

/**
 * Caps of the hub's job workers (docs/import.md, docs/performance.md). The worker shares the
 * hub's process, so the hub's RSS while a job runs is at most its own (~150 MB) + the job's
 * old-gen cap + young gen + the job's buffers outside the V8 heap (the upload, ≤ 20 MB, and for
 * an XLSX the inflate check's output, ≤ 100 MiB + one entry): documented cap 1.6 GB.
 */
export const IMPORT_JOB_LIMITS: JobLimits = { oldGenMb: 1024, youngGenMb: 32, timeoutMs: 90_000 };
/** Export of up to 10 sheets × 100,000 rows × 200 cells (the contract's bounds) through a streaming writer. */
export const EXPORT_JOB_LIMITS: JobLimits = { oldGenMb: 1024, youngGenMb: 32, timeoutMs: 300_000 };
/**
 * Largest ImportResult (its JSON bytes) a worker may hand the hub: 100,000 rows each with an issue
 * come to ≈ 10–20 MB; beyond this the import answers `reply_too_large` instead of holding it.
 */
export const IMPORT_REPLY_MAX_BYTES = 64 * 1024 * 1024;
