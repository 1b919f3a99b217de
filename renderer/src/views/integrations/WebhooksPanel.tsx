import { useState, type FormEvent } from 'react';
import { ROOM_EVENT_TYPES, type RoomEventType } from '../../../../shared/protocol/roomEvents';
import type { WebhookStatus } from '../../../../shared/protocol/webhooks';
import { eventLabel, stateLabel, useIt, webhookErrorText, type IKey, type ItFn } from '../../i18n/integrations';
import type { Vars } from '../../i18n/engine';
import { fmtTime } from '../../lib/format';
import { copyText } from '../../services/clipboard';
import { ApiError, hubApi } from '../../services/hubHttp';
import { useRole } from '../../store/connection.slice';
import { useWebhooks } from './useWebhooks';
import './integrations.css';

const codeOf = (err: unknown) => (err instanceof ApiError ? err.code : 'network');
/** A note worded at render time (it follows the language switch). */
type Note = { key: IKey; vars?: Vars } | null;
const failedNote = (err: unknown): Note => ({ key: 'failed', vars: { code: codeOf(err) } });

function WebhookRow({ w, it, onChanged, onNote }: { w: WebhookStatus; it: ItFn; onChanged: () => void; onNote: (n: Note) => void }) {
  const test = async () => {
    try {
      await hubApi('testWebhook', { params: { id: w.id } });
      onNote({ key: 'testSent' });
      onChanged();
    } catch (err) { onNote(failedNote(err)); }
  };
  const remove = async () => {
    if (!window.confirm(it('confirmRemove'))) return;
    try {
      await hubApi('removeWebhook', { params: { id: w.id } });
      onChanged();
    } catch (err) { onNote(failedNote(err)); }
  };
  const showError = w.lastError && (w.state === 'failed' || w.state === 'retrying');
  return (
    <li className={`webhook webhook-${w.state}`} data-testid="webhook-row" data-state={w.state} data-id={w.id}>
      <div className="webhook-head">
        <span className={`webhook-state webhook-state-${w.state}`} data-testid="webhook-state">{stateLabel(it, w.state)}</span>
        <code className="webhook-url ellipsis" title={w.url}>{w.url}</code>
        <span className="spacer" />
        <button className="sm" onClick={() => void test()} data-testid="webhook-test">{it('test')}</button>
        <button className="ghost sm" onClick={() => void remove()} data-testid="webhook-remove">{it('remove')}</button>
      </div>
      <div className="muted webhook-meta">
        <span>{w.events.map((e) => eventLabel(it, e)).join(' · ')}</span>
        <span className="num">{it('counts', { delivered: w.delivered, failures: w.failures, queued: w.queued, dropped: w.dropped })}</span>
        {w.lastDeliveryAt ? <span className="num">{it('lastDelivery', { time: fmtTime(w.lastDeliveryAt) })}</span> : null}
        <span className="num">{it('secretHint', { hint: w.secretHint })}</span>
      </div>
      {showError && w.lastError ? (
        <div className="webhook-error" role="alert" data-testid="webhook-error" data-code={w.lastError.code}>
          {webhookErrorText(it, w.lastError)}{it('errAt', { time: fmtTime(w.lastError.at) })}
        </div>
      ) : null}
    </li>
  );
}

function AddWebhook({ it, onAdded, onNote }: { it: ItFn; onAdded: () => void; onNote: (n: Note) => void }) {
  const [url, setUrl] = useState('');
  const [secret, setSecret] = useState('');
  const [events, setEvents] = useState<Set<RoomEventType>>(() => new Set(['on_air', 'order', 'alert']));
  const [busy, setBusy] = useState(false);
  const [shownSecret, setShownSecret] = useState<string | null>(null);
  const toggle = (e: RoomEventType) => setEvents((s) => {
    const n = new Set(s);
    if (n.has(e)) n.delete(e); else n.add(e);
    return n;
  });
  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    setBusy(true);
    try {
      const r = await hubApi('addWebhook', { body: { url: url.trim(), events: [...events], ...(secret ? { secret } : {}) } });
      setShownSecret(r.secret);
      setUrl('');
      setSecret('');
      onNote(null);
      onAdded();
    } catch (err) {
      onNote(failedNote(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="webhook-add" onSubmit={(e) => void submit(e)} data-testid="webhook-add">
      <label>
        <span className="muted">{it('url')}</span>
        <input type="url" required value={url} onChange={(e) => setUrl(e.target.value)} placeholder="http://127.0.0.1:8080/livedeck" data-testid="webhook-url" />
      </label>
      <fieldset>
        <legend className="muted">{it('events')}</legend>
        {ROOM_EVENT_TYPES.map((e) => (
          <label key={e} className="webhook-event">
            <input type="checkbox" checked={events.has(e)} onChange={() => toggle(e)} data-testid={`webhook-event-${e}`} />
            {eventLabel(it, e)}
          </label>
        ))}
      </fieldset>
      <label>
        <span className="muted">{it('secret')}</span>
        <input type="password" value={secret} onChange={(e) => setSecret(e.target.value)} minLength={8} maxLength={200} autoComplete="off" data-testid="webhook-secret-input" />
      </label>
      <button type="submit" disabled={busy || !url.trim() || events.size === 0} data-testid="webhook-submit">{busy ? it('adding') : it('add')}</button>
      {shownSecret ? (
        <div className="webhook-secret" role="status">
          <span>{it('added')}</span> <code data-testid="webhook-secret">{shownSecret}</code>
          <button type="button" className="sm" onClick={() => void copyText(shownSecret).then((ok) => ok && onNote({ key: 'copied' }))}>{it('copy')}</button>
        </div>
      ) : null}
    </form>
  );
}

/**
 * The producer's outgoing webhooks (issue 17): add (URL, event types, secret), test, remove; each
 * with its delivery status — a failed delivery shows red with the reason. Producer only (the hub
 * refuses the others too).
 */
export function WebhooksPanel() {
  const it = useIt();
  const role = useRole();
  const producer = role === 'producer';
  const { webhooks, error, refresh } = useWebhooks(producer);
  const [note, setNote] = useState<Note>(null);
  if (!producer) return <section className="panel webhooks-panel muted" data-testid="webhooks-panel">{it('producerOnly')}</section>;
  return (
    <section className="panel webhooks-panel" data-testid="webhooks-panel">
      <div className="panel-head"><span className="panel-title">{it('webhooks')}</span></div>
      <AddWebhook it={it} onAdded={() => void refresh()} onNote={setNote} />
      {note ? <div className="muted" role="status" data-testid="webhooks-note">{it(note.key, note.vars)}</div> : null}
      {error ? <div className="webhook-error" role="alert">{it('failed', { code: error })}</div> : null}
      <ul className="webhook-list">
        {webhooks && webhooks.length === 0 ? <li className="muted empty-line">{it('none')}</li> : null}
        {(webhooks ?? []).map((w) => <WebhookRow key={w.id} w={w} it={it} onChanged={() => void refresh()} onNote={setNote} />)}
      </ul>
    </section>
  );
}
