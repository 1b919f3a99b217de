// The wrapper every ipcMain.handle handler goes through: check the sender, then validate the
// argument against its schema in shared/protocol/ipc.ts. Pure (an event-like object is enough).
import type { z } from 'zod';
import { ipcArgs, IPC_CHANNELS, type IpcArgs, type IpcChannel, type IpcResult } from '../../../shared/protocol/ipc';
import { isTrustedSender } from '../security';

/** The part of an IpcMainInvokeEvent the checks read. */
export interface IpcEventLike {
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

export type SenderTrust = (event: IpcEventLike) => boolean;

export class IpcRefusedError extends Error {
  constructor(channel: string) {
    super(`IPC ${channel}: refused, the sender is not a LiveDeck window`);
    this.name = 'IpcRefusedError';
  }
}

export class IpcArgumentError extends Error {
  constructor(channel: string, detail: string) {
    super(`IPC ${channel}: invalid argument: ${detail.slice(0, 300)}`);
    this.name = 'IpcArgumentError';
  }
}

/** Trust only the top frame of a page served by the embedded hub. */
export function trustHubFrames(getHubOrigin: () => string | null): SenderTrust {
  return (event) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null) return false;
    return isTrustedSender(frame.url, getHubOrigin());
  };
}

export function makeHandler<S extends z.ZodType, R, E extends IpcEventLike>(
  channel: string,
  schema: S,
  fn: (args: z.output<S>, event: E) => R | Promise<R>,
  trust: SenderTrust,
  onRefused?: (channel: string, reason: 'sender' | 'argument', event: E) => void,
): (event: E, ...args: unknown[]) => Promise<R> {
  return async (event, ...args) => {
    if (!trust(event)) {
      onRefused?.(channel, 'sender', event);
      throw new IpcRefusedError(channel);
    }
    if (args.length > 1) {
      onRefused?.(channel, 'argument', event);
      throw new IpcArgumentError(channel, `expected at most one argument, got ${args.length}`);
    }
    const parsed = schema.safeParse(args[0]);
    if (!parsed.success) {
      onRefused?.(channel, 'argument', event);
      const detail = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
      throw new IpcArgumentError(channel, detail);
    }
    return fn(parsed.data, event);
  };
}

/** The main-process implementation of every channel (argument already validated). */
export type HandlerImpls<E> = { [K in IpcChannel]: (args: IpcArgs<K>, event: E) => Promise<IpcResult<K>> };

export interface IpcMainLike<E> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => Promise<unknown>): void;
}

/** Registers every channel of the contract, each behind makeHandler. Returns the channels registered. */
export function registerIpcHandlers<E extends IpcEventLike>(
  ipcMain: IpcMainLike<E>,
  impls: HandlerImpls<E>,
  trust: SenderTrust,
  onRefused?: (channel: string, reason: 'sender' | 'argument', event: E) => void,
): IpcChannel[] {
  for (const channel of IPC_CHANNELS) {
    const schema = ipcArgs[channel] as z.ZodType;
    const impl = impls[channel] as (args: unknown, event: E) => Promise<unknown>;
    ipcMain.handle(channel, makeHandler(channel, schema, impl, trust, onRefused));
  }
  return [...IPC_CHANNELS];
}
