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

export interface Region {
  /** First line of the run (index into the page's lines). */
  start: number
  /** One past the last line. */
  end: number
}

export function lineWeight(line: PageLine, cls: LineClass): number {
  if (cls.kind === 'prose') return line.words
  return cls.kind === 'furniture' ? -FURNITURE_COST : -SHORT_COST
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
