import type { ComplianceCategory } from '../protocol/lexicon';
import type { TalkSection } from '../protocol/runOfShow';
import { word, type Lang, type Vars } from './interpolate';

/**
 * Wording of compliance-lint codes (shared/domain/compliance returns rule + category + params):
 * category labels, the reason of each rule (or of a term's / price check's `variant`) and the
 * legal basis it rests on. Read by the renderer (rundown, prompter, print) and the CLI.
 * `{term}` is the lexicon term; money params are fen (`{said,money}`).
 */
const zhCN = {
  'category.absolute': '绝对化用语',
  'category.endorsement': '背书与特供',
  'category.unverifiable': '无法验证的承诺',
  'category.medical': '医疗功效用语',
  'category.superstition': '封建迷信',
  'category.pressure': '逼单施压话术',
  'category.clickbait': '诱导互动 / 标题党',
  'category.diversion': '站外引流',
  'category.price': '价格宣称',
  'category.custom': '自定义词',
  'category.efficacy-guarantee': '功效保证',
  'category.disparagement': '贬低竞品',
  'category.review-inducement': '诱导好评',
  'category.platform-comparison': '站外平台比价',
  'category.fake-certification': '虚假认证与荣誉',
  'category.false-urgency': '虚假稀缺与限时',
  'category.fake-loss': '虚假亏本宣传',
  'category.celebrity-endorsement': '名人与专家背书',
  'category.food-health': '普通食品保健宣称',

  'section.mechanism': '机制',
  'section.opening': '开场',
  'section.sellingPoints': '卖点',
  'section.priceMechanism': '价格机制',
  'section.closing': '逼单',
  'section.afterSales': '售后',
  'printed.slotHeader': '{n}. {name}（{minutes} 分钟，直播价 ¥{price}）',
  'printed.sectionHeader': '【{section}】',

  'reason.absolute-term': '「{term}」属于绝对化用语，广告中不得使用“国家级”“最高级”“最佳”等用语。',
  'reason.endorsement-claim': '「{term}」借用国家机关或权威名义为商品背书，属于使用或变相使用国家机关名义。',
  'reason.unverifiable-claim': '「{term}」是无法验证的效果或安全承诺，容易构成虚假或引人误解的宣传。',
  'reason.medical-claim': '「{term}」是疾病治疗或医疗用语，普通商品（含服装、食品、普通化妆品）不得宣传。',
  'reason.superstition': '「{term}」含有迷信内容，广告中不得使用。',
  'reason.pressure-line': '「{term}」制造紧迫感逼单，若库存或时限并非如此即属虚假营造抢购氛围；冲动下单也推高退款率。',
  'reason.click-bait': '「{term}」属于夸张噱头或以利益诱导点赞、评论、关注，平台会限流或处罚。',
  'reason.off-platform-diversion': '「{term}」把观众引向平台外联系或交易，平台严禁，可能导致直播间被处罚。',
  'reason.price-claim': '「{term}」是价格比较或价格宣称，必须真实、有依据。',
  'reason.user-term': '「{term}」在团队自定义词库中，请核对后再使用。',
  'reason.efficacy-guarantee': '「{term}」是对效果的保证性承诺，实际效果因人而异、无法保证，属于虚假或引人误解的宣传。',
  'reason.disparagement': '「{term}」贬低或诋毁其他经营者的商品，属于商业诋毁。',
  'reason.review-inducement': '「{term}」以返现、赠品等利益诱导或操纵评价，属于编造用户评价的虚假宣传。',
  'reason.platform-comparison': '「{term}」在直播中提及或比较其他平台，平台规则禁止，价格比较也无从核实。',
  'reason.fake-certification': '「{term}」宣称认证、专利、荣誉或检测结论，须真实有效并能出示证书，否则属于虚假宣传。',
  'reason.false-urgency': '「{term}」宣称库存或时限紧张，须与实际一致，否则属于虚假营造稀缺、抢购氛围。',
  'reason.fake-loss': '「{term}」宣称亏本、低于成本出售，无法证明时属于虚假的价格手段。',
  'reason.celebrity-endorsement': '「{term}」借名人、专家或专业机构推荐背书，须真实并有授权，专业人士不得为特定商品作证明。',
  'reason.food-health': '「{term}」宣称普通食品有保健或治疗作用，普通食品不得宣传疾病预防、治疗或保健功能。',
  'reason.suspect': '疑似{category}，请复核（统计模型提示：这句话的措辞像已知的违规说法，但不在词库规则中；请人工判断，不是定性）。',
  'reason.variant.inspection-exempt': '「{term}」：产品免检制度已废止，宣称免检属于虚假宣传。',
  'reason.variant.state-inspection-exempt': '「{term}」：借用国家名义且免检制度已废止。',
  'reason.variant.expert-citation': '「{term}」是引证背书，须真实、可出示出处。',
  'reason.variant.medical-staff': '「{term}」用医务人员背书，易使普通商品与医疗用品混淆。',
  'reason.variant.celebrity-use': '「{term}」须确认明星确实使用过并有授权。',
  'reason.variant.special-cosmetic-hair': '「{term}」属于特殊化妆品功效，须有注册证才能宣传。',
  'reason.variant.special-cosmetic-whitening': '「{term}」属于特殊化妆品功效，须有注册证才能宣传。',
  'reason.variant.fake-crowd': '「{term}」虚构抢购人数与热度。',
  'reason.variant.fake-heat': '「{term}」虚构抢购热度。',
  'reason.selfComparison': '（前文像是本店/同品牌内的自我比较：依据《广告绝对化用语执法指南》，内容真实的同品牌自我比较可不认定违法，请确认只比较自家商品并保留依据。）',

  'reason.price-lowest-absolute': '「{term}」无从比较也无法证明：直播间无法掌握全网所有价格，属于绝对化用语和无依据的价格比较。',
  'reason.price-subsidy-state': '「{term}」借用国家或政府名义宣称补贴，须有真实的政府补贴项目和依据，否则属于虚假价格宣传。',
  'reason.price-subsidy': '「{term}」：补贴须真实存在（平台或品牌确有补贴活动）并能出示依据，否则属于虚假的价格手段。',
  'reason.price-lowest-unverified': '「{term}」无法核实：缺少直播间价或近30天最低价数据。',
  'reason.price-lowest-unverified.recent-only': '「{term}」只能核实到近30天（本场 {live,money} ≤ 近30天最低 {low,money}）；“历史最低”需要完整成交记录为据。',
  'reason.price-lowest-false': '「{term}」不实：近30天最低价 {low,money} 低于本场直播间价 {live,money}。',
  'reason.price-unverified': '「{term}」：口播的原价/日常价必须是前七日内真实的最低成交价，请核对商品价格。',
  'reason.price-unverified.price': '「{claim}」无法核实：商品没有售价数据。',
  'reason.price-unverified.list': '「{claim}」无法核实：商品没有划线价/吊牌价数据。',
  'reason.price-unverified.live': '「{claim}」无法核实：商品没有直播间价数据。',
  'reason.price-fake-discount': '「{term}」暗示有折扣，但直播间价 {live,money} 并不低于日常售价 {ref,money}：虚假折扣。',
  'reason.price-regular-recent-lower': '所称 {said,money} 与售价一致，但近30天曾以 {low,money} 售出；被比较价格不得高于前七日内最低成交价，请核对近7天成交价。',
  'reason.price-regular-inflated': '所称原价/日常价 {said,money} 高于商品实际售价 {ref,money}：虚构被比较价格。',
  'reason.price-regular-inflated.list': '所称原价/日常价 {said,money} 高于商品实际售价 {ref,money}：虚构被比较价格。（{said,money} 是划线价而非日常成交价；如要提及，请明确说“吊牌价”。）',
  'reason.price-regular-mismatch': '所称原价/日常价 {said,money} 与商品售价 {ref,money} 不一致。',
  'reason.price-list-inflated': '所称吊牌价/专柜价 {said,money} 高于商品划线价 {ref,money}：虚构被比较价格。',
  'reason.price-list-mismatch': '所称吊牌价/专柜价 {said,money} 与商品划线价 {ref,money} 不一致。',
  'reason.price-live-mismatch': '口播价 {said,money} 与直播间设定价 {live,money} 不一致，请开播前核对改价。',
  'reason.price-live-mismatch.lower': '口播价 {said,money} 低于直播间实际价 {live,money}：观众按口播价下单却以高价结算，构成价格欺诈风险。',

  'basis.absolute-term': '《广告法》第九条第（三）项、第五十七条',
  'basis.endorsement-claim': '《广告法》第九条第（二）项（不得使用或变相使用国家机关、国家机关工作人员的名义或形象）',
  'basis.unverifiable-claim': '《广告法》第四条、第二十八条（虚假或引人误解的内容）',
  'basis.medical-claim': '《广告法》第十七条（普通商品不得涉及疾病治疗功能、不得使用医疗用语）；化妆品另见《化妆品监督管理条例》第三十七条',
  'basis.superstition': '《广告法》第九条第（八）项（不得含有迷信内容）',
  'basis.pressure-line': '抖音电商平台规则（虚假营造抢购氛围、夸大紧迫感）；《网络直播营销管理办法（试行）》第十八条第（二）项',
  'basis.click-bait': '抖音电商平台规则（诱导互动、标题党）',
  'basis.off-platform-diversion': '抖音电商平台规则（禁止站外引流、私下交易）；《网络直播营销管理办法（试行）》第十八条',
  'basis.price-claim': '《价格法》第十四条第（四）项；《明码标价和禁止价格欺诈规定》第十六条、第十七条',
  'basis.user-term': '团队自定义规则',
  'basis.efficacy-guarantee': '《广告法》第二十八条（虚假或引人误解的性能、功效）；第十六条、第十八条（不得对功效、安全性作断言或保证）',
  'basis.disparagement': '《反不正当竞争法》第十一条（不得编造、传播虚假或误导性信息损害竞争对手商誉）；《广告法》第十三条（不得贬低其他生产经营者的商品或服务）',
  'basis.review-inducement': '《电子商务法》第十七条（不得编造用户评价进行虚假或引人误解的商业宣传）；《反不正当竞争法》第八条；抖音电商平台规则（好评返现）',
  'basis.platform-comparison': '抖音电商平台规则（不得提及、比较其他平台或引导站外比价）；《价格法》第十四条第（四）项',
  'basis.fake-certification': '《广告法》第十一条、第二十八条（引证内容须真实，虚构认证、荣誉属虚假广告）；《商标法》第十四条第五款（不得将“驰名商标”字样用于广告宣传）',
  'basis.false-urgency': '《网络直播营销管理办法（试行）》第十八条第（二）项；抖音电商平台规则（虚假库存、虚假限时、营造虚假稀缺）',
  'basis.fake-loss': '《价格法》第十四条第（四）项；《明码标价和禁止价格欺诈规定》（虚假的“亏本”“低于成本”等价格宣传）',
  'basis.celebrity-endorsement': '《广告法》第三十八条（代言人须使用过商品）；第十六条、第十八条（不得利用专家、医生、患者名义作推荐、证明）；第二十八条',
  'basis.food-health': '《食品安全法》第七十三条（食品广告不得涉及疾病预防、治疗功能）；《广告法》第十七条',
  'basis.suspect': '统计模型提示（非规则判定），依据见该类别的规则说明',
  'basis.variant.inspection-exempt': '《广告法》第二十八条（虚假广告）；产品免检制度已于2008年废止',
  'basis.variant.state-inspection-exempt': '《广告法》第九条第（二）项、第二十八条；产品免检制度已于2008年废止',
  'basis.variant.expert-citation': '《广告法》第十一条、第二十八条（引证内容须真实、准确并标明出处）',
  'basis.variant.medical-staff': '《广告法》第十七条（普通商品不得使用易与药品、医疗器械相混淆的用语）',
  'basis.variant.celebrity-use': '《广告法》第三十八条（代言人不得为未使用过的商品作推荐）',
  'basis.variant.special-cosmetic-hair': '《化妆品监督管理条例》第十六条（防脱发属特殊化妆品，须注册）',
  'basis.variant.special-cosmetic-whitening': '《化妆品监督管理条例》第十六条（美白祛斑属特殊化妆品，须注册）',
  'basis.variant.fake-crowd': '《网络直播营销管理办法（试行）》第十八条第（二）、（四）项（虚假信息、数据造假）',
  'basis.variant.fake-heat': '《网络直播营销管理办法（试行）》第十八条第（二）、（四）项（虚假信息、数据造假）',
  'basis.price-compare': '《明码标价和禁止价格欺诈规定》第十六条（被比较价格应真实准确，未标明详情的不得高于前七日内最低成交价）；《价格法》第十四条第（四）项',
  'basis.price-incomparable': '《广告法》第九条第（三）项；《明码标价和禁止价格欺诈规定》第十七条（不得使用无依据或无从比较的价格）',
  'basis.price-live': '《价格法》第十四条第（四）项（以虚假或使人误解的价格手段诱骗交易）；《明码标价和禁止价格欺诈规定》第十六条',
  'basis.price-subsidy-state': '《广告法》第九条第（二）项；《价格法》第十四条第（四）项',
} as const;

