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

/**
 * Session 5, round 2 (lt16b): the wording families behind late7's misses and warning-only finds (late7 = 200 lines
 * written blind by a second author, measured held out once, then tuned on), each on variants that are NOT lines of
 * the labelled set, with clean twins; and the general exemptions behind late7's three false errors.
 */
describe('compliance lint: late7 families on unseen variants', () => {
  it.each([
    ['slim without effort', 'unverifiable', ['这条腹带不需要节食就能瘦', '睡着也能瘦的神奇睡衣']],
    ['a superlative asked as a question', 'absolute', ['哪里还有比这款更便宜的羊绒衫', '谁家有比我们更软的被子']],
    ['no re-application', 'unverifiable', ['这个粉底一整天不需要补妆', '出汗也不脱的眼线笔']],
    ['a regulator\'s approval or licence', 'fake-certification', ['这款牙膏经过药监局审批', '药字号级别的面膜']],
    ['a cure told as a story', 'medical', ['我的湿疹全都治好了', '这个药膏把我的脚气给治好了']],
    ['a withheld reveal', 'clickbait', ['等到最后有福利', '你敢信吗这个价', '看到最后你就明白了']],
    ['food asked to heal', 'food-health', ['喝了这个茶还会上火吗', '吃完这个还会便秘吗']],
    ['formaldehyde 100 %', 'unverifiable', ['去甲醛百分百的净化器', '装修好马上就能入住']],
    ['a treasure grade', 'absolute', ['这是博物馆级的手艺', '殿堂级的音质']],
    ['takes bad luck away', 'superstition', ['这个葫芦能化解霉运', '这串手链能吸走晦气']],
    ['guaranteed no reaction', 'efficacy-guarantee', ['保证戴着不掉色', '掉色了赔你五倍']],
    ['a result or a refund', 'efficacy-guarantee', ['用不出效果直接退', '没瘦下来直接退']],
    ['a price for a follow', 'clickbait', ['加了灯牌的才能抢', '没点关注的拍了不发货', '评论满五百条我就抽免单']],
    ['a whole-market superlative', 'absolute', ['全国最舒服的床垫', '史上最轻的羽绒服']],
    ['cold-proof', 'unverifiable', ['零下三十度穿也不冷']],
    ['a named person\'s own item', 'celebrity-endorsement', ['她平时背的就是这一只', '他亲口推荐过']],
    ['a private deal', 'diversion', ['链接拍不了的私下跟你交易', '想要的加我vx', '去小红书搜我们', '下单备注暗号']],
    ['a competitor by a hint', 'disparagement', ['某大家的精华成本才几块钱', '外面卖的都是次品']],
    ['a gift for a review', 'review-inducement', ['晒图的再免费送你一个']],
    ['a cleaner you can drink', 'unverifiable', ['这个洗衣液能直接喝', '对孕妇没有任何副作用']],
    ['draws damp out of the body', 'medical', ['能把你体内的湿气排出来', '这个手链排毒']],
  ])('%s', (_family, category, lines) => {
    for (const line of lines) expect(cats(line), line).toContain(category);
  });

  it('leaves the clean twins alone', () => {
    for (const line of [
      '这款除湿机能排湿气', '冬天体内寒气重的宝宝注意保暖', '模特身高一米六五，她穿的是S码', '我妈用的就是这款', '满两百九十九减三十',
      '这款净化器能去甲醛', '我们不保证不过敏，敏感肌先试用', '某些宝宝问能不能机洗', '游泳之后记得补涂', '这件衣服洗了也不掉色',
      '不用节食的宝宝也可以吃', '你猜猜这个多少钱', '我们店在小红书也有号',
    ]) expect(lintText(line), line).toEqual([]);
    expect(lintText('这件外套全网最低价').map((f) => f.category)).toEqual(['price']);
  });
});

describe('compliance lint: late7 exemptions', () => {
  it('reads sending the viewer to a doctor as a consumer tip (late7: 祛痘这个事情还是要去看皮肤科)', () => {
    for (const line of ['祛痘这个事情还是要去看皮肤科', '湿疹的话建议先去医院看医生', '治疗痘痘还是得找专业医生']) expect(lintText(line), line).toEqual([]);
    expect(cats('这款洁面能祛痘')).toEqual(['medical']);
  });

  it('reads telling viewers no off-platform contact is needed as keeping them on the platform', () => {
    for (const line of ['不用加任何私人联系方式', '不需要加微信，有问题后台私信客服', '无需留手机号']) expect(lintText(line), line).toEqual([]);
    expect(cats('加我微信私聊')).toContain('diversion');
  });

  it('reads 转运珠 as the name of a bead style, and still flags the luck claim', () => {
    expect(lintText('这款转运珠手链，款式很简约')).toEqual([]);
    expect(cats('戴上转运珠就能转运')).toEqual(['superstition']);
  });
});

