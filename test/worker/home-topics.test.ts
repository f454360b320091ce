/**
 * The home page's topic list stays small however large the taxonomy: every
 * topic with articles, the first EMPTY_TOPICS_SHOWN empty ones, and a count
 * of the rest (10,000 topics listed with their feeds made a 2.8 MB page).
 */
import { describe, expect, it } from 'vitest'
import { homeTopics, renderHomePage } from '../../src/render/pages/home.tsx'

const topic = (i: number, count: number) => ({ slug: `topic-${i}`, title: `Topic ${i}`, description: `Topic number ${i}.`, keywords: ['k'], count })
const SITE = { url: 'https://news.example.org', title: 'Gazette', description: 'News', language: 'en' }

describe('homeTopics', () => {
  it.each<[string, number[], number[], number]>([
    // counts by position → positions shown, and how many are left out
    ['no topics', [], [], 0],
    ['all with articles', [1, 2, 3], [0, 1, 2], 0],
    ['a few empty ones, all named', [0, 4, 0], [0, 1, 2], 0],
    ['52 empty after one with articles: the first 50 empty named, 2 counted', [3, ...Array(52).fill(0)], Array.from({ length: 51 }, (_, i) => i), 2],
    ['topics with articles past the cap are still shown', [...Array(60).fill(0), 7], [...Array.from({ length: 50 }, (_, i) => i), 60], 10],
  ])('%s', (_, counts, shown, hidden) => {
    const topics = counts.map((c, i) => topic(i, c))
    const listed = homeTopics(topics)
    expect(listed.shown.map((t) => Number(t.slug.slice(6)))).toEqual(shown)
    expect(listed.hidden).toBe(hidden)
  })
})

describe('the home page of a catalog with 10,000 topics, two with articles', () => {
  const topics = Array.from({ length: 10_000 }, (_, i) => topic(i, i === 5000 || i === 9999 ? 2 : 0))
  const html = renderHomePage({ site: SITE, articles: [], topics, query: '', q: '', total: 0, stories: [] })

  it('names the topics with articles and the first 50 empty ones, and counts the rest', () => {
    const section = html.slice(html.indexOf('<h2>Topics</h2>'))
    const listed = [...section.matchAll(/<li><a href="https:\/\/news\.example\.org\/topics\/(topic-\d+)">/g)].map((m) => m[1])
    expect(listed).toEqual([...Array.from({ length: 50 }, (_, i) => `topic-${i}`), 'topic-5000', 'topic-9999'])
    expect(html).toContain('And 9948 more topics with no articles yet, listed in <a href="https://news.example.org/api/topics">/api/topics</a> and the OPML file.')
  })

  it('stays small: under 64 KB', () => {
    expect(new TextEncoder().encode(html).length).toBeLessThan(64 * 1024)
  })
})
