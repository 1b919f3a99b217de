import { useRef } from 'react';
import { IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS, type ImportField, type ImportMapping } from '../../../../../shared/protocol/catalogImport';
import { useLang, type Lang } from '../../../store/ui.slice';
import { importFieldLabel, importFileErrorText, isImportFileErrorCode, rowIssueText } from '../../../i18n/domain';
import { useRT } from '../../../i18n/rundown';
import { fmtYuan } from '../../../../../shared/text/numberFormat';
import { acceptImport, importFile, pickWithBridge, reimport } from '../services/import.service';
import { importActions, useImportState } from '../store/import.slice';
import { selectionActions } from '../store/selection.slice';
import { Dialog } from './Dialog';

/** Column → field chooser: each column gets at most one field; unmapped columns are skipped. */
function MappingStep({ headers, mapping, preview, lang }: { headers: string[]; mapping: ImportMapping; preview: string[][]; lang: Lang }) {
  const t = useRT();
  const fieldOf = (col: number) => (Object.entries(mapping) as [ImportField, number][]).find(([, c]) => c === col)?.[0] ?? '';
  const set = (col: number, field: ImportField | '') => {
    const next: ImportMapping = {};
    for (const [f, c] of Object.entries(mapping) as [ImportField, number][]) if (c !== col && f !== field) next[f] = c;
    if (field) next[field] = col;
    importActions.setMapping(next);
  };
  const label = (f: ImportField) => importFieldLabel(lang, f) + (REQUIRED_IMPORT_FIELDS.includes(f) ? ' *' : '');
  return (
    <div className="imp-mapping" data-testid="import-mapping">
      <div className="muted small">{t('imp.mappingHint')}</div>
      <div className="imp-map-table">
        <table>
          <thead><tr>{headers.map((h, i) => <th key={i}>{h || `#${i + 1}`}</th>)}</tr></thead>
          <tbody>
            <tr>
              {headers.map((_, i) => (
                <td key={i}>
                  <select value={fieldOf(i)} data-testid={`map-col-${i}`} aria-label={headers[i]} onChange={(e) => set(i, e.target.value as ImportField | '')}>
                    <option value="">{t('imp.ignore')}</option>
                    {IMPORT_FIELDS.map((f) => <option key={f} value={f}>{label(f)}</option>)}
                  </select>
                </td>
              ))}
            </tr>
            {preview.slice(0, 3).map((r, ri) => <tr key={ri} className="muted">{headers.map((_, i) => <td key={i}>{r[i]}</td>)}</tr>)}
          </tbody>
        </table>
      </div>
      <button className="sm" data-testid="import-reimport" onClick={() => void reimport()}>{t('imp.reimport')}</button>
    </div>
  );
}

export function ImportDialog() {
  const t = useRT();
  const lang = useLang();
  const st = useImportState();
  const input = useRef<HTMLInputElement>(null);
  const close = () => { importActions.reset(); selectionActions.close(); };
  const choose = async () => {
    const picked = await pickWithBridge().catch(() => undefined);
    if (picked === undefined) input.current?.click();
    else if (picked) void importFile(picked.blob, picked.name);
  };
  const r = st.result;
  const busy = st.phase === 'uploading' || st.phase === 'parsing';
  return (
    <Dialog title={t('imp.title')} onClose={close} wide testId="import-dialog">
      <div className="imp-pick">
        <input ref={input} type="file" accept=".csv,.xlsx,.txt,.tsv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" hidden data-testid="import-file"
          onChange={(e) => { const f = e.target.files?.[0]; if (f) void importFile(f, f.name); e.target.value = ''; }} />
        <button className="primary" onClick={() => void choose()} disabled={busy}>{t('imp.choose')}</button>
        <span className="muted small">{st.fileName ?? t('imp.drop')}</span>
      </div>
      {busy ? (
        <div className="imp-progress" data-testid="import-progress">
          <div className="totals-bar"><div className="totals-fill" style={{ width: `${Math.round(st.progress * 100)}%` }} /></div>
          <span className="small">{st.phase === 'parsing' ? t('imp.parsing') : t('imp.uploading', { pct: Math.round(st.progress * 100) })}</span>
        </div>
      ) : null}
      {st.phase === 'error' ? <div className="imp-error danger-text" data-testid="import-error" data-code={st.error?.code} title={st.error?.message}>{st.error ? (isImportFileErrorCode(st.error.code) ? importFileErrorText(lang, st.error.code) : st.error.message) : null}</div> : null}
      {r ? (
        <div className="imp-result">
          <div className="imp-summary" data-testid="import-summary">
            {t('imp.summary', { rows: r.rowCount, ok: r.products.length, bad: r.errors.length })}
            <span className="muted small">{r.encoding ? ` · ${t('imp.encoding', { enc: r.encoding })}` : ''}</span>
            {r.sheets && r.sheets.length > 1 ? (
              <label className="small"> · {t('imp.sheet')}{' '}
                <select value={st.sheet ?? ''} onChange={(e) => { importActions.setSheet(e.target.value); void reimport(); }}>
                  {r.sheets.map((s) => <option key={s}>{s}</option>)}
                </select>
              </label>
            ) : null}
          </div>
          {r.needsMapping || r.unknownHeaders.length > 0 ? <MappingStep headers={r.headers} mapping={st.mapping} preview={r.preview} lang={lang} /> : null}
          {r.errors.length > 0 ? (
            <div className="imp-issues">
              <div className="sec-head"><span className="danger-text">{t('imp.errors')}</span></div>
              <table data-testid="import-errors"><thead><tr><th>{t('imp.row')}</th><th>{t('imp.reason')}</th></tr></thead>
                <tbody>{r.errors.slice(0, 500).map((e, i) => <tr key={i}><td className="num">{e.row}</td><td>{rowIssueText(lang, e)}</td></tr>)}</tbody></table>
            </div>
          ) : null}
          {r.warnings.length > 0 ? (
            <div className="imp-issues">
              <div className="sec-head"><span className="warn-text">{t('imp.warnings')}</span></div>
              <table><tbody>{r.warnings.slice(0, 200).map((e, i) => <tr key={i}><td className="num">{e.row}</td><td>{rowIssueText(lang, e)}</td></tr>)}</tbody></table>
            </div>
          ) : null}
          {r.products.length > 0 ? (
            <div className="imp-preview muted small">
              {r.products.slice(0, 3).map((p) => `${p.name} ¥${fmtYuan(p.price)}`).join(' · ')}{r.products.length > 3 ? ' …' : ''}
            </div>
          ) : null}
        </div>
      ) : null}
      <div className="dlg-actions">
        <button onClick={close}>{t('imp.cancel')}</button>
        <button className="primary" data-testid="import-confirm" disabled={!r || r.products.length === 0 || busy} onClick={acceptImport}>
          {t('imp.confirm', { n: r?.products.length ?? 0 })}
        </button>
      </div>
    </Dialog>
  );
}
