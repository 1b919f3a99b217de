import corpus from '../../assets/sim/comments.json';

/** Realistic comment texts from the simulator's corpus (assets/sim/comments.json), placeholders filled. */
const FILL: Record<string, string[]> = {
  product: ['打底衫', '羽绒服', '面霜', '口红', '阔腿裤'],
  color: ['奶白', '经典黑', '燕麦色', '雾霾蓝'],
  size: ['S', 'M', 'L', 'XL'],
  price: ['39.9', '59', '99', '129'],
  list: ['79.9', '199', '259'],
  height: ['158', '162', '165', '170'],
  weight: ['95', '105', '118', '130'],
  n: ['2', '3', '4', '5'],
  phrase: ['栖木宠粉', '冬天不冷', '暖暖的'],
};

function fill(template: string, i: number): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => {
    const opts = FILL[k];
    return opts ? opts[i % opts.length]! : '';
  });
}

/** Every comment template of the corpus (intent keys only), filled several ways. */
export function commentTexts(): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(corpus as Record<string, unknown>)) {
    if (!/^(question|purchase|complaint|refund|praise|chitchat|spam|abuse)/.test(key) || !value || typeof value !== 'object') continue;
    for (const list of Object.values(value as Record<string, unknown>)) {
      if (!Array.isArray(list)) continue;
      for (const t of list) if (typeof t === 'string') for (let i = 0; i < 3; i++) out.push(fill(t, i * 7 + out.length));
    }
  }
  return [...new Set(out)];
}
