import { uuid } from '../../../lib/id';
import { duplicateSlot, insertSlot, moveSlot, newSlot, removeSlot, suggestRole } from '../model/showEdits';
import { selectionActions } from '../store/selection.slice';
import { showActions, useShowStore } from '../store/show.slice';

/** Queue edits used by the queue panel, the catalog and the keyboard; each is one undo step. */
export const queueOps = {
  move(from: number, to: number) {
    showActions.editShow((show) => moveSlot(show, from, to));
  },
  duplicate(index: number) {
    const id = uuid();
    showActions.editShow((show) => duplicateSlot(show, index, id, () => uuid()));
    selectionActions.select(id);
  },
  remove(index: number) {
    const slots = useShowStore.getState().show.slots;
    const next = slots[index + 1] ?? slots[index - 1] ?? null;
    showActions.editShow((show) => removeSlot(show, index));
    selectionActions.select(next?.id ?? null);
  },
  addProduct(productId: string, at?: number) {
    const id = uuid();
    showActions.editShow((show) => {
      const product = show.products.find((p) => p.id === productId);
      if (!product) return show;
      return insertSlot(show, newSlot(id, product, suggestRole(product, show.products)), at);
    });
    selectionActions.select(id);
  },
};