export type ComplianceKey = keyof typeof zhCN;

const en = {
  'category.absolute': 'Absolute terms',
  'category.endorsement': 'Endorsement claims',
  'category.unverifiable': 'Unverifiable claims',
  'category.medical': 'Medical / efficacy claims',
  'category.superstition': 'Superstition',
  'category.pressure': 'Pressure lines',
  'category.clickbait': 'Click-bait',
  'category.diversion': 'Off-platform diversion',
  'category.price': 'Price claims',
  'category.custom': 'Custom terms',
  'category.efficacy-guarantee': 'Efficacy guarantees',
  'category.disparagement': 'Disparaging competitors',
  'category.review-inducement': 'Review inducement',
  'category.platform-comparison': 'Other-platform comparison',
  'category.fake-certification': 'Fake certification / awards',
  'category.false-urgency': 'False scarcity / urgency',
  'category.fake-loss': 'Fake loss-making claims',
  'category.celebrity-endorsement': 'Celebrity / expert endorsement',
  'category.food-health': 'Health claims for ordinary food',

  'section.mechanism': 'Mechanism',
  'section.opening': 'Opening',
  'section.sellingPoints': 'Selling points',
  'section.priceMechanism': 'Price',
  'section.closing': 'Closing',
  'section.afterSales': 'After-sales',
  'printed.slotHeader': '{n}. {name} ({minutes} min, live price ¥{price})',
  'printed.sectionHeader': '[{section}]',

  'reason.absolute-term': '“{term}” is an absolute term; ads may not use words such as “national-level”, “highest grade” or “best”.',
  'reason.endorsement-claim': '“{term}” borrows the name of a state organ or authority to endorse the product.',
  'reason.unverifiable-claim': '“{term}” is an effect or safety promise that cannot be verified: false or misleading advertising.',
  'reason.medical-claim': '“{term}” claims a treatment or uses medical words; ordinary goods (clothing, food, ordinary cosmetics) may not.',
  'reason.superstition': '“{term}” is superstitious content, not allowed in advertising.',
  'reason.pressure-line': '“{term}” pushes viewers to buy now; if stock or time limits are not really so, it fakes a rush — and impulse orders raise refunds.',
  'reason.click-bait': '“{term}” is click-bait or trades rewards for likes, comments or follows; the platform throttles or penalises it.',
  'reason.off-platform-diversion': '“{term}” sends viewers off the platform to contact or trade; the platform forbids it and may penalise the room.',
  'reason.price-claim': '“{term}” is a price comparison or price claim; it must be true and backed by evidence.',
  'reason.user-term': '“{term}” is in the team’s own lexicon; check it before use.',
  'reason.efficacy-guarantee': '“{term}” guarantees a result; results vary and cannot be guaranteed: false or misleading advertising.',
  'reason.disparagement': '“{term}” disparages other sellers’ goods: commercial defamation.',
  'reason.review-inducement': '“{term}” trades cash or gifts for reviews: faked user reviews.',
  'reason.platform-comparison': '“{term}” names or compares another platform; the platform forbids it and the comparison cannot be checked.',
  'reason.fake-certification': '“{term}” claims a certification, patent, award or test result; it must be real and shown on request.',
  'reason.false-urgency': '“{term}” claims scarce stock or a deadline; unless true it fakes scarcity and a rush.',
  'reason.fake-loss': '“{term}” claims selling at a loss or below cost; unless provable it is a false price tactic.',
  'reason.celebrity-endorsement': '“{term}” uses celebrities, experts or institutions as endorsers; it must be true and authorised, and professionals may not vouch for specific goods.',
  'reason.food-health': '“{term}” claims a health or curative effect for ordinary food, which may not claim to prevent or treat disease or have health functions.',
  'reason.suspect': 'Possibly {category} — please review (a statistical hint: the wording resembles known violations but matches no lexicon rule; a person decides, it is not a verdict).',
  'reason.variant.inspection-exempt': '“{term}”: inspection exemption was abolished; claiming it is false advertising.',
  'reason.variant.state-inspection-exempt': '“{term}”: uses the state’s name, and inspection exemption was abolished.',
  'reason.variant.expert-citation': '“{term}” cites an endorsement; it must be true and its source shown.',
  'reason.variant.medical-staff': '“{term}” uses medical staff as endorsers, confusing ordinary goods with medical products.',
  'reason.variant.celebrity-use': '“{term}”: make sure the celebrity really used the product and authorised it.',
  'reason.variant.special-cosmetic-hair': '“{term}” is a special-cosmetic effect; it needs a registration to be advertised.',
  'reason.variant.special-cosmetic-whitening': '“{term}” is a special-cosmetic effect; it needs a registration to be advertised.',
  'reason.variant.fake-crowd': '“{term}” invents a buying crowd and hype.',
  'reason.variant.fake-heat': '“{term}” invents buying hype.',
  'reason.selfComparison': ' (This reads like a comparison within the shop’s own brand: under the SAMR guide on absolute terms a true same-brand self-comparison may be acceptable — compare only your own products and keep the evidence.)',

  'reason.price-lowest-absolute': '“{term}” cannot be compared or proven: the room cannot know every price online; an absolute term and a baseless price comparison.',
  'reason.price-subsidy-state': '“{term}” claims a subsidy in the state’s or government’s name; it needs a real government subsidy scheme, else it is false price advertising.',
  'reason.price-subsidy': '“{term}”: the subsidy must really exist (a platform or brand subsidy) and be shown on request, else it is a false price tactic.',
  'reason.price-lowest-unverified': '“{term}” cannot be checked: the live price or the lowest price of the last 30 days is missing.',
  'reason.price-lowest-unverified.recent-only': '“{term}” can only be checked for the last 30 days (this show {live,money} ≤ 30-day low {low,money}); “lowest ever” needs the full sales record.',
  'reason.price-lowest-false': '“{term}” is untrue: the 30-day low {low,money} is below this show’s live price {live,money}.',
  'reason.price-unverified': '“{term}”: a spoken regular price must be the real lowest price of the previous 7 days; check the product’s prices.',
  'reason.price-unverified.price': '“{claim}” cannot be checked: the product has no shop price.',
  'reason.price-unverified.list': '“{claim}” cannot be checked: the product has no list/tag price.',
  'reason.price-unverified.live': '“{claim}” cannot be checked: the product has no live price.',
  'reason.price-fake-discount': '“{term}” implies a discount, but the live price {live,money} is not below the regular price {ref,money}: a fake discount.',
  'reason.price-regular-recent-lower': 'The {said,money} quoted equals the shop price, but it sold at {low,money} within 30 days; a compared price may not exceed the lowest price of the previous 7 days — check them.',
  'reason.price-regular-inflated': 'The regular price quoted, {said,money}, is above the actual shop price {ref,money}: an invented compared price.',
  'reason.price-regular-inflated.list': 'The regular price quoted, {said,money}, is above the actual shop price {ref,money}: an invented compared price. ({said,money} is the list price, not a regular selling price; call it the “tag price” if you mention it.)',
  'reason.price-regular-mismatch': 'The regular price quoted, {said,money}, differs from the shop price {ref,money}.',
  'reason.price-list-inflated': 'The tag/counter price quoted, {said,money}, is above the product’s list price {ref,money}: an invented compared price.',
  'reason.price-list-mismatch': 'The tag/counter price quoted, {said,money}, differs from the product’s list price {ref,money}.',
  'reason.price-live-mismatch': 'The spoken price {said,money} differs from the room’s set price {live,money}; check the price before going live.',
  'reason.price-live-mismatch.lower': 'The spoken price {said,money} is below the room’s actual price {live,money}: viewers order at the spoken price and pay more — a price-fraud risk.',

  'basis.absolute-term': 'Advertising Law Art. 9(3), Art. 57',
  'basis.endorsement-claim': 'Advertising Law Art. 9(2) (no use of the name or image of state organs or their staff)',
  'basis.unverifiable-claim': 'Advertising Law Art. 4, Art. 28 (false or misleading content)',
  'basis.medical-claim': 'Advertising Law Art. 17 (no disease-treatment claims or medical terms for ordinary goods); cosmetics: Cosmetics Supervision Regulation Art. 37',
  'basis.superstition': 'Advertising Law Art. 9(8) (no superstitious content)',
  'basis.pressure-line': 'Douyin e-commerce rules (faked rush, exaggerated urgency); Live-Streaming Marketing Measures (Trial) Art. 18(2)',
  'basis.click-bait': 'Douyin e-commerce rules (induced interaction, click-bait)',
  'basis.off-platform-diversion': 'Douyin e-commerce rules (no off-platform diversion or private deals); Live-Streaming Marketing Measures (Trial) Art. 18',
  'basis.price-claim': 'Price Law Art. 14(4); Provisions on Clearly Marked Prices and Price Fraud Art. 16, 17',
  'basis.user-term': 'Team rule',
  'basis.efficacy-guarantee': 'Advertising Law Art. 28 (false or misleading performance/effect); Art. 16, 18 (no assertions or guarantees of effect or safety)',
  'basis.disparagement': 'Anti-Unfair Competition Law Art. 11 (no false or misleading information harming a competitor’s reputation); Advertising Law Art. 13 (no disparaging other sellers’ goods)',
  'basis.review-inducement': 'E-Commerce Law Art. 17 (no fabricated user reviews); Anti-Unfair Competition Law Art. 8; Douyin e-commerce rules (cash for reviews)',
  'basis.platform-comparison': 'Douyin e-commerce rules (no naming or comparing other platforms, no off-site price comparison); Price Law Art. 14(4)',
  'basis.fake-certification': 'Advertising Law Art. 11, 28 (cited content must be true; invented certifications or awards are false ads); Trademark Law Art. 14(5) (no “well-known trademark” in advertising)',
  'basis.false-urgency': 'Live-Streaming Marketing Measures (Trial) Art. 18(2); Douyin e-commerce rules (false stock, false deadlines, faked scarcity)',
  'basis.fake-loss': 'Price Law Art. 14(4); Provisions on Clearly Marked Prices and Price Fraud (false “at a loss” / “below cost” price claims)',
  'basis.celebrity-endorsement': 'Advertising Law Art. 38 (endorsers must have used the goods); Art. 16, 18 (no recommendations by experts, doctors or patients); Art. 28',
  'basis.food-health': 'Food Safety Law Art. 73 (food ads may not claim to prevent or treat disease); Advertising Law Art. 17',
  'basis.suspect': 'Statistical hint (not a rule finding); see the rules of its category for the legal basis',
  'basis.variant.inspection-exempt': 'Advertising Law Art. 28 (false advertising); product inspection exemption abolished in 2008',
  'basis.variant.state-inspection-exempt': 'Advertising Law Art. 9(2), Art. 28; product inspection exemption abolished in 2008',
  'basis.variant.expert-citation': 'Advertising Law Art. 11, Art. 28 (cited content must be true, accurate and sourced)',
  'basis.variant.medical-staff': 'Advertising Law Art. 17 (ordinary goods may not use terms confusable with drugs or medical devices)',
  'basis.variant.celebrity-use': 'Advertising Law Art. 38 (endorsers may not recommend goods they have not used)',
  'basis.variant.special-cosmetic-hair': 'Cosmetics Supervision Regulation Art. 16 (anti-hair-loss is a special cosmetic and must be registered)',
  'basis.variant.special-cosmetic-whitening': 'Cosmetics Supervision Regulation Art. 16 (whitening and spot removal are special cosmetics and must be registered)',
  'basis.variant.fake-crowd': 'Live-Streaming Marketing Measures (Trial) Art. 18(2), (4) (false information, faked data)',
  'basis.variant.fake-heat': 'Live-Streaming Marketing Measures (Trial) Art. 18(2), (4) (false information, faked data)',
  'basis.price-compare': 'Provisions on Clearly Marked Prices and Price Fraud Art. 16 (a compared price must be true; without details it may not exceed the lowest price of the previous 7 days); Price Law Art. 14(4)',
  'basis.price-incomparable': 'Advertising Law Art. 9(3); Provisions on Clearly Marked Prices and Price Fraud Art. 17 (no baseless or incomparable prices)',
  'basis.price-live': 'Price Law Art. 14(4) (luring trades with false or misleading prices); Provisions on Clearly Marked Prices and Price Fraud Art. 16',
  'basis.price-subsidy-state': 'Advertising Law Art. 9(2); Price Law Art. 14(4)',
} satisfies Record<ComplianceKey, string>;

