import { describe, expect, it } from 'vitest'
import type { Block } from '../../src/model.ts'
import { summarize } from '../../src/pipeline/summaries.ts'
import type { Candidate } from '../../src/pipeline/summaries/candidates.ts'
import { degreeCentrality, overlapSimilarity, scoreSentences } from '../../src/pipeline/summaries/score.ts'

// Only stems, words and text matter to scoring; order is the index.
const cand = (stems: string[], words = 20, text = 'Plain sentence.'): Candidate => ({ text, order: 0, words, stems })

describe('overlapSimilarity: shared distinct stems over the sum of log lengths', () => {
  it.each([
    // 2 shared / (ln 3 + ln 4) = 2 / ln 12
    ['two shared of 3 and 4', ['cat', 'dog', 'bird'], ['cat', 'dog', 'fish', 'tree'], 0.80486],
    ['nothing shared', ['cat', 'dog'], ['fish', 'tree'], 0],
    // lengths below 2 count as 2: 1 / (ln 2 + ln 2)
    ['one stem each', ['cat'], ['cat'], 0.72135],
    // "cat" is shared once however often it occurs; the length still counts both: 1 / (ln 2 + ln 2)
    ['a repeat is shared once', ['cat', 'cat'], ['cat'], 0.72135],
    ['an empty sentence', [], ['cat'], 0],
  ])('%s', (_case, a, b, expected) => {
    expect(overlapSimilarity(a, b)).toBeCloseTo(expected, 4)
    expect(overlapSimilarity(b, a)).toBeCloseTo(expected, 4)
  })
})

describe('degreeCentrality: summed overlap with the other sentences, over the largest sum', () => {
  it.each([
    // sim(0,1) = 2 / ln 4; the third shares nothing.
    ['a pair and a stranger', [['a', 'b'], ['a', 'b'], ['c', 'd']], [1, 1, 0]],
    // sim(0,1) = sim(0,2) = 2 / ln 8, sim(1,2) = 0: the first joins the other two, each of which touches only it.
    ['a hub and two spokes', [['a', 'b', 'c', 'd'], ['a', 'b'], ['c', 'd']], [1, 0.5, 0.5]],
    ['no overlap at all', [['a'], ['b'], ['c']], [0, 0, 0]],
    ['a single sentence', [['a', 'b']], [0]],
    ['no sentences', [], []],
  ])('%s', (_case, stems, expected) => {
    const got = degreeCentrality(stems.map((s) => cand(s)))
    expect(got).toHaveLength(expected.length)
    got.forEach((x, i) => expect(x).toBeCloseTo(expected[i]!, 6))
  })
})

describe('scoreSentences: salience leans gently towards longer sentences', () => {
  // Two sentences with the same stems (centrality 1 each) and no headline overlap, so
  // salience = (0.15 / √(1 + i) + 0.65 − context penalty) × (words / 20)^0.3.
  it.each([
    // (0.15/√2 + 0.65) × 2^0.3
    ['twice as long', 40, 'Plain sentence.', 0.93083],
    // (0.15/√2 + 0.65) × 0.5^0.3
    ['half as long', 10, 'Plain sentence.', 0.61412],
    // (0.15/√2 + 0.65 − 0.1) × 1
    ['as long, but leans on the one before', 20, 'However, the plain sentence.', 0.65607],
  ])('%s', (_case, words, text, expected) => {
    const { salience } = scoreSentences([cand(['x', 'y']), cand(['x', 'y'], words, text)], ['z'])
    expect(salience[0]).toBeCloseTo(0.8, 4) // (0.15 + 0.65) × 1
    expect(salience[1]).toBeCloseTo(expected, 4)
  })
})

describe('summarize: centrality outweighs position', () => {
  const p = (text: string): Block => ({ type: 'p', text })
  const aside = 'Heavy rain kept many people indoors across the region on Monday.'
  const body = [
    p(aside),
    p('The town council approved a bigger school budget after a long debate.'),
    p('The school budget gives every school in the town more money for teachers.'),
    p('Teachers welcomed the budget and thanked the council for listening to schools.'),
  ]
  it('an opening aside that shares no word with the rest is passed over for a central sentence', () => {
    const summary = summarize({ title: 'Town news', body }, { maxSentences: 1 })
    expect(summary).not.toBe(aside)
    expect(body.slice(1).map((b) => (b.type === 'p' ? b.text : ''))).toContain(summary)
  })
})