describe('compliance lint: late8 families on unseen variants', () => {
  it.each([
    ['a health reading promised to change', 'medical', ['这个茶喝两个月，血压的指标你去体检查一下就知道']],
    ['a disease that stopped coming back', 'medical', ['关节炎用了这个护膝再也没犯过', '我的鼻炎也没再犯过', '湿疹都不犯了']],
    ['a superlative dared as a question', 'absolute', ['谁家的红枣敢比咱家的更甜']],
    ['a price held back for a comment count', 'clickbait', ['评论满三百条我就再降二十', '点赞满一万就改价']],
    ['a return promised on goods', 'unverifiable', ['这条金链子十年后能翻两倍', '买黄金比存银行划算']],
    ['a result by a date', 'unverifiable', ['敷五次就能让黑头没了', '喝三天就瘦了']],
    ['sleep, brain, long life', 'medical', ['这个枕头助眠']],
    ['brain food', 'food-health', ['孩子吃了补脑', '天天吃延年益寿']],
    ['a satellite account', 'diversion', ['加个卫星号发你']],
    ['a release held back for likes', 'clickbait', ['点赞点到一万就上', '灯牌刷到五百个我就抽', '点不到五千我不开']],
    ['a lifetime promised', 'unverifiable', ['用一辈子都不会坏', '这双鞋穿到老也不变形']],
    ['other sellers\' goods run down', 'disparagement', ['别买那些杂牌', '那些店卖的全是假货', '成分还不如我们一半']],
    ['an office-holder in person', 'celebrity-endorsement', ['院长亲自推荐的面霜', '冠军亲自选的球拍']],
    ['never again', 'false-urgency', ['以后再也没有了', '你犹豫一秒就没了', '这个颜色卖完工厂就停产']],
    ['no result, my money', 'efficacy-guarantee', ['瘦不了我退钱', '淡不掉直接赔']],
    ['another account', 'diversion', ['加我小号', '去找我那个小号']],
    ['stock phrases', 'fake-certification', ['央视报道过的品牌']],
  ])('%s', (_family, category, lines) => {
    for (const line of lines) expect(cats(line), line).toContain(category);
  });

  it('leaves the clean twins alone', () => {
    for (const line of [
      '血压计的指标很准，买回去自己测一下', '这个口罩能防花粉，鼻炎的宝宝出门记得戴', '谁家的孩子这么可爱', '扣满了吗？还没扣满',
      '这件衣服三年后还像新的', '用三天就知道适不适合你', '金价五年翻了一倍',
      '这件小号的衣服', '这款包有大号小号', '不满意可以退', '这个颜色卖完就不再补了', '下了播就去发货', '犹豫的话可以先加购',
    ]) expect(lintText(line), line).toEqual([]);
  });
});

describe('compliance lint: late8 exemptions', () => {
  it('reads a viewer\'s question read out and refused as keeping the sale on the platform', () => {
    for (const line of ['弹幕问可不可以私下微信转账？不可以哈', '有人问能不能加vx，那不行', '念评论："能不能加微信买？" 不能哈宝宝']) {
      expect(lintText(line), line).toEqual([]);
    }
    expect(cats('加微信可以吗？可以的')).toContain('diversion');
  });

  it('reads warning of an off-platform deal\'s risk as advice, and still flags offering one', () => {
    expect(lintText('私下转账不安全，大家就在链接拍')).toEqual([]);
    expect(lintText('私下交易没有保障')).toEqual([]);
    expect(cats('加微信私下交易更便宜')).toContain('diversion');
  });

  it('reads an A-not-A phrase or 不存在 as waving the notion away, and still flags the claim', () => {
    for (const line of ['什么招财不招财的，好看就行', '不存在什么排毒', '不存在什么开光不开光的']) expect(lintText(line), line).toEqual([]);
    expect(cats('这个玉开过光，保平安')).toContain('superstition');
  });
});
