import { useEffect, useState } from 'react';
import { useOt } from '../../i18n/overlay';
import { useOverlayLink } from './overlay.slice';

/** Grace before a dropped link shows: a hub restart or a brief cut should not blink over the video. */
const SHOW_AFTER_MS = 3000;

/**
 * The only connection sign an overlay has: a small dot in the corner once the link has been down
 * a few seconds (amber: reconnecting; red: the token was refused, replaced or is missing). No banner, no text
 * over the video — the words are in its tooltip for whoever sets the browser source up.
 */
export function LinkDot() {
  const ot = useOt();
  const link = useOverlayLink();
  const down = link !== 'connected';
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!down) {
      setShown(false);
      return;
    }
    const timer = setTimeout(() => setShown(true), SHOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, [down]);
  if (!down || !shown) return null;
  const refused = link === 'rejected' || link === 'no_token' || link === 'changed';
  const words = link === 'no_token' ? ot('link.noToken') : link === 'changed' ? ot('link.changed') : refused ? ot('link.rejected') : ot('link.offline');
  return <div className={`ov-dot ${refused ? 'ov-dot-refused' : 'ov-dot-offline'}`} data-testid="overlay-link" data-state={link} title={words} aria-label={words} role="status" />;
}
