/**
 * Never nothing: when the rules keep (almost) nothing of a page that has
 * prose, the article is still somewhere on it, and the best guess is the
 * page's longest stretch of sentences. This looks at each line's own shape
 * only (classifyLine), not at the page-level re-marking that may have
 * swallowed the article (a byline on every few lines read as a card list, an
 * end cue at its top), and takes the maximum-sum run of sentence-like lines,
 * where every other line costs a little, as region.ts does for the article.
 */
import type { LineClass } from './classify.ts'
import type { PageLine } from './lines.ts'
import { densestRun, SHORT_COST } from './region.ts'

/** Fewer kept words than this is "almost nothing": no article is shorter than a couple of sentences. */
export const FALLBACK_MIN_WORDS = 25

/** The warning the build report shows for a page cleaned this way. */
export const FALLBACK_WARNING = 'kept the best prose region: no article body recognised'

/** A line that reads as a sentence of running text on its own. */
const isSentenceLike = (line: PageLine, cls: LineClass): boolean => cls.kind === 'prose' || (cls.kind === 'short' && line.terminal && line.words >= 5)

/**
 * Indexes of the sentence-like lines of the page's best prose region, in
 * order; empty when the page has no prose.
 */
export function bestProseRegion(lines: PageLine[], lineClasses: LineClass[]): number[] {
  const sentence = lines.map((line, i) => isSentenceLike(line, lineClasses[i]!))
  const run = densestRun(lines.map((line, i) => (sentence[i] ? line.words : -SHORT_COST)))
  const kept: number[] = []
  for (let i = run.start; i < run.end; i++) if (sentence[i]) kept.push(i)
  return kept
}

/** True when `keptWords` is almost nothing beside what the best prose region offers. */
export function needsFallback(keptWords: number, regionWords: number): boolean {
  return keptWords < FALLBACK_MIN_WORDS && regionWords > keptWords
}
