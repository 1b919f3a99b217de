import { lintShow, withLexicon } from '../../../../../shared/domain/compliance';
import { lintActions } from '../store/lint.slice';
import { useShowStore } from '../store/show.slice';

const DEBOUNCE_MS = 150;

/** Re-lints the whole show shortly after it stops changing; returns the unsubscribe. */
export function startLintRunner(): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const run = () => {
    timer = null;
    const { show, lexicon } = useShowStore.getState();
    const t0 = performance.now();
    // The same input the hub and the prompter lint: the show as it would go live.
    const findings = lintShow(withLexicon(show, lexicon));
    lintActions.set(findings, performance.now() - t0);
  };
  run();
  const unsub = useShowStore.subscribe((s, prev) => {
    if (s.show === prev.show && s.lexicon === prev.lexicon) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  });
  return () => {
    unsub();
    if (timer) clearTimeout(timer);
  };
}
