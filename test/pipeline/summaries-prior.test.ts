import { describe, expect, it } from 'vitest'
import type { Block } from '../../src/model.ts'
import { learnPositionPrior } from '../../src/eval/position-prior.ts'
import { POSITION_PRIOR_BBC_A, positionPrior } from '../../src/pipeline/summaries/position-prior.ts'
import { isNewsLede } from '../../src/pipeline/summaries/lede.ts'

const p = (text: string): Block => ({ type: 'p', text })
const S1 = 'The council approved the new budget for schools on Tuesday.'
const S2 = 'Spending on roads will rise by a tenth next year.'
const S3 = 'The opposition said the plan would raise property taxes.'

describe('learnPositionPrior: share of candidates at each position that the reference contains', () => {
  it.each([
    // Article 1 keeps sentences 1 and 3, article 2 keeps sentence 1 only: position 1 → 2/2, 2 → 0/2, 3 → 1/2.
    ['two articles', [[S1, S2, S3, `${S1}${S3}`], [S1, S2, S3, S1]], [1, 0, 0.5], 3],
    // References run sentences together and change case: containment is on ROUGE tokens.
    ['run-together, upper-case reference', [[S1, S2, S3, `${S1.toUpperCase()}${S2}`]], [1, 1, 0], 3],
    // With two cells, the last pools positions 2 and 3: kept 1 of 2.
    ['pooled last cell', [[S1, S2, S3, S3]], [0, 0.5], 2],
    // Positions no article reaches are 0, not NaN.
    ['unreached positions', [[S1, S2, S3, S1]], [1, 0, 0, 0], 4],
  ] as [string, string[][], number[], number?][])('%s', (_case, sets, expected, positions) => {
    const articles = sets.map((s) => ({ body: s.slice(0, 3).map(p), reference: s[3]! }))
    expect(learnPositionPrior(articles, positions)).toEqual(expected)
  })
})

describe('positionPrior: the learnt table relative to the first sentence', () => {
  it.each([
    [0, 1],
    [1, 0.54 / 0.76],
    [11, 0.38 / 0.76],
    [50, 0.38 / 0.76], // every later position shares the last cell
  ])('position %i → %d', (index, expected) => expect(positionPrior(index)).toBeCloseTo(expected, 10))

  it('is a probability table with the first sentence the most likely', () => {
    for (const x of POSITION_PRIOR_BBC_A) expect(x).toBeGreaterThan(0)
    expect(Math.max(...POSITION_PRIOR_BBC_A)).toBe(POSITION_PRIOR_BBC_A[0])
  })
})

describe('isNewsLede: a first sentence that states the news', () => {
  it.each([
    ['a plain lede', 'Ferry crews walked off the job on Tuesday after pay talks with the operator collapsed.', true],
    ['a lede with a quoted phrase', 'The minister called the report "deeply flawed" and ordered a new inquiry into the hospital.', true],
    ['a question', 'What happens to a town when its only factory closes for good next year?', false],
    ['a question inside quotes', '"Who will pay for the repairs to the old bridge now?"', false],
    ['opens with a quotation', '"We will rebuild the library stone by stone," the mayor told residents on Monday.', false],
    ['a quote fragment (unpaired mark)', 'We will rebuild it stone by stone and book by book," the mayor said on Monday.', false],
    ['a byline', 'By Anna Berg, Transport Correspondent in the northern city of Dorn.', false],
    ['too short to carry who, what and when', 'It was a cold morning in Dorn.', false],
  ])('%s', (_case, sentence, expected) => expect(isNewsLede(sentence)).toBe(expected))
})
