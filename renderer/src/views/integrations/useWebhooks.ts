import { useCallback, useEffect, useState } from 'react';
import type { WebhookStatus } from '../../../../shared/protocol/webhooks';
import { ApiError, hubApi } from '../../services/hubHttp';

/** Polling interval of the webhook list (delivery status changes on the hub's own time). */
const POLL_MS = 2000;

/** The hub's webhooks with their delivery status, refreshed every 2 s; `error` is the last refusal's code. */
export function useWebhooks(enabled: boolean) {
  const [webhooks, setWebhooks] = useState<WebhookStatus[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(async (signal?: AbortSignal) => {
    try {
      const r = await hubApi('listWebhooks', signal ? { signal } : {});
      setWebhooks(r.webhooks);
      setError(null);
    } catch (err) {
      if (signal?.aborted) return;
      setError(err instanceof ApiError ? err.code : 'network');
    }
  }, []);
  useEffect(() => {
    if (!enabled) return;
    const ctl = new AbortController();
    void refresh(ctl.signal);
    const timer = setInterval(() => void refresh(ctl.signal), POLL_MS);
    return () => { ctl.abort(); clearInterval(timer); };
  }, [enabled, refresh]);
  return { webhooks, error, refresh };
}
