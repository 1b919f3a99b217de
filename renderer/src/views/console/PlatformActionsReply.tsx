import { useMemo, useState } from 'react';
import { REPLY_MAX_CHARS } from '../../../../shared/protocol/source';
import { useT } from '../../i18n';
import { actionKindLabel } from '../../i18n/domain';
import { requestAction } from '../../services/platformActions';
import { liveActionKinds, useKillSwitch } from '../../store/platformActions.slice';
import { replyDraftActions, useReplyDraftStore } from '../../store/replyDraft.slice';
import { useSourcesStore } from '../../store/sources.slice';
import { useLang } from '../../store/ui.slice';

/**
 * Platform actions in the comment panel (issue 13): which ones the live source supports, and the
 * reply control — a typed line or a picked quick reply → 发到公屏 (+ 置顶) → a confirm step → the
 * result as a toast. Shown only while a live source supports an action.
 */
export function PlatformActionsReply() {
  const t = useT();
  const lang = useLang();
  const sources = useSourcesStore((s) => s.sources);
  const kinds = useMemo(() => liveActionKinds(sources), [sources]);
  const killed = useKillSwitch();
  const { text, pin } = useReplyDraftStore();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!kinds.length) return null;
  const line = text.trim();
  const canReply = kinds.includes('reply') && !killed;

  const send = async () => {
    setBusy(true);
    const rec = await requestAction({ kind: 'reply', text: line, pin });
    setBusy(false);
    setConfirming(false);
    if (rec?.result?.ok) replyDraftActions.clear();
  };

  return (
    <div className="platform-actions" data-testid="platform-actions" data-kinds={kinds.join(' ')} data-killed={killed}>
      <div className="muted">
        {killed ? t('platform.killed') : t('platform.available', { kinds: kinds.map((k) => actionKindLabel(lang, k)).join(' · ') })}
      </div>
      {kinds.includes('reply') ? (
        <div className="platform-reply">
          <input
            type="text" value={text} maxLength={REPLY_MAX_CHARS} placeholder={t('platform.reply.placeholder')} disabled={!canReply || busy}
            onChange={(e) => { replyDraftActions.setText(e.target.value); setConfirming(false); }} data-testid="platform-reply-text"
          />
          <label className="platform-pin">
            <input type="checkbox" checked={pin} disabled={!canReply || busy} onChange={(e) => replyDraftActions.setPin(e.target.checked)} data-testid="platform-reply-pin" />
            {t('platform.reply.pin')}
          </label>
          {confirming ? (
            <span className="platform-confirm" data-testid="platform-reply-confirm">
              <span>{t('platform.reply.confirm', { text: line, pin: pin ? t('platform.reply.pinned') : '' })}</span>
              <button className="primary sm" disabled={busy} onClick={() => void send()} data-testid="platform-reply-yes">{t('platform.reply.yes')}</button>
              <button className="sm" disabled={busy} onClick={() => setConfirming(false)}>{t('platform.reply.no')}</button>
            </span>
          ) : (
            <button className="sm" disabled={!canReply || !line || busy} onClick={() => setConfirming(true)} data-testid="platform-reply-send">
              {t('platform.reply.send')}
            </button>
          )}
        </div>
      ) : null}
    </div>
  );
}
