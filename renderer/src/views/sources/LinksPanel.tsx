import { useEffect, useState } from 'react';
import { useT, type TFn } from '../../i18n';
import { copyText } from '../../services/clipboard';
import { ApiError, hubApi } from '../../services/hubHttp';
import { useRole } from '../../store/connection.slice';
import { useCredentialKeeping } from '../../store/storage.slice';
import { useLang } from '../../store/ui.slice';
import { credentialLines } from '../../i18n/domain';
import type { CredentialLink } from '../../../../shared/protocol/http';

const linkId = (l: Pick<CredentialLink, 'kind' | 'role'>) => `${l.kind}-${l.role ?? 'all'}`;
const linkName = (t: TFn, l: CredentialLink) => `${t(`links.kind.${l.kind}`)}${l.role ? ` · ${t(`role.${l.role}`)}` : ''}`;
/** The link with its token hidden (the rest shows where it leads). */
export const maskLink = (url: string) => url.replace(/([?&]token=)[^&#]*/, '$1••••••••');

/**
 * 令牌与链接 / Tokens & links (issue 17 item 4): every credential as a ready link, masked until
 * shown, with copy and regenerate (confirmed; the old link fails at once; `onRotated` tells the
 * page). Producer only — the hub refuses the route to other roles too.
 */
export function LinksPanel({ onRotated }: { onRotated?: () => void }) {
  const t = useT();
  const role = useRole();
  const [links, setLinks] = useState<CredentialLink[]>([]);
  const [shown, setShown] = useState<ReadonlySet<string>>(new Set());
  const [note, setNote] = useState<string | null>(null);
  const producer = role === 'producer';
  const lang = useLang();
  const keeping = useCredentialKeeping();

  useEffect(() => {
    if (!producer) return;
    const ctl = new AbortController();
    hubApi('listCredentials', { signal: ctl.signal }).then((r) => setLinks(r.links), () => undefined);
    return () => ctl.abort();
  }, [producer]);
  if (!producer) return null;

  const toggle = (id: string) => setShown((s) => { const n = new Set(s); if (n.has(id)) n.delete(id); else n.add(id); return n; });
  const copy = async (l: CredentialLink) => { if (await copyText(l.url)) setNote(t('links.copied', { name: linkName(t, l) })); };
  const regenerate = async (l: CredentialLink) => {
    if (!window.confirm(t('links.confirm', { name: linkName(t, l) }))) return;
    try {
      const r = await hubApi('rotateCredential', { body: { kind: l.kind, ...(l.role ? { role: l.role } : {}) } });
      setLinks((all) => all.map((x) => (linkId(x) === linkId(r.link) ? r.link : x)));
      setNote(t('links.regenerated', { name: linkName(t, l) }));
      onRotated?.();
    } catch (err) {
      setNote(t('links.failed', { code: err instanceof ApiError ? err.code : 'network' }));
    }
  };

  return (
    <section className="panel links-panel" data-testid="links-panel">
      <div className="panel-head"><span className="panel-title">{t('links.title')}</span></div>
      <div className="muted links-note">{t('links.note')}</div>
      {keeping ? (
        <div className={`links-kept links-kept-${keeping.kept}`} data-testid="links-kept" data-kept={keeping.kept} data-why={keeping.why ?? ''}>
          {credentialLines(lang, keeping).map((l, i) => <span key={i} className={i ? 'muted' : ''}>{l}</span>)}
        </div>
      ) : null}
      {note ? <div className="muted" role="status" data-testid="links-note">{note}</div> : null}
      <ul className="links-list">
        {links.map((l) => {
          const id = linkId(l);
          const own = l.kind === 'ui' && l.role === 'producer';
          return (
            <li key={id} data-testid={`link-${id}`}>
              <span className="link-name">{linkName(t, l)}</span>
              <code className="link-url" data-testid="link-url">{shown.has(id) ? l.url : maskLink(l.url)}</code>
              <button className="sm ghost" onClick={() => toggle(id)} data-testid="link-show">{t(shown.has(id) ? 'links.hide' : 'links.show')}</button>
              <button className="sm" onClick={() => void copy(l)} data-testid="link-copy">{t('links.copy')}</button>
              <button className="sm danger" onClick={() => void regenerate(l)} disabled={own} title={own ? t('links.own') : undefined} data-testid="link-regenerate">
                {t('links.regenerate')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
