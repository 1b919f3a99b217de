import { describe, expect, it } from 'vitest';
import { fmtDecimal, fmtInt, fmtMoney, fmtPct, fmtPoints, fmtPrice, fmtYuan } from '../../../shared/text/numberFormat';

const yuan = (y: number) => y * 100;

describe('money', () => {
  it('shows whole yuan with thousands separators', () => {
    expect(fmtMoney(yuan(12345))).toBe('¥12,345');
    expect(fmtMoney(1234567)).toBe('¥12,346');
  });

  it('shows 万 and 亿 when compact, trimming trailing decimals', () => {
    expect(fmtMoney(yuan(12345), true)).toBe('¥1.23万');
    expect(fmtMoney(yuan(12000), true)).toBe('¥1.2万');
    expect(fmtMoney(yuan(123456), true)).toBe('¥12.3万');
    expect(fmtMoney(yuan(123_000_000), true)).toBe('¥1.23亿');
    expect(fmtMoney(yuan(9999), true)).toBe('¥9,999');
  });

  it('keeps the zeros of whole 万 and 亿 amounts (¥100万 is not ¥1万)', () => {
    expect(fmtMoney(yuan(1_000_000), true)).toBe('¥100万');
    expect(fmtMoney(yuan(2_500_000), true)).toBe('¥250万');
    expect(fmtMoney(yuan(10_000_000_000), true)).toBe('¥100亿');
    expect(fmtInt(1_200_000, true)).toBe('120万');
    expect(fmtInt(200_000, true, 'en')).toBe('200K');
  });

  it('shows huge amounts without losing magnitude', () => {
    expect(fmtMoney(yuan(1e12), true)).toBe('¥10000亿');
    expect(fmtMoney(yuan(1e12))).toBe('¥1,000,000,000,000');
    expect(fmtMoney(yuan(123_456_789), true, 'en')).toBe('¥123.46M');
  });

  it('shows zero as ¥0 and a loss with the sign before the currency', () => {
    expect(fmtMoney(0)).toBe('¥0');
    expect(fmtMoney(0, true)).toBe('¥0');
    expect(fmtMoney(-40)).toBe('¥0');
    expect(fmtMoney(yuan(-12345))).toBe('-¥12,345');
    expect(fmtMoney(yuan(-12345), true)).toBe('-¥1.23万');
  });

  it('shows a dash for values that are not numbers', () => {
    expect(fmtMoney(Number.NaN)).toBe('—');
    expect(fmtMoney(Number.POSITIVE_INFINITY, true)).toBe('—');
    expect(fmtInt(Number.NaN)).toBe('—');
    expect(fmtPrice(Number.NaN)).toBe('—');
  });

  it('keeps cents in prices only when there are any', () => {
    expect(fmtPrice(5990)).toBe('¥59.9');
    expect(fmtPrice(12900)).toBe('¥129');
    expect(fmtPrice(5)).toBe('¥0.05');
    expect(fmtPrice(yuan(12345))).toBe('¥12,345');
  });
});

describe('counts and percentages', () => {
  it('rounds counts, never showing -0', () => {
    expect(fmtInt(12345.4)).toBe('12,345');
    expect(fmtInt(-0.4)).toBe('0');
    expect(fmtInt(12345, true)).toBe('1.23万');
    expect(fmtInt(99_999, true, 'en')).toBe('99,999');
    expect(fmtInt(2_345_678, true, 'en')).toBe('2.35M');
  });

  it('formats ratios as percentages with the given decimals', () => {
    expect(fmtPct(0.1234)).toBe('12.3%');
    expect(fmtPct(0.1234, 2)).toBe('12.34%');
    expect(fmtPct(0)).toBe('0.0%');
    expect(fmtPct(-0.05)).toBe('-5.0%');
    expect(fmtPct(1.5, 0)).toBe('150%');
    expect(fmtPct(Number.NaN)).toBe('—');
  });

});

describe('yuan for talking points and files', () => {
  it('says yuan with cents only when there are any, without grouping', () => {
    expect(fmtYuan(3990)).toBe('39.9');
    expect(fmtYuan(59900)).toBe('599');
    expect(fmtYuan(12345)).toBe('123.45');
    expect(fmtYuan(123456789)).toBe('1234567.89');
    expect(fmtYuan(-3990)).toBe('-39.9');
    expect(fmtYuan(0)).toBe('0');
  });

  it('writes fixed decimals for CSV columns', () => {
    expect(fmtDecimal(12.5, 2)).toBe('12.50');
    expect(fmtDecimal(123456.789, 2)).toBe('123456.79');
    expect(fmtDecimal(0, 2)).toBe('0.00');
  });

  it('uses the locale for compact units: 万/亿 in zh-CN, K/M/B in en', () => {
    expect(fmtInt(123_456_789, true, 'zh-CN')).toBe('1.23亿');
    expect(fmtInt(123_456, true, 'en')).toBe('123K');
    expect(fmtInt(1_500_000_000, true, 'en')).toBe('1.5B');
    expect(fmtMoney(-yuan(2_500_000), true, 'en')).toBe('-¥2.5M');
  });
});

describe('percentage points', () => {
  it('signs a contribution in points', () => {
    expect(fmtPoints(0.123)).toBe('+12.3pt');
    expect(fmtPoints(0)).toBe('+0.0pt');
    expect(fmtPoints(-0.05)).toBe('-5.0pt');
  });
});
