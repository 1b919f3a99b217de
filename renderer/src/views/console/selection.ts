/**
 * Keyboard selection in the comment list (↑/↓): with nothing selected (or the selection gone
 * from the list) the newest comment is picked; otherwise one step, stopping at either end.
 * Returns the id to select, or null when the list is empty.
 */
export function moveSelection(list: readonly { id: string }[], selectedId: string | null, dir: -1 | 1): string | null {
  if (list.length === 0) return null;
  const i = selectedId ? list.findIndex((c) => c.id === selectedId) : -1;
  const next = i < 0 ? list.length - 1 : Math.min(list.length - 1, Math.max(0, i + dir));
  return list[next]!.id;
}
