import { MAX_NICKNAME } from '../../../shared/protocol/common';
import type { LiveEvent } from '../../../shared/protocol/events';
import type { CommentItem } from '../../../shared/protocol/room';
import { classifyComment } from '../../../shared/domain/comments/classify';
import { CommentStats, type CommentStatsState } from '../../../shared/domain/review/commentStats';
import { MarkerLog, type MarkerLogState } from '../../../shared/domain/review/markerLog';
import { sanitizeViewerText } from '../../../shared/text/sanitize';
import { RecentKeys, Ring } from './ring';
import { SeenIds, type SeenIdsState } from './seenIds';

type CommentEvent = Extract<LiveEvent, { type: 'comment' }>;

/** What an Intake keeps across a restart (a checkpoint): dedupe ids, comments, review counts. */
export interface IntakeState {
  /** Message ids seen, as hashes, oldest first (duplicates after a restart are still dropped). */
  seenIds?: SeenIdsState;
  /** The same as plain ids: checkpoints written before the hashes (read, no longer written). */
  seen?: string[];
  /** Comments kept for snapshots, oldest first. */
  recent: CommentItem[];
  /** Comments commands may name, oldest first. */
  index: CommentItem[];
  stats: CommentStatsState;
  /** Platform cue / 讲解 markers for the review (optional: checkpoints before issue 16 lack them). */
  markers?: MarkerLogState;
}

/**
 * The room's intake of viewer events: drops duplicates (same message id), cleans and classifies
 * comments once, and keeps them — recent ones for snapshots, new ones for the next delta, an
 * index for commands that name a comment, and the counts the review reads.
 */
export class Intake {
  private readonly seen = new SeenIds(200_000);
  private readonly recent: Ring<CommentItem>;
  private readonly index = new RecentKeys<CommentItem>(5000);
  private pending: CommentItem[] = [];
  readonly commentStats = new CommentStats();
  /** Cue and 讲解 markers the platform reported (the review's chart). */
  readonly markers = new MarkerLog();

  constructor(commentBuffer: number) {
    this.recent = new Ring(commentBuffer);
  }

  serialise(): IntakeState {
    return {
      seenIds: this.seen.serialise(),
      recent: this.recent.toArray(),
      index: this.index.entries().map(([, c]) => c),
      stats: this.commentStats.serialise(),
      markers: this.markers.serialise(),
    };
  }

  load(s: IntakeState): void {
    if (s.seen) this.seen.loadIds(s.seen);
    if (s.seenIds) this.seen.load(s.seenIds);
    this.recent.load(s.recent);
    for (const c of s.index) this.index.set(c.id, c);
    this.commentStats.load(s.stats);
    this.markers.load(s.markers);
  }

  /** True the first time a message id is seen. */
  fresh(e: LiveEvent): boolean {
    return this.seen.add(e.id);
  }

  /** Clean, classify and keep one comment. */
  comment(e: CommentEvent, onAirProductId: string | null): CommentItem {
    const text = sanitizeViewerText(e.text);
    const cls = classifyComment(text);
    const item: CommentItem = {
      id: e.id, ts: e.ts, userId: e.userId, nickname: sanitizeViewerText(e.nickname, MAX_NICKNAME) || '匿名',
      text, intent: cls.intent, topic: cls.topic, productId: onAirProductId,
    };
    this.recent.push(item);
    this.commentStats.add(item);
    this.index.set(item.id, item);
    this.pending.push(item);
    return item;
  }

  findComment(id: string): CommentItem | null {
    return this.index.get(id) ?? null;
  }

  get hasPending(): boolean {
    return this.pending.length > 0;
  }

  /** Comments since the last call (for the next delta). */
  takePending(): CommentItem[] {
    const out = this.pending;
    this.pending = [];
    return out;
  }

  /** The most recent comments, oldest first (for snapshots). */
  recentComments(): CommentItem[] {
    return this.recent.toArray();
  }
}
