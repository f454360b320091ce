import { describe, expect, it } from 'vitest'
import { lcsLength, rougeL, rougeN, rougeTokens } from '../../src/eval/rouge.ts'

describe('rougeTokens', () => {
  it.each([
    ['Profits rose 5%.Shares fell', ['profits', 'rose', '5', 'shares', 'fell']], // run-together sentences split
    ["The firm's $1.13bn deal", ['the', 'firm', 's', '1', '13bn', 'deal']],
    ['  ', []],
  ])('%s', (text, tokens) => {
    expect(rougeTokens(text)).toEqual(tokens)
  })
})

// Every expected value below was counted by hand; the comments show the counts.
describe('rougeN', () => {
  it.each([
    // unigrams: the×2 cat on mat shared = 5 of 6 each side
    ['the cat sat on the mat', 'the cat is on the mat', 1, 5 / 6, 5 / 6, 5 / 6],
    // bigrams: "the cat", "on the", "the mat" shared = 3 of 5 each side
    ['the cat sat on the mat', 'the cat is on the mat', 2, 0.6, 0.6, 0.6],
    // clipping: "the" counts once, as often as the reference has it: P 1/4, R 1/2, F 1/3
    ['the the the the', 'the cat', 1, 0.25, 0.5, 1 / 3],
    // all 4 candidate words in a 6-word reference: P 1, R 2/3, F 0.8
    ['police arrested the man', 'the police arrested a man yesterday', 1, 1, 2 / 3, 0.8],
    // only "police arrested" shared: P 1/3, R 1/5, F 0.25
    ['police arrested the man', 'the police arrested a man yesterday', 2, 1 / 3, 0.2, 0.25],
    // case and run-together full stops do not matter
    ['It rose.Then it fell', 'it rose. then IT fell', 2, 1, 1, 1],
    ['', 'the cat', 1, 0, 0, 0],
    ['the cat', '', 1, 0, 0, 0],
  ])('%s | %s | n=%i', (candidate, reference, n, precision, recall, f1) => {
    const score = rougeN(candidate, reference, n)
    expect(score.precision).toBeCloseTo(precision, 10)
    expect(score.recall).toBeCloseTo(recall, 10)
    expect(score.f1).toBeCloseTo(f1, 10)
  })
})

describe('lcsLength', () => {
  it.each([
    ['a b c d e', 'a c e b', 3], // a c e
    ['a b c', 'c b a', 1],
    ['a b c', 'a b c', 3],
    ['', 'a b', 0],
  ])('%s vs %s', (a, b, length) => {
    const split = (s: string) => s.split(' ').filter(Boolean)
    expect(lcsLength(split(a), split(b))).toBe(length)
  })
})

describe('rougeL', () => {
  it.each([
    // LCS "the cat on the mat" = 5 of 6 each side
    ['the cat sat on the mat', 'the cat is on the mat', 5 / 6, 5 / 6, 5 / 6],
    // LCS "police arrested man" = 3: P 3/4, R 3/6, F 0.6
    ['police arrested the man', 'the police arrested a man yesterday', 0.75, 0.5, 0.6],
    ['nothing shared here', 'the cat', 0, 0, 0],
  ])('%s | %s', (candidate, reference, precision, recall, f1) => {
    const score = rougeL(candidate, reference)
    expect(score.precision).toBeCloseTo(precision, 10)
    expect(score.recall).toBeCloseTo(recall, 10)
    expect(score.f1).toBeCloseTo(f1, 10)
  })
})
