import { useMemo } from 'react';
import type { CommentItem } from '../../../../shared/protocol';
import { quickReplies } from '../../../../shared/domain/comments/quickReplies';
import { useT } from '../../i18n';
import { copyText } from '../../services/clipboard';
import { useLive, useShow } from '../../store/room.slice';
import { toastActions } from '../../store/toasts.slice';
import { useOnAir } from '../../store/live.selectors';
import { ownEntry } from '../../../../shared/domain/idTable';
import { replyDraftActions } from '../../store/replyDraft.slice';

/** Answers to a viewer's question, filled with the product's facts, copied for the platform's reply box. */
export function QuickReplies({ comment }: { comment: CommentItem }) {
  const t = useT();
  const show = useShow();
  const live = useLive();
  const onAir = useOnAir();
  const replies = useMemo(() => {
    if (comment.intent !== 'question' || !show) return [];
    const productId = comment.productId ?? onAir?.product?.id ?? null;
    const product = show.products.find((p) => p.id === productId) ?? null;
    const slot = onAir?.slot.productId === productId ? onAir.slot : show.slots.find((s) => s.productId === productId) ?? null;
    const livePrice = onAir?.slot.productId === productId ? onAir.price : product?.price ?? null;
    const stock = productId ? (live ? ownEntry(live.products, productId) : undefined)?.stock ?? product?.stock ?? null : null;
    return quickReplies(comment.topic, { product, slot, livePrice, stock });
  }, [comment, show, live, onAir]);
  if (!replies.length) return null;
  const copy = async (text: string) => {
    replyDraftActions.setText(text); // also ready to post to the public screen when a live source can (PlatformActionsReply)
    const ok = await copyText(text);
    toastActions.show(ok ? 'info' : 'error', ok ? t('quickReply.copied') : t('quickReply.failed'), ok ? text : undefined);
  };
  return (
    <div className="qreplies" data-testid="quick-replies">
      <span className="muted">{t('quickReply.title')}</span>
      {replies.map((text, i) => (
        <button key={text} className="sm qreply" title={text} data-testid="quick-reply" onClick={() => void copy(text)}>
          {i + 1}. {text}
        </button>
      ))}
    </div>
  );
}
