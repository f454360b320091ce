import { describe, expect, it } from 'vitest'
import type { Article, Claim, Story } from '../../src/model.ts'
import { claimSentence, figure, storyContentHtml, storyContentText } from '../../src/render/story-content.ts'
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
  const value = (v: number, text: string, sources: string[]) => ({ value: v, text, quote: '', sources, articles: [] })
  it.each<[string, Claim, string]>([
    [
      'two outlets',
      { subject: 'troops', values: [value(3000, 'Some 3,000', ['Reuters']), value(11000, 'About 11,000', ['Yonhap News'])] },
      'Outlets disagree: troops — some 3,000 (Reuters), about 11,000 (Yonhap News).',
    ],
    [
      'a figure given by several outlets, one by none known',
      { subject: 'workers', values: [value(1200, 'About 1,200', []), value(1500, '1,500', ['Coastal Wire', 'events/alden.txt'])] },
      'Outlets disagree: workers — about 1,200, 1,500 (Coastal Wire, events/alden.txt).',
    ],
  ])('%s', (_, claim, expected) => {
    expect(claimSentence(claim)).toBe(expected)
  })
})

describe('storyContentHtml and storyContentText', () => {
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
        ' (<a href="https://example.org/troops">original</a>)</li>\n' +
        '</ul>',
    )
  })

  it('writes the same as plain text without markup or forbidden characters', () => {
    const text = storyContentText('https://g.example', { story: { ...story, summary: 'A\u0001 <b>summary</b>.' }, articles: [CAFE] })
    expect(text).toBe('A <b>summary</b>.\n\nReported in 1 article:\n- Zürich café prices rise for the élite — 12 November 2024 https://g.example/articles/0a0000000002')
  })
})
