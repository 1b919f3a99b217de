import type { RunOfShow } from '../../protocol/runOfShow';
import { slotPrice } from '../../protocol/runOfShow';
import { LINT_SECTIONS, slotText } from './lintShow';
import { yuan } from './money';
import { lintSectionLabel, printedLineText } from '../../i18n/compliance';
import type { Lang } from '../../i18n/interpolate';
import type { LintSection, ShowFinding } from './types';

/**
 * The run-of-show as printed text — the line numbering `livedeck lint` reports for show files.
 *
 *   line 1            the show title
 *   per slot, in order:
 *     "{n}. {product name}（{minutes} 分钟，直播价 ¥{price}）"
 *     for each non-empty text among mechanism and the five sections, in the order
 *     机制, 开场, 卖点, 价格机制, 逼单, 售后:
 *       "【{section label}】"    a header line of its own
 *       the text's lines, verbatim (so offsets within a printed line equal offsets within
 *       that line of the section text)
 *
 * Header lines never hold talking-point text, so every finding falls on a verbatim line. Their
 * words come from shared/i18n/compliance.ts (the printed script is Chinese unless asked).
 */
export interface PrintedLine {
  text: string;
  /** Set on verbatim talking-point lines. */
  source?: { slotIndex: number; section: LintSection; line: number };
}

export function printedShowLines(show: RunOfShow, lang: Lang = 'zh-CN'): PrintedLine[] {
  const lines: PrintedLine[] = [{ text: show.title }];
  const names = new Map(show.products.map((p) => [p.id, p.name] as const));
  show.slots.forEach((slot, slotIndex) => {
    const name = names.get(slot.productId) ?? slot.productId;
    lines.push({ text: printedLineText(lang, 'printed.slotHeader', { n: slotIndex + 1, name, minutes: slot.plannedMinutes, price: yuan(slotPrice(show, slot)) }) });
    for (const section of LINT_SECTIONS) {
      const text = slotText(slot, section);
      if (!text) continue;
      lines.push({ text: printedLineText(lang, 'printed.sectionHeader', { section: lintSectionLabel(lang, section) }) });
      text.split('\n').forEach((t, i) => lines.push({ text: t, source: { slotIndex, section, line: i + 1 } }));
    }
  });
  return lines;
}

/** 1-based printed line number of each finding (same order as `findings`). */
export function printedLineNumbers(show: RunOfShow, findings: readonly ShowFinding[]): number[] {
  const index = new Map<string, number>();
  printedShowLines(show).forEach((l, i) => {
    if (l.source) index.set(`${l.source.slotIndex}|${l.source.section}|${l.source.line}`, i + 1);
  });
  return findings.map((f) => index.get(`${f.slotIndex}|${f.section}|${f.line}`) ?? 0);
}
