/**
 * The sentences a summary may be drawn from: every sentence of every
 * paragraph (never a heading), in document order, less boilerplate and exact
 * repeats (a caption printed twice, a pull quote echoing the text), and, on
 * request, without their attribution clauses ("…, officials said.";
 * attribution.ts).
 */
import type { Block } from '../../model.ts'
import { contentStems, splitSentences } from '../../text/nlp.ts'
import { wordCount } from '../../text/words.ts'
import { withoutAttribution } from './attribution.ts'
import { boilerplateReason } from './boilerplate.ts'

export interface Candidate {
  text: string
  /** Position among the candidates, 0 = first in the article. */
  order: number
  words: number
  stems: string[]
  /** Index of its paragraph among the body's paragraphs (headings not counted). */
  paragraph: number
}

/**
 * "PYONGYANG, Dec 4 (Reuters) - North Korea said…" opens with a dateline that
 * belongs to the page, not the sentence; the rest is still the article's own
 * words, so the summary keeps them and drops the place. The agency alone
 * ("(CNN) -- Police said…") is a dateline too.
 */
const LEADING_DATELINE = /^([\p{Lu}][\p{L}.']*( [\p{L}.']+){0,3}(, [\p{L}\d.']+( [\p{L}\d.']+){0,3})?( \([^)]{1,30}\))?|\([^)]{1,30}\)) ?(-{1,2}|–|—) (?=['"‘“]?\p{Lu})/u

export function stripLeadingDateline(sentence: string): string {
  return sentence.replace(LEADING_DATELINE, '')
}

export interface CandidateOptions {
  /**
   * Take each sentence's attribution clause out (article summaries). Story
   * summaries keep sentences as printed: they weigh outlets' claims, and
   * their claimants with them.
   */
  withoutAttribution?: boolean
}

export function candidates(body: Block[], options: CandidateOptions = {}): Candidate[] {
  const [printed, plain] = collect(body, !options.withoutAttribution, !!options.withoutAttribution)
  return options.withoutAttribution ? plain : printed
}

/**
 * The candidates as printed (stories) and without attribution (summaries) in
 * one pass over the body, each list with its own repeats dropped: a sentence
 * is split, checked for boilerplate and stemmed once, and stemmed again only
 * when taking its attribution out changed it.
 */
export function candidateLists(body: Block[]): { printed: Candidate[]; withoutAttribution: Candidate[] } {
  const [printed, withoutAttribution] = collect(body, true, true)
  return { printed, withoutAttribution }
}

/** The lists asked for (an empty one where not), in one pass. */
function collect(body: Block[], wantPrinted: boolean, wantPlain: boolean): [printed: Candidate[], plain: Candidate[]] {
  const printedList: Candidate[] = []
  const plainList: Candidate[] = []
  const seenPrinted = new Set<string>()
  const seenPlain = new Set<string>()
  const push = (out: Candidate[], seen: Set<string>, text: string, stems: () => string[], paragraph: number) => {
    const key = text.toLowerCase().replace(/\s+/g, ' ')
    if (seen.has(key)) return
    seen.add(key)
    out.push({ text, order: out.length, words: wordCount(text), stems: stems(), paragraph })
  }
  let paragraph = -1
  for (const block of body) {
    if (block.type !== 'p') continue
    paragraph++
    splitSentences(block.text).forEach((raw, i) => {
      const printed = i === 0 ? stripLeadingDateline(raw) : raw
      if (boilerplateReason(printed) !== null) return
      let printedStems: string[] | undefined
      const stemsOfPrinted = () => (printedStems ??= contentStems(printed))
      if (wantPrinted) push(printedList, seenPrinted, printed, stemsOfPrinted, paragraph)
      if (wantPlain) {
        const plain = withoutAttribution(printed)
        push(plainList, seenPlain, plain, plain === printed ? stemsOfPrinted : () => contentStems(plain), paragraph)
      }
    })
  }
  return [printedList, plainList]
}
