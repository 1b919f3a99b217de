import type { ConnectorHello } from '../../../shared/protocol/connector';
import type { SourceManager } from '../sources/manager';
import { RemoteConnector, type ConnectorLink } from './remoteConnector';

/** The room's remote connectors, one per kind, each a managed source with the kind as its id. */
export interface ConnectorRegistry {
  /** A connector said hello: its source (added, or restarted when it had stopped or failed). */
  hello(link: ConnectorLink, hello: ConnectorHello): RemoteConnector;
  /** The show's product ids now (sent back in the hello reply). */
  productIds(): string[];
}

export function createConnectorRegistry(
  sources: Pick<SourceManager, 'add' | 'start' | 'list'>, productIds: () => string[] = () => [],
): ConnectorRegistry {
  const byKind = new Map<string, RemoteConnector>();
  return {
    productIds,
    hello(link, hello) {
      let c = byKind.get(hello.kind);
      const fresh = !c;
      if (!c) byKind.set(hello.kind, (c = new RemoteConnector(hello.kind)));
      c.attach(link, hello);
      if (fresh) sources.add(hello.kind, c);
      else {
        const state = sources.list().find((s) => s.id === hello.kind)?.state;
        if (state === 'stopped' || state === 'failed' || state === 'reconnecting') sources.start(hello.kind);
      }
      return c;
    },
  };
}
