/**
 * The last resort, used only when no candidate sentence fits the word budget
 * on its own: the first sentence, cut at the last clause boundary (a comma,
 * semicolon, colon or dash) that keeps at least half the budget, else at the
 * last word that fits, with an ellipsis. Closing punctuation and dangling
 * connectives ("and", "the") are dropped before the ellipsis so the cut reads
 * as a cut, never as a finished sentence.
 */

const DANGLING = /^(and|or|but|the|a|an|of|to|in|on|at|for|with|by|from|as|that|which|who|while)$/i

export function shortenSentence(sentence: string, maxWords: number): string {
  const words = sentence.trim().split(/\s+/)
  if (words.length <= maxWords) return sentence.trim()
  let keep = words.slice(0, Math.max(1, maxWords))
  const minimum = Math.ceil(keep.length / 2)
  for (let i = keep.length - 1; i >= minimum - 1; i--) {
    if (/[,;:]$/.test(keep[i]!) || /^[-–—]$/.test(words[i + 1] ?? '')) {
      keep = keep.slice(0, i + 1)
      break
    }
  }
  while (keep.length > 1 && DANGLING.test(keep[keep.length - 1]!.replace(/[^\p{L}]/gu, ''))) keep.pop()
  const last = keep.length - 1
  keep[last] = keep[last]!.replace(/[\s,;:.!?\-–—'"’”]+$/u, '')
  return `${keep.join(' ')}…`
}
