import categories from '../../../assets/categories.json';

/** Category text from a shop export ("女装/连衣裙", "美妆>口红", "apparel.women") → key of assets/categories.json. */
const KEYS = Object.keys(categories.categories);

const KEYWORDS: [string, readonly string[]][] = [
  ['apparel.underwear', ['内衣', '文胸', '内裤', '睡衣', '家居服', '袜']],
  ['apparel.kids', ['童装', '儿童', '婴儿', '宝宝服', '亲子']],
  ['shoes', ['鞋', '靴']],
  ['jewelry', ['珠宝', '饰品', '首饰', '黄金', '银饰', '项链', '耳环', '戒指', '手链', '翡翠']],
  ['apparel.men', ['男装', '男士上衣', '男式']],
  ['apparel.women', ['女装', '连衣裙', '半身裙', '女士', '女式', '打底', '大衣', '羽绒', '毛衣', '衬衫', 't恤', '服装', '服饰']],
  ['bags', ['箱包', '包袋', '女包', '男包', '背包', '行李箱', '钱包']],
  ['beauty.makeup', ['彩妆', '口红', '唇', '粉底', '眼影', '香水', '美妆工具']],
  ['beauty.skincare', ['护肤', '美妆', '面霜', '精华', '面膜', '洗面奶', '防晒', '个护', '洗护']],
  ['food', ['食品', '生鲜', '零食', '饮料', '酒', '茶', '水果', '粮油', '乳品', '保健']],
  ['electronics', ['数码', '家电', '手机', '电脑', '耳机', '电器', '3c']],
  ['home', ['家居', '日用', '家纺', '厨具', '收纳', '清洁', '床品', '百货', '宠物']],
];

export function categoryKey(text: string | undefined): { key: string; recognised: boolean } {
  if (!text) return { key: 'other', recognised: true };
  const t = text.trim().toLowerCase();
  if (KEYS.includes(t)) return { key: t, recognised: true };
  for (const [key, words] of KEYWORDS) if (words.some((w) => t.includes(w))) return { key, recognised: true };
  return { key: 'other', recognised: false };
}
