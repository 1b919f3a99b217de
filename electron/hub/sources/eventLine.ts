import { LiveEvent } from '../../../shared/protocol/events';

/** One JSON line (or parsed value) as a LiveEvent, or why it is not one, in a few words. */
export type EventCheck = { ok: true; event: LiveEvent } | { ok: false; error: string };

export function checkEvent(json: unknown): EventCheck {
  const r = LiveEvent.safeParse(json);
  if (r.success) return { ok: true, event: r.data };
  const issue = r.error.issues[0];
  return { ok: false, error: issue ? `not a LiveEvent (${issue.path.join('.') || 'event'}: ${issue.message})` : 'not a LiveEvent' };
}

export function checkEventLine(line: string): EventCheck {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { ok: false, error: 'not valid JSON' };
  }
  return checkEvent(json);
}
