import { useIt } from '../../i18n/integrations';
import { WebhooksPanel } from './WebhooksPanel';

/** #/integrations: what goes out of the room to other tools (webhooks; the control API and overlays are in docs/integrations.md). */
export default function IntegrationsView() {
  const it = useIt();
  return (
    <section className="integrations-view" data-testid="integrations-view">
      <h2>{it('title')}</h2>
      <p className="muted">{it('intro')}</p>
      <WebhooksPanel />
    </section>
  );
}
