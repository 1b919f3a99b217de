import type { LiveEvent } from '../../protocol/events';
import type { DouyinRules } from './rules';

/** What a family mapper gets besides the parsed body: the room, the response time, and the mapper's memory. */
export interface MapContext {
  readonly roomId: string;
  /** Epoch ms the response was received: the `ts` of every event it yields. */
  readonly ts: number;
  readonly rules: DouyinRules;
  productIdFor(shopProductId: string): string;
  /** An item of a well-formed response could not be read (counted, skipped). */
  skip(): void;
  readonly memory: MapperMemory;
}

/** Stage an order has reached, as far as LiveDeck has emitted it. */
export interface OrderMemory {
  productId: string;
  userId: string;
  quantity: number;
  amount: number;
  sku?: string;
  created: boolean;
  paid: boolean;
  cancelled: boolean;
  refundRequested: boolean;
  refunded: boolean;
}

export interface CartProductMemory {
  price?: number;
  stock?: number;
  soldOut?: boolean;
}

/** State kept across responses (pure: no clock, no I/O). */
export interface MapperMemory {
  orders: Map<string, OrderMemory>;
  cart: Map<string, CartProductMemory>;
  /** Show product id on 讲解 now (null: none, undefined: not known yet). */
  explaining: string | null | undefined;
  /** Last cumulative viewer figure the platform stated. */
  totalViewers: number | undefined;
}

export function createMemory(): MapperMemory {
  return { orders: new Map(), cart: new Map(), explaining: undefined, totalViewers: undefined };
}

/** What a family mapper answers: events, or null when the body is not the shape it knows. */
export type FamilyResult = LiveEvent[] | null;
