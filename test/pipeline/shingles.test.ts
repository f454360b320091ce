import { describe, expect, it } from 'vitest'
import { averageScores, microScores, pageCounts, pagePrecision, pageRecall, shingleBag, shingleCounts, tokenize } from '../../src/eval/shingles.ts'

// Every expected value below is worked out by hand from the benchmark's rules:
// \w+ tokens with case kept, bags of 4-token shingles, TP/FP/FN normalised to
// sum to 1 per page, P and R averaged over pages.

describe('tokenize', () => {
  it.each([
    ['Hello, world! foo_bar 3.14', ['Hello', 'world', 'foo_bar', '3', '14']],
    ['Kim Jong-un’s', ['Kim', 'Jong', 'un', 's']],
    ['Zürich — Москва', ['Zürich', 'Москва']],
    ['  ...  ', []],
  ])('%s', (text, tokens) => {
    expect(tokenize(text)).toEqual(tokens)
  })
})

describe('shingleBag', () => {
  it.each([
    ['a b c d e', { 'a b c d': 1, 'b c d e': 1 }],
    ['a b c d a b c d', { 'a b c d': 2, 'b c d a': 1, 'c d a b': 1, 'd a b c': 1 }],
    // Fewer than four tokens: one short shingle, as the benchmark's range(max(1, …)) gives.
    ['a b', { 'a b': 1 }],
    ['', {}],
  ])('%s', (text, bag) => {
    expect(Object.fromEntries(shingleBag(text))).toEqual(bag)
  })
})

describe('pageCounts', () => {
  it.each([
    // gold {abcd, bcde}, predicted {abcd}: TP 1, FN 1 → halves.
    ['a b c d e', 'a b c d', { tp: 0.5, fp: 0, fn: 0.5 }, 1, 0.5],
    // gold {abcd, bcde, cdef}, predicted {xabc, abcd}: TP 1, FP 1, FN 2 → quarters.
    ['a b c d e f', 'x a b c d', { tp: 0.25, fp: 0.25, fn: 0.5 }, 0.5, 1 / 3],
    // A shingle counted twice in gold and once in the prediction: TP 1, FN 4.
    ['a b c d a b c d', 'a b c d', { tp: 0.2, fp: 0, fn: 0.8 }, 1, 0.2],
    // Case matters, as in the benchmark.
    ['The cat sat down', 'the cat sat down', { tp: 0, fp: 0.5, fn: 0.5 }, 0, 0],
    // Nothing predicted: recall 0.
    ['a b c d', '', { tp: 0, fp: 0, fn: 1 }, 0, 0],
  ])('gold %j, predicted %j', (gold, predicted, counts, precision, recall) => {
    const got = pageCounts(gold, predicted)
    expect(got.tp).toBeCloseTo(counts.tp, 10)
    expect(got.fp).toBeCloseTo(counts.fp, 10)
    expect(got.fn).toBeCloseTo(counts.fn, 10)
    expect(pagePrecision(got)).toBeCloseTo(precision, 10)
    expect(pageRecall(got)).toBeCloseTo(recall, 10)
  })
})

describe('averageScores', () => {
  it('averages per-page precision and recall, then takes F1 of the averages', () => {
    // P = mean(1, 0.5) = 0.75; R = mean(0.5, 1/3) = 5/12; F1 = 2·0.75·(5/12) / (0.75 + 5/12) = 15/28.
    const scores = averageScores([
      { tp: 0.5, fp: 0, fn: 0.5 },
      { tp: 0.25, fp: 0.25, fn: 0.5 },
    ])
    expect(scores.precision).toBeCloseTo(0.75, 10)
    expect(scores.recall).toBeCloseTo(5 / 12, 10)
    expect(scores.f1).toBeCloseTo(15 / 28, 10)
  })

  it('leaves a page out of precision when nothing was predicted for it', () => {
    // Page 2 has TP+FP = 0: precision averages page 1 only; recall averages both (1 and 0).
    const scores = averageScores([
      { tp: 1, fp: 0, fn: 0 },
      { tp: 0, fp: 0, fn: 1 },
    ])
    expect(scores.precision).toBe(1)
    expect(scores.recall).toBe(0.5)
    expect(scores.f1).toBeCloseTo(2 / 3, 10)
  })
})

describe('microScores', () => {
  it('sums raw counts over pages before dividing, so a long page weighs more', () => {
    // Page 1: 8 TP, 2 FP, 0 FN; page 2: 1 TP, 0 FP, 9 FN.
    // Summed: TP 9, FP 2, FN 9 → precision 9/11, recall 9/18 = 0.5.
    const scores = microScores([
      { tp: 8, fp: 2, fn: 0 },
      { tp: 1, fp: 0, fn: 9 },
    ])
    expect(scores.precision).toBeCloseTo(9 / 11, 10)
    expect(scores.recall).toBeCloseTo(0.5, 10)
    expect(scores.f1).toBeCloseTo((2 * (9 / 11) * 0.5) / (9 / 11 + 0.5), 10)
  })

  it('counts raw shingles: "a b c d e" against "a b c d x" shares one of two shingles', () => {
    // gold shingles: [a b c d], [b c d e]; predicted: [a b c d], [b c d x].
    expect(shingleCounts('a b c d e', 'a b c d x')).toEqual({ tp: 1, fp: 1, fn: 1 })
  })
})
