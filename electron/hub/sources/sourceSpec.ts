import { join } from 'node:path';
import { recordingStem } from '../recordings/recordingFile';
import type { SourceExtras, SourceSpec } from './manager';
import { createReplaySource } from './replaySource';
import type { SavedSource } from './sourceStore';
import type { TikTokClientFactory } from './tiktokClient';
import { createTikTokSource } from './tiktokSource';

export interface SpecContext {
  /** `<dataDir>/recordings` */
  recordingsDir: string;
  roomId: string;
  now: () => number;
  /** The TikTok client (tests inject a fake); default the installed package. */
  tiktokClient?: TikTokClientFactory;
}

/** The id a configured source gets: `tiktok-<unique id>` / `replay-<file name>` (the ingest door is `ingest`). */
export function sourceIdOf(s: { kind: 'tiktok'; uniqueId: string } | { kind: 'replay'; file: string }): string {
  return s.kind === 'tiktok' ? `tiktok-${s.uniqueId.replace(/^@/, '').toLowerCase()}` : `replay-${recordingStem(s.file)}`.slice(0, 128);
}

/** A configured source as the manager runs it: a fresh instance per (re)connect, with its label and stall time. */
export function specOf(saved: SavedSource & { kind: 'tiktok' | 'replay' }, ctx: SpecContext): { spec: SourceSpec; extras: SourceExtras } {
  const extras: SourceExtras = { removable: true, ...(saved.stallSec !== undefined ? { stallMs: saved.stallSec * 1000 } : {}) };
  if (saved.kind === 'tiktok') {
    const uniqueId = saved.uniqueId.replace(/^@/, '');
    return {
      extras: { ...extras, label: `@${uniqueId}` },
      spec: {
        kind: 'tiktok',
        create: () => createTikTokSource({
          uniqueId, roomId: ctx.roomId, now: ctx.now,
          ...(saved.signKey ? { signApiKey: saved.signKey } : {}), ...(ctx.tiktokClient ? { client: ctx.tiktokClient } : {}),
        }),
      },
    };
  }
  return {
    extras: { ...extras, label: saved.file },
    spec: {
      kind: 'replay',
      create: () => createReplaySource({ file: join(ctx.recordingsDir, saved.file), roomId: ctx.roomId, now: ctx.now, ...(saved.speed ? { speed: saved.speed } : {}) }),
    },
  };
}
