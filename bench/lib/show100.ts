import { loadSampleShow } from '../../electron/hub/sampleShow';
import type { RunOfShow } from '../../shared/protocol/runOfShow';

/** A 100-product, 100-slot run-of-show: the sample show's products and slots repeated with fresh ids. */
export function show100(): RunOfShow {
  const base = loadSampleShow();
  const show: RunOfShow = { ...base, id: `${base.id}-x100`, products: [], slots: [] };
  for (let k = 0; show.products.length < 100; k++) {
    for (const p of base.products) if (show.products.length < 100) show.products.push({ ...p, id: `${p.id}-${k}` });
  }
  for (let k = 0; show.slots.length < 100; k++) {
    for (const s of base.slots) {
      if (show.slots.length >= 100) break;
      show.slots.push({ ...s, id: `${s.id}-${k}`, productId: `${s.productId}-${k}`, cues: s.cues.map((c) => ({ ...c, id: `${c.id}-${k}` })) });
    }
  }
  return show;
}
