import { useState } from 'react';
import { ROLES, type Role } from '../../../shared/protocol';
import { useT } from '../i18n';
import { useConnStatus, useRole } from '../store/connection.slice';
import { join } from './useHubConnection';

/** Shown when this tab has no usable token (LAN client, or the hub restarted with a new secret). */
export function JoinScreen() {
  const t = useT();
  const status = useConnStatus();
  const currentRole = useRole();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>(currentRole);
  return (
    <div className="waiting">
      <form
        className="join"
        onSubmit={(e) => {
          e.preventDefault();
          if (code.trim()) join(code, name, role);
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
        <label>
          <span>{t('join.role')}</span>
          <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map((r) => <option key={r} value={r}>{t(`role.${r}`)}</option>)}
          </select>
        </label>
        <button type="submit" className="primary" disabled={!code.trim()}>{t('join.submit')}</button>
      </form>
    </div>
  );
}