export const COMPLIANCE_WORDS = { 'zh-CN': zhCN, en } as const;

/** Rules whose legal basis is shared by several price checks. */
const PRICE_BASIS: Readonly<Record<string, ComplianceKey>> = {
  'price-lowest-absolute': 'basis.price-incomparable',
  'price-subsidy-state': 'basis.price-subsidy-state',
  'price-subsidy': 'basis.price-claim',
  'price-live-mismatch': 'basis.price-live',
};

const isKey = (k: string): k is ComplianceKey => Object.hasOwn(zhCN, k);

export interface WordableFinding {
  rule: string;
  params: Readonly<Record<string, string | number | boolean>>;
}

/** A linted text of a slot: the mechanism line or a talking-point section. */
export function lintSectionLabel(lang: Lang, section: TalkSection | 'mechanism'): string {
  return word(COMPLIANCE_WORDS, lang, `section.${section}`);
}

/** A line of the printed run-of-show (a slot's header, a section's header). */
export function printedLineText(lang: Lang, key: 'printed.slotHeader' | 'printed.sectionHeader', vars: Vars): string {
  return word(COMPLIANCE_WORDS, lang, key, vars);
}

export function complianceCategoryLabel(lang: Lang, category: ComplianceCategory): string {
  return word(COMPLIANCE_WORDS, lang, `category.${category}`);
}

