import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Command, mayRun, UNDOABLE_COMMANDS, type CommandAck, type CommandError } from '../../../shared/protocol/commands';
import { isId, type Role } from '../../../shared/protocol/common';
import { CONTROL_ACTIONS, ControlAction, IDEMPOTENCY_HEADER, type ControlIndex, type ControlState } from '../../../shared/protocol/control';
import { CONTROL_API } from '../../../shared/protocol/http';
import { liveTimings } from '../../../shared/protocol/settings';
import { send } from '../http/api';
import { securityHeaders } from '../http/headers';
import { apiError, type ApiResponse } from '../http/route';
import type { Room } from '../room/room';
import type { DoorAccessCheck } from './access';
import { ACTION_COMMAND, GUARDED_ACTIONS, pickCommand } from './controlActions';
import { controlState } from './controlState';

export interface ControlDeps {
  room: Room;
  access: DoorAccessCheck;
  now: () => number;
  /** Publish pending changes now (the console sees the action at once; the state replied is the published one). */
  flushNow: () => void;
}

const COMMAND_STATUS: Record<CommandError['code'], number> = {
  invalid: 400, forbidden: 403, conflict: 409, not_found: 404, rate_limited: 429, too_large: 413, state: 409, stale: 409,
};

const ACTION_PREFIX = '/api/control/';

/**
 * The control door: `GET /api/control` (what it offers), `GET /api/control/state`,
 * `POST /api/control/<action>` (shared/protocol/http.ts CONTROL_API). Each action is one room
 * command through Room.apply — the console's gate: role check, idempotency per caller (the
 * `Idempotency-Key` header is the command id), journal before apply. The caller is the control
 * credential of one role (client id `control:<role>`).
 */
export function createControlDoor(deps: ControlDeps) {
  const lastPress = new Map<string, number>();
  const lastUndoable = new Map<Role, string>();

  const state = (): ControlState => {
    deps.flushNow();
    const now = deps.now();
    return controlState(deps.room.snapshot(now), now);
  };

  const index = (role: Role): ControlIndex => ({
    ok: true, role,
    actions: CONTROL_ACTIONS.map((action) => ({ action, method: 'POST' as const, path: `${ACTION_PREFIX}${action}` })),
    state: CONTROL_API.state.path,
    events: CONTROL_API.events.path,
  });

  function act(role: Role, name: string, req: IncomingMessage, url: URL): ApiResponse {
    const parsed = ControlAction.safeParse(name);
    if (!parsed.success) return apiError(404, 'not_found', `no such action; one of ${CONTROL_ACTIONS.join(', ')}`);
    const action = parsed.data;
    const type = ACTION_COMMAND[action];
    if (!mayRun(role, type)) return apiError(403, 'forbidden', `role ${role} may not run ${action}`);
    const keyHeader = req.headers[IDEMPOTENCY_HEADER];
    const key = typeof keyHeader === 'string' ? keyHeader : undefined;
    if (key !== undefined && !isId(key)) return apiError(400, 'invalid', 'Idempotency-Key: 1–128 characters, no control characters');
    const now = deps.now();
    deps.flushNow();
    const snap = deps.room.snapshot(now);
    // A double press (a Stream Deck key bouncing, a clicker pressed twice) is refused like the console's repeat guard.
    const pressKey = `${role}:${action}`;
    const confirmed = key !== undefined || url.searchParams.get('confirm') === '1';
    const last = lastPress.get(pressKey);
    if (GUARDED_ACTIONS.has(action) && !confirmed && last !== undefined && now - last < liveTimings(snap.settings).repeatWindowMs) {
      return apiError(409, 'repeated', 'same action again within the repeat window; send ?confirm=1 to mean it', { retryAfterMs: liveTimings(snap.settings).repeatWindowMs - (now - last) });
    }
    const pick = pickCommand(action, snap, now, lastUndoable.get(role) ?? null);
    if (!pick.ok) return apiError(pick.status, pick.code, `nothing to ${action}: ${pick.code}`);
    const commandId = key ?? randomUUID();
    if (pick.input) {
      const command = Command.parse({ ...pick.input, id: commandId });
      const ack: CommandAck = deps.room.apply(command, { id: `control:${role}`, name: `control:${role}`, role }, now);
      if (!ack.ok) {
        const { code, reason, params, message } = ack.error;
        return apiError(COMMAND_STATUS[code], code, message ?? reason ?? code, { ...(reason ? { reason } : {}), ...(params ? { params } : {}) });
      }
      if ((UNDOABLE_COMMANDS as readonly string[]).includes(type)) lastUndoable.set(role, commandId);
      if (action === 'undo') lastUndoable.delete(role);
    }
    lastPress.set(pressKey, now);
    return { status: 200, json: { ...state(), action: { action, commandId } } satisfies ControlState };
  }

  /** Answers a control request (true), or leaves it to the next handler (false). */
  function handle(req: IncomingMessage, res: ServerResponse, url: URL): boolean {
    const path = url.pathname;
    if (path !== CONTROL_API.index.path && !path.startsWith(ACTION_PREFIX)) return false;
    const headers = securityHeaders(req);
    const reply = (r: ApiResponse) => send(res, r, headers);
    const isAction = path.startsWith(ACTION_PREFIX) && path !== CONTROL_API.state.path;
    const method = isAction ? 'POST' : 'GET';
    if (req.method !== method) {
      reply({ ...apiError(405, 'method', `use ${method}`), headers: { allow: method } });
      req.resume();
      return true;
    }
    const check = deps.access(req, url, ['control']);
    if (!check.ok || !check.caller.role) {
      reply(check.ok ? apiError(403, 'wrong_credential', 'control token without a role') : check.res);
      req.resume();
      return true;
    }
    const role = check.caller.role;
    try {
      if (path === CONTROL_API.index.path) reply({ status: 200, json: index(role) });
      else if (path === CONTROL_API.state.path) reply({ status: 200, json: state() });
      else reply(act(role, path.slice(ACTION_PREFIX.length), req, url));
    } catch (err) {
      console.error(`[hub] control ${path} failed:`, err);
      reply(apiError(500, 'internal', 'internal error'));
    }
    req.resume();
    return true;
  }

  return { handle, state };
}
export type ControlDoor = ReturnType<typeof createControlDoor>;
