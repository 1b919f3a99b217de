import { describe, expect, it } from 'vitest';
import lexicon from '../../../../assets/lexicon/comments.json';
import { classifyComment, CommentClassifier, explainComment } from '../../../../shared/domain/comments/classify';

const c = (text: string) => classifyComment(text);

describe('classifyComment', () => {
  it('returns shared frozen results (no allocation per call)', () => {
    const a = c('多少钱');
    expect(a).toBe(c('多少钱？'));
    expect(Object.isFrozen(a)).toBe(true);
    expect(a).toEqual({ intent: 'question', topic: 'price' });
  });

  it('treats empty, blank and punctuation-only comments as chitchat', () => {
    for (const t of ['', '   ', '。。。', '~~~']) expect(c(t)).toEqual({ intent: 'chitchat', topic: null });
  });

  it('normalises full-width, traditional characters, case and separators', () => {
    expect(c('ＶＸ：ａｂｃ１２３').intent).toBe('spam');
    expect(c('加 微 信').intent).toBe('spam');
    expect(c('還有嗎')).toEqual({ intent: 'question', topic: 'stock' });
    expect(c('發貨要幾天')).toEqual({ intent: 'question', topic: 'shipping' });
    expect(c('YYDS').intent).toBe('praise');
    expect(explainComment('好好好好看！！').normalized).toBe('好好看');
  });

  it('reads digits: "1", "111", "扣1", keycaps and circled digits are purchase signals', () => {
    for (const t of ['1', '111', '1 1 1', '扣1', '扣1扣1扣1', '1️⃣', '①', '2', '+1', '111 黑色']) expect(c(t).intent, t).toBe('purchase');
    expect(c('666').intent).toBe('praise');
    expect(c('6666666').intent).toBe('praise');
    expect(c('520').intent).toBe('chitchat');
    expect(c('13800138000').intent).toBe('spam');
    expect(c('1号链接').intent).toBe('purchase');
  });

  it('reads height and weight pairs as size questions', () => {
    expect(c('160 100斤')).toEqual({ intent: 'question', topic: 'size' });
    expect(c('168 125')).toEqual({ intent: 'question', topic: 'size' });
    expect(c('身高158体重95穿s还是m')).toEqual({ intent: 'question', topic: 'size' });
  });

  it('maps emoji and Douyin [emoji] codes', () => {
    expect(c('👍👍👍').intent).toBe('praise');
    expect(c('👍🏻').intent).toBe('praise');
    expect(c('[赞][赞]').intent).toBe('praise');
    expect(c('👎').intent).toBe('complaint');
    expect(c('😂😂').intent).toBe('chitchat');
    expect(c('福利价是多少[疑问]')).toEqual({ intent: 'question', topic: 'price' });
  });

  it('understands pinyin abbreviations and common typos', () => {
    expect(c('主播yyds').intent).toBe('praise');
    expect(c('xswl').intent).toBe('chitchat');
    expect(c('nmsl').intent).toBe('abuse');
    expect(c('怎么tk').intent).toBe('refund');
    expect(c('多少前')).toEqual({ intent: 'question', topic: 'price' });
    expect(c('尺吗标准吗')).toEqual({ intent: 'question', topic: 'size' });
    expect(c('dd').intent).toBe('chitchat');
    expect(c('ddd').intent).toBe('chitchat');
    expect(c('同款更便宜 dd我').intent).toBe('spam');
  });

  it('matches latin abbreviations only at word boundaries', () => {
    expect(c('sb主播').intent).toBe('abuse');
    expect(c('asbx').intent).toBe('chitchat');
    expect(c('vxx').intent).toBe('chitchat');
  });

  it('negates: 不好看 is a complaint, 没起球 praise, 不退 nothing', () => {
    expect(c('不好看').intent).toBe('complaint');
    expect(c('一点都不好用').intent).toBe('complaint');
    expect(c('穿了一年都没起球').intent).toBe('praise');
    expect(c('没有色差').intent).toBe('praise');
    expect(c('不退').intent).toBe('chitchat');
  });

  it('treats A不A / A没A as a question, not a negation', () => {
    expect(c('好不好看').intent).toBe('question');
    expect(c('透不透')).toEqual({ intent: 'question', topic: 'quality' });
    expect(c('有没有大码')).toEqual({ intent: 'question', topic: 'size' });
  });

  it('turns soft complaint/refund terms into questions when the comment asks', () => {
    expect(c('起球了').intent).toBe('complaint');
    expect(c('会起球吗')).toEqual({ intent: 'question', topic: 'quality' });
    expect(c('退货').intent).toBe('refund');
    expect(c('支持退货吗')).toEqual({ intent: 'question', topic: null });
    expect(c('怎么退款').intent).toBe('refund');
  });

  it('hides a term inside a longer one (先退了 is not a refund, 链接呢 not a question)', () => {
    expect(c('先退了 拜拜').intent).toBe('chitchat');
    expect(c('退出直播间').intent).toBe('chitchat');
    expect(c('链接呢').intent).toBe('purchase');
    expect(c('在吗').intent).toBe('chitchat');
  });

  it('applies the priority spam > refund > complaint > abuse > question > purchase > praise', () => {
    expect(c('质量太差了 加微信退款').intent).toBe('spam');
    expect(c('退了退了 质量太差').intent).toBe('refund');
    expect(c('质量太差 垃圾主播').intent).toBe('complaint');
    expect(c('垃圾主播 多少钱').intent).toBe('abuse');
    expect(c('拍了 几号发')).toEqual({ intent: 'question', topic: 'shipping' });
    expect(c('好看 想要').intent).toBe('purchase');
  });

  it('gives a topic only to questions', () => {
    expect(c('色差太大了').topic).toBeNull();
    expect(c('尺码')).toEqual({ intent: 'question', topic: 'size' });
  });

  it('handles very long input: repeats collapse first, then only the first 512 characters count', () => {
    expect(c('退'.repeat(100_000)).intent).toBe('refund');
    expect(c('哈'.repeat(100_000) + '加微信').intent).toBe('spam');
    expect(c('哈嘿'.repeat(50_000) + '加微信').intent).toBe('chitchat');
  });

  it('can be extended through the lexicon file', () => {
    const extended = structuredClone(lexicon) as typeof lexicon;
    extended.intents.spam.push('来我店铺');
    const custom = new CommentClassifier(extended);
    expect(classifyComment('来我店铺看看').intent).toBe('chitchat');
    expect(custom.classify('来我店铺看看').intent).toBe('spam');
  });

  it('ships a lexicon with the documented priority and every intent and topic', () => {
    expect(lexicon.priority).toEqual(['spam', 'refund', 'complaint', 'abuse', 'question', 'purchase', 'praise', 'chitchat']);
    for (const list of Object.values(lexicon.intents)) expect(list.length).toBeGreaterThan(5);
    for (const list of Object.values(lexicon.topics)) expect(list.length).toBeGreaterThan(5);
  });

  it('rejects an invalid lexicon', () => {
    expect(() => new CommentClassifier({ ...lexicon, priority: ['spam'] })).toThrow();
    expect(() => new CommentClassifier({ ...lexicon, intents: { spam: [{ t: '' }] } })).toThrow();
  });

  it('explains its decision with the matched terms', () => {
    const e = explainComment('会起球吗');
    expect(e.intent).toBe('question');
    expect(e.matches.map((m) => m.term)).toEqual(expect.arrayContaining(['起球', '吗']));
  });
});
