/**
 * How likely a sentence is to belong in a summary, by its position among an
 * article's candidate sentences (candidates.ts order): learnt, not assumed.
 *
 * Derived on bbc-dev half A (278 articles; halves.ts, halfOf(id) === 'A'):
 * for each position, the share of candidates there whose text (as ROUGE
 * tokens) is contained in the article's extractive reference summary.
 * Position 11 stands for 11 and after. Recompute with
 * `learnPositionPrior(readBbc(dir), 'A')` (src/eval/position-prior.ts).
 *
 * Checked on half B (281 articles), learnt the same way:
 *   0.76 0.56 0.50 0.42 0.44 0.41 0.42 0.43 0.38 0.41 0.42 0.37
 * The first sentence is kept about three times in four, anything from the
 * fourth on about two in five (the base rate: BBC references keep ~40% of
 * an article's sentences); both halves agree to within 0.05 everywhere
 * except single noisy cells, so the table is the article kind's, not half A's.
 */
export const POSITION_PRIOR_BBC_A = [0.76, 0.54, 0.49, 0.42, 0.47, 0.38, 0.41, 0.43, 0.43, 0.41, 0.35, 0.38] as const

/** The prior of candidate `index`, relative to the first sentence's (so 1 for the first). */
export function positionPrior(index: number): number {
  const table = POSITION_PRIOR_BBC_A
  return table[Math.min(index, table.length - 1)]! / table[0]!
}
