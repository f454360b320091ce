/**
 * The few statistics every section reports, in one place so each table
 * means the same thing by "median", "p99" and "exponent".
 */

/** Middle value; the mean of the two middle values for an even count; NaN for none. */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

/**
 * Nearest-rank percentile: the smallest sample with at least p% of samples
 * at or below it. With fewer than 100 samples p99 is the largest sample.
 */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN
  const s = [...xs].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil((p / 100) * s.length))
  return s[rank - 1]!
}

/**
 * How a cost grows with size: t ∝ n^k gives k = log(t2/t1) / log(n2/n1).
 * 1 is linear, 2 quadratic; NaN when either measure is missing or not positive.
 */
export function growthExponent(n1: number, t1: number, n2: number, t2: number): number {
  if (!(n1 > 0 && n2 > 0 && t1 > 0 && t2 > 0) || n1 === n2) return NaN
  return Math.log(t2 / t1) / Math.log(n2 / n1)
}

/** a / b, NaN when b is zero or either is missing. */
export function ratio(a: number, b: number): number {
  return Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? a / b : NaN
}
