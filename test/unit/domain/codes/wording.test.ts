import { describe, expect, it } from 'vitest';
import base from '../../../../assets/lexicon/compliance.json';
import { CATEGORY_INFO, lintText } from '../../../../shared/domain/compliance';
import { importIssueText, rowIssueText, CATALOG_IMPORT_WORDS } from '../../../../shared/i18n/catalogImport';
import { commandErrorText, COMMAND_ERROR_WORDS } from '../../../../shared/i18n/commands';
import { COMPLIANCE_WORDS, complianceCategoryLabel, findingLegalBasis, findingReason } from '../../../../shared/i18n/compliance';
import { productRoleText, PRODUCT_ROLE_WORDS } from '../../../../shared/i18n/productRoles';
import { COMPLIANCE_CATEGORIES } from '../../../../shared/protocol/lexicon';

const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

describe('shared wording tables', () => {
  it.each([
    ['compliance', COMPLIANCE_WORDS],
    ['catalog import', CATALOG_IMPORT_WORDS],
    ['command errors', COMMAND_ERROR_WORDS],
    ['product roles', PRODUCT_ROLE_WORDS],
  ] as const)('%s: en has exactly the zh-CN keys and no Chinese', (_n, tables) => {
    expect(Object.keys(tables.en).sort()).toEqual(Object.keys(tables['zh-CN']).sort());
    for (const [k, v] of Object.entries(tables.en)) expect(CJK.test(v), `${k}: ${v}`).toBe(false);
  });

  it('words every category and every lexicon variant in both languages', () => {
    for (const c of COMPLIANCE_CATEGORIES) {
      expect(complianceCategoryLabel('en', c)).not.toBe(`category.${c}`);
      expect(findingReason('en', { rule: CATEGORY_INFO[c].rule, params: { term: 'X' } })).toMatch(/X/);
      expect(findingLegalBasis('en', { rule: CATEGORY_INFO[c].rule, params: {} })).not.toMatch(CJK);
    }
    const variants = new Set((base.terms as { variant?: string }[]).flatMap((t) => (t.variant ? [t.variant] : [])));
    expect(variants.size).toBeGreaterThan(0);
    for (const v of variants) {
      expect(Object.hasOwn(COMPLIANCE_WORDS.en, `reason.variant.${v}`), v).toBe(true);
      expect(Object.hasOwn(COMPLIANCE_WORDS.en, `basis.variant.${v}`), v).toBe(true);
    }
  });

  it('words a finding in English: reason with the term and figures, legal basis, category', () => {
    const [f] = lintText('这是全网最好的面霜');
    expect(complianceCategoryLabel('en', f!.category)).toBe('Absolute terms');
    expect(findingReason('en', f!)).toBe('“最好” is an absolute term; ads may not use words such as “national-level”, “highest grade” or “best”.');
    expect(findingLegalBasis('en', f!)).toBe('Advertising Law Art. 9(3), Art. 57');
    const [p] = lintText('日常店铺价 79.9，今天 19.9', { prices: { price: 3990, listPrice: 7990, livePrice: 1990 } });
    expect(p!.params).toMatchObject({ said: 7990, ref: 3990, variant: 'list' });
    expect(findingReason('en', p!)).toContain('The regular price quoted, ¥79.9, is above the actual shop price ¥39.9');
    expect(findingReason('zh-CN', p!)).toContain('¥79.9 是划线价而非日常成交价');
    expect(findingLegalBasis('en', p!)).toContain('Provisions on Clearly Marked Prices and Price Fraud Art. 16');
  });

  it('adds the self-comparison note, and shows a producer’s own reason as written', () => {
    const [f] = lintText('这是本店最好卖的一款');
    expect(f!.params.selfComparison).toBe(true);
    expect(findingReason('en', f!)).toContain('same-brand self-comparison');
    const lexicon = { terms: [{ term: '秒杀全场', category: 'custom' as const, severity: 'error' as const, reason: '团队规定不说' }], allow: [] };
    const [u] = lintText('这个价格秒杀全场', { lexicon });
    expect(findingReason('en', u!)).toBe('团队规定不说');
  });

  it('words import issues with their column, in both languages', () => {
    const row = { row: 3, issues: [{ code: 'price_unreadable' as const, params: { value: 'abc', field: 'price', header: '' } }, { code: 'name_empty' as const }] };
    expect(rowIssueText('zh-CN', row)).toBe('「售价」无法识别的价格「abc」；商品名称为空');
    expect(rowIssueText('en', row)).toBe('“Price” cannot read the price “abc”; product name is empty');
    expect(importIssueText('en', { code: 'list_below_price', params: { listPrice: 1990, price: 3990 } })).toBe('list price ¥19.9 is below the price ¥39.9; check before saying “original price”');
  });

  it('words command refusals from the domain in both languages', () => {
    const err = { code: 'conflict' as const, reason: 'show_changed' as const, params: { current: 5, yours: 3 } };
    expect(commandErrorText('zh-CN', err)).toBe('运行单已被修改（当前版本 5，你的版本 3）');
    expect(commandErrorText('en', err)).toBe('The run-of-show was changed (current version 5, yours 3)');
    expect(commandErrorText('en', { message: 'journal write failed' })).toBe('journal write failed');
  });

  it('words product roles for the hub CSV and the app', () => {
    expect(productRoleText('zh-CN', 'hero')).toBe('主推款');
    expect(productRoleText('en', 'welfare')).toBe('Giveaway');
    expect(productRoleText('en', 'future-role')).toBe('future-role');
  });
});
