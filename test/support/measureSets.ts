/**
 * Measures the talking-point lint and the comment classifier on their public labelled sets:
 *
 *   npx tsx test/support/measureSets.ts            # figures
 *   npx tsx test/support/measureSets.ts --misses   # also the flagged lines the lint misses, the clean lines it errors on
 *                                                  # and the clean lines it warns on (rules or model),
 *                                                  # on the tuning splits only (the held-out split's stay hidden)
 *   npx tsx test/support/measureSets.ts --held-out # also the held-out split's figures (measure it once, at the end)
 *   npx tsx test/support/measureSets.ts --held-out-misses   # also the held-out split's misses (only once the held-out
 *                                                  # figure is reported: looking at them makes it a tuning split)
 *   npx tsx test/support/measureSets.ts --errors dev   # also the misclassified comments of one split (tune on dev only)
 *
 * Lint (test/fixtures/talking-points-labelled.tsv): a flagged line is found when the lint reports at least one of its
 * expected categories, either under the issue-16 id itself or under today's category from the file's `# map:` table;
 * a clean line has a false error when the lint reports any finding of severity "error". The file's `# held-out: SPLIT`
 * (or `# held-out: none`: every split is a tuning split)
 * line names the split kept out of tuning; the others are reported together as "tuning".
 * Classifier (test/fixtures/comments-labelled.tsv): per-intent precision/recall/F1 and macro-F1 (mean F1 over the
 * intents present in the split), overall and per split.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lintText, type Finding } from '../../shared/domain/compliance';
import { classifyComment } from '../../shared/domain/comments/classify';
import { INTENTS, type Intent } from '../../shared/protocol/room';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

// ---------------------------------------------------------------- talking points

interface TalkingPoint { text: string; expected: string[]; goods: string; split: string; brand: string | null }

interface TalkingPointSet { rows: TalkingPoint[]; todayOf: Map<string, string | null>; heldOut: string | null }

export function readTalkingPoints(path = fixture('talking-points-labelled.tsv')): TalkingPointSet {
  const todayOf = new Map<string, string | null>();
  const rows: TalkingPoint[] = [];
  let heldOut: string | null = null;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const held = /^#\s*held-out:\s*(\S+)/.exec(line);
    if (held) { heldOut = held[1] === 'none' ? null : held[1]!; continue; }
    const map = /^#\s*map:\s*(\S+)\s*->\s*(\S+)/.exec(line);
    if (map) { todayOf.set(map[1]!, map[2] === 'new' ? null : map[2]!); continue; }
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [text, expected, goods, split, brand] = line.split('\t');
    if (!text || !expected || !goods || !split) throw new Error(`talking-points: malformed row: ${line}`);
    rows.push({
      text, goods, split,
      expected: expected === '-' ? [] : expected.split(','),
      brand: brand && brand !== '-' ? brand : null,
    });
  }
  for (const r of rows) {
    for (const c of r.expected) if (!todayOf.has(c)) throw new Error(`talking-points: category "${c}" is not in the map table`);
  }
  return { rows, todayOf, heldOut };
}

interface LintResult { row: TalkingPoint; findings: Finding[] }

function lintRows(set: TalkingPointSet): LintResult[] {
  return set.rows.map((row) => ({ row, findings: lintText(row.text, row.brand ? { allow: [row.brand], suspects: true } : { suspects: true }) }));
}

function foundCategory(set: TalkingPointSet, r: LintResult, category: string): boolean {
  const today = set.todayOf.get(category);
  return r.findings.some((f) => f.category === category || (today !== null && f.category === today));
}

const pct = (num: number, den: number) => (den === 0 ? '    -' : `${((100 * num) / den).toFixed(1)}%`.padStart(6));

function reportLint(set: TalkingPointSet, results: LintResult[], showMisses: boolean, showHeldOut: boolean): string[] {
  const out: string[] = [];
  const splits = [...new Set(set.rows.map((r) => r.split))];
  const flagged = results.filter((r) => r.row.expected.length > 0);
  const clean = results.filter((r) => r.row.expected.length === 0);
  out.push(`LINT on ${set.rows.length} talking-point lines: ${flagged.length} flagged, ${clean.length} clean`);
  out.push(`  category               today's id    lines  found  recall ${splits.map((s) => `${s.padStart(9)}`).join('')}`);
  for (const c of set.todayOf.keys()) {
    const rows = flagged.filter((r) => r.row.expected.includes(c));
    const found = rows.filter((r) => foundCategory(set, r, c)).length;
    const bySplit = splits.map((s) => {
      const rs = rows.filter((r) => r.row.split === s);
      return `${rs.filter((r) => foundCategory(set, r, c)).length}/${rs.length}`.padStart(9);
    }).join('');
    out.push(`  ${c.padEnd(22)} ${(set.todayOf.get(c) ?? 'new').padEnd(12)} ${String(rows.length).padStart(6)} ${String(found).padStart(6)}  ${pct(found, rows.length)} ${bySplit}`);
  }
  const lineFound = (r: LintResult) => r.row.expected.some((c) => foundCategory(set, r, c));
  const isFalseError = (r: LintResult) => r.findings.some((f) => f.severity === 'error');
  const overall = (rs: LintResult[]) => `recall ${pct(rs.filter(lineFound).length, rs.length)} (${rs.filter(lineFound).length}/${rs.length})`;
  const errors = (rs: LintResult[]) => `${rs.filter(isFalseError).length}/${rs.length}`;
  const tuning = (r: LintResult) => r.row.split !== set.heldOut;
  if (set.heldOut !== null && set.rows.some((r) => r.split === set.heldOut)) {
    out.push(`  tuning splits (${splits.filter((s) => s !== set.heldOut).join('+')}): ${overall(flagged.filter(tuning))}; false errors ${errors(clean.filter(tuning))}`
      + ` | held-out ${set.heldOut}: ${overall(flagged.filter((r) => !tuning(r)))}; false errors ${errors(clean.filter((r) => !tuning(r)))}`);
  }
  out.push(`  overall on flagged lines: ${overall(flagged)}; ${splits.map((s) => `${s} ${overall(flagged.filter((r) => r.row.split === s))}`).join('; ')}`);
  out.push(`  false errors on clean lines: ${errors(clean)}; ${splits.map((s) => `${s} ${errors(clean.filter((r) => r.row.split === s))}`).join('; ')}`
    + `; clean lines with a warning: ${clean.filter((r) => r.findings.length > 0 && !isFalseError(r)).length}`);
  const goods = [...new Set(set.rows.map((r) => r.goods))];
  out.push(`  by goods (recall | false errors): ${goods.map((g) => `${g} ${overall(flagged.filter((r) => r.row.goods === g)).replace('recall ', '')} | ${errors(clean.filter((r) => r.row.goods === g))}`).join('; ')}`);
  // The statistical second pass (rule "suspect", warnings only) reported apart: the same figures from the rules alone.
  const rulesOnly = (rs: LintResult[]) => rs.map((r) => ({ ...r, findings: r.findings.filter((f) => f.rule !== 'suspect') }));
  const modelWarned = (r: LintResult) => r.findings.some((f) => f.rule === 'suspect');
  const groups: [string, (r: LintResult) => boolean][] = [
    ...(set.heldOut !== null && set.rows.some((r) => r.split === set.heldOut) ? [['tuning', tuning] as [string, (r: LintResult) => boolean], [`held-out ${set.heldOut}`, (r: LintResult) => !tuning(r)] as [string, (r: LintResult) => boolean]] : []),
    ...goods.map((g): [string, (r: LintResult) => boolean] => [g, (r) => r.row.goods === g]),
    ...(set.heldOut !== null && set.rows.some((r) => r.split === set.heldOut)
      ? goods.map((g): [string, (r: LintResult) => boolean] => [`${set.heldOut} ${g}`, (r) => !tuning(r) && r.row.goods === g]) : []),
  ];
  out.push('  rules alone → rules + model warnings (suspect.ts): recall; false errors; clean lines with a model warning');
  for (const [name, pick] of groups) {
    const f = flagged.filter(pick);
    const c = clean.filter(pick);
    out.push(`    ${name.padEnd(16)} ${overall(rulesOnly(f))} → ${overall(f)}; false errors ${errors(rulesOnly(c))} → ${errors(c)}; model-warned clean ${c.filter(modelWarned).length}/${c.length}`);
  }
  if (showMisses || showHeldOut) {
    const listed = (r: LintResult) => (tuning(r) ? showMisses : showHeldOut);
    const show = (r: LintResult) => `${r.row.text}  [${r.row.expected.join(',') || '-'}] → ${r.findings.map((f) => `${f.text}:${f.category}/${f.severity}`).join(' ') || 'nothing'}`;
    out.push('  missed flagged lines:', ...flagged.filter((r) => listed(r) && !lineFound(r)).map((r) => `    ${show(r)}`));
    out.push('  clean lines with an error:', ...clean.filter((r) => listed(r) && isFalseError(r)).map((r) => `    ${show(r)}`));
    out.push('  clean lines with a warning (rules or model):', ...clean.filter((r) => listed(r) && r.findings.length > 0 && !isFalseError(r)).map((r) => `    ${show(r)}`));
  }
  return out;
}

// ---------------------------------------------------------------- comments

interface LabelledComment { text: string; intent: Intent; topic: string | null; split: string }

export function readComments(path = fixture('comments-labelled.tsv')): LabelledComment[] {
  return readFileSync(path, 'utf8').split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => {
      const [text, intent, topic, split] = l.split('\t');
      if (!text || !INTENTS.includes(intent as Intent)) throw new Error(`comments: malformed row: ${l}`);
      return { text, intent: intent as Intent, topic: !topic || topic === '-' ? null : topic, split: split ?? 'dev' };
    });
}

interface IntentScore { precision: number; recall: number; f1: number; support: number }
interface CommentScore { n: number; accuracy: number; macroF1: number; topicAccuracy: number; per: Record<Intent, IntentScore> }

export function scoreComments(rows: readonly LabelledComment[]): CommentScore {
  const predicted = rows.map((r) => classifyComment(r.text));
  const per = {} as Record<Intent, IntentScore>;
  for (const intent of INTENTS) {
    let tp = 0; let fp = 0; let fn = 0;
    rows.forEach((r, i) => {
      const p = predicted[i]!.intent;
      if (p === intent && r.intent === intent) tp++;
      else if (p === intent) fp++;
      else if (r.intent === intent) fn++;
    });
    const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
    const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
    per[intent] = { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0, support: tp + fn };
  }
  const present = INTENTS.filter((i) => per[i].support > 0);
  const questions = rows.filter((r, i) => r.intent === 'question' && predicted[i]!.intent === 'question');
  return {
    n: rows.length,
    accuracy: rows.filter((r, i) => predicted[i]!.intent === r.intent).length / Math.max(1, rows.length),
    macroF1: present.reduce((s, i) => s + per[i].f1, 0) / Math.max(1, present.length),
    topicAccuracy: questions.filter((r) => classifyComment(r.text).topic === r.topic).length / Math.max(1, questions.length),
    per,
  };
}

function reportComments(rows: readonly LabelledComment[], errorsOf: string | null): string[] {
  const splits = [...new Set(rows.map((r) => r.split))];
  const scored: [string, CommentScore][] = [['all', scoreComments(rows)], ...splits.map((s): [string, CommentScore] => [s, scoreComments(rows.filter((r) => r.split === s))])];
  const out = [`CLASSIFIER on ${rows.length} labelled comments`];
  out.push(`  split       n   macro-F1  accuracy  topic-acc   ${INTENTS.map((i) => i.slice(0, 8).padStart(9)).join('')}   (per-intent F1)`);
  for (const [name, s] of scored) {
    out.push(`  ${name.padEnd(6)} ${String(s.n).padStart(6)}   ${s.macroF1.toFixed(3)}    ${pct(s.accuracy, 1)}    ${pct(s.topicAccuracy, 1)}    `
      + INTENTS.map((i) => (s.per[i].support > 0 ? s.per[i].f1.toFixed(3) : '-').padStart(9)).join(''));
  }
  if (errorsOf !== null) {
    out.push(`  misclassified in split ${errorsOf}:`);
    for (const r of rows.filter((x) => x.split === errorsOf)) {
      const p = classifyComment(r.text);
      if (p.intent !== r.intent || (r.intent === 'question' && p.topic !== r.topic)) {
        out.push(`    ${r.text}  want ${r.intent}/${r.topic ?? '-'} got ${p.intent}/${p.topic ?? '-'}`);
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------- main

function main(argv: readonly string[]): void {
  const at = argv.indexOf('--errors');
  const errorsOf = at >= 0 ? argv[at + 1] ?? 'dev' : null;
  const all = readTalkingPoints();
  const withHeldOut = argv.includes('--held-out') || argv.includes('--held-out-misses');
  const set = withHeldOut || all.heldOut === null ? all : { ...all, rows: all.rows.filter((r) => r.split !== all.heldOut) };
  const hidden = all.rows.length - set.rows.length;
  const heldOutEmpty = all.heldOut !== null && !all.rows.some((r) => r.split === all.heldOut);
  const lines = [
    ...(hidden > 0 ? [`(held-out split ${all.heldOut}: ${hidden} lines not measured; pass --held-out to measure it)`] : []),
    ...(heldOutEmpty ? [`(held-out split ${all.heldOut}: no lines in the file; every split is a tuning split)`] : []),
    ...reportLint(set, lintRows(set), argv.includes('--misses'), argv.includes('--held-out-misses')),
    '',
    ...reportComments(readComments(), errorsOf),
  ];
  console.log(lines.join('\n'));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
