import { describe, expect, it } from 'vitest'
import type { Article, Claim, ClaimValue, Story } from '../../src/model.ts'
import { claimSentence, figure, storyContentHtml, whenPhrase } from '../../src/render/story-content.ts'
import { renderStoryPage } from '../../src/render/pages/story.tsx'
import { storyReach } from '../../src/render/pages/story-list.tsx'
import { CAFE, PACT_STORY, TROOPS } from '../fixtures/catalog/catalog.ts'

describe('figure', () => {
  it.each([
    ['About 11,000', 'about 11,000'],
    ['Some 3,000', 'some 3,000'],
    ['1,500', '1,500'],
    ['Éight hundred', 'éight hundred'],
    ['NATO’s 32', 'NATO’s 32'], // an acronym keeps its capitals
    ['', ''],
  ])('%j → %j', (text, expected) => {
    expect(figure(text)).toBe(expected)
  })
})

describe('claimSentence', () => {
  type V = Pick<ClaimValue, 'value' | 'text' | 'sources'> & Partial<ClaimValue>
  const value = (v: V): ClaimValue => ({ quote: '', claimant: null, when: null, place: null, articles: [], ...v })
  it.each<[string, Claim, string]>([
    [
      'outlets giving different figures in their own voice disagree',
      {
        subject: 'troops',
        disputed: true,
        values: [value({ value: 3000, text: 'Some 3,000', sources: ['Reuters'] }), value({ value: 11000, text: 'About 11,000', sources: ['Yonhap News'] })],
      },
      'Outlets disagree: troops — some 3,000 (Reuters); about 11,000 (Yonhap News).',
    ],
    [
      'outlets reporting different claimants: whose figure each is, via which outlet',
      {
        subject: 'troops',
        disputed: false,
        values: [
          value({ value: 3000, text: 'at least 3,000', sources: ['Reuters'], claimant: 'the US', place: 'eastern Russia', when: '2024-10' }),
          value({ value: 11000, text: '11,000', sources: ['Yonhap News', 'Korea Herald'], claimant: 'South Korea’s NIS' }),
        ],
      },
      'Figures reported: troops — at least 3,000 in eastern Russia in October 2024 (the US, via Reuters); 11,000 (South Korea’s NIS, via Yonhap News, Korea Herald).',
    ],
    [
      'one claimant, two figures: a dispute, each figure still credited',
      {
        subject: 'workers',
        disputed: true,
        values: [
          value({ value: 1200, text: 'About 1,200', sources: [], claimant: 'the authority', when: '2024-11-11' }),
          value({ value: 1500, text: '1,500', sources: ['Coastal Wire', 'events/alden.txt'], claimant: 'the authority', when: '2024' }),
        ],
      },
      'Outlets disagree: workers — about 1,200 on 11 November 2024 (the authority); 1,500 in 2024 (the authority, via Coastal Wire, events/alden.txt).',
    ],
  ])('%s', (_, claim, expected) => {
    expect(claimSentence(claim)).toBe(expected)
  })
})

describe('whenPhrase', () => {
  it.each([
    ['2023', 'in 2023'],
    ['2024-10', 'in October 2024'],
    ['2024-01', 'in January 2024'],
    ['2024-11-04', 'on 4 November 2024'],
  ])('%s → %s', (when, expected) => {
    expect(whenPhrase(when)).toBe(expected)
  })
})

describe('storyContentHtml', () => {
  // The café article: no outlet, and a javascript: "original" that must never become a link.
  const story: Story = { ...PACT_STORY, articles: [CAFE.id, TROOPS.id], claims: [] }
  const articles: Article[] = [{ ...CAFE, source: 'Café & <Co>' }, TROOPS]

  it('links each article page, and its original only when it is http(s)', () => {
    expect(storyContentHtml('https://g.example', { story, articles })).toBe(
      "<p>Thousands of troops moved overnight. The treaty took effect on Wednesday &amp; officials called it a &#39;new era&#39;.</p>\n" +
        '<p>Reported in 2 articles:</p>\n' +
        '<ul>\n' +
        '<li><a href="https://g.example/articles/0a0000000002">Zürich café prices rise for the élite</a> — Café &amp; &lt;Co&gt; · 12 November 2024</li>\n' +
        '<li><a href="https://g.example/articles/0a0000000004">Troops move near the border</a> — Reuters · 10 November 2024' +
        ' (<a href="https://example.org/troops">Read at Reuters</a>)</li>\n' +
        '</ul>',
    )
  })
})

describe('readers see outlet names, never seed paths', () => {
  // CAFE names no outlet (so no source at all); TROOPS is Reuters.
  const claim: Claim = {
    subject: 'troops',
    disputed: true,
    values: [
      { value: 3000, text: 'Some 3,000', quote: 'q', claimant: null, when: null, place: null, sources: ['Reuters'], articles: [TROOPS.id] },
      { value: 11000, text: 'About 11,000', quote: 'q', claimant: 'the army', when: null, place: null, sources: [], articles: [CAFE.id] },
    ],
  }
  const articles = new Map([CAFE, TROOPS].map((a) => [a.id, a]))

  it('claimSentence names an article without an outlet by its headline', () => {
    expect(claimSentence(claim, articles)).toBe('Outlets disagree: troops — some 3,000 (Reuters); about 11,000 (the army, via “Zürich café prices rise for the élite”).')
  })

  it.each<[string, Pick<Story, 'articles' | 'unnamed' | 'outlets'>, string]>([
    ['all named', { articles: ['a', 'b'], unnamed: 0, outlets: ['Reuters', 'Yonhap News'] }, '2 articles from Reuters, Yonhap News'],
    ['one outlet, two articles', { articles: ['a', 'b'], unnamed: 0, outlets: ['Reuters'] }, '2 articles from Reuters'],
    ['some unnamed', { articles: ['a', 'b', 'c'], unnamed: 2, outlets: ['Reuters'] }, '3 articles: Reuters and 2 from unknown outlets'],
    ['one unnamed', { articles: ['a', 'b'], unnamed: 1, outlets: ['Reuters'] }, '2 articles: Reuters and 1 from an unknown outlet'],
    ['none named', { articles: ['a', 'b'], unnamed: 2, outlets: [] }, '2 articles, outlets unknown'],
  ])('storyReach: %s', (_, parts, expected) => {
    expect(storyReach({ ...PACT_STORY, ...parts })).toBe(expected)
  })

  it('the story page links an article without an outlet by its headline in the claims table', () => {
    const html = renderStoryPage({
      site: { url: 'https://g.example', title: 'Gazette', description: 'd', language: 'en' },
      view: { story: { ...PACT_STORY, claims: [claim] }, articles: [CAFE, TROOPS] },
      topics: [],
    })
    expect(html).toContain('<td data-label="Via">Reuters</td>')
    expect(html).toContain('<td data-label="Via"><a href="https://g.example/articles/0a0000000002">Zürich café prices rise for the élite</a></td>')
    // Every claim disputed: the heading says so, and so does the subject.
    expect(html).toContain('<h2>Where outlets disagree</h2>')
    expect(html).toContain('<th scope="rowgroup" rowspan="2">troops<span class="disputed">outlets disagree</span></th>')
    expect(html).not.toContain('cafe/zurich.txt')
  })
})
