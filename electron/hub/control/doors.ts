import type { IncomingMessage, ServerResponse } from 'node:http';
import { send } from '../http/api';
import { apiError } from '../http/route';

/** A door answers the requests it owns (true) and leaves the rest to the next handler (false). */
export type Door = (req: IncomingMessage, res: ServerResponse, url: URL) => boolean;

/**
 * The hub's request handler with doors in front of it: routes that take a credential other than
 * the UI's (control API, event stream) are answered before the UI's /api dispatcher.
 */
export function withDoors(doors: readonly Door[], next: (req: IncomingMessage, res: ServerResponse) => void) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    try {
      const url = new URL(req.url ?? '/', 'http://hub.invalid');
      for (const door of doors) if (door(req, res, url)) return;
    } catch (err) {
      console.error(`[hub] ${req.method ?? '?'} ${(req.url ?? '').split('?')[0]} failed:`, err);
      if (!res.headersSent) send(res, apiError(500, 'internal', 'internal error'));
      return;
    }
    next(req, res);
  };
}
