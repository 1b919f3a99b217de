// Typing of the optional preload bridge: present in the Electron app, absent in a browser.
import type { LivedeckBridge } from '../../shared/protocol/ipc';

declare global {
  interface Window {
    livedeck?: LivedeckBridge;
  }
}

export {};
