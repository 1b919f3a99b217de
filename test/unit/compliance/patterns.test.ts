import { describe, expect, it } from 'vitest';
import { findingLegalBasis, findingReason } from '../../../shared/i18n/compliance';
import { lintText } from '../../../shared/domain/compliance';

/**
 * Pattern families (assets/lexicon/compliance.json `patterns`, shared/domain/compliance/patterns.ts):
 * each one finds its claim with a number, a name or filler words inside, and has a clean twin that
 * shares its words but makes no claim.
 */
const spans = (text: string) => lintText(text).map((f) => [f.text, f.category, f.severity]);

describe('compliance lint: pattern families, each with its clean twin', () => {
  it.each([
    // [family, flagged line, flagged span, category, severity, basis fragment, clean twin]
    ['reduplicated superlative', '这款月饼的馅料是顶配中的顶配', '顶配中的顶配', 'absolute', 'error', '第九条第（三）项', '顶配中的标配是真皮座椅'],
    ['ceiling', '这个面霜就是国货天花板', '国货天花板', 'absolute', 'error', '第九条第（三）项', '这盏吸顶灯装在天花板上很好看'],
    ['no side effect', '这款防晒完全无任何副作用', '无任何副作用', 'unverifiable', 'error', '第二十八条', '少数人可能有轻微副作用，过敏体质慎用'],
    ['100% removal', '这个净水器百分之百去除所有有害物质', '百分之百去除所有', 'unverifiable', 'error', '第二十八条', '这款四件套是百分之百长绒棉的'],
    ['removes everything', '这个洗洁精能清除所有油污', '清除所有', 'unverifiable', 'error', '第二十八条', '这个洗洁精能清除大部分油污'],
    ['refund if no effect', '这款祛痘膏用了没效果我们全额退款', '没效果我们全额退款', 'efficacy-guarantee', 'error', '第二十八条', '不喜欢的话七天无理由退款'],
    ['review for reward', '晒图带字追评的宝宝，联系客服领红包', '晒图带字追评的宝宝，联系客服领红包', 'review-inducement', 'error', '第十七条', '我们家好评率很高，今天还能领优惠券'],
    ['last N units', '最后三十秒，抓紧拍', '最后三十秒', 'false-urgency', 'warning', '第十八条', '最后一步是定妆，拍一点散粉'],
    ['only N left', '库存仅剩三单了', '仅剩三单', 'false-urgency', 'warning', '第十八条', '库存还有两百件，不用着急'],
    ['after the stream', '下播之后这个价格永远不会再有', '下播之后这个价格永远不会再有', 'false-urgency', 'warning', '第十八条', '下播之后客服还在线，有问题随时问'],
    ['own shop elsewhere', '直播间拍不了的，去我们淘宝店下单也一样', '去我们淘宝', 'diversion', 'error', '平台规则', '在抖音商城搜我们的店名就能找到'],
    ['state-designated', '本款冲锋衣是国家体育总局指定专用装备', '国家体育总局指定', 'endorsement', 'error', '第九条第（二）项', '这是护腰专用的收纳袋'],
    ['medical staff recommend', '协和医院的皮肤科主任都推荐这款修护霜', '医院的皮肤科主任都推荐', 'celebrity-endorsement', 'error', '第十七条', '皮肤有问题请去医院看皮肤科医生'],
    ['celebrity recommends', '好几个明星都在用这款面霜', '明星都在用', 'celebrity-endorsement', 'error', '第三十八条', '这个颜色今年在秀场上很流行'],
    ['expert recommends', '营养专家都推荐每天吃一把', '专家都推荐', 'celebrity-endorsement', 'warning', '第十一条', '具体吃多少可以咨询营养师'],
  ])('%s', (_family, line, span, category, severity, basis, twin) => {
    const fs = lintText(line);
    const f = fs.find((x) => x.category === category);
    expect(f, JSON.stringify(spans(line))).toBeDefined();
    expect(f!.text).toBe(span);
    expect(line.slice(f!.start, f!.end)).toBe(span);
    expect(f!.severity).toBe(severity);
    expect(f!.params.term).toBe(span);
    expect(findingLegalBasis('zh-CN', f!)).toContain(basis);
    expect(findingReason('zh-CN', f!)).toContain(span);
    expect(findingLegalBasis('en', f!)).not.toMatch(/[\u4e00-\u9fff]/);
    expect(spans(twin)).toEqual([]);
  });

  it('matches a pattern across blanks, full-width forms and traditional characters like a term', () => {
    expect(spans('最後 ３０ 秒')).toEqual([['最後 ３０ 秒', 'false-urgency', 'warning']]);
    expect(spans('１００％去除所有細菌')).toEqual([['１００％去除所有', 'unverifiable', 'error']]);
  });

  it('keeps the exemptions for patterns: negation, postposed denial, same-brand comparison', () => {
    expect(spans('我们不敢说没有任何副作用')).toEqual([]);
    expect(spans('百分之百去除所有细菌这个我们不保证')).toEqual([]);
    expect(spans('这是我们家顶配中的顶配')).toEqual([['顶配中的顶配', 'absolute', 'warning']]);
  });

  it('allows composition labels and use conditions, and still flags the bare claims', () => {
    for (const clean of ['成分：100%桑蚕丝', '面料百分百新疆长绒棉', '这款面包开封后三天内吃完，口感最佳', '冷藏后饮用风味最佳']) {
      expect(spans(clean), clean).toEqual([]);
    }
    expect(spans('这款面包口感最佳')).toEqual([['最佳', 'absolute', 'error']]);
    expect(spans('百分之百满意')).toEqual([['百分之百', 'absolute', 'error']]);
  });

  it('flags the new compound terms and their self-comparison twins as warnings', () => {
    expect(spans('这是我卖过最完美的一条裙子')).toEqual([['最完美', 'absolute', 'error']]);
    expect(spans('这是我们家最完美的一条裙子')).toEqual([['最完美', 'absolute', 'warning']]);
    expect(spans('全国独家首发的一款精华')).toEqual([['全国独家', 'absolute', 'error']]);
    expect(spans('本店是这个系列的官方旗舰店')).toEqual([]);
  });
});

