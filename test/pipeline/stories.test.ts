import { describe, expect, it } from 'vitest'
import { storyGuid } from '../../src/pipeline/identity.ts'
import { assignStories, groupStories, topTerms } from '../../src/pipeline/stories.ts'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FIXTURES, makeArticles, paragraphsOf, type ArticleSpec } from '../fixtures/stories/load.ts'

// Three outlets report one event (the Alden Bridge reopening) in their own
// words; a fourth article is a different event in the same city and week.
const harbour: ArticleSpec = { id: 'aaaa00000001', file: 'events/bridge-harbour-times.txt', published: '2025-03-03T08:00:00Z', source: 'Harbour Times', topics: ['local', 'transport'] }
const coastal: ArticleSpec = { id: 'aaaa00000002', file: 'events/bridge-coastal-wire.txt', published: '2025-03-03T12:00:00Z', source: 'Coastal Wire', topics: ['transport'] }
const daily: ArticleSpec = { id: 'aaaa00000003', file: 'events/bridge-alden-daily.txt', published: '2025-03-04T06:00:00Z', source: null, topics: ['transport', 'local'] }
const ferry: ArticleSpec = { id: 'bbbb00000001', file: 'events/ferry-fares-harbour-times.txt', published: '2025-03-05T09:00:00Z', source: 'Harbour Times', topics: ['transport'] }

const groups = (specs: ArticleSpec[]) => groupStories(makeArticles(specs)).map((s) => [...s.articles].sort())

describe('groupStories: which articles join', () => {
  it.each([
    { case: 'one event, three outlets, different wording → one story', specs: [harbour, coastal, daily], expected: [['aaaa00000001', 'aaaa00000002', 'aaaa00000003']] },
    { case: 'a different event in the same city and week stays out', specs: [harbour, coastal, daily, ferry], expected: [['aaaa00000001', 'aaaa00000002', 'aaaa00000003']] },
    { case: 'a different event alone with one report makes no story', specs: [harbour, ferry], expected: [] },
    {
      case: 'the same report five months later does not join',
      specs: [harbour, { ...coastal, id: 'cccc00000002', published: '2025-08-04T12:00:00Z' }],
      expected: [],
    },
    {
      case: 'the same pair within the window does join (the date, not the text, kept them apart)',
      specs: [harbour, { ...coastal, id: 'cccc00000002', published: '2025-03-20T12:00:00Z' }],
      expected: [['aaaa00000001', 'cccc00000002']],
    },
    { case: 'a single article keeps no story', specs: [harbour], expected: [] },
  ])('$case', ({ specs, expected }) => {
    expect(groups(specs)).toEqual(expected)
  })
})

