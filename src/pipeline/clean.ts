/**
 * Clean stage: turns the text a reader gets by copying a whole web page into
 * the article's headline, standfirst, byline, dates and body, with the page
 * furniture (menus, share bars, link lists, ads, footers) left out.
 *
 * Order of work, each step a small pure module under clean/:
 * 1. lines.ts    — split into lines, normalise, join hard-wrapped prose;
 * 2. classify.ts — prose / short / furniture / end cue / table row, from
 *                   each line's own shape; structure.ts — comment threads,
 *                   story cards, captions and author footers, from neighbours;
 * 3. region.ts   — the densest run of prose is the article, cut at an end cue
 *                   that no run of paragraphs follows and before an offer
 *                   under a cue closing it (a paywall), extended over a
 *                   structured tail (times, prices, list items);
 * 4. furniture.ts — inside that run, drop what neighbours and repetition
 *                   show to be furniture (captions, link lists, headlines);
 * 5. header.ts   — headline, standfirst, byline and date from the lines just
 *                   above (and the first lines of) the article; author.ts —
 *                   a line naming the byline's author opens an author box,
 *                   which ends the article like any other end cue; next-story.ts
 *                   — so does another story's header (a headline over a
 *                   byline or a date) after a box;
 * 6. blocks.ts   — the kept lines as paragraphs and section headings;
 * 7. fallback.ts — when all that keeps almost nothing of a page with prose,
 *                   its best prose region is kept instead, with a warning.
 *
 * Paragraph text is kept verbatim: a dateline opening ("MADRID — …") stays
 * in its paragraph and is also reported in `dateline`.
 */
import type { Block } from '../model.ts'
import { markAuthorBoxes } from './clean/author.ts'
import { toBlocks } from './clean/blocks.ts'
import { classifyLine, endsParagraphsWithStops } from './clean/classify.ts'
import { bestProseRegion, FALLBACK_WARNING, needsFallback } from './clean/fallback.ts'
import { decideRegion, dropLabelledPoints, dropRestatedOpening } from './clean/furniture.ts'
import { pageFunctionWords, pageLanguage } from './clean/function-words.ts'
import { readHeader } from './clean/header.ts'
import { pageLines } from './clean/lines.ts'
import { cutAtNextStory } from './clean/next-story.ts'
import { cutAtEndCues, densestRun, extendOverHead, extendOverTail, lineWeights, resumeAfterBox, withoutOfferAfterCue } from './clean/region.ts'
import { findDateline, findSource } from './clean/source.ts'
import { markRepeatedItems } from './clean/structure.ts'

export interface CleanedPage {
  /** The page's headline line, when the dump has one. */
  title: string | null
  /** Standfirst directly under the headline, when present. */
  dek: string | null
  authors: string[]
  /** Outlet, only where the text states it (wire credit, copyright line). */
  source: string | null
  /** Place that opens the report, upper-cased ("PYONGYANG"). */
  dateline: string | null
  /** ISO 8601 UTC of the header's publication date. */
  published: string | null
  body: Block[]
  /** Set when the body is a fallback rather than a recognised article (see clean/fallback.ts). */
  warning?: string
}

export interface LineDecision {
  text: string
  kept: boolean
  /** The rule that decided, for traces and tests. */
  reason: string
}

interface Analysis {
  decisions: LineDecision[]
  page: CleanedPage
}

function analyse(text: string): Analysis {
  const lines = pageLines(text)
  const language = pageLanguage(lines)
  const functionWords = pageFunctionWords(language)
  const stops = endsParagraphsWithStops(lines)
  const lineClasses = lines.map((line) => classifyLine(line, functionWords, stops))
  const classes = markRepeatedItems(lines, lineClasses)
  const region = extendOverHead(extendOverTail(resumeAfterBox(withoutOfferAfterCue(cutAtEndCues(densestRun(lineWeights(lines, classes)), classes, lines), lines, classes), lines, classes), lines, classes), lines, classes)
  const header = readHeader(lines, classes, region, language)
  // An author box closes the article like a share bar does, once the byline has named the author.
  const bylines = [...header.roles].filter(([, role]) => role === 'byline' || role === 'date').map(([i]) => lines[i]!.text)
  const boxed = markAuthorBoxes(lines, classes, bylines, header.title, header.bodyStart, region.end)
  const body = cutAtNextStory(lines, boxed, cutAtEndCues({ start: header.bodyStart, end: region.end }, boxed, lines))
  const headline = [...header.roles].find(([, role]) => role === 'title')?.[0]
  const inside = dropLabelledPoints(lines, boxed, body, dropRestatedOpening(lines, body, decideRegion(lines, boxed, body, headline)))
  let decisions: LineDecision[] = lines.map((line, i) => {
    const inRegion = i >= body.start && i < body.end
    const decision = inRegion ? inside[i - body.start]! : { kept: false, reason: header.roles.get(i) ?? 'outside' }
    return { text: line.text, ...decision }
  })
  const best = bestProseRegion(lines, lineClasses)
  const wordsOf = (indexes: number[]) => indexes.reduce((n, i) => n + lines[i]!.words, 0)
  const fallback = needsFallback(wordsOf(lines.flatMap((_, i) => (decisions[i]!.kept ? [i] : []))), wordsOf(best))
  if (fallback) {
    const chosen = new Set(best)
    decisions = lines.map((line, i) => (chosen.has(i) ? { text: line.text, kept: true, reason: 'fallback' } : { ...decisions[i]!, kept: false }))
  }
  const keptLines = lines.filter((_, i) => decisions[i]!.kept)
  const blocks = toBlocks(keptLines, fallback ? lineClasses : classes)
  const page: CleanedPage = {
    title: header.title,
    dek: header.dek,
    authors: header.authors,
    source: findSource(lines, blocks),
    dateline: findDateline(blocks),
    published: header.published,
    body: blocks,
    ...(fallback ? { warning: FALLBACK_WARNING } : {}),
  }
  return { decisions, page }
}

export function cleanPage(text: string): CleanedPage {
  return analyse(text).page
}

/** Every line of the dump with the decision taken on it and why. */
export function explainPage(text: string): LineDecision[] {
  return analyse(text).decisions
}