describe('compliance lint: pattern families tuned on late4, each with its clean twin', () => {
  it.each([
    ['no second one', '全网找不到第二款这样的粉底液', '全网找不到第二款', 'absolute', 'error', '第九条第（三）项', '这是我们家第二款粉底液'],
    ['never fails', '这款锅涂层永远不会脱落', '永远不会脱落', 'unverifiable', 'error', '第二十八条', '涂层用久了会有磨损，注意别用钢丝球'],
    ['never a problem', '这口锅用一辈子都没问题', '一辈子都没问题', 'unverifiable', 'error', '第二十八条', '这口锅有问题随时找客服'],
    ['100% safe', '这个辅食米粉百分百安全', '百分百安全', 'unverifiable', 'error', '第二十八条', '这个辅食米粉有检测报告，八个月以上可以吃'],
    ['removes 100%', '这个除螨仪能杀灭百分之百的螨虫', '杀灭百分之百', 'unverifiable', 'error', '第二十八条', '这个除螨仪能吸走床上的皮屑和灰尘'],
    ['treats a disease', '这款牙膏能修复蛀牙', '修复蛀牙', 'medical', 'error', '第十七条', '这款牙膏是薄荷味的，刷完很清爽'],
    ['hospital as certificate', '三甲医院皮肤科认证过的面霜', '三甲医院皮肤科认证', 'fake-certification', 'error', '第十一条', '皮肤过敏严重的话去三甲医院皮肤科看看'],
    ['guaranteed result', '用完一瓶皱纹肯定淡掉一半', '肯定淡掉', 'efficacy-guarantee', 'error', '第二十八条', '用完一瓶再来看看，每个人肤质不一样'],
    ['disparaging a competitor', '别家的羊毛衫都是掺了腈纶的垃圾', '别家的羊毛衫都是掺了腈纶的垃圾', 'disparagement', 'error', '第十一条', '别家的羊毛衫我们不评价，只说我们自己的'],
    ['another platform\'s price', '京东自营价一千零九十九，我们直播间七百九十九', '京东自营价', 'platform-comparison', 'error', '平台规则', '今天直播间七百九十九，和店铺价一样'],
    ['an award body', '这个手镯是国际珠宝协会评选的十大名品', '协会评选', 'fake-certification', 'error', '第十一条', '这个手镯带国检证书，编号可以查'],
    ['sold out and gone', '就五十单，抢完就没有了', '抢完就没有了', 'false-urgency', 'warning', '第十八条', '库存很足，大家慢慢挑'],
    ['interaction target', '关注过一千马上揭晓', '关注过一千', 'click-bait', 'warning', '诱导互动', '喜欢的宝宝点个关注，下次开播有提醒'],
    ['state organ, custom-made', '这个铁锅是省政府食堂定制的同款', '政府食堂定制', 'endorsement', 'error', '第九条第（二）项', '这个铁锅是我们工厂定制的'],
    ['refund if it does not work', '穿三个月不长全额退', '不长全额退', 'efficacy-guarantee', 'error', '第二十八条', '穿着不合适七天无理由退'],
    ['review for a gift', '五星好评晒单，下次来直播间送你一包零食', '五星好评晒单，下次来直播间送你', 'review-inducement', 'error', '第十七条', '好评不好评随你们心意，我们不搞返现'],
    ['after the stream, price up', '这个价格只有这一场，下播立马涨价', '下播立马涨价', 'false-urgency', 'warning', '第十八条', '下播以后记得看回放'],
    ['hospital staff', '三甲医院的主任医师亲自推荐的护腰', '三甲医院的主任医师亲自推荐', 'celebrity-endorsement', 'error', '第十七条', '腰不好的话先去三甲医院做个检查'],
    ['celebrities wear it', '好几个明星都戴这个牌子的项链', '明星都戴', 'celebrity-endorsement', 'error', '第三十八条', '这个牌子的项链款式很多'],
  ])('%s', (_family, line, span, category, severity, basis, twin) => {
    const of = (x: { category: string; rule: string }) => x.category === category || x.rule === category;
    const f = lintText(line).find((x) => of(x) && x.text === span) ?? lintText(line).find(of);
    expect(f, JSON.stringify(spans(line))).toBeDefined();
    expect(f!.text).toBe(span);
    expect(f!.severity).toBe(severity);
    expect(findingLegalBasis('zh-CN', f!)).toContain(basis);
    expect(lintText(twin).filter((x) => x.severity === 'error').map((x) => x.text)).toEqual([]);
    expect(spans(twin).filter(([, c]) => c === f!.category)).toEqual([]);
  });

  it('reads a "won\'t say" phrase as quoting every claim after it in its clause, price claims included', () => {
    expect(spans('这件外套我们不说什么最好最便宜，就是版型好看')).toEqual([]);
    expect(spans('平台规定不能说全网最低，我们就说今天这个价很实在')).toEqual([]);
    expect(spans('我们不说什么转运招财，戴着开心就好')).toEqual([]);
    expect(spans('我们说了，这是最好最便宜的')).toEqual([['最好', 'absolute', 'error'], ['最便宜', 'price', 'error']]);
    expect(spans('今天全网最低价')).toEqual([['全网最低价', 'price', 'error']]);
  });

  it('reads 没有 / 不能治 as denials and 我们品牌 as a same-brand marker', () => {
    expect(spans('和田玉没有开光这一说')).toEqual([]);
    expect(spans('这款面霜不能治疗痘痘，只是保湿')).toEqual([]);
    expect(spans('这款面霜能治痘痘')).toEqual([['能治', 'medical', 'error']]);
    // Session 5: a sales fact inside the seller's own range is exempt (指南第五条（一）（六）); a quality claim stays a warning.
    expect(spans('这款口红是我们品牌卖得最好的色号')).toEqual([]);
    expect(spans('这款面霜是我们品牌最好用的')).toEqual([['最好', 'absolute', 'warning']]);
    expect(spans('这款口红是卖得最好的色号')).toEqual([['最好', 'absolute', 'error']]);
    expect(spans('开封后最好三天内喝完')).toEqual([]);
    expect(spans('这款是最好的酸奶')).toEqual([['最好', 'absolute', 'error']]);
  });
});

