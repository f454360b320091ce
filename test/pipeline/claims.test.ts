import { describe, expect, it } from 'vitest'
import { findClaims, type ClaimArticle } from '../../src/pipeline/claims.ts'
import { findQuantities } from '../../src/pipeline/stories/quantities.ts'

const article = (id: string, source: string | null, published: string, ...paragraphs: string[]): ClaimArticle => ({
  id,
  seed: `${id}.txt`,
  source,
  published,
  body: paragraphs.map((text) => ({ type: 'p' as const, text })),
})

describe('findQuantities', () => {
  it.each([
    ['Officials said about 11,000 troops had arrived.', [{ value: 11000, text: 'about 11,000', subject: 'troops' }]],
    ['The US said “at least 3,000” North Korean soldiers had entered Russia.', [{ value: 3000, text: 'at least 3,000', subject: 'troops' }]],
    ['Up to 12,000 North Korean troops could be stationed there.', [{ value: 12000, text: 'Up to 12,000', subject: 'troops' }]],
    ['Around 2,000 military personnel took part.', [{ value: 2000, text: 'Around 2,000', subject: 'troops' }]],
    ['The flood forced 1.5 million people from their homes.', [{ value: 1_500_000, text: '1.5 million', subject: 'people' }]],
    ['The storm killed 14 civilians.', [{ value: 14, text: '14', subject: 'people' }]],
    // Not counts: a year, a date, an article number, money, a share, a duration.
    ['The treaty of 2000 was signed on February 9 in Moscow.', []],
    ['Article 51 of the UN Charter allows self-defence.', []],
    ['Profits rose 76% to $1.13bn, up 13 percent on the year.', []],
    ['The war has lasted 3 years and 8,000 of them are in Kursk.', []],
  ])('%s', (sentence, expected) => {
    expect(findQuantities(sentence)).toEqual(expected)
  })
})

describe('findClaims', () => {
  it('records differing troop figures with their sources, quotes and articles', () => {
    const claims = findClaims([
      article('b', 'Wire B', '2024-11-02T00:00:00Z', 'Seoul said 10,000 North Korean soldiers were in Russia. Kyiv put the number at 11,000 troops.'),
      article('a', 'Paper A', '2024-11-01T00:00:00Z', 'About 11,000 troops have been sent, officials said.'),
      article('c', null, '2024-11-03T00:00:00Z', 'Up to 12,000 North Korean troops could join them.'),
    ])
    expect(claims).toEqual([
      {
        subject: 'troops',
        values: [
          { value: 10000, text: '10,000', quote: 'Seoul said 10,000 North Korean soldiers were in Russia.', sources: ['Wire B'], articles: ['b'] },
          // Text and quote come from the earliest article giving the value (a), both articles listed.
          { value: 11000, text: 'About 11,000', quote: 'About 11,000 troops have been sent, officials said.', sources: ['Paper A', 'Wire B'], articles: ['a', 'b'] },
          // No outlet known: no source (the seed path never stands in); the article is still listed.
          { value: 12000, text: 'Up to 12,000', quote: 'Up to 12,000 North Korean troops could join them.', sources: [], articles: ['c'] },
        ],
      },
    ])
  })

  it.each([
    {
      case: 'agreeing figures give no claim',
      articles: [
        article('a', 'A', '2024-11-01T00:00:00Z', 'About 10,000 troops were sent.'),
        article('b', 'B', '2024-11-02T00:00:00Z', 'Some 10,000 soldiers were deployed.'),
      ],
    },
    {
      case: 'two figures in one article are not a disagreement between outlets',
      articles: [
        article('a', 'A', '2024-11-01T00:00:00Z', 'Some 10,000 troops arrived, and 1,500 troops went on to the front.'),
        article('b', 'B', '2024-11-02T00:00:00Z', 'The ministry gave no figures.'),
      ],
    },
    {
      case: 'years and article numbers are ignored',
      articles: [
        article('a', 'A', '2024-11-01T00:00:00Z', 'The pact replaces the treaty of 2000 and invokes Article 51 of the charter.'),
        article('b', 'B', '2024-11-02T00:00:00Z', 'The pact replaces a 1961 treaty; Article 4 covers mutual defence.'),
      ],
    },
    {
      case: 'different things counted are not compared',
      articles: [
        article('a', 'A', '2024-11-01T00:00:00Z', 'About 10,000 troops were sent.'),
        article('b', 'B', '2024-11-02T00:00:00Z', 'About 12,000 refugees crossed the border.'),
      ],
    },
  ])('$case', ({ articles }) => {
    expect(findClaims(articles)).toEqual([])
  })
})
