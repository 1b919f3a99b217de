import corpus from '../../assets/sim/comments.json';
import type { Rng } from '../domain/rng';
import { weightedIndex } from '../domain/rng';
import type { CorpusKind, ProductView } from './catalog';

/** What a viewer sees when typing a comment. */
export interface CommentScene {
  product: ProductView | null;
  /** Live price of the on-air product, fen (0 when none). */
  priceFen: number;
  soldOut: boolean;
  /** A price was just revealed (slot start, price change, coupon, flash sale). */
  reveal: boolean;
  pressure: boolean;
  /** 0..1: refund and complaint talk in the room (grows with refund requests). */
  unrest: number;
}

type Pools = Record<CorpusKind | 'any', string[]>;
const INTENTS = ['question', 'purchase', 'complaint', 'refund', 'praise', 'chitchat', 'spam', 'abuse'] as const;
type Intent = (typeof INTENTS)[number];
const TOPICS = ['size', 'price', 'shipping', 'quality', 'usage', 'stock'] as const;
type Topic = (typeof TOPICS)[number];

const C = corpus as unknown as Record<string, unknown>;
const pools = (key: string): Pools => {
  const p = C[key] as Partial<Pools>;
  return { any: p.any ?? [], apparel: p.apparel ?? [], beauty: p.beauty ?? [], other: [] };
};
const BASE_WEIGHTS = corpus.weights.base as Record<Intent, number>;
const TOPIC_WEIGHTS = corpus.weights.topics as Record<CorpusKind, Record<Topic, number>>;
const TRADITIONAL = corpus.decor.traditional as Record<string, string>;
const TYPOS = corpus.decor.typos as [string, string][];
const PLACEHOLDER = /\{(\w+)\}/g;

const yuan = (fen: number) => {
  const y = fen / 100;
  return Number.isInteger(y) ? String(y) : y.toFixed(2).replace(/0$/, '');
};

/** Draws comment texts from the corpus for the product on air (templates, typos, emoji, 繁体). */
export class CommentWriter {
  private readonly cache = new Map<string, string[]>();

  constructor(private readonly rng: Rng) {}

  /** A comment by an ordinary viewer in this scene. */
  comment(scene: CommentScene): string {
    const rng = this.rng;
    if (scene.soldOut && scene.product && rng.chance(0.45)) return this.decorate(this.fill(rng.pick(this.eligible('soldOut', scene.product)), scene));
    if (scene.reveal && rng.chance(0.3)) return this.decorate(this.fill(rng.pick(this.eligible('priceReveal', scene.product)), scene));
    const intent = INTENTS[weightedIndex(rng, INTENTS.map((i) => this.intentWeight(i, scene)))] ?? 'chitchat';
    let key: string = intent;
    if (intent === 'question') {
      const kind = scene.product?.kind ?? 'other';
      const tw = TOPICS.map((t) => {
        let w = TOPIC_WEIGHTS[kind][t];
        if (scene.reveal && t === 'price') w *= 2.5;
        if (scene.soldOut && t === 'stock') w *= 4;
        return w;
      });
      key = `question.${TOPICS[weightedIndex(rng, tw)] ?? 'price'}`;
    }
    let list = this.eligible(key, scene.product);
    if (!list.length) list = this.eligible('chitchat', scene.product);
    return this.decorate(this.fill(rng.pick(list), scene), intent === 'question');
  }

  /** A 福袋 口令 comment (mostly the phrase itself, sometimes a variant). */
  luckyBag(phrase: string): string {
    const t = this.rng.pick(corpus.luckyBag.variants).replaceAll('{phrase}', phrase);
    return this.rng.chance(0.08) ? this.decorate(t) : t;
  }

  /** Default 口令 when the plan names none. */
  defaultPhrase(): string {
    return this.rng.pick(corpus.luckyBag.defaultPhrases);
  }

  /** What a buyer types right after paying ("已拍驼色M"). */
  afterOrder(product: ProductView, skuId: string | undefined, quantity: number): string {
    const sku = product.skus.find((s) => s.id === skuId);
    const scene: CommentScene = { product, priceFen: product.planPrice, soldOut: false, reveal: false, pressure: false, unrest: 0 };
    const list = this.eligible('afterOrder', product);
    const t = this.rng.pick(list);
    return this.decorate(this.fill(t, scene, { color: sku?.color ?? undefined, size: sku?.size ?? undefined, n: String(Math.max(2, quantity)) }));
  }