describe('groupStories: what a story holds', () => {
  const [story] = groupStories(makeArticles([harbour, coastal, daily, ferry]))

  it('lists articles newest first, sources by first report, the date span', () => {
    expect(story!.articles).toEqual(['aaaa00000003', 'aaaa00000002', 'aaaa00000001'])
    // Only named outlets: the Alden Daily article has none, and its seed path never stands in.
    expect(story!.outlets).toEqual(['Harbour Times', 'Coastal Wire'])
    expect(story!.unnamed).toBe(1)
    expect(JSON.stringify(story)).not.toContain('.txt')
    expect(story!.dateStart).toBe('2025-03-03T08:00:00Z')
    expect(story!.dateEnd).toBe('2025-03-04T06:00:00Z')
  })

  it('carries a feed GUID derived from its id', () => {
    expect(story!.guid).toBe(storyGuid(story!.id))
  })

  it('orders topics by how many articles carry them', () => {
    // transport: 3 articles; local: 2.
    expect(story!.topics).toEqual(['transport', 'local'])
  })

  it('takes its title from one of its articles’ headlines', () => {
    expect([
      'Alden Bridge reopens to traffic after three months of storm repairs',
      "Port Alden's main crossing back in service as storm repairs end",
      'Relief for commuters as storm-hit bridge opens again',
    ]).toContain(story!.title)
  })

  it('summarises in whole sentences copied from at least two articles, ≤ 80 words, none repeated', () => {
    // Copied but for the dates given after relative days: "on Monday (3 March 2025)".
    const sentences = story!.summary.replace(/ \((the week of )?\d{1,2} [A-Z][a-z]+ \d{4}\)/g, '').match(/[^.!?]+[.!?]["”]?/g)!.map((s) => s.trim())
    const bodies = makeArticles([harbour, coastal, daily]).map((a) => a.body.map((b) => b.text).join(' '))
    const from = sentences.map((s) => bodies.findIndex((b) => b.includes(s)))
    expect(from.every((i) => i >= 0)).toBe(true)
    expect(new Set(from).size).toBeGreaterThanOrEqual(2)
    expect(new Set(sentences).size).toBe(sentences.length)
    expect(story!.summary.split(/\s+/).length).toBeLessThanOrEqual(80)
  })

  it('records the workers figure the outlets disagree on: two figures from one claimant', () => {
    // "according to the Alden Bridge Authority", "The Alden Bridge Authority (ABA) said", "The authority said".
    expect(story!.claims).toEqual([
      {
        subject: 'workers',
        disputed: true,
        values: [
          expect.objectContaining({ value: 1200, text: 'About 1,200', claimant: 'the Alden Bridge Authority', sources: ['Harbour Times'], articles: ['aaaa00000001'] }),
          expect.objectContaining({ value: 1500, text: '1,500', claimant: 'the Alden Bridge Authority', sources: ['Coastal Wire'], articles: ['aaaa00000002', 'aaaa00000003'] }),
        ],
      },
    ])
  })
})

describe('story ids', () => {
  it('stay the same when a later article joins', () => {
    const [before] = groupStories(makeArticles([harbour, coastal]))
    const [after] = groupStories(makeArticles([harbour, coastal, daily]))
    expect(after!.articles).toHaveLength(3)
    expect(after!.id).toBe(before!.id)
    expect(before!.id).toMatch(/^[0-9a-f]{12}$/)
  })

  it('do not depend on input order', () => {
    const a = groupStories(makeArticles([harbour, coastal, daily]))
    const b = groupStories(makeArticles([daily, harbour, coastal]))
    expect(b).toEqual(a)
  })
})

describe('assignStories', () => {
  it('sets each article’s story id, and null for the rest', () => {
    const articles = makeArticles([harbour, coastal, ferry])
    const stories = groupStories(articles)
    const assigned = assignStories(articles, stories)
    expect(assigned.map((a) => a.story)).toEqual([stories[0]!.id, stories[0]!.id, null])
    expect(articles.every((a) => a.story === null)).toBe(true) // inputs untouched
  })
})

describe('groupStories: story summary and datelines', () => {
  it('drops a wire dateline from a sentence it quotes, keeping the sentence', () => {
    const [title = '', ...rest] = readFileSync(join(FIXTURES, 'events/bridge-coastal-wire.txt'), 'utf8').split('\n')
    const [lead = '', ...others] = paragraphsOf(rest.join('\n'))
    const datelined: ArticleSpec = { ...coastal, file: undefined, title, paragraphs: [`PORT ALDEN, March 3 (Coastal Wire) - ${lead}`, ...others] }
    // All three of one day, so no sentence goes first as the latest development and the lead is the most central.
    const [story] = groupStories(makeArticles([harbour, datelined, { ...daily, published: '2025-03-03T18:00:00Z' }]))
    expect(story!.summary).not.toContain('(Coastal Wire) -')
    // The lead's "on Monday morning" gets its date; the rest of the sentence is as written.
    expect(story!.summary).toContain(lead.split('.')[0]!.replace('on Monday morning', 'on Monday morning (3 March 2025)'))
  })
})

describe('topTerms: the heaviest terms of a vector, ties by term', () => {
  const vector = new Map([
    ['quake', 0.5],
    ['city', 0.2],
    ['rescue', 0.5],
    ['aid', 0.1],
    ['dam', 0.2],
  ])
  it.each([
    { count: 1, expected: ['quake'] },
    { count: 2, expected: ['quake', 'rescue'] },
    { count: 4, expected: ['quake', 'rescue', 'city', 'dam'] },
    { count: 9, expected: ['quake', 'rescue', 'city', 'dam', 'aid'] },
    { count: 0, expected: [] },
  ])('the $count heaviest', ({ count, expected }) => {
    expect(topTerms(vector, count)).toEqual(expected)
  })
})
