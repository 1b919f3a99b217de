import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mapTikTokEvent, TIKTOK_EVENT_NAMES, type TikTokEventName } from '../../../shared/connectors/tiktok';

/**
 * The TikTok LIVE mapping, on payloads shaped like tiktok-live-connector 2.4.0's decoded events
 * (test/fixtures/tiktok/*.json, fields of tiktok-live-proto 0.2.3). Each mapper: the event it
 * makes from a full payload, and `unknown` (never a throw) from partial or hostile ones.
 */
const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../../fixtures/tiktok/${name}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
const ctx = { roomId: 'main', now: () => 42 };
const map = (name: TikTokEventName, payload: unknown) => mapTikTokEvent(name, payload, ctx);
const T = 1764870000000;

describe('TikTok LIVE payload → LiveEvent', () => {
  it('chat → comment with the platform msgId, viewer id and nickname', () => {
    expect(map('chat', fixture('chat'))).toEqual({ kind: 'event', event: {
      id: '7444000000000000001', platform: 'tiktok', roomId: 'main', ts: T, type: 'comment',
      userId: '6800000000000000001', nickname: 'Mia 🌸', text: 'is the blue one still in stock? size M',
    } });
  });

  it('questionNew → comment carrying the question text and its asker', () => {
    expect(map('questionNew', fixture('questionNew'))).toMatchObject({ kind: 'event', event: {
      id: '7444000000000000002', type: 'comment', userId: '6800000000000000002', nickname: 'Leo', text: 'does it ship to Canada?', ts: T + 500,
    } });
  });

  it('member (joined) → viewer.enter; a subscription notice is ignored', () => {
    expect(map('member', fixture('member'))).toMatchObject({ kind: 'event', event: { type: 'viewer.enter', userId: '6800000000000000003', nickname: 'Ana' } });
    expect(map('member', { ...fixture('member'), action: 3 })).toEqual({ kind: 'ignored' });
  });

  it('like → likes of this message (count), capped to the schema\'s bound', () => {
    expect(map('like', fixture('like'))).toMatchObject({ kind: 'event', event: { type: 'like', count: 15, userId: '6800000000000000001' } });
    expect(map('like', { ...fixture('like'), count: 5_000_000 })).toMatchObject({ event: { count: 100_000 } });
    expect(map('like', { ...fixture('like'), count: 0 }).kind).toBe('unknown');
  });

  it('follow and share → follow / share; other social notices are ignored', () => {
    expect(map('follow', fixture('follow'))).toMatchObject({ kind: 'event', event: { type: 'follow', userId: '6800000000000000002', id: '7444000000000000005' } });
    expect(map('share', fixture('share'))).toMatchObject({ kind: 'event', event: { type: 'share', userId: '6800000000000000003' } });
    expect(map('social', fixture('share'))).toEqual({ kind: 'ignored' });
  });

  it('roomUser → viewer.stats (total = online now, totalUser = viewers so far; int64 strings)', () => {
    expect(map('roomUser', fixture('roomUser'))).toMatchObject({ kind: 'event', event: { type: 'viewer.stats', online: 131, totalViewers: 2754 } });
    expect(map('roomUser', { ...fixture('roomUser'), totalUser: undefined })).toMatchObject({ event: { online: 131, totalViewers: 0 } });
  });

  it('controlMessage that ends the stream → stream.end; a pause is ignored', () => {
    expect(map('controlMessage', fixture('controlMessage'))).toMatchObject({ kind: 'event', event: { type: 'stream.end', id: '7444000000000000012' } });
    expect(map('controlMessage', { ...fixture('controlMessage'), action: 1 })).toEqual({ kind: 'ignored' });
  });

  it('envelope → a 福袋 cue starting; oecLiveShopping with a popped product → explain start', () => {
    expect(map('envelope', fixture('envelope'))).toMatchObject({ kind: 'event', event: { type: 'cue.state', kind: 'lucky_bag', state: 'start' } });
    expect(map('oecLiveShopping', fixture('oecLiveShopping'))).toMatchObject({ kind: 'event', event: { type: 'explain', productId: '1729384756', state: 'start' } });
    expect(map('oecLiveShopping', { ...fixture('oecLiveShopping'), popProduct: undefined })).toEqual({ kind: 'ignored' });
  });

  it('liveIntro and gift carry no figure LiveDeck keeps: ignored', () => {
    expect(map('liveIntro', fixture('liveIntro'))).toEqual({ kind: 'ignored' });
    expect(map('gift', fixture('gift'))).toEqual({ kind: 'ignored' });
  });

  it('takes the hub clock when createTime is missing or not a number', () => {
    const chat = fixture('chat');
    expect(map('chat', { ...chat, common: { msgId: 'm1' } })).toMatchObject({ event: { ts: 42 } });
    expect(map('chat', { ...chat, common: { msgId: 'm1', createTime: 'soon' } })).toMatchObject({ event: { ts: 42 } });
  });

  it('caps a long nickname and comment text instead of refusing them', () => {
    const chat = fixture('chat');
    const r = map('chat', { ...chat, user: { id: 'u1', nickname: 'n'.repeat(500) }, content: '字'.repeat(50_000) });
    expect(r.kind).toBe('event');
    if (r.kind !== 'event' || r.event.type !== 'comment') throw new Error('expected a comment');
    expect(r.event.nickname.length).toBe(200);
    expect(r.event.text.length).toBe(2000);
  });
});

describe('partial and hostile payloads are counted as unknown, never thrown', () => {
  const partials: unknown[] = [null, undefined, 7, 'chat', [], {}, { common: null }, { common: { msgId: '' } }, { common: { msgId: 5 } }];
  it.each(TIKTOK_EVENT_NAMES)('%s', (name) => {
    for (const p of partials) expect(map(name, p).kind).toBe('unknown');
  });

  it('a payload missing the fields its mapping needs is unknown, with a reason', () => {
    const chat = fixture('chat');
    expect(map('chat', { ...chat, user: undefined })).toMatchObject({ kind: 'unknown', reason: expect.stringContaining('user') as unknown as string });
    expect(map('chat', { ...chat, content: '' }).kind).toBe('unknown');
    expect(map('questionNew', { ...fixture('questionNew'), data: { content: 'x' } }).kind).toBe('unknown');
    expect(map('member', { ...fixture('member'), user: { nickname: 'no id' } }).kind).toBe('unknown');
    expect(map('roomUser', { ...fixture('roomUser'), total: '-3' }).kind).toBe('unknown');
    expect(map('envelope', { ...fixture('envelope'), envelopeInfo: {} }).kind).toBe('unknown');
    expect(map('like', { ...fixture('like'), count: '12abc' }).kind).toBe('unknown');
  });

  it('ids with control characters or a reserved name fail the LiveEvent schema: unknown', () => {
    const chat = fixture('chat');
    expect(map('chat', { ...chat, common: { msgId: 'a\u202eb' } }).kind).toBe('unknown');
    expect(map('chat', { ...chat, common: { msgId: '__proto__' } }).kind).toBe('unknown');
    expect(map('chat', { ...chat, user: { id: 'x\u0000' } }).kind).toBe('unknown');
  });

  it('a getter that throws inside the payload is unknown, not a crash', () => {
    const trap = { get common(): unknown { throw new Error('boom'); } };
    expect(map('chat', trap)).toMatchObject({ kind: 'unknown' });
  });
});
