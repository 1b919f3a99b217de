import { useState } from 'react';
import type { RtFn } from '../../../i18n/review';
import { toastActions } from '../../../store/toasts.slice';
import { exportCompareCsv } from '../exportReport';

/** 导出对比 CSV: the hub's CSV of the comparison, saved (desktop) or downloaded (browser). */
export function CompareCsvButton({ a, b, rt }: { a: { id: string; title: string; at: number }; b: { id: string; title: string }; rt: RtFn }) {
  const [busy, setBusy] = useState(false);
  async function onClick() {
    setBusy(true);
    try {
      const r = await exportCompareCsv(a, b);
      if (r.kind === 'saved') toastActions.show('info', rt('csvSaved'), rt('csvSavedTo', { path: r.path }));
    } catch (e) {
      toastActions.show('error', rt('csvFailed'), e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <button type="button" onClick={() => void onClick()} disabled={busy} data-testid="compare-export-csv">
      {busy ? rt('exporting') : rt('cmp.exportCsv')}
    </button>
  );
}
