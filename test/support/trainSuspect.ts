/**
 * Fits the lint's statistical second pass (shared/domain/compliance/suspect.ts) and writes its weights:
 *
 *   npx tsx test/support/trainSuspect.ts            # fit on the tuning splits, write assets/lexicon/compliance-model.json
 *   npx tsx test/support/trainSuspect.ts --dry-run  # fit and report only
 *   npx tsx test/support/trainSuspect.ts --leave-out late6 [--no-harmless]   # fit without that split, report its figures
 *
 * Data: test/fixtures/talking-points-labelled.tsv, TUNING splits only (every split but the one its `# held-out:` line
 * names; a held-out split with no lines is reported as such), plus the known-harmless host talk of
 * assets/lexicon/compliance-harmless.json as clean lines. One-vs-rest logistic regression per issue-16 category but price (checked against price data by the rules) over the distinct character 1–3-grams of a line
 * (suspect.ts lineGrams: the lint form, digits folded to 0, no n-gram across a clause break), n-grams seen in ≥ 2
 * tuning lines; seeded SGD (shared/domain/rng.ts, fixed epochs), L2, then pruned to the TOP_K weights of largest magnitude per
 * category. Thresholds: 5-fold cross-validation on the tuning splits (same seed); per category the lowest logit ≥ 0 at
 * which the out-of-fold scores put at most MAX_CLEAN_FP clean lines over it and keep precision ≥ MIN_PRECISION.
 * Same seed → same file, byte for byte (test/unit/compliance/suspect.test.ts).
 */
import { createRng } from '../../shared/domain/rng';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import harmless from '../../assets/lexicon/compliance-harmless.json';
import { compileSuspectModel, lineGrams, suspectScores, type SuspectModel } from '../../shared/domain/compliance/suspect';
import { readTalkingPoints } from './measureSets';

export interface TrainOptions {
  seed: number; epochs: number; topK: number; folds: number; maxCleanFp: number; minPrecision: number; minThreshold: number;
  /** Fit with the known-harmless host talk (assets/lexicon/compliance-harmless.json) as clean lines. */
  harmless: boolean;
  /** Splits left out besides the file's held-out split (experiments: what a split would have seen). */
  exclude: readonly string[];
}
export const DEFAULTS: TrainOptions = { seed: 16, epochs: 30, topK: 400, folds: 5, maxCleanFp: 1, minPrecision: 0.6, minThreshold: 0, harmless: true, exclude: [] };

interface Row { grams: string[]; labels: Set<string>; clean: boolean; text: string }

const seededNext = (seed: number): (() => number) => createRng(seed).next;


