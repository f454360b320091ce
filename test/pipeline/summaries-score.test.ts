import { describe, expect, it } from 'vitest'
import type { Block } from '../../src/model.ts'
import { summarize } from '../../src/pipeline/summaries.ts'
import type { Candidate } from '../../src/pipeline/summaries/candidates.ts'
import { degreeCentrality, overlapSimilarity, scoreSentences } from '../../src/pipeline/summaries/score.ts'

// Only stems, words and text matter to scoring; order is the index.
const cand = (stems: string[], words = 20, text = 'Plain sentence.'): Candidate => ({ text, order: 0, words, stems, paragraph: 0 })

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
  // salience = (0.15 × prior(i) + 0.65 − context penalty) × (words / 20)^0.3, where the
  // learnt prior of the second sentence is 0.54 / 0.76 (position-prior.ts).
  it.each([
    // (0.15 × 0.54/0.76 + 0.65) × 2^0.3 = 0.756579 × 1.231144
    ['twice as long', 40, 'Plain sentence.', 0.93146],
    // 0.756579 × 0.5^0.3 = 0.756579 × 0.812252
    ['half as long', 10, 'Plain sentence.', 0.61453],
    // 0.756579 − 0.1
    ['as long, but leans on the one before', 20, 'However, the plain sentence.', 0.65658],
  ])('%s', (_case, words, text, expected) => {
    const { salience } = scoreSentences([cand(['x', 'y']), cand(['x', 'y'], words, text)], ['z'])
    expect(salience[0]).toBeCloseTo(0.8, 4) // (0.15 + 0.65) × 1
    expect(salience[1]).toBeCloseTo(expected, 4)
  })
})

describe('summarize: the lede opens the summary; past it, centrality outweighs position', () => {
  const p = (text: string): Block => ({ type: 'p', text })
  const rest = [
    'The town council approved a bigger school budget after a long debate.',
    'The school budget gives every school in the town more money for teachers.',
    'Teachers welcomed the budget and thanked the council for listening to schools.',
  ]
  // Each opening shares no content word with the rest, so only its position speaks for it.
  it.each([
    ['a news sentence is the lede, central or not', 'Heavy rain kept many people indoors across the region on Monday.', true],
    ['a question is not: a central sentence is chosen', 'Why did so many people across the region stay indoors on Monday?', false],
    ['nor is an opening quotation', '"Nobody wanted to go out in that weather," a shopkeeper in the region said.', false],
  ])('%s', (_case, opening, chosen) => {
    const summary = summarize({ title: 'Town news', body: [p(opening), ...rest.map(p)] }, { maxSentences: 1 })
    if (chosen) expect(summary).toBe(opening)
    else expect(rest).toContain(summary)
  })
})

describe("summarize: the lede's follow-up comes second when it fits", () => {
  const p = (text: string): Block => ({ type: 'p', text })
  const lede = 'Heavy rain flooded the main road into the town on Monday night.' // 12 words
  const followUp = 'About 300 homes lost power and two schools stayed shut.' // 10 words
  // Three sentences that share the story's words with each other: central, but background.
  const background = [
    'The town council said the town drains were old and the town budget was small.',
    'The town council has asked for money to rebuild the town drains for years.',
    'The town drains were built when the town council was formed in the old days.',
  ]
  const body = [p(lede), p(followUp), ...background.map(p)]

  it.each([
    // 12 + 10 ≤ 30: both fit, and the follow-up comes before any central background sentence.
    ['two sentences allowed', { maxSentences: 2, maxWords: 30 }, `${lede} ${followUp}`],
    // 12 + 10 > 20: it does not fit, so the slot goes to what does (nothing of ≤ 8 words here).
    ['the follow-up does not fit', { maxSentences: 2, maxWords: 20 }, lede],
  ])('%s', (_case, options, expected) => {
    expect(summarize({ title: 'Floods in the town', body }, options)).toBe(expected)
  })

  it('a follow-up that restates the lede is passed over', () => {
    const restated = 'On Monday night heavy rain flooded the main road into the town.'
    const summary = summarize({ title: 'Floods in the town', body: [p(lede), p(restated), ...background.map(p)] }, { maxSentences: 2, maxWords: 40 })
    expect(summary.startsWith(lede)).toBe(true)
    expect(summary).not.toContain(restated)
  })
})
