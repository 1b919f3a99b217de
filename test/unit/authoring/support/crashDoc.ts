import { makeDocument, type ShowDocument } from '../../../../shared/protocol/document';
import { RunOfShow } from '../../../../shared/protocol/runOfShow';
import sample from '../../../../assets/sample-show.json';

const base = RunOfShow.parse(sample);

/** Version v of the crash-test document: ~0.5 MB so a save takes long enough to be interrupted. */
export function crashDoc(v: number): ShowDocument {
  const products = Array.from({ length: 400 }, (_, i) => ({ ...base.products[i % base.products.length]!, id: `p${i}`, name: `商品 ${i} 版本 ${v}` }));
  return makeDocument({ ...base, title: `版本 ${v}`, products }, 0);
}
