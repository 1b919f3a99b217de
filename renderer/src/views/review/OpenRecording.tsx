import { useRef, useState, type DragEvent } from 'react';
import { RECORDING_ERROR_CODES, RECORDING_MAX_BYTES, type RecordingErrorCode, type RecordingReview } from '../../../../shared/protocol/recording';
import { fmtPct } from '../../../../shared/text/numberFormat';
import type { RKey, RtFn } from '../../i18n/review';
import { ApiError, hubUpload } from '../../services/hubHttp';
import './openRecording.css';

/** A review opened from a file, with the file's name. */
export interface OpenedRecording { name: string; review: RecordingReview }

type Phase =
  | { kind: 'idle' }
  | { kind: 'uploading'; name: string; share: number }
  | { kind: 'failed'; name: string; code: RecordingErrorCode | 'network' | 'server'; status: number | null };

const isRecordingCode = (c: string): c is RecordingErrorCode => (RECORDING_ERROR_CODES as readonly string[]).includes(c);

function failure(name: string, e: unknown): Phase {
  if (!(e instanceof ApiError) || e.status === 0) return { kind: 'failed', name, code: 'network', status: null };
  if (isRecordingCode(e.code)) return { kind: 'failed', name, code: e.code, status: e.status };
  return { kind: 'failed', name, code: 'server', status: e.status };
}

const mib = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;

/**
 * Opens a HAR (the browser's "Save all as HAR" of the Douyin console) or a LiveDeck recording for
 * 复盘: file picker or drag-and-drop, upload progress, the hub builds the report (POST
 * /api/review/open) and the review page shows it until "back to this session".
 */
export function OpenRecording({ opened, onOpened, rt }: { opened: OpenedRecording | null; onOpened: (r: OpenedRecording | null) => void; rt: RtFn }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const busy = phase.kind === 'uploading';

  const open = (file: File) => {
    if (busy) return;
    if (file.size > RECORDING_MAX_BYTES) return setPhase({ kind: 'failed', name: file.name, code: 'too_large', status: null });
    setPhase({ kind: 'uploading', name: file.name, share: 0 });
    hubUpload('reviewOpen', file, { meta: { filename: file.name }, onProgress: (share) => setPhase({ kind: 'uploading', name: file.name, share }) }).then(
      (review) => { setPhase({ kind: 'idle' }); onOpened({ name: file.name, review }); },
      (e: unknown) => setPhase(failure(file.name, e)),
    );
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file) open(file);
  };

  const s = opened?.review.source;
  return (
    <section
      className={`rv-open${over ? ' rv-open-over' : ''}`}
      data-testid="open-recording"
      onDragOver={(e) => { e.preventDefault(); setOver(true); }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <input
        ref={input} type="file" hidden data-testid="open-recording-input" accept=".har,.json,.jsonl,.gz,application/json"
        onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) open(f); }}
      />
      <button type="button" className="sm" disabled={busy} onClick={() => input.current?.click()}>{rt('open.button')}</button>
      {phase.kind === 'uploading' ? (
        <span className="rv-open-progress" data-testid="open-recording-progress" role="status">
          <progress max={1} value={phase.share} />
          {phase.share < 1 ? rt('open.uploading', { pct: fmtPct(phase.share, 0) }) : rt('open.reading')}
        </span>
      ) : opened && s ? (
        <span className="rv-open-viewing" data-testid="open-recording-viewing">
          <b>{rt('open.viewing', { name: opened.name })}</b>
          <span className="muted" data-testid="open-recording-source">{rt('open.source', { ...s })}</span>
          <button type="button" className="sm" onClick={() => onOpened(null)}>{rt('open.back')}</button>
        </span>
      ) : <span className="muted rv-open-hint">{rt('open.drop')}</span>}
      {phase.kind === 'failed' ? (
        <div className="rv-banner" role="alert" data-testid="open-recording-error" data-code={phase.code}>
          {rt(`open.err.${phase.code}` as RKey, { name: phase.name, status: phase.status ?? '—', max: mib(RECORDING_MAX_BYTES) })}
        </div>
      ) : null}
    </section>
  );
}
