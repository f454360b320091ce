/**
 * ROUGE (Lin, 2004), small and pure, with the standard definitions:
 *
 * - Tokens: lower-cased runs of letters and digits, so "bn.For" (reference
 *   sentences run together) gives "bn", "for"; punctuation is dropped.
 *   No stemming and no stop-word removal, for every system alike.
 * - ROUGE-N: clipped n-gram overlap: each candidate n-gram counts at most as
 *   often as it occurs in the reference. Precision divides by the
 *   candidate's n-grams, recall by the reference's.
 * - ROUGE-L: longest common subsequence of the two token sequences (each text
 *   taken as one sequence), over candidate length (P) and reference length (R).
 * - F1 = 2PR / (P + R), and 0 when both are 0.
 */

export interface PRF {
  precision: number
  recall: number
  f1: number
}

export function rougeTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
}

function prf(overlap: number, candidateTotal: number, referenceTotal: number): PRF {
  const precision = candidateTotal === 0 ? 0 : overlap / candidateTotal
  const recall = referenceTotal === 0 ? 0 : overlap / referenceTotal
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1 }
}

function ngramCounts(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>()
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ')
    counts.set(gram, (counts.get(gram) ?? 0) + 1)
  }
  return counts
}

export function rougeN(candidate: string, reference: string, n: number): PRF {
  const cand = ngramCounts(rougeTokens(candidate), n)
  const ref = ngramCounts(rougeTokens(reference), n)
  let overlap = 0
  for (const [gram, count] of cand) overlap += Math.min(count, ref.get(gram) ?? 0)
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0)
  return prf(overlap, total(cand), total(ref))
}

/** Length of the longest common subsequence, in O(|a|·|b|) time and O(|b|) space. */
export function lcsLength(a: string[], b: string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0)
  for (const x of a) {
    const current = new Array<number>(b.length + 1).fill(0)
    for (let j = 1; j <= b.length; j++) {
      current[j] = x === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!)
    }
    previous = current
  }
  return previous[b.length]!
}

export function rougeL(candidate: string, reference: string): PRF {
  const cand = rougeTokens(candidate)
  const ref = rougeTokens(reference)
  return prf(lcsLength(cand, ref), cand.length, ref.length)
}