function shuffled<T>(xs: readonly T[], rand: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Fits one weight table per category on `rows` (features restricted to n-grams in ≥ 2 of them). */
function fit(rows: readonly Row[], categories: readonly string[], o: TrainOptions): SuspectModel['categories'] {
  const df = new Map<string, number>();
  for (const r of rows) for (const g of r.grams) df.set(g, (df.get(g) ?? 0) + 1);
  // A gram holding half of a surrogate pair (an emoji cut in two) is not written: no lone surrogates in JSON.
  const vocab = [...df.keys()].filter((g) => df.get(g)! >= 2 && !/[\uD800-\uDFFF]/.test(g)).sort();
  const index = new Map(vocab.map((g, i) => [g, i]));
  const x = rows.map((r) => r.grams.flatMap((g) => (index.has(g) ? [index.get(g)!] : [])));
  const out: SuspectModel['categories'] = {};
  for (const c of categories) {
    const rand = seededNext(o.seed);
    const y = rows.map((r) => (r.labels.has(c) ? 1 : 0));
    const pos = y.reduce<number>((s, v) => s + v, 0);
    const posWeight = pos > 0 ? Math.sqrt((rows.length - pos) / pos) : 1;
    const w = new Float64Array(vocab.length);
    let b = 0;
    const lambda = 1e-3;
    for (let epoch = 0; epoch < o.epochs; epoch++) {
      const lr = 0.3 / (1 + epoch * 0.1);
      for (const i of shuffled(rows.map((_, k) => k), rand)) {
        const xi = x[i]!;
        let z = b;
        for (const f of xi) z += w[f]!;
        const g = (1 / (1 + Math.exp(-z)) - y[i]!) * (y[i] ? posWeight : 1);
        b -= lr * g;
        for (const f of xi) w[f] = w[f]! - lr * (g + lambda * w[f]!);
      }
    }
    const top = vocab.map((g, i) => [g, w[i]!] as const).filter(([, v]) => round(v) !== 0)
      .sort((a, b2) => Math.abs(b2[1]) - Math.abs(a[1]) || (a[0] < b2[0] ? -1 : 1)).slice(0, o.topK)
      .sort((a, b2) => (a[0] < b2[0] ? -1 : a[0] > b2[0] ? 1 : 0));
    out[c] = { bias: round(b), threshold: 0, weights: Object.fromEntries(top.map(([g, v]) => [g, round(v)])) };
  }
  return out;
}

export interface TrainReport { model: SuspectModel; json: string; heldOut: { split: string | null; lines: number }; routine: number; routineWarned: number; cv: { recall: number; flagged: number; cleanWarned: number; clean: number; perCategory: Record<string, { threshold: number; found: number; lines: number; cleanFp: number }> } }

export function trainSuspect(o: TrainOptions = DEFAULTS): TrainReport {
  const set = readTalkingPoints();
  // Price claims are checked against the product's price data (priceClaims.ts); a guess without the data is noise.
  const categories = [...set.todayOf.keys()].filter((c) => c !== 'price');
  const covers = Object.fromEntries(categories.map((c) => {
    const today = set.todayOf.get(c);
    return [c, today && today !== c ? [today] : []];
  }));
  const rows: Row[] = set.rows.filter((r) => r.split !== set.heldOut && !o.exclude.includes(r.split))
    .map((r) => ({ text: r.text, grams: lineGrams(r.text).sort(), labels: new Set(r.expected), clean: r.expected.length === 0 }));
  // Known-harmless host talk (assets/lexicon/compliance-harmless.json) joins the clean lines: fitted on and counted
  // against each threshold like them.
  const routine: Row[] = (o.harmless ? harmless.lines : []).map((text) => ({ text, grams: lineGrams(text).sort(), labels: new Set<string>(), clean: true }));
  rows.push(...routine);

  // Cross-validation: out-of-fold scores of the pruned models.
  const folds = shuffled(rows.map((_, i) => i), seededNext(o.seed)).map((i, k) => [i, k % o.folds] as const);
  const foldOf = new Map(folds);
  const oof: Record<string, number>[] = new Array(rows.length);
  for (let f = 0; f < o.folds; f++) {
    const train = rows.filter((_, i) => foldOf.get(i) !== f);
    const m = compileSuspectModel({ covers, categories: fit(train, categories, o) });
    rows.forEach((r, i) => { if (foldOf.get(i) === f) oof[i] = suspectScores(r.text, m); });
  }
  const perCategory: TrainReport['cv']['perCategory'] = {};
  const thresholds: Record<string, number> = {};
  for (const c of categories) {
    const scored = rows.map((r, i) => ({ s: oof[i]![c]!, pos: r.labels.has(c), clean: r.clean }));
    const candidates = [...new Set(scored.map((x) => x.s).filter((s) => s >= o.minThreshold))].sort((a, b) => a - b);
    let t = Math.max(0, ...scored.map((x) => x.s)) + 1;
    for (const cand of candidates) {
      const over = scored.filter((x) => x.s >= cand);
      const cleanFp = over.filter((x) => x.clean).length;
      const tp = over.filter((x) => x.pos).length;
      if (cleanFp <= o.maxCleanFp && tp >= o.minPrecision * over.length) { t = cand; break; }
    }
    thresholds[c] = round(t - 1e-3);
    const over = scored.filter((x) => x.s >= thresholds[c]!);
    perCategory[c] = { threshold: thresholds[c]!, found: over.filter((x) => x.pos).length, lines: scored.filter((x) => x.pos).length, cleanFp: over.filter((x) => x.clean).length };
  }
  const warned = (i: number) => categories.some((c) => oof[i]![c]! >= thresholds[c]!);
  const flaggedIdx = rows.map((r, i) => (r.clean ? -1 : i)).filter((i) => i >= 0);
  const cleanIdx = rows.map((r, i) => (r.clean ? i : -1)).filter((i) => i >= 0);
  const recall = flaggedIdx.filter((i) => [...rows[i]!.labels].some((c) => oof[i]![c]! >= thresholds[c]!)).length;

  const full = fit(rows, categories, o);
  for (const c of categories) full[c]!.threshold = thresholds[c]!;
  const model: SuspectModel = { covers, categories: full };
  const json = JSON.stringify({
    $comment: 'Weights of the lint\'s statistical second pass (shared/domain/compliance/suspect.ts): per issue-16 category a logistic regression over character 1–3-grams of the lint form (digits folded to 0), bias, weights pruned to the largest-magnitude n-grams, and a threshold (logit) chosen by 5-fold cross-validation on the tuning splits. Generated by `npx tsx test/support/trainSuspect.ts` (seeded, deterministic) from test/fixtures/talking-points-labelled.tsv without its held-out split. Do not edit by hand.',
    seed: o.seed, epochs: o.epochs, topK: o.topK, ...model,
  }) + '\n';
  const routineWarned = rows.map((r, i) => (routine.includes(r) && warned(i) ? 1 : 0)).reduce<number>((a, b) => a + b, 0);
  return { model, json, heldOut: { split: set.heldOut, lines: set.rows.filter((r) => r.split === set.heldOut).length }, routine: routine.length, routineWarned, cv: { recall: recall / Math.max(1, flaggedIdx.length), flagged: flaggedIdx.length, cleanWarned: cleanIdx.filter(warned).length, clean: cleanIdx.length, perCategory } };
}

/** What a split would have got from the pass had it been left out of fitting: model-alone recall and clean lines warned. */
export function leaveOut(split: string, o: TrainOptions = DEFAULTS): { found: number; flagged: number; cleanWarned: number; clean: number } {
  const set = readTalkingPoints();
  const r = trainSuspect({ ...o, exclude: [...o.exclude, split] });
  const m = compileSuspectModel(r.model);
  const warned = (text: string) => {
    const s = suspectScores(text, m);
    return Object.keys(r.model.categories).filter((c) => s[c]! >= r.model.categories[c]!.threshold);
  };
  const rows = set.rows.filter((x) => x.split === split);
  const flagged = rows.filter((x) => x.expected.length > 0);
  const clean = rows.filter((x) => x.expected.length === 0);
  const found = flagged.filter((x) => { const w = warned(x.text); return x.expected.some((c) => w.some((y) => y === c || set.todayOf.get(y) === c)); }).length;
  return { found, flagged: flagged.length, cleanWarned: clean.filter((x) => warned(x.text).length > 0).length, clean: clean.length };
}

function main(argv: readonly string[]): void {
  const lo = argv.indexOf('--leave-out');
  if (lo >= 0) {
    // npx tsx test/support/trainSuspect.ts --leave-out late6 [--no-harmless]: nothing is written.
    const split = argv[lo + 1] ?? 'late6';
    const x = leaveOut(split, { ...DEFAULTS, harmless: !argv.includes('--no-harmless') });
    console.log(`${split} left out of fitting${argv.includes('--no-harmless') ? ', without the harmless lines' : ''}: model alone finds ${x.found}/${x.flagged} flagged lines, warns ${x.cleanWarned}/${x.clean} clean lines`);
    return;
  }
  const r = trainSuspect();
  const out = fileURLToPath(new URL('../../assets/lexicon/compliance-model.json', import.meta.url));
  if (!argv.includes('--dry-run')) writeFileSync(out, r.json);
  console.log(`suspect model: ${r.json.length} bytes, sha256 ${createHash('sha256').update(r.json).digest('hex').slice(0, 16)}${argv.includes('--dry-run') ? ' (not written)' : ` → ${out}`}`);
  if (r.heldOut.split !== null) {
    console.log(r.heldOut.lines === 0 ? `held-out split ${r.heldOut.split}: no lines in the file; trained on every split` : `held-out split ${r.heldOut.split}: ${r.heldOut.lines} lines kept out`);
  }
  console.log(`5-fold CV on the tuning splits + ${r.routine} harmless lines, model alone: recall ${(100 * r.cv.recall).toFixed(1)}% of ${r.cv.flagged} flagged lines; clean lines warned ${r.cv.cleanWarned}/${r.cv.clean} (${(100 * r.cv.cleanWarned / r.cv.clean).toFixed(1)}%), of them harmless ${r.routineWarned}/${r.routine}`);
  for (const [c, p] of Object.entries(r.cv.perCategory)) console.log(`  ${c.padEnd(22)} threshold ${p.threshold.toFixed(3).padStart(7)}  found ${p.found}/${p.lines}  clean warned ${p.cleanFp}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
