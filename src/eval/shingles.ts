/**
 * Shingle scoring of extracted article bodies, mirroring evaluate.py of
 * scrapinghub/article-extraction-benchmark so our figures compare with the
 * published ones:
 * - tokens are runs of Python's `\w` (letters, digits, underscore), case kept;
 * - each text becomes a bag of 4-token shingles (a text of 1-3 tokens is one
 *   short shingle, an empty text none);
 * - per page, TP/FP/FN are bag intersections and differences, then divided
 *   by their sum so long pages do not outweigh short ones;
 * - precision is the mean of per-page precisions (pages with TP+FP > 0),
 *   recall the mean of per-page recalls (pages with TP+FN > 0), and F1 the
 *   harmonic mean of those two means.
 * Pure: no I/O.
 */

/** Python's `\w+` with re.UNICODE: letters, numbers and the underscore. */
const TOKEN = /[\p{L}\p{N}_]+/gu

export const SHINGLE_SIZE = 4

export interface PageCounts {
  tp: number
  fp: number
  fn: number
}

export interface ShingleScores {
  precision: number
  recall: number
  f1: number
}

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? []
}

/** Bag of shingles, keyed by the tokens joined with a space (tokens hold none). */
export function shingleBag(text: string, size = SHINGLE_SIZE): Map<string, number> {
  const tokens = tokenize(text)
  const bag = new Map<string, number>()
  const starts = Math.max(1, tokens.length - size + 1)
  for (let i = 0; i < starts; i++) {
    const shingle = tokens.slice(i, i + size)
    if (shingle.length === 0) continue
    const key = shingle.join(' ')
    bag.set(key, (bag.get(key) ?? 0) + 1)
  }
  return bag
}

/** Normalised TP/FP/FN of one page (they sum to 1 unless both texts are empty). */
export function pageCounts(gold: string, predicted: string): PageCounts {
  const { tp, fp, fn } = shingleCounts(gold, predicted)
  const sum = tp + fp + fn
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn }
}

/** Raw shingle TP/FP/FN of one page: bag intersection and the two differences. */
export function shingleCounts(gold: string, predicted: string): PageCounts {
  const truth = shingleBag(gold)
  const pred = shingleBag(predicted)
  let tp = 0
  let fp = 0
  let fn = 0
  for (const key of new Set([...truth.keys(), ...pred.keys()])) {
    const t = truth.get(key) ?? 0
    const p = pred.get(key) ?? 0
    tp += Math.min(t, p)
    fp += Math.max(0, p - t)
    fn += Math.max(0, t - p)
  }
  return { tp, fp, fn }
}

export function pagePrecision({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1
  if (tp === 0 && fp === 0) return 0
  return tp / (tp + fp)
}

export function pageRecall({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1
  if (tp === 0 && fn === 0) return 0
  return tp / (tp + fn)
}

export function pageF1(counts: PageCounts): number {
  const p = pagePrecision(counts)
  const r = pageRecall(counts)
  return p + r > 0 ? (2 * p * r) / (p + r) : 0
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0)

/**
 * Micro-averaged figures: raw shingle counts summed over all pages, so each
 * shingle weighs the same and long pages count for more.
 */
export function microScores(pages: PageCounts[]): ShingleScores {
  const sum = pages.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 })
  const precision = sum.tp + sum.fp > 0 ? sum.tp / (sum.tp + sum.fp) : 0
  const recall = sum.tp + sum.fn > 0 ? sum.tp / (sum.tp + sum.fn) : 0
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0
  return { precision, recall, f1 }
}

/** The benchmark's averaged figures over pages. */
export function averageScores(pages: PageCounts[]): ShingleScores {
  const precision = mean(pages.filter((c) => c.tp + c.fp > 0).map(pagePrecision))
  const recall = mean(pages.filter((c) => c.tp + c.fn > 0).map(pageRecall))
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0
  return { precision, recall, f1 }
}
