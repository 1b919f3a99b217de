import { useState } from 'react';
import { useT } from '../i18n';
import { useConnStatus } from '../store/connection.slice';
import { join } from './useHubConnection';

/** Shown when this tab has no usable token (LAN client, or the hub restarted with a new secret). The role follows the code. */
export function JoinScreen() {
  const t = useT();
  const status = useConnStatus();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  return (
    <div className="waiting">
      <form
        className="join"
        onSubmit={(e) => {
          e.preventDefault();
          if (code.trim()) void join(code, name);
        }}
      >
        <h2>{t('join.title')}</h2>
        <p className="muted">{t('join.hint')}</p>
        {status === 'rejected' ? <p className="join-error">{t('join.wrong')}</p> : null}
        <label>
          <span>{t('join.code')}</span>
          <input type="text" value={code} onChange={(e) => setCode(e.target.value)} autoFocus autoComplete="off" data-testid="join-code" />
        </label>
        <label>
          <span>{t('join.name')}</span>
          <input type="text" value={name} maxLength={40} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit" className="primary" disabled={!code.trim()}>{t('join.submit')}</button>
      </form>
    </div>
  );
}
