import type { ConnectorHello, ConnectorStatus } from '../../../shared/protocol/connector';
import type { LiveEvent } from '../../../shared/protocol/events';
import {
  ActionResult, type EmitEvents, type EventSource, type SourceAction, type SourceActionKind, type SourceActions, type SourceSignals,
} from '../../../shared/protocol/source';
import { ACTION_TIMEOUT_MS } from '../../../shared/protocol/platformActions';

/** The one thing the remote connector needs of its socket: ask the connector to act. */
export interface ConnectorLink {
  /** Send an action; resolves to the connector's ack (unvalidated), rejects on timeout or disconnect. */
  act(action: SourceAction, timeoutMs: number): Promise<unknown>;
}

/**
 * A connector that runs outside the hub (browser mode, the Electron console window) as one of the
 * room's managed sources: its events come in over the ingest socket, its health follows its link
 * (`status` live → live; link dropped → lost, the manager's backoff waits for it to come back),
 * and its actions go back over the same link. Supports only the actions its hello named.
 */
export class RemoteConnector implements EventSource {
  private emit: EmitEvents | null = null;
  private signals: SourceSignals | null = null;
  private link: ConnectorLink | null = null;
  private kinds: SourceActionKind[] = [];
  private live = false;
  private unparsedSeen = 0;

  constructor(readonly kind: ConnectorHello['kind']) {}

  get actions(): SourceActions | undefined {
    if (!this.kinds.length) return undefined;
    const out: SourceActions = {};
    if (this.kinds.includes('explain')) out.explain = (productId) => this.act({ kind: 'explain', productId });
    if (this.kinds.includes('reply')) out.reply = (text, { pin }) => this.act({ kind: 'reply', text, pin });
    return out;
  }

  start(emit: EmitEvents, _view: unknown, signals?: SourceSignals): void {
    this.emit = emit;
    this.signals = signals ?? null;
    if (this.link && this.live) this.signals?.live();
  }

  stop(): void {
    this.emit = null;
    this.signals = null;
  }

  /** A connector said hello on this link (a reconnect replaces the old link). */
  attach(link: ConnectorLink, hello: ConnectorHello): void {
    this.link = link;
    this.kinds = [...new Set(hello.actions)];
    this.live = false;
    this.unparsedSeen = 0;
  }

  /** Its link dropped. */
  detach(link: ConnectorLink): void {
    if (this.link !== link) return;
    this.link = null;
    this.live = false;
    this.signals?.lost('connection_lost');
  }

  /** The connector's `status` message. */
  report(link: ConnectorLink, s: ConnectorStatus): void {
    if (this.link !== link) return;
    if (s.unparsed > this.unparsedSeen) this.signals?.unparsed?.(s.unparsed - this.unparsedSeen);
    this.unparsedSeen = Math.max(this.unparsedSeen, s.unparsed);
    if (s.live && !this.live) this.signals?.live();
    this.live = s.live;
  }

  /** Events from the link (the ingest door's batch shape); null while the source is stopped. */
  accept(events: LiveEvent[], rejected: number): { accepted: number; duplicates: number } | null {
    if (!this.emit) return null;
    if (rejected > 0) this.signals?.rejected(rejected);
    const fresh = events.length ? this.emit(events) : 0;
    const accepted = typeof fresh === 'number' ? fresh : events.length;
    return { accepted, duplicates: events.length - accepted };
  }

  private async act(action: SourceAction): Promise<ActionResult> {
    const link = this.link;
    if (!link) return { ok: false, code: 'failed' };
    try {
      const parsed = ActionResult.safeParse(await link.act(action, ACTION_TIMEOUT_MS));
      return parsed.success ? parsed.data : { ok: false, code: 'failed' };
    } catch {
      return { ok: false, code: 'timeout' };
    }
  }
}