/** Why the finding is a problem, in `lang` (the producer's own note for their terms, as written). */
export function findingReason(lang: Lang, f: WordableFinding): string {
  const p = f.params;
  if (typeof p.userReason === 'string' && p.userReason) return p.userReason;
  const variant = typeof p.variant === 'string' ? p.variant : undefined;
  const candidates = variant ? [`reason.variant.${variant}`, `reason.${f.rule}.${variant}`, `reason.${f.rule}`] : [`reason.${f.rule}`];
  const key = candidates.find(isKey);
  // The lint's statistical pass names a category: worded with the category's label.
  const vars = f.rule === 'suspect' && typeof p.category === 'string' && isKey(`category.${p.category}`)
    ? { ...p, category: word(COMPLIANCE_WORDS, lang, `category.${p.category}` as ComplianceKey) } : p;
  const base = key ? word(COMPLIANCE_WORDS, lang, key, vars as Vars) : f.rule;
  return p.selfComparison === true ? base + word(COMPLIANCE_WORDS, lang, 'reason.selfComparison') : base;
}

/** The law or platform rule the finding rests on, in `lang`. */
export function findingLegalBasis(lang: Lang, f: WordableFinding): string {
  const variant = typeof f.params.variant === 'string' ? f.params.variant : undefined;
  const own = variant ? `basis.variant.${variant}` : '';
  if (isKey(own)) return word(COMPLIANCE_WORDS, lang, own);
  const rule = `basis.${f.rule}`;
  if (isKey(rule)) return word(COMPLIANCE_WORDS, lang, rule);
  const price = PRICE_BASIS[f.rule] ?? (f.rule.startsWith('price-') ? 'basis.price-compare' : 'basis.user-term');
  return word(COMPLIANCE_WORDS, lang, price);
}
