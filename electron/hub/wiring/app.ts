import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HubOptions } from '../hubContract';
import type { ActionDesk } from '../actions/actionDesk';
import { credentialLinks } from '../auth/credentialLinks';
import type { Webhooks } from '../events/webhooks/webhooks';
import type { Handoffs } from '../http/handoff';
import { createHttpHandler } from '../http/handler';
import type { JournalStatus, SessionJournal } from '../journal/session';
import type { Room } from '../room/room';
import type { StorageHealth } from '../../../shared/protocol/room';
import { hubRoutes } from '../routes';
import { otherGrant, uiGrant, type AccessPolicy } from '../socket/access';
import type { HubServer } from '../socket/connection';
import type { Admission } from '../socket/handshake';
import type { SourceControl } from '../sources/sourceControl';
import type { Recorder } from '../sources/recorder';

export interface AppDeps {
  policy: AccessPolicy;
  admission: Admission;
  handoffs: Handoffs;
  room: Room;
  roomId: string;
  journal: SessionJournal | null;
  recording: Recorder | null;
  sourceControl: SourceControl;
  webhooks: Webhooks;
  actions: ActionDesk;
  io: HubServer;
  dataDir: string;
  staticDir: string;
  hubUrl: () => string;
  now: () => number;
}

/** The app's HTTP side: the renderer's files, /healthz, the one-time handoff, and /api (UI credentials). */
export function appHandler(opts: Pick<HubOptions, 'routes'>, deps: AppDeps): (req: IncomingMessage, res: ServerResponse) => void {
  const { policy, admission, room, roomId, journal, recording, io, now } = deps;
  return createHttpHandler({
    routes: hubRoutes({
      dataDir: deps.dataDir, room, now, sources: deps.sourceControl, credentials: credentialLinks(policy.credentials, deps.hubUrl),
      currentFiles: () => [journal?.path, recording?.file].filter((f): f is string => typeof f === 'string'),
      webhooks: deps.webhooks,
      actions: deps.actions,
    }),
    extraRoutes: opts.routes ?? [],
    authenticate: (t, address) => {
      const grant = uiGrant(policy, t);
      // A valid overlay/ingest/control credential is refused (misfit), but it is no wrong guess.
      return admission.admitted(grant !== null || otherGrant(policy, t) !== null, address) ? grant?.role ?? null : null;
    },
    misfit: (t) => otherGrant(policy, t)?.kind ?? null,
    health: () => ({ ok: true, roomId, seq: room.currentSeq, clients: io.engine.clientsCount, events: room.stats.events, uptimeSec: Math.round(process.uptime()), journal: journal?.status() ?? null, storage: room.storage.full(now()) } satisfies { journal: JournalStatus | null; storage: StorageHealth; [k: string]: unknown }),
    staticDir: deps.staticDir,
    handoffs: deps.handoffs,
  });
}