  private intentWeight(intent: Intent, s: CommentScene): number {
    let w = BASE_WEIGHTS[intent];
    if (!s.product && (intent === 'question' || intent === 'purchase')) w *= intent === 'question' ? 0.5 : 0.2;
    if (s.reveal && intent === 'purchase') w *= 2.5;
    if (s.reveal && intent === 'question') w *= 1.2;
    if (s.pressure && intent === 'purchase') w *= 1.8;
    if (s.soldOut && intent === 'complaint') w *= 2;
    if (intent === 'complaint') w *= 1 + 3 * s.unrest;
    if (intent === 'refund') w *= 1 + 8 * s.unrest;
    return w;
  }

  /** Templates under `key` whose placeholders this product can fill (cached per product). */
  private eligible(key: string, product: ProductView | null): string[] {
    const ck = `${product?.id ?? ''}\u0000${key}`;
    const hit = this.cache.get(ck);
    if (hit) return hit;
    const raw = C[key];
    const all: string[] = Array.isArray(raw) ? (raw as string[]) : (() => {
      const p = pools(key);
      return [...p.any, ...(product ? p[product.kind] : [])];
    })();
    const ok = all.filter((t) => {
      for (const m of t.matchAll(PLACEHOLDER)) {
        const name = m[1];
        if (name === 'product' && !product) return false;
        if (name === 'color' && !product?.colors.length) return false;
        if (name === 'size' && !product?.sizes.length) return false;
        if ((name === 'price' || name === 'list') && !product) return false;
        if (name === 'list' && !product?.listPrice) return false;
        if (name === 'phrase') return false;
      }
      return true;
    });
    const list = ok.length ? ok : ['1', '来了', '好的'];
    this.cache.set(ck, list);
    return list;
  }

  private fill(t: string, s: CommentScene, fixed: Partial<Record<string, string>> = {}): string {
    if (!t.includes('{')) return t;
    const rng = this.rng;
    const p = s.product;
    return t.replace(PLACEHOLDER, (_m, name: string) => {
      const f = fixed[name];
      if (f !== undefined) return f;
      switch (name) {
        case 'product': return p?.noun ?? '这个';
        case 'color': return p?.colors.length ? rng.pick(p.colors) : '';
        case 'size': return p?.sizes.length ? rng.pick(p.sizes) : '';
        case 'price': return yuan(s.priceFen || p?.planPrice || 0);
        case 'list': return yuan(p?.listPrice ?? 0);
        case 'height': return String(rng.int(150, 175));
        case 'weight': return String(rng.int(45, 75) * 2);
        case 'n': return String(rng.int(2, 5));
        default: return '';
      }
    });
  }

  /** Typos, traditional characters, case, prefixes, suffixes and emoji, as real comments have. */
  private decorate(text: string, question = false): string {
    const rng = this.rng;
    let t = text;
    if (rng.chance(0.06)) {
      const pair = rng.pick(TYPOS);
      if (t.includes(pair[0])) t = t.replace(pair[0], pair[1]);
    }
    if (rng.chance(0.04)) t = Array.from(t, (ch) => TRADITIONAL[ch] ?? ch).join('');
    if (rng.chance(0.25) && /[A-Z]/.test(t)) t = t.toLowerCase();
    if (question && rng.chance(0.3)) t = rng.pick(corpus.decor.prefixes) + t;
    if (rng.chance(0.35)) {
      const suffix = rng.pick(corpus.decor.suffixes);
      const last = t.at(-1) ?? '';
      const wordy = /^[\u4e00-\u9fff]/.test(suffix);
      // No "吗呢", "？啊" or "🙏呢": word particles only after a plain character that is not a particle.
      if (/[\u4e00-\u9fffA-Za-z0-9]/.test(last) && !(wordy && /[吗呢嘛啊呀吧哈]/.test(last))) t += suffix;
    }
    if (rng.chance(0.14)) t += rng.pick(corpus.decor.emoji).repeat(rng.int(1, 3));
    else if (rng.chance(0.07)) t += rng.pick(corpus.decor.douyinEmoji);
    return t;
  }
}
