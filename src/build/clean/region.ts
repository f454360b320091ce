/**
 * The article is the densest run of prose on the page. Each line scores its
 * word count if it is prose and a fixed cost otherwise; the run of lines with
 * the highest total (Kadane's maximum-sum segment, as in Finn et al.'s Body
 * Text Extraction) is the article. Section headings, list items and a stray
 * "related" link inside the article cost little next to the paragraphs around
 * them, while menus, link lists and footers are long runs of costs that no
 * paragraph outweighs.
 */
import type { LineClass } from './classify.ts'
import type { PageLine } from './lines.ts'

/** What a short non-prose line costs, in words of prose. */
export const SHORT_COST = 3
/** What an unmistakable furniture line costs. */
export const FURNITURE_COST = 4
/** What a cue that closes an article costs: a wall few paragraphs outweigh. */
export const END_COST = 20
/** A table row's worth: data tables sit inside articles, never in menus. */
export const TABLE_ROW_WEIGHT = 2

export interface Region {
  /** First line of the run (index into the page's lines). */
  start: number
  /** One past the last line. */
  end: number
}

/**
 * A prose line between two non-prose lines counts half: lone paragraphs
 * between headlines and bylines are the teasers of story lists.
 */
export function lineWeights(lines: PageLine[], classes: LineClass[]): number[] {
  const isProse = (i: number) => classes[i]?.kind === 'prose'
  return lines.map((line, i) => {
    switch (classes[i]!.kind) {
      case 'prose':
        return isProse(i - 1) || isProse(i + 1) ? line.words : line.words / 2
      case 'table':
        return TABLE_ROW_WEIGHT
      case 'end':
        return -END_COST
      case 'furniture':
        return -FURNITURE_COST
      default:
        return -SHORT_COST
    }
  })
}

/** Maximum-sum run; the earliest wins a tie. Empty pages give an empty region. */
export function densestRun(weights: number[]): Region {
  let best = { start: 0, end: 0, sum: 0 }
  let start = 0
  let sum = 0
  for (let i = 0; i < weights.length; i++) {
    if (sum <= 0) {
      start = i
      sum = 0
    }
    sum += weights[i]!
    if (sum > best.sum) best = { start, end: i + 1, sum }
  }
  return { start: best.start, end: best.end }
}

/**
 * After a cue that closes an article, only real paragraphs (two prose lines
 * in a row) carry the article on; a tail of lone teasers between headlines is
 * the story list that follows it, so the region ends at the cue.
 */
export function cutAtEndCues(region: Region, classes: LineClass[]): Region {
  for (let i = region.start + 1; i < region.end; i++) {
    if (classes[i]!.kind !== 'end') continue
    let paragraphsInRow = false
    for (let j = i + 1; j + 1 < region.end && !paragraphsInRow; j++) {
      paragraphsInRow = classes[j]!.kind === 'prose' && classes[j + 1]!.kind === 'prose'
    }
    if (!paragraphsInRow) return { start: region.start, end: i }
  }
  return region
}
