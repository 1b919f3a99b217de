import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sanitizeViewerText } from '../../../shared/text/sanitize';
import { MAX_NICKNAME, MAX_VIEWER_TEXT } from '../../../shared/protocol/common';
import type { LiveEvent } from '../../../shared/protocol/events';
import { joinHub, type TestClient } from '../../support/hubClient';
import { HOSTILE, INVISIBLE } from '../../support/hostileText';
import { testHub, type TestHub } from '../../support/testHub';

/** DESIGN §6 "viewer text is untrusted": stripped of invisible/direction controls and capped at the hub. */
const points = (s: string) => Array.from(s).length;


describe('sanitizeViewerText', () => {
  it('keeps HTML as literal text (escaping is the renderer\'s job: it never uses innerHTML)', () => {
    expect(sanitizeViewerText(HOSTILE.html!)).toBe(HOSTILE.html);
  });

  it('strips bidi overrides, isolates and marks, so text cannot reorder itself', () => {
    expect(sanitizeViewerText(HOSTILE.bidi!)).toBe('好评gnp.exe 退款隔离');
  });

  it('strips zero-width characters used to dodge keyword filters (加微信)', () => {
    expect(sanitizeViewerText(HOSTILE.zeroWidth!)).toBe('加微信：abc123');
  });

  it('strips control characters and folds line breaks to one line', () => {
    const out = sanitizeViewerText(HOSTILE.controls!);
    expect(out).toBe('line1 line2[31mred');
    expect(out).not.toMatch(INVISIBLE);
  });

  it('caps a 100 KB message at 200 characters, ending with an ellipsis', () => {
    const out = sanitizeViewerText(HOSTILE.huge!);
    expect(points(out)).toBe(MAX_VIEWER_TEXT);
    expect(out.endsWith('…')).toBe(true);
    expect(out.startsWith('长长长')).toBe(true);
  });

  it('cuts by code points, never splitting an emoji into a broken surrogate', () => {
    const out = sanitizeViewerText(HOSTILE.emojiAtCap!);
    expect(points(out)).toBe(MAX_VIEWER_TEXT);
    expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(out.endsWith('…')).toBe(true);
  });

  it('caps nicknames shorter', () => {
    expect(points(sanitizeViewerText('名'.repeat(500), MAX_NICKNAME))).toBe(MAX_NICKNAME);
  });
});

describe('hostile comments through the hub', () => {
  let t: TestHub;
  let c: TestClient;
  beforeAll(async () => {
    t = await testHub();
    c = await joinHub(t.hub.url, { token: t.hub.token, role: 'assistant' });
  });
  afterAll(async () => {
    c.close();
    await t.dispose();
  });

  it('forwards every hostile comment stripped and capped, in a small delta', async () => {
    const now = Date.now();
    const events: LiveEvent[] = Object.entries(HOSTILE).map(([k, text], i) => ({
      id: `hostile-${k}`, platform: 'sim', roomId: 'main', ts: now + i, type: 'comment', userId: `u-${k}`,
      nickname: `\u202E${'昵'.repeat(150)}`, text,
    }));
    t.source.push(events);
    const d = await c.waitDelta((x) => (x.comments ?? []).length >= events.length);
    expect(d.comments!.map((x) => x.id)).toEqual(events.map((e) => e.id));
    for (const item of d.comments!) {
      expect(points(item.text)).toBeLessThanOrEqual(MAX_VIEWER_TEXT);
      expect(points(item.nickname)).toBeLessThanOrEqual(MAX_NICKNAME);
      expect(item.text).not.toMatch(INVISIBLE);
      expect(item.nickname).not.toMatch(INVISIBLE);
    }
    // 100 KB in, a couple of KB out: one viewer cannot flood every client's socket.
    expect(JSON.stringify(d.comments).length).toBeLessThan(8_000);
  });

  it('caps platform warning text the same way', async () => {
    t.source.push([{ id: 'warn-1', platform: 'sim', roomId: 'main', ts: Date.now(), type: 'platform.warning', message: `\u202E${'违规'.repeat(240)}` }]);
    const d = await c.waitDelta((x) => (x.alerts ?? []).some((a) => a.kind === 'platform_warning'));
    const alert = d.alerts!.find((a) => a.kind === 'platform_warning')!;
    const text = String(alert.params.text);
    expect(text).not.toMatch(INVISIBLE);
    expect(points(text)).toBeLessThanOrEqual(260);
  });
});
