import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HubOptions } from '../hubContract';
import type { CredentialRegistry } from '../auth/credentials';
import type { Broadcaster } from '../broadcaster';
import { createDoorAccess } from '../control/access';
import { createControlDoor } from '../control/controlDoor';
import { withDoors } from '../control/doors';
import { createEventStream, type EventStream } from '../events/eventStream';
import type { RoomFeed } from '../events/roomFeed';
import { createIngestAdmission } from '../ingest/ingestAdmission';
import { withIngestDoor, type IngestDoor } from '../ingest/ingestHttp';
import { createIngestSource } from '../ingest/ingestSource';
import { ingestTokenOf } from '../ingest/ingestToken';
import type { Room } from '../room/room';
import type { Admission } from '../socket/handshake';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** The ingest door (POST /api/ingest, socket.io /ingest): the registry's ingest credential, its source, its wrong-token throttle. */
export function openIngestDoor(credentials: CredentialRegistry, now: () => number): IngestDoor {
  return { token: ingestTokenOf(credentials), source: createIngestSource(), admission: createIngestAdmission({ now }) };
}

/**
 * The doors in front of the app, in the order a request meets them: the ingest door, then the
 * control API and the event stream (non-UI credentials), then the app itself.
 */
export function wireDoors(
  opts: Pick<HubOptions, 'controlRate'>,
  deps: { credentials: CredentialRegistry; admission: Admission; room: Room; broadcaster: Broadcaster; feed: RoomFeed; ingest: IngestDoor; app: Handler; now: () => number },
): { handle: Handler; events: EventStream } {
  const { credentials, admission, room, broadcaster, now } = deps;
  const access = createDoorAccess({ credentials, admission, now, rate: opts.controlRate });
  const control = createControlDoor({ room, access, now, flushNow: () => broadcaster.flushNow() });
  const events = createEventStream({ access, feed: deps.feed, state: control.state });
  return { handle: withIngestDoor(deps.ingest, withDoors([control.handle, events.handle], deps.app)), events };
}
