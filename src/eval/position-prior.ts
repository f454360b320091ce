/**
 * Learns the summaries' position prior (src/pipeline/summaries/position-prior.ts)
 * from extractive references: for each position among an article's
 * candidate sentences, the share of candidates there that the reference
 * contains. Containment is read on ROUGE tokens, so the references' run-together
 * sentences ("rose.Shares") still match. The last cell pools every later position.
 */
import { candidates } from '../pipeline/summaries/candidates.ts'
import type { Block } from '../model.ts'
import { rougeTokens } from './rouge.ts'

export const PRIOR_POSITIONS = 12

const asPhrase = (text: string) => ` ${rougeTokens(text).join(' ')} `

export function learnPositionPrior(articles: { body: Block[]; reference: string }[], positions = PRIOR_POSITIONS): number[] {
  const kept = new Array<number>(positions).fill(0)
  const seen = new Array<number>(positions).fill(0)
  for (const article of articles) {
    const reference = asPhrase(article.reference)
    candidates(article.body).forEach((c, i) => {
      const cell = Math.min(i, positions - 1)
      seen[cell]!++
      if (reference.includes(asPhrase(c.text))) kept[cell]!++
    })
  }
  return kept.map((k, i) => (seen[i] === 0 ? 0 : k / seen[i]!))
}
