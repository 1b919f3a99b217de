import { z } from 'zod';

/** Money is always integer fen (分). */
export const Fen = z.number().int().min(0).max(1e13);
/** Epoch milliseconds from the hub's clock. */
export const EpochMs = z.number().int().min(0);
export const Id = z.string().min(1).max(128);

export const ROLES = ['host', 'assistant', 'producer'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** Longest viewer text the hub keeps (DESIGN §6: cap length). */
export const MAX_VIEWER_TEXT = 200;
export const MAX_NICKNAME = 40;
