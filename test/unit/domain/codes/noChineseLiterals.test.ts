import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Issue 10 item 6: compliance lint findings and command refusals carry codes + params; the words
 * (zh-CN and en) live in shared/i18n/. No CJK string literal may remain in this domain code.
 * Comments may quote Chinese terms. The lexicon asset's terms and suggestions are data.
 */
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const TARGETS = ['shared/domain/alerts', 'shared/domain/refundRisk', 'shared/domain/compliance', 'shared/domain/live/commands.ts'];
/** Not wording: the spoken-price reader's character classes (块, 元, 万, 件…) are what it parses. */
const PARSER_FILES = new Set(['shared/domain/compliance/priceNumber.ts']);
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

function files(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((n) => files(join(path, n)));
}

/** String, template and regex literals with CJK text, as "file:line: text". */
export function cjkLiterals(file: string): string[] {
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const hits: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isRegularExpressionLiteral(node) || ts.isJsxText(node)) {
      if (CJK.test(node.getText(src))) {
        const { line } = src.getLineAndCharacterOfPosition(node.getStart(src));
        hits.push(`${relative(ROOT, file)}:${line + 1}: ${node.getText(src)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
  return hits;
}

describe('domain codes, not words: no Chinese string literal', () => {
  it.each(TARGETS)('in %s', (target) => {
    const list = files(join(ROOT, target)).filter((f) => f.endsWith('.ts') && !PARSER_FILES.has(relative(ROOT, f)));
    expect(list.length).toBeGreaterThan(0);
    expect(list.flatMap(cjkLiterals)).toEqual([]);
  });

  it('finds a CJK literal when there is one (the check can fail)', () => {
    const probe = join(ROOT, 'shared/domain/compliance/priceNumber.ts');
    expect(cjkLiterals(probe).length).toBeGreaterThan(0);
  });
});
