import type { SourceActionKind } from '../../../shared/protocol/source';

/** The actions the console connector supports (both consoles, browser mode and the Electron window). */
export const DOUYIN_ACTIONS: SourceActionKind[] = ['explain', 'reply'];
