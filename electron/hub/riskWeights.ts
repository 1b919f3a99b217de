import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RISK_WEIGHTS, type RiskWeights } from '../../shared/domain/refundRisk/weights';
import { checkRiskWeightsFile, RISK_WEIGHTS_FILE } from '../../shared/domain/refundRisk/weightsFile';

/** The refund-risk weights the hub runs with, where they came from, and why a file was refused. */
export interface LoadedRiskWeights {
  weights: RiskWeights;
  /** The file the weights came from, or null for the built-ins. */
  file: string | null;
  /** Why the file was not used (the built-ins are used instead); null when fine or absent. */
  error: string | null;
}

/**
 * Weights from `file` (a `livedeck calibrate --refit` output) when given, else from
 * `<dataDir>/risk-weights.json` when it exists, else the built-ins. A file that cannot be read or
 * is not a valid weights file gives the built-ins and a clear error (never a half-read file).
 */
export function loadRiskWeights(opts: { file?: string; dataDir: string }): LoadedRiskWeights {
  const explicit = opts.file !== undefined;
  const path = opts.file ?? join(opts.dataDir, RISK_WEIGHTS_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (!explicit && code === 'ENOENT') return { weights: RISK_WEIGHTS, file: null, error: null };
    return { weights: RISK_WEIGHTS, file: null, error: `${path}: cannot read (${code ?? (err as Error).message}); using the built-in weights` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { weights: RISK_WEIGHTS, file: null, error: `${path}: not valid JSON; using the built-in weights` };
  }
  const checked = checkRiskWeightsFile(json);
  if (!checked.ok) return { weights: RISK_WEIGHTS, file: null, error: `${path}: not a refund-risk weights file (${checked.error}); using the built-in weights` };
  return { weights: checked.file.weights, file: path, error: null };
}
