import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { comment, delta, snapshot } from './support/fixtures';

/**
 * The thin side-effect wrapper around the sync state machine, with socket.io-client replaced by
 * a fake socket and the few page globals it touches stubbed (no DOM): do socket events reach
 * the stores, and do the machine's requests reach the socket?
 */
type Handler = (...args: unknown[]) => void;
interface Emitted { event: string; args: unknown[]; ack: Handler }

const fake = vi.hoisted(() => {
  class FakeSocket {
    handlers = new Map<string, Handler[]>();
    emitted: Emitted[] = [];
    connected = true;
    active = true;
    on(event: string, h: Handler) {
      this.handlers.set(event, [...(this.handlers.get(event) ?? []), h]);
      return this;
    }
    removeAllListeners() {
      this.handlers.clear();
      return this;
    }
    disconnect() {
      this.connected = false;
      return this;
    }
    connect() {
      return this;
    }
    timeout() {
      return { emit: (event: string, ...args: unknown[]) => { const ack = args.pop() as Handler; this.emitted.push({ event, args, ack }); } };
    }
    fire(event: string, ...args: unknown[]) {
      for (const h of this.handlers.get(event) ?? []) h(...args);
    }
    syncs() {
      return this.emitted.filter((e) => e.event === 'sync');
    }
  }
  return { FakeSocket, sockets: [] as InstanceType<typeof FakeSocket>[] };
});

vi.mock('socket.io-client', () => ({
  io: () => {
    const s = new fake.FakeSocket();
    fake.sockets.push(s);
    return s;
  },
}));

const frames: (() => void)[] = [];
const runFrame = () => { for (const cb of frames.splice(0)) cb(); };

vi.stubGlobal('location', { origin: 'http://hub.test', search: '?token=t0k', pathname: '/', hash: '#/console' });
vi.stubGlobal('history', { state: null, replaceState: () => undefined });
vi.stubGlobal('sessionStorage', { getItem: () => null, setItem: () => undefined });
vi.stubGlobal('window', { isSecureContext: true });
vi.stubGlobal('requestAnimationFrame', (cb: () => void) => frames.push(cb));
vi.stubGlobal('cancelAnimationFrame', () => undefined);

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
});
afterAll(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const { connectHub } = await import('../../../renderer/src/services/hubClient');
const { useRoomStore } = await import('../../../renderer/src/store/room.slice');
const { useCommentsStore } = await import('../../../renderer/src/store/comments.slice');
const { useConnectionStore } = await import('../../../renderer/src/store/connection.slice');

/** A fresh connection that has joined at `seq`. */
function joinedAt(seq: number, comments = [comment(`j${seq}`)]) {
  connectHub('assistant', '助播-test');
  const s = fake.sockets.at(-1)!;
  s.fire('connect');
  s.fire('snapshot', snapshot(seq, { comments }));
  return s;
}

beforeEach(() => {
  frames.length = 0;
});

describe('hub client wrapper', () => {
  it('puts the join snapshot into the stores and reports connected', () => {
    joinedAt(10, [comment('w1'), comment('w2')]);
    expect(useConnectionStore.getState().status).toBe('connected');
    expect(useRoomStore.getState()).toMatchObject({ roomId: 'room-1', seq: 10, rev: 1 });
    expect(useCommentsStore.getState().items.map((c) => c.id)).toEqual(['w1', 'w2']);
  });

  it('applies deltas once per animation frame', () => {
    const s = joinedAt(20);
    s.fire('delta', delta(21, { comments: [comment('d21')] }));
    s.fire('delta', delta(22, { comments: [comment('d22')] }));
    expect(useRoomStore.getState().seq).toBe(20);
    expect(frames).toHaveLength(1);
    runFrame();
    expect(useRoomStore.getState().seq).toBe(22);
    expect(useCommentsStore.getState().items.slice(-2).map((c) => c.id)).toEqual(['d21', 'd22']);
  });

  it('emits sync { sinceSeq: last } on a gap and applies the answer', () => {
    const s = joinedAt(30);
    s.fire('delta', delta(32));
    expect(s.syncs().map((e) => e.args[0])).toEqual([{ sinceSeq: 30 }]);
    s.syncs()[0]!.ack(null, { kind: 'deltas', deltas: [delta(31)] });
    runFrame();
    expect(useRoomStore.getState().seq).toBe(32);
  });

  it('asks for what it missed after a reconnect', () => {
    const s = joinedAt(40);
    s.fire('disconnect', 'transport close');
    expect(useConnectionStore.getState().status).toBe('reconnecting');
    s.fire('connect');
    expect(s.syncs().map((e) => e.args[0])).toEqual([{ sinceSeq: 40 }]);
  });

  it('retries a timed-out sync after a second', () => {
    const s = joinedAt(50);
    s.fire('delta', delta(52));
    s.syncs()[0]!.ack(new Error('operation has timed out'));
    expect(s.syncs()).toHaveLength(1);
    vi.advanceTimersByTime(1000);
    expect(s.syncs().map((e) => e.args[0])).toEqual([{ sinceSeq: 50 }, { sinceSeq: 50 }]);
  });

  it('ignores a sync answer that arrives for a socket it has since replaced', () => {
    const old = joinedAt(60);
    old.fire('delta', delta(62));
    const fresh = joinedAt(5);
    old.syncs()[0]!.ack(null, { kind: 'snapshot', snapshot: snapshot(99) });
    runFrame();
    expect(useRoomStore.getState().seq).toBe(5);
    expect(fresh.syncs()).toEqual([]);
  });

  it('asks for a fresh snapshot when a delta fails validation', () => {
    const s = joinedAt(70);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    s.fire('delta', { seq: -1 });
    expect(error).toHaveBeenCalledTimes(1);
    expect(s.syncs().map((e) => e.args[0])).toEqual([{ sinceSeq: 0 }]);
    error.mockRestore();
  });
});
