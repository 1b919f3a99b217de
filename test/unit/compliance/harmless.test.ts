import { describe, expect, it } from 'vitest';
import harmless from '../../../assets/lexicon/compliance-harmless.json';
import { lintText } from '../../../shared/domain/compliance';

/**
 * Routine host talk gets no finding, statistical pass included (the lead's session-4 screenshot showed 「疑似诱导互动」
 * on 刚进来的宝宝点点关注). The lines below are NOT in assets/lexicon/compliance-harmless.json (the pass is fitted
 * with those): other openers, sizes, logistics and service lines of the same kinds.
 */
const ROUTINE = [
  '晚上好家人们，新来的朋友点个关注', '还没关注的宝宝左上角点一下关注', '欢迎刚进直播间的宝宝们', '有任何问题都可以问客服',
  '支持七天无理由退货', '我们给每一单都买了运费险', '一米七、一百二十斤的穿L码', '腰围二尺二的宝宝拍M码', '喜欢的可以先加入购物车',
  '没抢到的宝宝别着急，我去问问还有没有货', '这个颜色上身很显气质', '给大家看一下面料的细节', '这个保温杯可以装四百毫升',
  '这款精华是水润质地，吸收挺快的', '干皮的宝宝可以多涂一层', '这条项链是18K金的，吊坠可以换', '牛肉干是真空包装，开袋即食',
  '收到货有问题第一时间联系客服', '今天的福利款下一个就上', '我们明天晚上七点半继续直播', '谢谢宝宝们的支持', '要白色的扣白色，我看看有多少人',
  '主播身高一六五，穿的S码', '这款四件套可以机洗', '坚果礼盒过年送人很有面子', '大家看一下这个做工', '这款保湿霜适合秋冬用',
];

describe('compliance lint: routine host talk stays quiet', () => {
  it('gives no finding on unseen routine lines, with the statistical pass on', () => {
    for (const line of ROUTINE) expect(lintText(line, { suspects: true }), line).toEqual([]);
  });

  it('keeps the training list and the test list apart', () => {
    const trained = new Set(harmless.lines);
    expect(ROUTINE.filter((l) => trained.has(l))).toEqual([]);
    expect(harmless.lines.length).toBeGreaterThan(50);
  });

  it('is quiet on the training list too (the lines it was fitted with)', () => {
    const warned = harmless.lines.filter((l) => lintText(l, { suspects: true }).length > 0);
    expect(warned).toEqual([]);
  });
});
