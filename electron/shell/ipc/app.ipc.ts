// app:info — version and platform for the renderer's about box and diagnostics.
import type { AppInfo } from '../../../shared/protocol/ipc';
import type { HandlerImpls } from './handler';

export function appHandlers<E>(info: () => AppInfo): Pick<HandlerImpls<E>, 'app:info'> {
  return { 'app:info': async () => info() };
}
