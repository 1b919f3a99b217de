import type { Server, Socket } from 'socket.io';
import type { Role } from '../../../shared/protocol/common';
import type { ClientToServerEvents, HandshakeAuth, ServerToClientEvents } from '../../../shared/protocol/socket';

/** A socket's admitted handshake: the role is the one its credential allows (socket/access.ts). */
export type AdmittedAuth = HandshakeAuth & { role: Role };
/** The hub's socket.io server and sockets, typed by the socket contract (shared/protocol/socket.ts). */
export type HubSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, { auth: AdmittedAuth }>;
export type HubServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, { auth: AdmittedAuth }>;
