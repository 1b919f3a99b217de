import type { ActionRecord } from '../../../../shared/protocol/platformActions';
import { useT } from '../../i18n';
import { actionKindLabel, actionResultText } from '../../i18n/domain';
import { useActionLog } from '../../store/platformActions.slice';
import { useLang } from '../../store/ui.slice';

const clock = (ms: number) => new Date(ms).toTimeString().slice(0, 8);

/** What an entry asked for: the product, or the reply line (置顶 marked). */
function subject(r: ActionRecord, pinWord: string): string {
  if (r.productId) return r.productId;
  if (r.text) return r.pin ? `${r.text} (${pinWord})` : r.text;
  return '';
}

/** The log of every platform action request and its result (the review page and the console read it). */
export function PlatformActionsLog() {
  const t = useT();
  const lang = useLang();
  const log = useActionLog();
  return (
    <section className="rv-panel platform-log" data-testid="platform-action-log">
      <h2>{t('platform.log.title')}</h2>
      {log.length === 0 ? <div className="muted">{t('platform.log.empty')}</div> : (
        <ol>
          {[...log].reverse().map((r) => (
            <li key={r.id} data-testid="platform-action" data-kind={r.kind} data-code={r.result?.code ?? 'pending'}>
              <span className="num">{clock(r.at)}</span> · <span>{actionKindLabel(lang, r.kind)}</span> · <span>{subject(r, t('platform.reply.pin'))}</span>
              {' · '}<span className="muted">{r.by}</span> · <span>{actionResultText(lang, r.result)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