describe('compliance lint: pattern families tuned on late5, each with its clean twin', () => {
  it.each([
    ['experienced superlative', '这个钻戒的火彩是我见过最闪的', '最闪', 'absolute', 'warning', '第九条第（三）项', '这个钻戒我见过实物，火彩很好'],
    ['none can match', '这个火锅底料，没有哪家比得过', '没有哪家比得过', 'absolute', 'error', '第九条第（三）项', '没有哪家店不卖这种款式'],
    ['guaranteed warm', '零下四十度穿着，保证冻不着', '保证冻不着', 'unverifiable', 'error', '第二十八条', '零下十度左右穿着比较合适'],
    ['instant result', '这个增白霜擦上去马上白三个度', '马上白', 'efficacy-guarantee', 'error', '第二十八条', '擦上去马上就吸收了，不黏'],
    ['countdown then gone', '倒计时十秒，十秒之后链接就下了', '十秒之后链接就下了', 'false-urgency', 'warning', '第十八条', '十秒之后给大家讲下一款'],
    ['first N only', '今天这个价只给前一百名', '只给前一百名', 'false-urgency', 'warning', '第十八条', '前面的宝宝问的尺码问题我统一回答'],
    ['add my contact', '有需要定制的加一下我的微', '加一下我的微', 'off-platform-diversion', 'error', '平台规则', '加一下我们的粉丝团，开播有提醒'],
    ['offline deal', '看不清楚的可以线下见面交易', '线下见面交易', 'off-platform-diversion', 'error', '平台规则', '我们线下也有门店，地址在店铺首页'],
    ['celebrity uses this', '某某姐在综艺里用的就是这款精华', '某某姐在综艺里用的就是', 'celebrity-endorsement', 'error', '第三十八条', '我自己平时用的就是这款精华'],
    ['disease goes away', '这个苦荞茶每天喝，三高都能降下来', '三高都能降下来', 'medical-claim', 'error', '第十七条', '三高人群请遵医嘱，这是普通食品'],
    ['leaders use it', '现在也是领导们的专用茶', '领导们的专用', 'endorsement', 'error', '第九条第（二）项', '这是我们店长的私藏茶'],
    ['national award', '我们家的大米是国家绿色食品金奖', '国家绿色食品金奖', 'fake-certification', 'error', '第十一条', '我们家的大米有国家绿色食品认证标志，可以扫码查'],
    ['national award (scan to check is a tip)', '这款茶拿了国际茶博会金奖，扫码领红包', '国际茶博会金奖', 'fake-certification', 'error', '第十一条', '包装上有溯源码，扫码查询产地'],
  ])('%s', (_family, line, span, category, severity, basis, twin) => {
    const of = (x: { category: string; rule: string }) => x.category === category || x.rule === category;
    const f = lintText(line).find((x) => of(x) && x.text === span) ?? lintText(line).find(of);
    expect(f, JSON.stringify(spans(line))).toBeDefined();
    expect(f!.text).toBe(span);
    expect(f!.severity).toBe(severity);
    expect(findingLegalBasis('zh-CN', f!)).toContain(basis);
    expect(spans(twin)).toEqual([]);
  });

  it('reads price references without a keyword of their own (之前卖, 门店价, 指导价, 原来要) as price claims', () => {
    const claim = (t: string) => lintText(t, { prices: { price: 10900, listPrice: 32000 } }).map((f) => [f.text, f.rule]);
    expect(claim('这件卫衣之前卖三百二，今天一百零九')).toEqual([['之前卖三百二', 'price-regular-inflated']]);
    expect(claim('原价一千零九十九')).toEqual([['原价一千零九十九', 'price-regular-inflated']]);
    expect(lintText('原价一千零九十九', { prices: { price: 10900 } })[0]!.params.said).toBe(109900);
    expect(claim('门店价三百二，今天一百零九')).toEqual([]);
    expect(claim('官方指导价一千二，今天一百零九')).toEqual([['官方指导价一千二', 'price-list-inflated']]);
    expect(claim('这条项链原来要一百零九')).toEqual([]);
  });

  it('quotes a claim after 不做什么 (我们不做什么…百分之百的承诺)', () => {
    expect(spans('我们不做什么除甲醛百分之百的承诺')).toEqual([]);
    // Session 5 (late7): a removal rate of formaldehyde is its own family (formaldehyde-total, unverifiable) over the whole claim.
    expect(spans('除甲醛百分之百')).toEqual([['除甲醛百分之百', 'unverifiable', 'error']]);
  });
});
