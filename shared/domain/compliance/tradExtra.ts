/**
 * Traditional → simplified pairs the lint needs beyond shared/text/tradSimp.ts (that table covers the
 * characters of shopping comments): characters of the compliance lexicon's terms and patterns, and of
 * the words hosts say around them (絕對, 網, 獨家, 癒, 銷量, 驚喜…). Pairs: traditional, simplified.
 * lintForm.ts applies a pair only where the shared fold left the character unchanged.
 */
export const LINT_TRAD_SIMP_PAIRS =
  '強强檔档進进軍军網网銷销獨独緻致終终巔巅遙遥敵敌隊队險险潔洁塗涂癒愈妝妆脫脱腫肿壯壮處处驅驱鎮镇災灾'
  + '瘋疯驚惊刪删變变額额諾诺窩窝摻掺兌兑曬晒頻频艦舰構构馳驰鑑鉴鑒鉴總总協协樓楼闆板奧奥緩缓調调記记憶忆'
  + '擋挡輩辈複复復复賽赛聰聪積积掙挣華华遠远鵝鹅賬账帳账跡迹蹟迹著着烏乌擬拟倫伦創创稱称賓宾館馆眾众禍祸'
  + '滅灭張张檻槛閒闲閑闲滲渗鏽锈銹锈預预齲龋齒齿頸颈結结潰溃瘍疡脈脉鍍镀飛飞頒颁誰谁綜综號号衛卫權权師师'
  + '證证認认藥药減减體体淨净現现紅红論论評评註注櫃柜專专廣广價价療疗醫医對对絕绝國国級级頂顶贈赠燒烧皺皱'
  + '臉脸膚肤髮发癢痒濕湿壓压祕秘瀉泻腸肠膽胆腎肾補补腦脑鈣钙鐵铁鋅锌顆颗產产樣样兒儿頭头種种無无質质貨货'
  + '標标準准錢钱領领讓让問问題题經经過过僅仅場场團团搶抢漲涨虧亏賠赔錯错億亿萬万兩两給给帶带內内鐘钟週周'
  + '條条盤盘鍋锅護护龍龙鳳凤貴贵寶宝顧顾驗验測测檢检書书獎奖員员聽听聞闻邊边臺台灣湾藝艺詢询錶表銀银鑽钻'
  + '環环墜坠飾饰麗丽靈灵氣气財财務务貼贴樂乐參参紀纪錄录電电話话裡里裏里將将選选擇择藍蓝綠绿純纯絲丝絨绒'
  + '織织緊紧鬆松彈弹膠胶囊囊縮缩蟲虫黴霉殺杀療疗癥症範范購购獲获勝胜資资歷历際际質质衝冲儲储數数碼码';
