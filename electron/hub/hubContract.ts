import type { RunOfShow } from '../../shared/protocol/runOfShow';
import type { SimPreset } from '../../shared/sim/simulator';
import type { Role } from '../../shared/protocol/common';
import type { EventSource } from '../../shared/protocol/source';
import type { ExtraRoute } from './http/route';
import type { SessionJournal } from './journal/session';
import type { Room } from './room/room';
import type { LoadedRiskWeights } from './riskWeights';
import type { CredentialRegistry } from './auth/credentials';
import type { HubServer } from './socket/connection';
import type { SourceManager } from './sources/manager';
import type { Recorder } from './sources/recorder';
import type { IngestToken } from './ingest/ingestToken';
import type { TikTokClientFactory } from './sources/tiktokClient';
import type { Webhooks } from './events/webhooks/webhooks';
import type { DeliveryPolicy } from './events/webhooks/webhookSender';
import type { ActionDesk } from './actions/actionDesk';

/* The public contract of startHub (electron/hub/hub.ts): what it takes and the handle it returns. */

export interface HubOptions {
  /** Interface to listen on; loopback by default. Anything else requires a join code. */
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Per-launch access secret; random when absent. */
  token?: string;
  /**
   * The assistant's join code for LAN clients (the host and producer get their own); generated
   * when listening beyond loopback. Join codes expire after `joinCodeTtlMs` (default 12 h).
   */
  joinCode?: string;
  joinCodeTtlMs?: number;
  seed?: number;
  preset?: SimPreset;
  /** Event source; the simulated room by default, `null` for none. */
  source?: EventSource | null;
  /**
   * The ingest door (POST /api/ingest, socket.io `/ingest`): its first token (the credential
   * registry's `ingest` kind; random by default, rotated from the tokens panel) and whether its source starts now.
   */
  ingest?: { token?: string; start?: boolean };
  /** The TikTok client factory for sources added on the sources page (tests pass a fake); default the installed package. */
  tiktokClient?: TikTokClientFactory;
  /** Record accepted events to this JSON-lines file; default (when `dataDir` is given) `<dataDir>/recordings/…`; false: no recording. */
  record?: string | false;
  /** No event for this long while on air → the source is stalled. Default 15 s. */
  stallMs?: number;
  show?: RunOfShow;
  roomId?: string;
  staticDir?: string;
  dataDir?: string;
  /** Journal the session to `<dataDir>/sessions/<roomId>.journal.jsonl`. Default: on when `dataDir` is given. */
  journal?: boolean;
  /**
   * Continue the session journaled on disk. true: always; false: move it aside and start a new
   * session; default: continue when the journal was written in the last `resumeWindowMs` (a crash
   * or restart during the show), start anew otherwise (yesterday's show).
   */
  resume?: boolean;
  /** Default 6 hours. */
  resumeWindowMs?: number;
  /** Extra browser origins allowed to connect (e.g. the vite dev server). */
  extraOrigins?: string[];
  /** Extra HTTP API routes under /api (documents, import and review are built in). */
  routes?: ExtraRoute[];
  /** Batching interval for deltas, ms (≥ 100 → at most 10 deltas a second). */
  flushMs?: number;
  /** Largest socket message, bytes. */
  maxMessageBytes?: number;
  /** Ignored: wrong credentials are throttled from every address, loopback included. */
  throttleLoopback?: boolean;
  /** Per-socket message rate. */
  rate?: { perSecond: number; burst: number };
  /** Least time between two full snapshots for one connection, ms (default 1000; 0: unpaced). */
  snapshotIntervalMs?: number;
  /** Open sockets allowed from one address (default 64). */
  maxConnectionsPerAddress?: number;
  /** @internal The bench's baseline only: serve every snapshot at once, with its own flush (as before issue 15). */
  unbatchedSnapshots?: boolean;
  now?: () => number;
  /** Outgoing webhooks' delivery policy (attempts, backoff, timeout, queue); defaults in webhookSender.ts. */
  webhooks?: Partial<DeliveryPolicy>;
  /** Requests per control / overlay credential on the control door and event stream (default 5/s, burst 10). */
  controlRate?: { perSecond: number; burst: number };
  /** Refund-risk weights file (`livedeck calibrate --refit`); default `<dataDir>/risk-weights.json` when present. */
  riskWeightsFile?: string;
}

export interface Hub {
  url: string;
  /** The console, opened with the assistant's credential. */
  consoleUrl: string;
  /** The prompter, opened with the host's credential. */
  prompterUrl: string;
  /** The rundown (producer's credential); `#/review` etc. follow from it in the app. */
  producerUrl: string;
  host: string;
  port: number;
  /** The owner token: the producer's local credential (the other roles' tokens derive from it). */
  token: string;
  /** The local UI credential of one role (a per-role token). */
  tokenFor(role: Role): string;
  /** The assistant's LAN join code (null on loopback); all three: `joinCodes`. */
  joinCode: string | null;
  joinCodes: Readonly<Record<Role, string>> | null;
  /** Issue, verify and rotate credentials (ui per role, ingest, overlay, control). */
  credentials: CredentialRegistry;
  room: Room;
  io: HubServer;
  dataDir: string;
  /** The session journal, when journaling (its restore report tells what a restart rebuilt). */
  journal: SessionJournal | null;
  counters: { invalid: number; rateLimited: number; refusedHandshakes: number };
  /** A one-time link (60 s, single use) that opens the console in a browser without the token in the URL. */
  issueHandoff(): string;
  /** The room's sources and their health. */
  sources: SourceManager;
  /** Where capture tools post events (NDJSON), with the current ingest token in the query (follows rotation). */
  readonly ingestUrl: string;
  ingestToken: IngestToken;
  /** This session's recording (null when off). */
  recording: Recorder | null;
  /** The question overlay, with the overlay credential (`#/overlay/product`, `#/overlay/lower-third` take the same token). */
  overlayUrl: string;
  /** The control API (`GET` lists the actions), with the producer's control credential in the query. */
  controlUrl: string;
  /** The producer's outgoing webhooks and their delivery status. */
  webhooks: Webhooks;
  /** The refund-risk weights in use: from which file (null: built-in), and why a file was refused. */
  riskWeights: LoadedRiskWeights;
  /** Platform actions (讲解, reply) through the live source that supports them, with the kill switch. */
  actions: ActionDesk;
  close(): Promise<void>;
}
