import { useState } from 'react';
import { useT } from '../../i18n';
import { copyText } from '../../services/clipboard';
import { hubApi } from '../../services/hubHttp';
import { useRole } from '../../store/connection.slice';
import './copyOverlay.css';

/** 复制叠加层链接 / Copy overlay link: the read-only overlay URL for OBS / 直播伴侣, for the producer only. */
export function CopyOverlayLink() {
  const t = useT();
  const role = useRole();
  const [done, setDone] = useState(false);
  if (role !== 'producer') return null;
  const copy = async () => {
    try {
      const overlay = (await hubApi('listCredentials', {})).links.find((l) => l.kind === 'overlay');
      if (overlay && await copyText(overlay.url)) {
        setDone(true);
        setTimeout(() => setDone(false), 2000);
      }
    } catch { /* the button stays as it is; the tokens panel says more */ }
  };
  return (
    <button className="sm ghost copy-overlay" onClick={() => void copy()} data-testid="copy-overlay-link">
      {t(done ? 'overlay.copied' : 'overlay.copyLink')}
    </button>
  );
}
