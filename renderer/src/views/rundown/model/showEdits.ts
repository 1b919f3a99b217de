import type { CueKind, PlannedCue, Product, ProductRole, RunOfShow, Slot } from '../../../../../shared/protocol';
import { emptyTalkingPoints } from '../../../../../shared/protocol';

/** Pure edits of a RunOfShow (each returns a new object; the store keeps history). */

export function emptyShow(id: string, title: string): RunOfShow {
  return { id, title, plannedMinutes: 120, products: [], slots: [] };
}

/** Default role for a product by price rank within the catalog: cheap → traffic, dear → image. */
export function suggestRole(product: Product, products: readonly Product[]): ProductRole {
  if (products.length < 3) return 'hero';
  const sorted = products.map((p) => p.price).sort((a, b) => a - b);
  const rank = sorted.findIndex((p) => p >= product.price) / Math.max(1, sorted.length - 1);
  if (rank < 0.2) return 'traffic';
  if (rank > 0.85) return 'image';
  if (rank > 0.6) return 'profit';
  return 'hero';
}

export function newSlot(id: string, product: Product, role: ProductRole): Slot {
  return { id, productId: product.id, role, plannedMinutes: 10, mechanism: '', talkingPoints: emptyTalkingPoints(), cues: [], targets: {} };
}

export function insertSlot(show: RunOfShow, slot: Slot, at = show.slots.length): RunOfShow {
  const slots = show.slots.slice();
  slots.splice(Math.max(0, Math.min(at, slots.length)), 0, slot);
  return { ...show, slots };
}

export function moveSlot(show: RunOfShow, from: number, to: number): RunOfShow {
  if (from === to || from < 0 || from >= show.slots.length) return show;
  const slots = show.slots.slice();
  const [s] = slots.splice(from, 1);
  slots.splice(Math.max(0, Math.min(to, slots.length)), 0, s!);
  return { ...show, slots };
}

export function duplicateSlot(show: RunOfShow, index: number, newId: string, cueId: (i: number) => string): RunOfShow {
  const src = show.slots[index];
  if (!src) return show;
  const copy: Slot = { ...src, id: newId, talkingPoints: { ...src.talkingPoints }, targets: { ...src.targets }, cues: src.cues.map((c, i) => ({ ...c, id: cueId(i) })) };
  return insertSlot(show, copy, index + 1);
}

export function removeSlot(show: RunOfShow, index: number): RunOfShow {
  if (index < 0 || index >= show.slots.length) return show;
  return { ...show, slots: show.slots.filter((_, i) => i !== index) };
}

export function updateSlot(show: RunOfShow, slotId: string, patch: (s: Slot) => Slot): RunOfShow {
  let changed = false;
  const slots = show.slots.map((s) => {
    if (s.id !== slotId) return s;
    changed = true;
    return patch(s);
  });
  return changed ? { ...show, slots } : show;
}

export function addCue(slot: Slot, id: string, kind: CueKind, offsetSec: number): Slot {
  const cue: PlannedCue = { id, kind, offsetSec: Math.max(0, Math.round(offsetSec)), note: '' };
  return { ...slot, cues: [...slot.cues, cue].sort((a, b) => a.offsetSec - b.offsetSec) };
}

export function updateCue(slot: Slot, cueId: string, patch: Partial<Omit<PlannedCue, 'id'>>): Slot {
  const cues = slot.cues.map((c) => (c.id === cueId ? { ...c, ...patch } : c));
  return { ...slot, cues: patch.offsetSec !== undefined ? cues.sort((a, b) => a.offsetSec - b.offsetSec) : cues };
}

export function removeCue(slot: Slot, cueId: string): Slot {
  return { ...slot, cues: slot.cues.filter((c) => c.id !== cueId) };
}

/** Adds imported products to the catalog: same id replaces (keeps slots pointing at it), new ids append. */
export function mergeProducts(show: RunOfShow, incoming: readonly Product[]): { show: RunOfShow; added: number; replaced: number } {
  const byId = new Map(incoming.map((p) => [p.id, p] as const));
  let replaced = 0;
  const products = show.products.map((p) => {
    const n = byId.get(p.id);
    if (!n) return p;
    byId.delete(p.id);
    replaced++;
    return n;
  });
  const added = [...byId.values()];
  return { show: { ...show, products: [...products, ...added] }, added: added.length, replaced };
}

/** Minutes already planned, and the cumulative start (minutes from show start) of each slot. */
export function runningTotals(show: RunOfShow): { total: number; starts: number[] } {
  const starts: number[] = [];
  let t = 0;
  for (const s of show.slots) {
    starts.push(t);
    t += s.plannedMinutes;
  }
  return { total: t, starts };
}

/** "1:05" for 65 minutes. */
export function fmtMinutes(min: number): string {
  const m = Math.round(min);
  return `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
}

/** "02:30" for 150 seconds; parses "2:30", "150", "2分30" back. */
export function fmtOffset(sec: number): string {
  return `${String(Math.floor(sec / 60)).padStart(2, '0')}:${String(sec % 60).padStart(2, '0')}`;
}
export function parseOffset(text: string): number | null {
  const t = text.trim();
  let m = /^(\d{1,3})[:：](\d{1,2})$/.exec(t);
  if (m) return Number(m[1]) * 60 + Number(m[2]);
  m = /^(\d{1,3})\s*分\s*(?:(\d{1,2})\s*秒?)?$/.exec(t);
  if (m) return Number(m[1]) * 60 + Number(m[2] ?? 0);
  if (/^\d{1,5}$/.test(t)) return Number(t);
  return null;
}

/** Yuan text → fen, for the price inputs ("39.9" → 3990); null when not a price. */
export function parseYuan(text: string): number | null {
  const t = text.trim().replace(/^[¥￥]/, '').replace(/,/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return null;
  return Math.round(Number(t) * 100);
}
