/**
 * Reads the price a host says right after a price keyword: "日常店铺价 79.9", "原价：¥1,299",
 * "日常 69 元", "专柜１９９", "9 块 9", and in Chinese numerals "原价三百九十九", "专柜价一千二". Returns the value in fen and where the number ends, or
 * null when no number follows or the number is not a price ("平时 3 天发货", "日常 8 折").
 */
export interface SpokenPrice {
  fen: number;
  /** Offsets in the original text of the number itself. */
  numStart: number;
  numEnd: number;
}

const FILLER = new Set([...' \t\u3000:：是为要只卖都才就也了价¥￥']);
const NOT_PRICE_UNITS = new Set([...'天件次个号码斤岁点分秒时年月周期支条双套片克米折倍人单位袋瓶盒包张寸尺层度毫%％gGkKmMcC']);

const digit = (c: string | undefined): number => {
  if (c === undefined) return -1;
  const code = c.charCodeAt(0);
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return -1;
};

const CN_DIGIT: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNIT: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/**
 * A price spoken in Chinese numerals: 三百九十九, 一千二 (= 1200, the colloquial dropped unit),
 * 两百, 八百多, 九块九, 两万三. Null when the numeral is not a price: a single digit without 块/元
 * (一样, 三天), or a count unit after it (三百件).
 */
function readChinesePrice(text: string, i: number): SpokenPrice | null {
  const numStart = i;
  let total = 0;
  let section = 0;
  let pending = -1;
  let lastUnit = 0;
  let afterZero = false;
  let chars = 0;
  for (; i < text.length; i++, chars++) {
    const c = text[i]!;
    const d = CN_DIGIT[c];
    if (d !== undefined) {
      if (pending >= 0) break; // two digits in a row (一二): not a number we read
      // 零 marks a skipped place (一百零九 = 109): the digit after it counts as itself.
      if (d === 0) afterZero = true;
      else pending = d;
      continue;
    }
    const unit = CN_UNIT[c];
    if (unit !== undefined) {
      section += (pending < 0 ? 1 : pending) * unit;
      pending = -1;
      lastUnit = unit;
      afterZero = false;
      continue;
    }
    if (c === '万' && (section > 0 || pending >= 0)) {
      total += (section + Math.max(pending, 0)) * 10_000;
      section = 0;
      pending = -1;
      lastUnit = 10_000;
      continue;
    }
    break;
  }
  if (chars === 0) return null;
  // 一千二 = 1200, 三百九 = 390, 两万三 = 23000: a last digit right after a unit counts a tenth of it.
  if (pending >= 0) section += lastUnit >= 100 && !afterZero ? pending * (lastUnit / 10) : pending;
  let yuan = total + section;
  let numEnd = i;
  let cents = 0;
  while (text[i] === '多' || text[i] === ' ') i++;
  if (text[i] === '块' || text[i] === '元') {
    const after = CN_DIGIT[text[i + 1] ?? ''];
    if (after !== undefined && after > 0 && !NOT_PRICE_UNITS.has(text[i + 2] ?? '')) { cents = after * 10; numEnd = i + 2; }
    else numEnd = i + 1;
  } else {
    if (chars < 2 || yuan < 10) return null;
    if (NOT_PRICE_UNITS.has(text[i] ?? '')) return null;
  }
  if (!(yuan > 0) || yuan > 9_999_999) return null;
  yuan = Math.round(yuan);
  return { fen: yuan * 100 + cents, numStart, numEnd };
}

export function readSpokenPrice(text: string, from: number): SpokenPrice | null {
  let i = from;
  let skipped = 0;
  while (i < text.length && FILLER.has(text[i]!) && skipped < 6) { i++; skipped++; }
  if (CN_DIGIT[text[i] ?? ''] !== undefined || CN_UNIT[text[i] ?? ''] !== undefined) return readChinesePrice(text, i);
  if (digit(text[i]) < 0) return null;
  const numStart = i;
  let intPart = 0;
  let digits = 0;
  while (i < text.length) {
    const d = digit(text[i]);
    if (d >= 0) { intPart = intPart * 10 + d; digits++; i++; continue; }
    // Thousands separator: a comma followed by exactly three digits.
    if ((text[i] === ',' || text[i] === '，') && digit(text[i + 1]) >= 0 && digit(text[i + 2]) >= 0 && digit(text[i + 3]) >= 0 && digit(text[i + 4]) < 0) { i++; continue; }
    break;
  }
  if (digits > 9) return null;
  let cents = 0;
  if ((text[i] === '.' || text[i] === '．') && digit(text[i + 1]) >= 0) {
    i++;
    const d1 = digit(text[i]);
    cents = d1 * 10; i++;
    const d2 = digit(text[i]);
    if (d2 >= 0) { cents += d2; i++; }
    while (digit(text[i]) >= 0) i++;
  }
  let numEnd = i;
  // Colloquial "9 块 9" = 9.9 元.
  let j = i;
  while (text[j] === ' ') j++;
  if (text[j] === '块' || text[j] === '元') {
    let k = j + 1;
    while (text[k] === ' ') k++;
    const d = digit(text[k]);
    if (d >= 0 && digit(text[k + 1]) < 0 && cents === 0 && text[k + 1] !== '块' && text[k + 1] !== '元' && !NOT_PRICE_UNITS.has(text[k + 1] ?? '')) {
      cents = d * 10;
      numEnd = k + 1;
    }
    return { fen: intPart * 100 + cents, numStart, numEnd };
  }
  if (text[j] === '万') return { fen: intPart * 1_000_000 + cents * 10_000, numStart, numEnd: j + 1 };
  if (NOT_PRICE_UNITS.has(text[j] ?? '')) return null;
  return { fen: intPart * 100 + cents, numStart, numEnd };
}
