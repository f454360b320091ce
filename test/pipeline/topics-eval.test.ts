import { describe, expect, it } from 'vitest'
import { formatConfusions, score } from '../../src/eval/topics/score.ts'
import type { BbcArticle } from '../../src/eval/bbc.ts'

const article = (id: string, title: string): BbcArticle => ({ id, category: id.split('/')[0]!, title, body: [], reference: null })

// Four articles, worked by hand: one right, one given the wrong primary topic
// (right only as its second), one given none, one right.
const ARTICLES = [
  article('sport/001', 'Cup final tonight'),
  article('tech/002', 'Retro game review'),
  article('tech/003', 'Chip maker results'),
  article('business/004', 'Profits up'),
]
const ASSIGNED = new Map([
  ['sport/001', ['sport']],
  ['tech/002', ['sport', 'tech']],
  ['tech/003', []],
  ['business/004', ['business', 'tech']],
])

describe('topics eval: score', () => {
  const scores = score(ARTICLES, ASSIGNED)

  it.each([
    ['accuracy: the primary topic alone counts (2 of 4)', scores.accuracy, 0.5],
    ['coverage: articles with any topic (3 of 4)', scores.coverage, 0.75],
    ['tech accuracy (0 of 2)', scores.byCategory.get('tech'), 0],
    ['sport accuracy (1 of 1)', scores.byCategory.get('sport'), 1],
  ])('%s', (_case, value, expected) => expect(value).toBe(expected))

  it('lists each wrongly called article with its headline and call, "(none)" when it got none, in input order', () => {
    expect(scores.wrong).toEqual([
      { id: 'tech/002', title: 'Retro game review', assigned: 'sport' },
      { id: 'tech/003', title: 'Chip maker results', assigned: '(none)' },
    ])
  })

  it('counts confusions as true→assigned', () => {
    expect(formatConfusions(scores.confusions)).toBe('tech→(none) 1, tech→sport 1')
  })
})
