/**
 * The per-page distribution of a score beside its average: a mean can hide a
 * few pages where nothing of the article was kept, which the median, the
 * share of pages under a floor and the worst pages show. Pure: no I/O.
 */

export interface PageScore {
  id: string
  score: number
}

export interface ScoreDistribution {
  pages: number
  /** Middle score; the mean of the two middle ones for an even count; 0 for no pages. */
  median: number
  /** Share of pages scoring strictly below `floor` (0 for no pages). */
  shareBelow: number
  /** Lowest scores first, ties by id, at most `worstCount`. */
  worst: PageScore[]
}

/** The floor the project holds every page to: F1 below it means most of the article is lost or buried. */
export const PAGE_FLOOR = 0.5
export const WORST_SHOWN = 5

export function scoreDistribution(scores: PageScore[], floor = PAGE_FLOOR, worstCount = WORST_SHOWN): ScoreDistribution {
  const sorted = [...scores].sort((a, b) => a.score - b.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const n = sorted.length
  const mid = Math.floor(n / 2)
  const median = n === 0 ? 0 : n % 2 === 1 ? sorted[mid]!.score : (sorted[mid - 1]!.score + sorted[mid]!.score) / 2
  const below = sorted.filter((s) => s.score < floor).length
  return { pages: n, median, shareBelow: n === 0 ? 0 : below / n, worst: sorted.slice(0, worstCount) }
}
