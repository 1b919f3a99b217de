import { describe, expect, it } from 'vitest';
import { lintText } from '../../../shared/domain/compliance';

/**
 * Session 5: the wording families behind late6's misses (assets/lexicon/compliance.json `patterns`), each checked on
 * variants that are NOT lines of the labelled set, with clean twins that share words but make no claim; and the
 * general exemptions that removed late6's two false errors and most clean-line warnings.
 */
const cats = (text: string) => lintText(text).map((f) => f.category);

describe('compliance lint: session-5 families on unseen variants', () => {
  it.each([
    ['nowhere as good', 'absolute', ['市面上根本买不到这么好用的锅', '外面再也找不到这么便宜的了', '同行里没有比它更好看的']],
    ['king of a field', 'absolute', ['这款粉底是底妆界的扛把子', '这支口红简直是口红中的劳斯莱斯']],
    ['nothing harmful', 'unverifiable', ['这款奶瓶一丁点毒性都没有', '这个染发剂一点伤害都没有']],
    ['non-food you can eat', 'unverifiable', ['这款唇膏可以直接吃', '我们的牙膏能直接吃下去']],
    ['not even the eyes', 'unverifiable', ['这款洗发水宝宝用了都不会辣眼睛']],
    ['absolutely safe', 'unverifiable', ['这款驱蚊液绝对无毒', '孕妇都可以随便用']],
    ['never tans', 'unverifiable', ['涂了这个防晒保证晒不黑']],
    ['vision', 'medical', ['每天戴这个眼罩能提高视力', '孩子的近视度数能降下来']],
    ['inflammation', 'medical', ['这款药膏抹上去能消炎', '湿疹一擦就好']],
    ['timed result', 'efficacy-guarantee', ['喝两个月能瘦二十斤', '用三瓶就不掉头发了', '七天白两个度']],
    ['blemish gone', 'efficacy-guarantee', ['用一个月黑眼圈完全消失', '痘印保证淡化']],
    ['doctors use it', 'celebrity-endorsement', ['皮肤科医生自己都在用这款面霜', '牙医也推荐这款牙刷']],
    ['a star\'s own item', 'celebrity-endorsement', ['这是某某顶流私下也在用的香水']],
    ['athletes use it', 'celebrity-endorsement', ['奥运冠军都在吃的燕麦']],
    ['a body certified it', 'fake-certification', ['这款奶粉是营养学会推荐的', '中国医药研究院认证的配方', '通过了联合国认证', '国家药监局批准的美白产品']],
    ['today only', 'false-urgency', ['这个赠品只有今晚有', '这个价格仅限本场']],
    ['after today', 'false-urgency', ['过了今晚就涨价', '下一场就没这个价了']],
    ['stock only n', 'false-urgency', ['现货只有三十件']],
    ['lost money', 'fake-loss', ['这一单我们倒贴了二十块']],
    ['another account', 'diversion', ['去我另一个账号下单更便宜', '关注主播的副号']],
    ['leave and regret', 'clickbait', ['走了的宝宝会后悔']],
    ['stay for a surprise', 'clickbait', ['不要走开，后面有神秘大礼', '下一秒就有惊喜']],
    ['a gift for a comment', 'clickbait', ['评论区打出666就送小礼物']],
    ['cannot match another platform', 'platform-comparison', ['这个价连淘宝都买不到']],
  ])('%s', (_family, category, lines) => {
    for (const line of lines) expect(cats(line), line).toContain(category);
  });

  it('leaves the clean twins alone', () => {
    for (const line of [
      '找不到尺码表的宝宝看详情页', '这个王者荣耀的周边挂件很可爱', '敏感肌第一次用先做个皮试，降低风险', '这个零食孩子可以直接吃',
      '眼睛干的时候滴点眼药水', '近视的宝宝戴眼镜也能用这款眼罩', '发炎的时候不要用这款面膜', '三天内发货，七天无理由', '这个面膜一盒十片',
      '用之前最好问问医生', '我们的设计师是珠宝协会的会员', '今天只有三个颜色', '明天记得来看直播', '另一个颜色也很好看',
      '买了不合适也不用后悔，七天无理由', '别走开，下一个是大衣', '防晒霜要出门前半小时涂', '使用前请阅读安全说明', '痘痘期间不建议化浓妆',
      '这个是局部的细节图', '库存充足，放心拍', '上次买的宝宝说不亏', '要黑色的扣黑色', '同款不同色，大家自己选', '运动的时候戴这个手环',
    ]) expect(lintText(line), line).toEqual([]);
  });
});

describe('compliance lint: session-5 exemptions', () => {
  it('reads 最好 + a verb of care as advice (late6: 银饰洗澡的时候最好摘下来), not 最好 + an adjective', () => {
    for (const line of ['银饰洗澡的时候最好摘下来', '珍珠项链最好别碰香水', '金饰睡觉前最好取下来', '羊绒衫最好单独洗']) expect(lintText(line), line).toEqual([]);
    expect(cats('这是最好的黄金')).toEqual(['absolute']);
    expect(cats('这款最好看')).toEqual(['absolute']);
  });

  it('reads saying one does not advertise a claim as quoting it (late6: 我们不宣传什么招财辟邪)', () => {
    for (const line of ['我们不宣传什么招财辟邪，喜欢这个设计再买', '我们从不宣传什么开光转运', '我们不标榜什么全网第一', '平台禁止宣称什么根治']) {
      expect(lintText(line), line).toEqual([]);
    }
    // Intensifiers that only look like it still make the claim.
    expect(cats('不夸张地说，这是全网第一')).toEqual(['absolute']);
  });

  it('exempts a sales fact inside the seller\'s own range, and the seller\'s attitude', () => {
    for (const line of ['这是我们店里卖得最火的一款', '本店最畅销的是这款', '这款是我们品牌今年卖得最好的单品', '大家的支持就是我们最大的动力', '有问题在抖音私信我']) {
      expect(lintText(line), line).toEqual([]);
    }
    expect(lintText('这是卖得最火的一款').map((f) => [f.text, f.severity])).toEqual([['最火', 'warning']]);
    expect(lintText('这是全网卖得最好的一款').some((f) => f.severity === 'error')).toBe(true);
  });

  it('keeps the statistical pass off a clause whose claim the rules found denied', () => {
    expect(lintText('这件衣服不是最便宜的，但是做工对得起价格', { suspects: true })).toEqual([]);
  });
});
